# versions: 3.12+
import sys

# highlight-start
def is_immortal(obj):
    if hasattr(sys, "_is_immortal"):  # 3.14+
        return sys._is_immortal(obj)
    return sys.getrefcount(obj) >= 2**31  # 64-bit 3.12 and 3.13 report 4294967295
# highlight-end

for label, obj in [("None", None), ("'a'", "a"), ("256", 256), ("int", int),
                   ("int('257')", int("257")), ("object()", object())]:
    print(f"{label:11} {'immortal' if is_immortal(obj) else 'mortal'}")
