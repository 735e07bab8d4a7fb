import functools
import tracemalloc


@functools.lru_cache(maxsize=256)  # the fix: a bounded cache drops the least recently used page
def render(request_id):
    return f"<p>request {request_id}</p>" * 20


def serve(batch):
    for request_id in range(batch * 1000, (batch + 1) * 1000):
        render(request_id)


def growth_of_this_file(old, new):
    """Net change, in bytes, of the live allocations made by this file's code."""
    return sum(stat.size_diff for stat in new.compare_to(old, "filename") if stat.traceback[0].filename == __file__)


tracemalloc.start()
serve(0)
previous = tracemalloc.take_snapshot()
for batch in range(1, 4):
    serve(batch)
    snapshot = tracemalloc.take_snapshot()
    print(f"after batch {batch}: grew by more than 100 KB: {growth_of_this_file(previous, snapshot) > 100_000}")
    previous = snapshot
print(render.cache_info())
