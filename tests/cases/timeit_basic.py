# timeit: Timer, timeit, repeat, autorange, main (fake clocks: no real times)
import timeit
import time

calls = []
def work():
    calls.append(1)

print(timeit.timeit(work, number=7) >= 0, len(calls))
print(len(timeit.repeat(work, repeat=3, number=4)), len(calls))
t = timeit.Timer('x = sum(range(10))')
print(type(t.timeit(number=50)).__name__, len(t.repeat(repeat=2, number=10)))
print(timeit.timeit('y = a * 2', setup='a = 21', number=3) >= 0)
print(timeit.timeit('v.append(1)', globals={'v': []}, number=5) >= 0)


class Clock:
    """A timer that advances by a growing step at each call."""
    def __init__(self, step):
        self.now = 0.0
        self.step = step
    def __call__(self):
        self.now += self.step
        self.step *= 2
        return self.now


print(timeit.Timer('pass', timer=Clock(1.0)).timeit(5))
print(timeit.Timer(work, timer=Clock(1.0)).repeat(3, 2))
steps = []
print(timeit.Timer('pass', timer=Clock(0.001)).autorange(lambda n, s: steps.append(n)))
print(steps)

for args in [('return',), ('x', 'break'), (1,), ('pass', 2), ('a b',), ('pass', 'for')]:
    try:
        timeit.Timer(*args)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])
try:
    timeit.timeit('1/0', number=1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.Timer("for i in range(3):\n    pass", setup="a = 1\nb = 2").src)

# the command line interface, with a fake timer
ticks = iter([0, 1e-3, 0, 2e-3, 0, 1.5e-3]).__next__
print(timeit.main(['-n', '10', '-r', '3', 'pass'], _wrap_timer=lambda t: ticks))
ticks = iter([0, 3e-7, 0, 3.5e-7]).__next__
print(timeit.main(['-n', '1', '-r', '2', '-u', 'usec', '-v', '-s', 'import os', 'pass'],
                  _wrap_timer=lambda t: ticks))
ticks = iter([0.0, 2.0]).__next__
print(timeit.main(['--number=1', '--repeat=1', '--unit', 'msec', 'x = 1'], _wrap_timer=lambda t: ticks))
print(timeit.main(['-x']))
