import functools
import weakref


class Report:
    def __init__(self, name):
        self.name = name
        self.rows = list(range(1000))

    # highlight-next-line
    @functools.lru_cache(maxsize=128)
    def total(self):
        return sum(self.rows)


report = Report("sales")
weakref.finalize(report, print, "  the report is freed")
print(report.total())
del report
print("after del report, cached calls:", Report.total.cache_info().currsize)
Report.total.cache_clear()
print("after cache_clear()")
