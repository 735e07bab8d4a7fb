# fold-start: make service.py, the service above, importable
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, os.path.dirname(__file__))
# fold-end
import gc
from collections import Counter

from service import serve


def census():
    """How many tracked objects of each type are alive, after a full collection."""
    gc.collect()
    # highlight-next-line
    return Counter(type(obj).__name__ for obj in gc.get_objects())


serve(0)
before = census()
serve(1)
growth = census()
growth.subtract(before)
for name, count in sorted(growth.items(), key=lambda item: (-item[1], item[0])):
    if count >= 100:
        print(f"{name:10} {count:+}")
