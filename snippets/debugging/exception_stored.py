import traceback
import weakref


# fold-start: Payload, parse() and handle(), as above
class Payload:
    """Stands for a large request body."""


def parse(payload):
    raise ValueError("bad request")


def handle():
    payload = Payload()
    weakref.finalize(payload, print, "  the payload is freed")
    parse(payload)


# fold-end
recent_errors = []  # shown on a status page
try:
    handle()
except ValueError as error:
    # highlight-next-line
    recent_errors.append(error)
print("after the block")
# highlight-next-line
traceback.clear_frames(recent_errors[-1].__traceback__)
print("after clear_frames()")
print(traceback.format_exception(recent_errors[-1])[-1], end="")
