# needs: threads, processes, glibc
# Each thread that calls malloc() gets a heap of its own (a glibc "arena"),
# up to a limit. Linux with glibc only: malloc_info() is called via ctypes.
# fold-start: heaps() counts glibc's heaps; run_child() runs this file again
import ctypes
import os
import subprocess
import sys
import tempfile
import threading

libc = ctypes.CDLL("libc.so.6")
libc.fdopen.restype = ctypes.c_void_p  # a FILE *, which malloc_info() writes to
libc.fdopen.argtypes = [ctypes.c_int, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]


def heaps():  # malloc_info() reports one <heap> element per arena
    with tempfile.TemporaryFile() as report:
        stream = libc.fdopen(os.dup(report.fileno()), b"w")
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        report.seek(0)
        return report.read().decode().count("<heap nr=")


def run_child(**settings):  # in a fresh interpreter, which reads MALLOC_* at its start
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MALLOC_", "GLIBC_"))}
    env.update(settings, HEAPS_CHILD="1")
    child = subprocess.run([sys.executable, "-I", "-S", __file__], env=env,
                           capture_output=True, text=True, check=True)
    return child.stdout.strip()
# fold-end


def work(together):  # runs in each of four threads
    # highlight-next-line
    data = [bytes(1000) for _ in range(100)]  # 1,033-byte requests: malloc
    together.wait()  # all four threads have allocated
    together.wait()  # wait while the heaps are counted


if os.environ.get("HEAPS_CHILD"):
    # fold-start: start four threads running work(), count the heaps while they wait
    together = threading.Barrier(5)
    threads = [threading.Thread(target=work, args=(together,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    together.wait()
    print(heaps())
    together.wait()
    for thread in threads:
        thread.join()
    # fold-end
else:
    print("heaps, default:           ", run_child())
    # highlight-next-line
    print("heaps, MALLOC_ARENA_MAX=2:", run_child(MALLOC_ARENA_MAX="2"))
