# Generator cleanup: finally runs on close, on garbage collection (refcount), and with break.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print("close", name)
for item in resource("r1"):
    print("use", item)
for item in resource("r2"):
    print("use", item)
    break
print("after break")
g = resource("r3")
next(g)
g = None
print("after dropping r3")
g = resource("r4")
print("never started; dropping")
g = None
def wrapper():
    yield from resource("inner")
w = wrapper()
next(w)
w.close()
print("after closing wrapper")
def with_cm():
    class CM:
        def __enter__(self):
            print("cm enter")
        def __exit__(self, *a):
            print("cm exit", a[0].__name__ if a[0] else None)
    with CM():
        yield 1
        yield 2
x = with_cm()
next(x)
x.close()
