import gc

gc.set_threshold(0)
print(gc.isenabled())
