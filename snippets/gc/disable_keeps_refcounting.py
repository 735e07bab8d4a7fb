import gc
import weakref

# fold-start: a plain class
class Resource:
    pass
# fold-end

gc.disable()
plain = Resource()
weakref.finalize(plain, print, "  plain freed")
looped = Resource()
looped.myself = looped  # a cycle
weakref.finalize(looped, print, "  looped freed")
print("del plain, looped")
del plain, looped
print("gc.collect()")
gc.collect()

gc.enable()
# highlight-next-line
gc.set_threshold(0)  # stops automatic collections too, by another route
print("after set_threshold(0), isenabled():", gc.isenabled())
