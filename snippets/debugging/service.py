class Settings:
    """Configuration that can change while the service runs."""

    def __init__(self):
        self.values = {"greeting": "hello"}
        self.listeners = []

    def subscribe(self, callback):
        self.listeners.append(callback)

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


def handle(request_id):
    session = Session(request_id)
    return session.respond()


def serve(batch):
    """Handle 1000 requests, as a server does between two looks at it."""
    for request_id in range(batch * 1000, (batch + 1) * 1000):
        handle(request_id)


# fold-start: measure what the blocks allocated by this file's code hold, after each batch
if __name__ == "__main__":
    import tracemalloc

    tracemalloc.start()
    mine = tracemalloc.Filter(True, __file__)
    for batch in range(3):
        serve(batch)
        snapshot = tracemalloc.take_snapshot().filter_traces([mine])
        held = sum(stat.size for stat in snapshot.statistics("filename"))
        print(f"after batch {batch}: {held / 2**20:.1f} MiB")
# fold-end
