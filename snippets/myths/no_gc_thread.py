import gc
import threading

gc.collect()
print("threads:", [t.name for t in threading.enumerate()])
print("gc.set_mode exists:", hasattr(gc, "set_mode"))
