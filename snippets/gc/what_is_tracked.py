import gc


# fold-start: a plain class
class Point:
    pass
# fold-end


# Only objects that can refer to other objects can be part of a cycle,
# so only those are tracked.
for label, obj in [
    ("0", 0),
    ("'text'", "text"),
    ("3.5", 3.5),
    ("b'raw'", b"raw"),
    ("object()", object()),
    ("[]", []),
    ("set()", set()),
    ("frozenset()", frozenset()),
    ("Point()", Point()),
    ("lambda: 0", lambda: 0),
]:
    print(f"{label:12} {gc.is_tracked(obj)}")
