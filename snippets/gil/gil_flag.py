# versions: 3.13+
import sys

# 1 on a default build; on a free-threaded build None unless set at startup.
print(sys.flags.gil)
# A hidden field: not part of the tuple, so not in its repr either.
print("gil" in repr(sys.flags))
