import gc
import sys
import types

SKIP = (type, types.ModuleType, types.FunctionType)  # shared by everything: not "part of" a value


def deep_getsizeof(obj):
    """Bytes of obj and of everything reachable from it through gc.get_referents, each object once."""
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


record = {"name": "".join(["Ada ", "Lovelace"]), "scores": [float(n) for n in range(100)]}
print("shallow:", sys.getsizeof(record))
print("deep:   ", deep_getsizeof(record))
