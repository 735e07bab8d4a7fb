import gc

print(len(gc.get_stats()), gc.get_threshold())
