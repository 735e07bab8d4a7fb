import functools
import tracemalloc


# The fix: a bounded cache drops the least recently used page.
@functools.lru_cache(maxsize=256)
def render(request_id):
    return f"<p>request {request_id}</p>" * 20


def serve(batch):
    for request_id in range(batch * 1000, (batch + 1) * 1000):
        render(request_id)


def growth(old, new):
    """Net change, in bytes, of the live blocks allocated by this file's code."""
    stats = new.compare_to(old, "filename")
    return sum(s.size_diff for s in stats if s.traceback[0].filename == __file__)


tracemalloc.start()
serve(0)
previous = tracemalloc.take_snapshot()
for batch in range(1, 4):
    serve(batch)
    snapshot = tracemalloc.take_snapshot()
    grew = growth(previous, snapshot) > 100_000
    print(f"after batch {batch}: grew by more than 100 KB: {grew}")
    previous = snapshot
print(render.cache_info())
