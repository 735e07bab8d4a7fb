# versions: 3.9-3.13
# needs: pymalloc
# pymalloc's own statistics say how big its size classes, arenas and pools are.
import re
# fold-start: read the statistics that sys._debugmallocstats() writes to file descriptor 2
import os, sys, tempfile


def malloc_stats():
    with tempfile.TemporaryFile("w+") as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        sys._debugmallocstats()
        os.dup2(saved, 2)
        capture.seek(0)
        return capture.read()
# fold-end
stats = malloc_stats()
classes = re.search(r"in (\d+) size classes", stats)[1]
arena = re.search(r"(\d+) bytes/arena", stats)[1]
pool = re.search(r"unused pools \* (\d+) bytes", stats)[1]
# highlight-next-line
print(f"{classes} size classes, {arena}-byte arenas, {pool}-byte pools")
