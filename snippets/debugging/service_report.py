# fold-start: make service.py, the service above, importable; show(stat) prints a report line and its source
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, os.path.dirname(__file__))
import linecache


def show(stat):
    """Print a line of the report as tracemalloc does (minus the directory), then its source."""
    print(str(stat).replace(os.path.dirname(__file__) + os.sep, ""))
    frame = stat.traceback[0]
    print("   ", linecache.getline(frame.filename, frame.lineno).strip())
# fold-end
import tracemalloc

import service

mine = [tracemalloc.Filter(True, service.__file__)]  # only blocks allocated by the service's code
tracemalloc.start()
service.serve(0)  # warm-up: one-time allocations happen here
before = tracemalloc.take_snapshot().filter_traces(mine)
service.serve(1)  # the same work again
after = tracemalloc.take_snapshot().filter_traces(mine)
# highlight-next-line
for stat in after.compare_to(before, "lineno"):
    if abs(stat.size_diff) >= 1024:  # leave out changes under 1 KiB
        show(stat)
