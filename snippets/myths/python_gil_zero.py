# needs: processes
# Start a child interpreter with PYTHON_GIL=0 and see whether it runs.
import os
import subprocess
import sys

# fold-start: snippets run isolated (-I ignores PYTHON* variables), so pass the variable to a child
env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
# fold-end
# highlight-next-line
env["PYTHON_GIL"] = "0"
child = subprocess.run([sys.executable, "-S", "-c", "print('started')"], env=env, capture_output=True, text=True)
print("exit status:", child.returncode)
print(child.stdout.strip() or child.stderr.strip().splitlines()[0])
