# sys._debugmallocstats() writes to the C-level stderr, file descriptor 2,
# not to the Python object sys.stderr.
import contextlib
import io
import os
import sys
import tempfile

replaced = io.StringIO()
with contextlib.redirect_stderr(replaced):
    # highlight-next-line
    sys._debugmallocstats()  # still goes to the real stderr
print("through sys.stderr:", len(replaced.getvalue()), "characters")

with tempfile.TemporaryFile() as capture:
    saved = os.dup(2)
    # highlight-next-line
    os.dup2(capture.fileno(), 2)  # point file descriptor 2 at the file
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    capture.seek(0)
    first_line = capture.read().decode().splitlines()[0]
    print("through file descriptor 2:", first_line)
