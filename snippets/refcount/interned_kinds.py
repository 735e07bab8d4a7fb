import sys

# fold-start: is_immortal(s), as in the snippet above
def is_immortal(obj):
    if hasattr(sys, "_is_immortal"):
        return sys._is_immortal(obj)
    return sys.getrefcount(obj) >= 2**31
# fold-end
runtime = sys.intern("".join(["x-request-", "trace-", "4711"]))
code = compile("zq_name_4711 = 'zq_const_4712'", "<generated>", "exec")
name = code.co_names[0]  # a variable name that the compiler interned
const = code.co_consts[0]  # an identifier-like string constant
for label, s in [("sys.intern()", runtime), ("name in code", name), ("constant", const)]:
    print(f"{label:13} {'immortal' if is_immortal(s) else 'mortal'}")
