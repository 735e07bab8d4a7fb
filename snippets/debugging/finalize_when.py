import gc
import weakref


class Connection:
    pass


gc.collect()
conn = Connection()
done = weakref.finalize(conn, print, "  finalizer: connection freed")
print("alive:", done.alive)
del conn  # the last reference: reference counting frees it now
print("alive:", done.alive)

conn = Connection()
conn.me = conn  # this one is part of a cycle
done = weakref.finalize(conn, print, "  finalizer: cyclic connection freed")
del conn
print("after del, alive:", done.alive)
gc.collect()
print("after gc.collect(), alive:", done.alive)
