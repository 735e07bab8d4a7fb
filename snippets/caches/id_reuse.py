x = float("1.5")
freed_id = id(x)
del x
y = float("2.5")
print(id(y) == freed_id, y)
