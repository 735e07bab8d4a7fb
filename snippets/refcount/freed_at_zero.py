import gc
import weakref

gc.disable()  # the cyclic collector is off: only reference counting can free anything

class Thing: pass

t = Thing()
weakref.finalize(t, print, "  Thing freed")
alias = t
print("del t")
del t
print("del alias")
del alias
print("done")
