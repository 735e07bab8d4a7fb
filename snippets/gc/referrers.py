import gc

gc.collect()
gc.disable()

needle = "".join(["a needle ", "built at run time"])  # a new string, shared with nothing else
in_list = [needle]
in_dict = {"key": needle}  # only untracked contents: the dict is not tracked
in_tuple = tuple([needle])


def referrers():
    """The types of the containers that refer to needle, besides the module's globals."""
    return sorted(type(r).__name__ for r in gc.get_referrers(needle) if r is not globals())


print(referrers())
gc.collect()  # untracks the tuple: its only item is a string
print(referrers())
