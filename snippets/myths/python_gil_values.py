# needs: processes
# What a default build does with each value of PYTHON_GIL.
import os
import subprocess
import sys

# fold-start: a child interpreter with only this PYTHON* variable (snippets run with -I)
base = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
# fold-end
for value in ("0", "1", "2", ""):
    child = subprocess.run(
        [sys.executable, "-S", "-c", "print('started')"],
        env={**base, "PYTHON_GIL": value},
        capture_output=True,
        text=True,
    )
    said = child.stdout.strip() or child.stderr.strip().splitlines()[0].split(": ")[-1]
    print(f"PYTHON_GIL={value!r:5} exit status {child.returncode}: {said}")
