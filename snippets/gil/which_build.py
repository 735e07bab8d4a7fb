import sys
import sysconfig

# Built free-threaded? 1 = yes, 0 = no; None before 3.13 (no such build).
built_free_threaded = sysconfig.get_config_var("Py_GIL_DISABLED")
# Is the GIL enabled right now? (sys._is_gil_enabled is new in 3.13.)
if hasattr(sys, "_is_gil_enabled"):
    gil_enabled = sys._is_gil_enabled()
else:
    gil_enabled = "no sys._is_gil_enabled"
print(built_free_threaded, gil_enabled)
