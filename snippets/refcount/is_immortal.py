import sys

print("sys._is_immortal exists:", hasattr(sys, "_is_immortal"))


def is_immortal(obj):
    if hasattr(sys, "_is_immortal"):  # 3.14+ (per the 3.14 documentation)
        return sys._is_immortal(obj)
    # 64-bit 3.12 and 3.13 report 4294967295 for immortal objects;
    # no mortal object's count comes near 2**31.
    return sys.getrefcount(obj) >= 2**31


print("None:", is_immortal(None), "| object():", is_immortal(object()))
