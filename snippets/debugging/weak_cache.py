import weakref


class Image:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()  # holds the images only while someone else does


def load(name):
    image = cache.get(name)
    if image is None:
        image = cache[name] = Image(name)
    return image


shown = load("logo.png")
load("banner.png")  # nobody keeps this one: its entry disappears at once
print(sorted(cache.keys()))
print(load("logo.png") is shown)  # served from the cache
del shown
print(sorted(cache.keys()))
