import gc
import weakref


# fold-start: Payload and parse(), as above
class Payload:
    """Stands for a large request body."""


def parse(payload):
    raise ValueError("bad request")


# fold-end
def handle():
    payload = Payload()
    weakref.finalize(payload, print, "  the payload is freed")
    try:
        parse(payload)
    except ValueError as error:
        # highlight-next-line
        failure = error  # kept for the message below
    return f"failed: {failure}"


gc.collect()
print(handle())
print("handle() has returned")
gc.collect()
print("after gc.collect()")
