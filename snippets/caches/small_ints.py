print(int("256") is int("256"), int("257") is int("257"))
