import gc
import weakref

class Resource:
    def close(self):
        print("  close() runs")

res = Resource()
# highlight-next-line
weakref.finalize(res, res.close)  # res.close is a bound method: it refers to res
alive = weakref.ref(res)
del res
gc.collect()
print("alive after del and gc.collect():", alive() is not None)
print("end of the program")
