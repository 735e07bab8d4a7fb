# needs: pymalloc
# The same rows as before, counted by pymalloc: how many arenas go back to the OS?
import os
import re
import sys
import tempfile


# fold-start: a helper that reads "# arenas reclaimed" from sys._debugmallocstats()
def arenas_returned_so_far():
    """Arenas pymalloc has given back to the OS since startup."""
    with tempfile.TemporaryFile() as capture:
        saved = os.dup(2)  # the statistics go to the C-level stderr (fd 2)
        os.dup2(capture.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        text = capture.read().decode()
    return int(re.search(r"# arenas reclaimed\s*=\s*([\d,]+)", text)[1].replace(",", ""))


# fold-end
rows = [(i, str(i)) for i in range(100_000)]
before = arenas_returned_so_far()
# highlight-start
keep = rows[::1000]  # keep one row in a thousand
del rows
# highlight-end
print("arenas returned after del rows:", arenas_returned_so_far() - before)
before = arenas_returned_so_far()
# highlight-next-line
del keep
returned = arenas_returned_so_far() - before
print("arenas returned after del keep:", "some" if returned else "none")
