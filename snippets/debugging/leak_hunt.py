import linecache
import tracemalloc

_pages = {}  # meant as a cache of rendered pages, but every request id is new


def render(request_id):
    if request_id not in _pages:
        _pages[request_id] = f"<p>request {request_id}</p>" * 20
    return _pages[request_id]


def serve(batch):
    """Handle 1000 requests, as a server does between two looks at it."""
    for request_id in range(batch * 1000, (batch + 1) * 1000):
        render(request_id)


def biggest_growth(old, new):
    """The source line whose live blocks grew most, and by how many bytes."""
    top = new.compare_to(old, "lineno")[0]
    frame = top.traceback[0]
    line = linecache.getline(frame.filename, frame.lineno).strip()
    return line, top.size_diff


tracemalloc.start()
ignore_tracemalloc = tracemalloc.Filter(False, tracemalloc.__file__)
serve(0)  # warm up, so one-time allocations do not count
previous = tracemalloc.take_snapshot().filter_traces([ignore_tracemalloc])
for batch in range(1, 4):
    serve(batch)
    snapshot = tracemalloc.take_snapshot().filter_traces([ignore_tracemalloc])
    line, grew_by = biggest_growth(previous, snapshot)
    print(f"after batch {batch}: {line!r}")
    print(f"  grew by more than 100 KB: {grew_by > 100_000}")
    previous = snapshot
