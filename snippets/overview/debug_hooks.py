# PYTHONMALLOC=debug: which allocator is in use then? Ask a child interpreter.
import subprocess
import sys

CHILD = """
try:
    from _testinternalcapi import pymem_getallocatorsname  # CPython 3.13+
except ImportError:
    from _testcapi import pymem_getallocatorsname  # CPython 3.12 and older
print(pymem_getallocatorsname())
"""
child = subprocess.run(
    [sys.executable, "-S", "-c", CHILD],
    env={"PYTHONMALLOC": "debug"},  # -I or -E would make the child ignore it
    capture_output=True,
    text=True,
)
print(child.stdout.strip())
