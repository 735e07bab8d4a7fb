# needs: pymalloc
# A 6-character ASCII str: its size, and the pymalloc block that size fits in.
import sys

size = sys.getsizeof("abcdef")
print(size, "->", -(-size // 16) * 16)
