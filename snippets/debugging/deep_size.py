import gc
import sys
import types

# Shared by the whole program, so not "part of" any one value:
SKIP = (type, types.ModuleType, types.FunctionType)


def deep_getsizeof(obj):
    """Bytes of obj and of all it reaches through gc.get_referents, once each."""
    seen = set()
    total = 0
    todo = [obj]
    while todo:
        current = todo.pop()
        if id(current) in seen or isinstance(current, SKIP):
            continue
        seen.add(id(current))
        total += sys.getsizeof(current)
        todo.extend(gc.get_referents(current))
    return total


record = {
    "name": "".join(["Ada ", "Lovelace"]),
    "scores": [float(n) for n in range(100)],
}
print("shallow:", sys.getsizeof(record))
print("deep:   ", deep_getsizeof(record))
