# versions: 3.12+
import sys

# None is immortal since 3.12 (PEP 683): its reference count is a fixed sentinel.
print(sys.getrefcount(None))
