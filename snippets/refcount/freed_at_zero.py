import gc
import weakref

gc.disable()  # the cyclic collector is off: only reference counting can free anything


class Thing:
    pass


t = Thing()
weakref.finalize(t, print, "  Thing freed")
alias = t
print("del t")
del t  # alias still refers to it
print("del alias")
del alias  # the count drops to 0: freed right here
print("done")
