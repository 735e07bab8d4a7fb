import gc
import weakref

gc.disable()
print("gc.isenabled():", gc.isenabled())


class Thing:
    pass


t = Thing()
weakref.finalize(t, print, "Thing freed by reference counting")
del t
print("done")
