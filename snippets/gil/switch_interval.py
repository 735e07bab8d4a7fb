import sys

# How long a waiting thread lets the running one keep the GIL before it
# asks for it, in seconds.
print(sys.getswitchinterval())
