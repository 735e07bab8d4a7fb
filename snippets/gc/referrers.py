import gc

gc.collect()
gc.disable()

# A new string, built at run time and shared with nothing else:
needle = "".join(["a needle ", "built at run time"])
in_list = [needle]
in_dict = {"key": needle}  # only untracked contents: the dict is not tracked
in_tuple = tuple([needle])


def referrers():
    """Types of the containers that refer to needle, except the globals."""
    found = gc.get_referrers(needle)
    return sorted(type(r).__name__ for r in found if r is not globals())


print(referrers())
gc.collect()  # untracks the tuple: its only item is a string
print(referrers())
