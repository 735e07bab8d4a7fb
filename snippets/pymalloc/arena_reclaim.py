# needs: pymalloc
# One live block keeps its whole arena. Make 300,000 small tuples twice:
# free them all, then keep 1 in 1,000 and free the rest.
# fold-start: helpers that read arena counters from pymalloc's statistics
import os, re, sys, tempfile


def arenas(counter):  # "reclaimed" (given back so far) or "allocated total" (mapped so far)
    with tempfile.TemporaryFile() as file:
        saved = os.dup(2)
        os.dup2(file.fileno(), 2)  # the statistics go to file descriptor 2
        sys._debugmallocstats()
        os.dup2(saved, 2)
        os.close(saved)
        file.seek(0)
        text = file.read().decode().replace(",", "")
    return int(re.search(f"arenas {counter} *= *(\\d+)", text)[1])


def given_back(before):  # the exact number changes from run to run; "most" does not
    returned = arenas("reclaimed") - before
    return "most of them" if returned > 10 else returned


# fold-end
tuples = [(i, i) for i in range(300_000)]  # about 28 arenas of small blocks
before = arenas("reclaimed")
del tuples
print("all freed:          arenas given back:", given_back(before))

tuples = [(i, i) for i in range(300_000)]
before, mapped = arenas("reclaimed"), arenas("allocated total")
# highlight-start
kept = tuples[::1000]  # 300 tuples, spread over every arena of the burst
del tuples
# highlight-end
print("1 in 1,000 kept:    arenas given back:", given_back(before))
new = [(i, i) for i in range(100_000)]
print("100,000 new tuples: new arenas mapped:", arenas("allocated total") - mapped)
