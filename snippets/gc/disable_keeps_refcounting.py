import gc
import weakref


# fold-start: a plain class
class Resource:
    pass
# fold-end


gc.disable()
print("isenabled():", gc.isenabled())

plain = Resource()
weakref.finalize(plain, print, "  plain freed")
print("del plain")
del plain

looped = Resource()
looped.myself = looped
weakref.finalize(looped, print, "  looped freed")
print("del looped")
del looped
print("gc.collect()")
gc.collect()
print("done")
