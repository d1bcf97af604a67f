# Observer pattern with bound methods as callbacks, weak coupling, unsubscribe.
class Event:
    def __init__(self, name):
        self.name = name
        self.handlers = []
    def subscribe(self, fn):
        self.handlers.append(fn)
        return fn
    def unsubscribe(self, fn):
        self.handlers.remove(fn)
    def emit(self, *args, **kwargs):
        return [h(*args, **kwargs) for h in list(self.handlers)]
class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []
    def log(self, msg, level="info"):
        line = f"{self.prefix}[{level}] {msg}"
        self.lines.append(line)
        return line
on_save = Event("save")
a, b = Logger("A"), Logger("B")
on_save.subscribe(a.log)
on_save.subscribe(b.log)
@on_save.subscribe
def counter(msg, level="info"):
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
print(on_save.emit("saved file"))
on_save.unsubscribe(b.log)
print(on_save.emit("saved again", level="debug"))
print(a.lines, b.lines, counter.calls)
print(a.log == a.log, a.log in on_save.handlers, b.log in on_save.handlers)
try:
    on_save.unsubscribe(b.log)
except ValueError as e:
    print("ValueError:", e)
