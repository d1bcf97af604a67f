"""A discrete-event simulation of a coffee shop, simpy-style.

Processes are generators that yield events (timeouts, resource requests);
a tiny kernel drives them with send() and throw() (for impatient customers
who give up). Arrival and service times come from a seeded random.Random,
and the report uses the statistics module.
"""
import heapq
import itertools
import random
import statistics


class Interrupt(Exception):
    def __init__(self, cause):
        super().__init__(cause)
        self.cause = cause


class Timeout:
    def __init__(self, delay):
        self.delay = delay


class Request:
    def __init__(self, resource, patience=None):
        self.resource, self.patience = resource, patience


class Resource:
    def __init__(self, env, capacity):
        self.env, self.capacity = env, capacity
        self.users, self.waiting = 0, []
        self.busy_time, self._last = 0.0, 0.0

    def _account(self):
        self.busy_time += self.users * (self.env.now - self._last)
        self._last = self.env.now

    def acquire(self, proc):
        self._account()
        if self.users < self.capacity:
            self.users += 1
            self.env.schedule(0, proc, True)
        else:
            proc.waiting_on = self
            self.waiting.append(proc)

    def release(self):
        self._account()
        while self.waiting:
            proc = self.waiting.pop(0)
            proc.waiting_on = None
            if proc.alive:
                self.env.schedule(0, proc, True)
                return
        self.users -= 1


class Process:
    def __init__(self, env, gen, name):
        self.env, self.gen, self.name = env, gen, name
        self.alive = True
        self.waiting_on = None


class Environment:
    def __init__(self):
        self.now = 0.0
        self.queue = []
        self.seq = itertools.count()
        self.trace = []

    def schedule(self, delay, proc, value=None, exc=None):
        heapq.heappush(self.queue, (self.now + delay, next(self.seq), proc, value, exc))

    def process(self, gen, name):
        proc = Process(self, gen, name)
        self.schedule(0, proc)
        return proc

    def step(self, proc, value, exc):
        try:
            event = proc.gen.throw(exc) if exc else proc.gen.send(value)
        except StopIteration as stop:
            proc.alive = False
            if stop.value is not None:
                self.trace.append((round(self.now, 2), proc.name, stop.value))
            return
        if isinstance(event, Timeout):
            self.schedule(event.delay, proc)
        elif isinstance(event, Request):
            event.resource.acquire(proc)
            if event.patience is not None:
                self.schedule(event.patience, proc, exc=Interrupt("patience"))
        else:
            raise TypeError(f"{proc.name} yielded {event!r}")

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            self.now, _, proc, value, exc = heapq.heappop(self.queue)
            if not proc.alive:
                continue
            if exc is not None and proc.waiting_on is None:
                continue
            self.step(proc, value, exc)
        self.now = until


class Shop(Environment):
    def __init__(self, baristas, seed):
        super().__init__()
        self.rng = random.Random(seed)
        self.counter = Resource(self, baristas)
        self.waits, self.served, self.balked = [], [], []

    def customer(self, name):
        arrive = self.now
        try:
            got = yield Request(self.counter, patience=self.rng.uniform(2, 6))
        except Interrupt as intr:
            self.balked.append(name)
            return f"left after {self.now - arrive:.2f} ({intr.cause})"
        self.waits.append(self.now - arrive)
        yield Timeout(self.rng.expovariate(1 / 3.0))
        self.counter.release()
        self.served.append(name)
        return None

    def arrivals(self, n):
        for i in range(n):
            yield Timeout(self.rng.expovariate(1 / 1.5))
            self.process(self.customer(f"c{i:02d}"), f"c{i:02d}")


def simulate(baristas, seed=2024, customers=30):
    shop = Shop(baristas, seed)
    shop.process(shop.arrivals(customers), "arrivals")
    shop.run(until=120)
    return shop


def main():
    for baristas in (1, 2, 3):
        shop = simulate(baristas)
        waits = shop.waits
        print(f"== {baristas} barista(s) ==")
        print(f"served {len(shop.served)}, balked {len(shop.balked)}, still waiting "
              f"{sum(p.alive for p in shop.counter.waiting)}")
        if len(waits) > 1:
            q = statistics.quantiles(waits, n=4)
            print(f"wait mean {statistics.mean(waits):.3f} median {statistics.median(waits):.3f} "
                  f"stdev {statistics.stdev(waits):.3f} quartiles {[round(x, 3) for x in q]}")
        print(f"utilisation {shop.counter.busy_time / (shop.now * baristas):.1%}")
        for t, name, msg in shop.trace[:3]:
            print(f"  t={t:6.2f} {name}: {msg}")
    rng = random.Random(7)
    print([round(rng.gauss(0, 1), 4) for _ in range(3)], rng.choice("abc"), rng.sample(range(10), 3))
    print(round(rng.triangular(0, 10, 2), 4), rng.randrange(0, 100, 5), rng.getrandbits(20))
    deck = list(range(8))
    rng.shuffle(deck)
    print(deck, round(rng.betavariate(2, 3), 4), rng.choices("xyz", weights=[5, 1, 1], k=6))


if __name__ == "__main__":
    main()
