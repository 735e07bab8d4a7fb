import gc

# fold-start: a plain class
class Point:
    pass
# fold-end

for label, obj in [
    ("0", 0),
    ("'text'", "text"),
    ("object()", object()),
    ("[]", []),
    ("frozenset()", frozenset()),
    ("Point()", Point()),
    ("lambda: 0", lambda: 0),
]:
    print(f"{label:12} {gc.is_tracked(obj)}")
