print("caf\u00e9")
