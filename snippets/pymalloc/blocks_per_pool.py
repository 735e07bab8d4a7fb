# versions: 3.9-3.13
# needs: pymalloc
# How many 512-byte blocks does one pool hold? Keep one 512-byte block
# alive (bytes(479): 33 + 479 bytes) and read pymalloc's statistics.
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
block = bytes(479)
# each row of the size-class table: class, size, pools, blocks in use, blocks available
for fields in map(str.split, malloc_stats().splitlines()):
    if len(fields) == 5 and fields[0].isdigit() and fields[1] == "512":
        pools, used, available = map(int, fields[2:])
        # highlight-next-line
        print((used + available) // pools)
