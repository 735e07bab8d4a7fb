# needs: processes
import os
import subprocess
import sys

# Start a child interpreter with each value of PYTHON_GIL a deployment might set.
for value in ["0", "1", "true"]:
    child = subprocess.run(
        [sys.executable, "-c", "print('started')"],
        env={**os.environ, "PYTHON_GIL": value},
        capture_output=True,
        text=True,
    )
    # fold-start: print the exit status and the end of any fatal error
    if child.returncode == 0:
        result = child.stdout.strip()
    else:
        # The first line of the fatal error; its start names a C function.
        result = child.stderr.splitlines()[0].rsplit(": ", 1)[-1]
    # fold-end
    print(f"PYTHON_GIL={value}: exit status {child.returncode}, {result}")
