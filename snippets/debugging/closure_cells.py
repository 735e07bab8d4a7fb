import weakref


class Table(list):
    """Stands for a large table of rows."""


def make_summary(table):
    count = len(table)

    def summary():
        if count == 0:
            return f"empty table {table!r}"
        return f"{count} rows"

    return summary


table = Table(range(1000))
weakref.finalize(table, print, "  the table is freed")
summary = make_summary(table)
del table
print(summary())
print("free variables:", summary.__code__.co_freevars)
del summary
print("after del summary")
