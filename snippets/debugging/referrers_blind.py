import gc


class Thing:
    pass


def inside():
    local = Thing()
    return [type(ref).__name__ for ref in gc.get_referrers(local)]


print("held by a local variable:", inside())
kept = [Thing()]
print("held by a list item:", [type(ref).__name__ for ref in gc.get_referrers(kept[0])])
