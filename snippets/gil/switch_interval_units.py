import sys

sys.setswitchinterval(0.0000004)  # 0.4 microseconds
print(sys.getswitchinterval())
