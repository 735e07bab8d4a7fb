import linecache
import tracemalloc


def make_rows():
    rows = []
    for _ in range(1000):
        rows.append(list(range(20)))
    return rows


def load():
    return make_rows()


def top_traceback(frames):
    """Source lines of the biggest allocation's traceback, oldest call first."""
    tracemalloc.start(frames)
    rows = load()
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    top = snapshot.statistics("traceback")[0]
    return [linecache.getline(f.filename, f.lineno).strip() for f in top.traceback]


print("start(1):", top_traceback(1))
print("start(3):", top_traceback(3))
