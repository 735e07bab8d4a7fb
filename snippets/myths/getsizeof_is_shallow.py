import sys

text = "x" * 10_000
box = [text]
print("getsizeof(text):", sys.getsizeof(text))
print("getsizeof([text]):", sys.getsizeof(box))
print("GC header included:", sys.getsizeof(box) - box.__sizeof__())
