import gc
import weakref


class Connection:
    pass


gc.collect()
conn = Connection()
weakref.finalize(conn, print, "  connection freed")
del conn  # the last reference
print("after the first del")

conn = Connection()
conn.me = conn  # this one is part of a cycle
weakref.finalize(conn, print, "  cyclic connection freed")
del conn
print("after the second del")
gc.collect()
print("after gc.collect()")
