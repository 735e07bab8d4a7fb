# versions: 3.8+
import sys

# The pre-3.2 GIL switched threads every N bytecode "ticks"; this set N.
print(hasattr(sys, "setcheckinterval"))
