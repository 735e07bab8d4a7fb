import gc

gc.collect()
gc.disable()
needle = "".join(["a needle ", "built at run time"])  # a new string, shared with nothing else
in_list = [needle]
in_dict = {"key": needle}  # only untracked contents: not tracked up to 3.13
in_tuple = tuple([needle])


# fold-start: a helper that names the types of needle's referrers, except the module's globals
def referrers():
    found = gc.get_referrers(needle)
    return sorted(type(r).__name__ for r in found if r is not globals())
# fold-end


print(referrers())
gc.collect()  # untracks the tuple: its only item is a string
print(referrers())
