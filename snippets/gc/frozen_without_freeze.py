import gc

gc.collect()  # a full collection, and nothing was ever frozen
print(gc.get_freeze_count() > 0)
