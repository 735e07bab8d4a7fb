# needs: pymalloc
# The same 300 survivors, made at two different moments: taken from a burst
# of 300,000 tuples, or made again after the burst is gone.
# fold-start: helpers that read arena counters from pymalloc's statistics
import os, re, sys, tempfile


def arenas(counter):  # "reclaimed": arenas given back so far
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
tuples = [(i, i) for i in range(300_000)]
before = arenas("reclaimed")
kept = tuples[::1000]  # survivors taken from the burst
del tuples
print("kept from the burst:  arenas given back:", given_back(before))
del kept

tuples = [(i, i) for i in range(300_000)]
before = arenas("reclaimed")
# highlight-start
del tuples
kept = [(i, i) for i in range(0, 300_000, 1000)]  # the same 300, made afterwards
# highlight-end
print("made after the burst: arenas given back:", given_back(before))
