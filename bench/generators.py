"""A generator pipeline: produce numbers, filter, map, window, batch and reduce,
with yield, yield from, generator expressions and send()."""


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only(pred, source):
    for x in source:
        if pred(x):
            yield x


def mapped(fn, source):
    for x in source:
        yield fn(x)


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def batches(source, size):
    batch = []
    for x in source:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(nested):
    for item in nested:
        yield from item


def running_total():
    total = 0
    while True:
        value = yield total
        total = (total + value) % 1000000007


N = 2000000
pipeline = mapped(lambda w: w[0] * 3 + w[1] - w[2],
                  windows(only(lambda x: x % 3 != 0, mapped(lambda x: x * x % 10007, numbers(N))), 3))
acc = running_total()
next(acc)
result = 0
count = 0
for batch in batches(pipeline, 64):
    for value in flatten([batch[:32], batch[32:]]):
        result = acc.send(value)
        count += 1
squares = sum(x * x for x in numbers(N // 4) if x & 1)
print("generators", count, result, squares % 1000000007)
