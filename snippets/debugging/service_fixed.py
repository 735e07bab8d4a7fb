# fold-start: Settings.__init__ and subscribe(), as above
import linecache
import os
import tracemalloc


class Settings:
    """Configuration that can change while the service runs."""

    def __init__(self):
        self.values = {"greeting": "hello"}
        self.listeners = []

    def subscribe(self, callback):
        self.listeners.append(callback)
# fold-end

    # highlight-start
    def unsubscribe(self, callback):
        self.listeners.remove(callback)
    # highlight-end

# fold-start: the rest of the service, as above, up to handle()
    def update(self, **changes):
        self.values.update(changes)
        for callback in self.listeners:
            callback()


settings = Settings()


class Session:
    def __init__(self, request_id):
        self.request_id = request_id
        self.buffer = bytearray(4096)  # room for the response
        self.greeting = settings.values["greeting"]
        settings.subscribe(self.reload)  # follow changes while the request runs

    def reload(self):
        self.greeting = settings.values["greeting"]

    def respond(self):
        body = f"{self.greeting}, request {self.request_id}".encode()
        self.buffer[: len(body)] = body
        return len(body)
# fold-end


def handle(request_id):
    session = Session(request_id)
    # highlight-start
    try:
        return session.respond()
    finally:
        settings.unsubscribe(session.reload)
    # highlight-end


# fold-start: serve(), show(stat) and the measurement, as above
def serve(batch):
    """Handle 1000 requests, as a server does between two looks at it."""
    for request_id in range(batch * 1000, (batch + 1) * 1000):
        handle(request_id)


def show(stat):
    """Print a line of the report as tracemalloc does (minus the directory), then its source."""
    print(str(stat).replace(os.path.dirname(__file__) + os.sep, ""))
    frame = stat.traceback[0]
    print("   ", linecache.getline(frame.filename, frame.lineno).strip())


mine = [tracemalloc.Filter(True, __file__)]
tracemalloc.start()
serve(0)
before = tracemalloc.take_snapshot().filter_traces(mine)
serve(1)
after = tracemalloc.take_snapshot().filter_traces(mine)
changed = [stat for stat in after.compare_to(before, "lineno") if abs(stat.size_diff) >= 1024]
for stat in changed:
    show(stat)
print("lines that changed by 1 KiB or more:", len(changed))
print("listeners left:", len(settings.listeners))
# fold-end
