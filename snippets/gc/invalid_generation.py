import gc

try:
    gc.collect(3)
except ValueError as error:
    print("ValueError:", error)
