import ctypes
import weakref

# fold-start: ctypes declarations; Item notes when it is freed, Cleanup.__del__ deletes lst[0]
api = ctypes.pythonapi
api.PyList_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
api.PyList_GetItem.restype = ctypes.c_void_p
api.Py_IncRef.argtypes = [ctypes.c_void_p]
api.Py_DecRef.argtypes = [ctypes.c_void_p]
events = []

class Item:
    def __init__(self):
        weakref.finalize(self, events.append, "lst[0] freed")

class Cleanup:
    def __init__(self, lst):
        self.lst = lst

    def __del__(self):
        events.append("__del__")
        del self.lst[0]
# fold-end
def bug(strong):
    events.clear()
    lst = [Item(), None]
    lst[1] = Cleanup(lst)
    # highlight-next-line
    item = api.PyList_GetItem(lst, 0)  # borrowed: nobody counts this pointer
    if strong:
        # highlight-next-line
        api.Py_IncRef(item)  # the fix: own a reference while using item
    events.append("lst[1] = 0")
    lst[1] = 0  # drops the last reference to Cleanup, so its __del__ runs now
    events.append("use item")  # (this demo never touches the pointer: it may be freed)
    if strong:
        api.Py_DecRef(item)
    print(f"{'strong' if strong else 'borrowed'}: " + ", ".join(events))

bug(strong=False)
bug(strong=True)
