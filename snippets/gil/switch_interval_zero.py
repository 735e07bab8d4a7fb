import sys

try:
    sys.setswitchinterval(0)
except ValueError as error:
    print(f"ValueError: {error}")
