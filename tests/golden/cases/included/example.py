print(isinstance(None, object))
