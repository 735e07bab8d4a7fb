# fold-start: make service.py, the service above, importable; describe(holder) names a holder
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, os.path.dirname(__file__))


def describe(holder):
    """A holder's type, or what it is if it is the service module's globals."""
    if holder is vars(sys.modules["service"]):
        return "the service module's globals"
    return type(holder).__name__
# fold-end
import gc

import service


def who_holds(obj):
    """Follow the referrers up from obj until the service module's globals."""
    chain = [obj]
    while chain[-1] is not vars(service):
        # highlight-next-line
        holders = [ref for ref in gc.get_referrers(chain[-1]) if ref is not chain]
        print(f"{len(holders)} holder(s):", describe(holders[0]))
        chain.append(holders[0])
        del holders  # this list refers to the holder too


def newest_session():
    sessions = [obj for obj in gc.get_objects() if type(obj) is service.Session]
    return max(sessions, key=lambda session: session.request_id)


service.serve(0)
who_holds(newest_session())
