import sys

# getsizeof() = __sizeof__() + the 16-byte PyGC_Head of objects of GC types
examples = [("[]", []), ("()", ()), ("{}", {}), ("object()", object()), ("1.0", 1.0)]
for label, obj in examples:
    size, inner = sys.getsizeof(obj), obj.__sizeof__()
    print(f"{label:9} getsizeof {size:3}  __sizeof__ {inner:3}")
