import os
import subprocess
import sys

# Snippets run isolated (-I ignores PYTHON* variables), so start a child interpreter
# with PYTHON_GIL=0 and no other PYTHON* variable.
env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
env["PYTHON_GIL"] = "0"
child = subprocess.run(
    [sys.executable, "-S", "-c", "print('started')"],
    env=env,
    capture_output=True,
    text=True,
)
print("exit status:", child.returncode)
print(child.stdout.strip() or child.stderr.strip().splitlines()[0])
