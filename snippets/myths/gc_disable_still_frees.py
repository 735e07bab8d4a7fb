import gc
import weakref

# highlight-next-line
gc.disable()
print("gc.isenabled():", gc.isenabled())

class Thing:
    pass

t = Thing()
weakref.finalize(t, print, "Thing freed by reference counting")
# highlight-next-line
del t
print("done")
