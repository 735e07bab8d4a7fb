import os
import subprocess
import sys

# Start a child interpreter with PYTHON_GIL=0 ("run without the GIL").
child = subprocess.run(
    [sys.executable, "-c", "print('started')"],
    env={**os.environ, "PYTHON_GIL": "0"},
    capture_output=True,
    text=True,
)
if child.returncode == 0:
    print("exit status 0:", child.stdout.strip())
else:
    # The end of the fatal error; its start names an internal C function.
    message = child.stderr.splitlines()[0].rsplit(": ", 1)[-1]
    print(f"exit status {child.returncode}:", message)
