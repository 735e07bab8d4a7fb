# needs: pymalloc
# sys._debugmallocstats() writes to the C-level stderr, file descriptor 2,
# not to the Python object sys.stderr.
import contextlib, io, os, sys, tempfile

replaced = io.StringIO()
with contextlib.redirect_stderr(replaced):
    # highlight-next-line
    sys._debugmallocstats()  # still goes to the real stderr
print("through sys.stderr:", len(replaced.getvalue()), "characters")

with tempfile.TemporaryFile("w+") as capture:
    saved = os.dup(2)
    # highlight-next-line
    os.dup2(capture.fileno(), 2)  # file descriptor 2 now writes to the file
    sys._debugmallocstats()
    os.dup2(saved, 2)
    capture.seek(0)
    print("through file descriptor 2:", capture.readline().strip())
