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
    """Source lines of the traceback that allocated the most, oldest call first."""
    tracemalloc.start(frames)
    rows = load()
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    top = snapshot.statistics("traceback")[0]
    return [linecache.getline(frame.filename, frame.lineno).strip() for frame in top.traceback]


print("start(1):", top_traceback(1))
print("start(3):", top_traceback(3))
