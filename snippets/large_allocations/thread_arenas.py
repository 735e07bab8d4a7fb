# Each thread that calls malloc() gets a heap of its own (a glibc "arena"),
# up to a limit. Linux with glibc only: malloc_info() is called via ctypes.
import os
import subprocess
import sys
import threading

# fold-start: heaps(): count the <heap> entries of glibc's malloc_info() report
import ctypes
import tempfile

libc = ctypes.CDLL("libc.so.6")
libc.fdopen.restype = ctypes.c_void_p
libc.fdopen.argtypes = [ctypes.c_int, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]


def heaps():
    with tempfile.TemporaryFile() as capture:
        stream = libc.fdopen(os.dup(capture.fileno()), b"w")
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        capture.seek(0)
        return capture.read().decode().count("<heap nr=")
# fold-end


def four_threads_allocate():
    together = threading.Barrier(5)

    def work():
        # highlight-next-line
        data = [bytes(1000) for _ in range(100)]  # 1,033 bytes each: malloc
        together.wait()  # all four threads are alive at the same time
        together.wait()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    together.wait()
    print(heaps())
    together.wait()
    for thread in threads:
        thread.join()


if os.environ.get("HEAPS_CHILD"):
    four_threads_allocate()
else:
    # fold-start: run_child(): this file in a fresh interpreter, with a clean environment
    def run_child(**settings):
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("MALLOC_", "GLIBC_TUNABLES"))}
        env.update(settings, HEAPS_CHILD="1")
        child = subprocess.run([sys.executable, "-I", "-S", __file__], env=env,
                               capture_output=True, text=True, check=True)
        return child.stdout.strip()
    # fold-end
    print("heaps, default:           ", run_child())
    # highlight-next-line
    print("heaps, MALLOC_ARENA_MAX=2:", run_child(MALLOC_ARENA_MAX="2"))
