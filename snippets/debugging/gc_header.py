import sys

# sys.getsizeof() = obj.__sizeof__() + the 16-byte PyGC_Head in front of objects of GC types.
for label, obj in [("[]", []), ("()", ()), ("{}", {}), ("object()", object()), ("1.0", 1.0)]:
    print(f"{label:9} getsizeof {sys.getsizeof(obj):3}  __sizeof__ {obj.__sizeof__():3}")
