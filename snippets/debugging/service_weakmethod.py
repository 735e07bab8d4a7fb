# fold-start: make service.py, the service above, importable
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, os.path.dirname(__file__))
# fold-end
import gc
import weakref

import service


class WeakSettings(service.Settings):
    def subscribe(self, callback):
        # highlight-next-line
        self.listeners.append(weakref.WeakMethod(callback))  # does not keep the session alive

    def update(self, **changes):
        self.values.update(changes)
        for ref in self.listeners:
            # highlight-next-line
            callback = ref()  # None once the session is gone
            if callback is not None:
                callback()


service.settings = WeakSettings()  # what each new Session subscribes to from now on
service.serve(0)
service.serve(1)
print("sessions alive:", sum(1 for obj in gc.get_objects() if type(obj) is service.Session))
dead = sum(1 for ref in service.settings.listeners if ref() is None)
print("listeners:", len(service.settings.listeners), "of which dead:", dead)
