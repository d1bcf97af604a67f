def numbers():
    yield 1
    yield 2
    raise OverflowError("generator exploded")
for n in numbers():
    print(n)
