# What an interpreter is and what it can do, as one line of JSON: the snippet runner reads it to name
# the interpreter, to key its recordings and to skip the snippets that need what it lacks.
import json
import os
import platform
import sys
import sysconfig

lacks = {}
try:
    import threading

    thread = threading.Thread(target=int)
    thread.start()
    thread.join()
except (ImportError, RuntimeError) as error:
    lacks["threads"] = f"cannot start threads ({error})"
try:
    import subprocess

    subprocess.run([sys.executable, "-I", "-S", "-c", ""], check=True, timeout=60)
except (ImportError, OSError, subprocess.SubprocessError) as error:
    lacks["processes"] = f"cannot start processes ({error})"
if sysconfig.get_config_var("Py_GIL_DISABLED"):
    lacks["pymalloc"] = "uses mimalloc for objects, not pymalloc (a free-threaded build)"
elif not sysconfig.get_config_var("WITH_PYMALLOC"):
    lacks["pymalloc"] = "is built without pymalloc (WITH_PYMALLOC is 0 in its sysconfig)"
if platform.libc_ver()[0] != "glibc":
    lacks["glibc"] = f"has no glibc (its platform is {sys.platform})"
if not os.path.exists("/proc/self/statm"):
    lacks["procfs"] = f"has no /proc file system (its platform is {sys.platform})"

try:
    import pyodide

    runtime = f"Pyodide {pyodide.__version__}"
except ImportError:
    runtime = ""
print(
    json.dumps(
        {
            "implementation": sys.implementation.name,
            "version": list(sys.version_info[:3]),
            "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
            "platform": sys.platform,
            "bits": 64 if sys.maxsize > 2**32 else 32,
            "runtime": runtime,
            "lacks": lacks,
        }
    )
)
