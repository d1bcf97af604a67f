# Generator pipelines and lazy evaluation order.
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(it):
    for x in it:
        print("square", x)
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
pipeline = evens(squares(numbers(5)))
print("pipeline built")
for v in pipeline:
    print("consume", v)
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
config = dict(parse(read_lines("a = 1\nb=2\n c = three ")))
print(config)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])))
total = sum(x for x in (y * 2 for y in range(10)) if x % 3 == 0)
print(total)
def primes():
    n = 2
    found = []
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
