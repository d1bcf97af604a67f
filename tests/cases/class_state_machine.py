# A state machine with classes per state, class-level transition tables and dispatch via getattr.
class State:
    name = "abstract"
    transitions = {}
    def on(self, event):
        target = self.transitions.get(event)
        if target is None:
            raise ValueError(f"{self.name}: no transition for {event!r}")
        return target()
    def __repr__(self):
        return f"<{self.name}>"
class Idle(State):
    name = "idle"
class Running(State):
    name = "running"
class Paused(State):
    name = "paused"
class Stopped(State):
    name = "stopped"
Idle.transitions = {"start": Running}
Running.transitions = {"pause": Paused, "stop": Stopped}
Paused.transitions = {"resume": Running, "stop": Stopped}
state = Idle()
for event in ["start", "pause", "resume", "pause", "start", "stop", "start"]:
    try:
        state = state.on(event)
        print(event, "->", state)
    except ValueError as e:
        print("error:", e)
class TrafficLight:
    order = ["green", "yellow", "red"]
    def __init__(self):
        self.index = 0
        self.log = []
    def handle(self, event):
        handler = getattr(self, "on_" + event, None)
        if handler is None:
            self.log.append("ignored " + event)
        else:
            handler()
    def on_tick(self):
        self.index = (self.index + 1) % len(self.order)
        self.log.append(self.order[self.index])
    def on_reset(self):
        self.index = 0
        self.log.append("reset")
light = TrafficLight()
for ev in ["tick", "tick", "honk", "tick", "tick", "reset", "tick"]:
    light.handle(ev)
print(light.log)
