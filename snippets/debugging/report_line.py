import tracemalloc

# fold-start: show(stat): print a line of the report as tracemalloc does, minus the directory
import os


def show(stat):
    print(str(stat).replace(os.path.dirname(__file__) + os.sep, ""))


# fold-end
tracemalloc.start()
# highlight-next-line
rows = [bytes(100) for _ in range(1000)]  # a list of 1000 objects of 100 bytes each
snapshot = tracemalloc.take_snapshot()
mine = tracemalloc.Filter(True, __file__)  # only the blocks allocated by this file
for stat in snapshot.filter_traces([mine]).statistics("lineno"):
    show(stat)
