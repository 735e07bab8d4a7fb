import gc
import weakref


class Connection:
    def close(self):
        print("  close() runs")


conn = Connection()
# highlight-next-line
done = weakref.finalize(conn, conn.close)  # the bound method refers to conn
del conn
gc.collect()
print("after del and gc.collect(), alive:", done.alive)
print("at exit, finalizers that are still alive run:")
