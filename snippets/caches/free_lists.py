import gc
import re
import tracemalloc


# fold-start: a helper that reads what tracemalloc still sees from one line of this file
def still_allocated(snapshot, line):
    """Bytes and blocks still allocated by one line of this file."""
    size = count = 0
    for stat in snapshot.statistics("lineno"):
        frame = stat.traceback[0]
        if frame.filename == __file__ and frame.lineno == line:
            size, count = stat.size, stat.count
    return f"{size:7,} B, {count:4} blocks"


LINES = {}  # the lines that end with a "made here" comment, by what they make
with open(__file__, encoding="utf-8") as source:
    for number, text in enumerate(source, 1):
        found = re.search(r"# made here: (\w+)$", text.rstrip())
        if found:
            LINES[found[1]] = number
# fold-end

gc.collect()
tracemalloc.start()
objects = [None] * 3000
for i in range(3000):
    objects[i] = float(i)  # made here: floats
del objects
objects = [None] * 3000
for i in range(3000):
    objects[i] = (i, i)  # made here: pairs
del objects

after_del = tracemalloc.take_snapshot()
gc.collect()
after_collect = tracemalloc.take_snapshot()
print("        after del              after gc.collect()")
for kind, line in LINES.items():
    print(f"{kind:6}  {still_allocated(after_del, line)}   {still_allocated(after_collect, line)}")
