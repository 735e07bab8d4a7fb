# needs: processes, procfs
# The same batch of small objects, run in this process and in a child
# process. Linux only: RSS is read from /proc/self/statm.
import multiprocessing

# fold-start: rss() reads /proc/self/statm (Linux only); moved() puts a change in words
import os


def rss():  # os.read, not open(): a file object would allocate from the heap
    fd = os.open("/proc/self/statm", os.O_RDONLY)
    pages = int(os.read(fd, 100).split()[1])
    os.close(fd)
    return pages * os.sysconf("SC_PAGE_SIZE")


def moved(before, after, size):  # in words: RSS itself varies from run to run
    share = (after - before) / size
    if abs(share) <= 0.25:
        return "barely moved"
    if abs(share) >= 0.75:
        return "grew by most of it" if share > 0 else "fell by most of it"
    return f"moved by {share:+.0%} of it"
# fold-end


SIZE = 100 * 2**20  # about what a million (i, i) pairs take
results = []


def batch():
    rows = [(i, i) for i in range(1_000_000)]
    results.extend(rows[::1000])  # a few results outlive the batch
    return len(results)


if __name__ == "__main__":
    before = rss()
    batch()  # here
    print("batch here:       RSS afterwards", moved(before, rss(), SIZE))

    before = rss()
    # highlight-start
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pool.apply(batch)  # in a child process, which then exits
    # highlight-end
    print("batch in a child: RSS afterwards", moved(before, rss(), SIZE))
