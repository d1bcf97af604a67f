# yield from: delegation, send/throw forwarding, return values, iterables.
def inner():
    received = yield "inner-1"
    print("inner got", received)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield from range(2)
    yield from "ab"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("sent-value"))
print(list(g))
def tree_walk(node):
    if isinstance(node, list):
        for child in node:
            yield from tree_walk(child)
    else:
        yield node
print(list(tree_walk([1, [2, [3, 4], []], [[5]], 6])))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("catcher handled", e)
def wrapper():
    yield from catcher()
w = wrapper()
next(w)
w.throw(ValueError("through yield from"))
w.close()
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: None}, "56")))
def counter_gen():
    n = yield from (x for x in range(3))
    return n
def get_none():
    r = yield from counter_gen()
    yield r
print(list(get_none()))
def flatten_depth(n):
    if n == 0:
        yield "leaf"
        return
    yield from flatten_depth(n - 1)
print(list(flatten_depth(50)))
