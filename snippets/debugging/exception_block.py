import weakref


# fold-start: Payload, a stand-in for a large request body, and parse(), which raises ValueError
class Payload:
    """Stands for a large request body."""


def parse(payload):
    raise ValueError("bad request")


# fold-end
def handle():
    payload = Payload()
    weakref.finalize(payload, print, "  the payload is freed")
    parse(payload)


try:
    handle()
except ValueError as error:
    print("in the except block:", error)
print("after the block")
print("is 'error' still defined?", "error" in globals())
