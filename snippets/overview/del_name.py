# When are the report and its rows freed?
import weakref

class Report:
    pass

class Rows:
    pass

freed = []  # weakref.finalize appends a name here the moment an object is freed
report = Report()
report.rows = Rows()
weakref.finalize(report, freed.append, "report")
weakref.finalize(report.rows, freed.append, "rows")
latest = {"today": report}  # a second reference to the same Report

# highlight-next-line
del report
print("after del report:", freed)
# highlight-next-line
latest.clear()
print("after latest.clear():", freed)
