# needs: processes
# Which allocator serves the mem and object domains? Start a child
# interpreter with each PYTHONMALLOC setting and ask it.
import subprocess
import sys

# fold-start: the child asks CPython's test helper module for the allocator's name
CHILD = """
import sys
try:
    from _testinternalcapi import pymem_getallocatorsname  # 3.13+
except ImportError:
    from _testcapi import pymem_getallocatorsname  # 3.12 and older
print(pymem_getallocatorsname())
sys._debugmallocstats()  # to stderr; starts with pymalloc's part, if used
"""
# fold-end

print(f"{'PYTHONMALLOC':14} {'allocator':16} pymalloc statistics")
for setting in (None, "malloc", "debug", "malloc_debug"):
    # Pass only this variable; -I or -E would make the child ignore it.
    env = {"PYTHONMALLOC": setting} if setting else {}
    child = subprocess.run(
        [sys.executable, "-S", "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
    )
    name = child.stdout.strip()
    stats = child.stderr.startswith("Small block threshold = 512")
    print(f"{setting or '(not set)':14} {name:16} {'yes' if stats else 'no'}")
