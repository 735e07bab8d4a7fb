import gc


class Page:
    pass


registry = {}  # somewhere deep in a program, a dict that nobody empties


def handle(request_id):
    page = Page()
    registry[request_id] = page
    return page


handle(1)
suspect = handle(2)

# Who refers to the suspect? gc.get_referrers lists the tracked containers.
for referrer in gc.get_referrers(suspect):
    if referrer is globals():
        names = [name for name, value in referrer.items() if value is suspect]
        print("the module's globals, as", names)
    elif referrer is registry:
        keys = [key for key, value in registry.items() if value is suspect]
        print("the dict named 'registry', under the key", keys)
    else:
        print("something else:", type(referrer).__name__)
