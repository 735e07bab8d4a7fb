# fold-start: a helper that formats sizes
def kib(size):
    return f"{size / 1024:.0f} KiB"
# fold-end

# highlight-next-line
data = bytearray(4096)
print(kib(len(data)))
