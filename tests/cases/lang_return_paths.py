# Early returns from loops, nested functions, and with/try blocks.
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_negative([3, 1, -2, -5]), first_negative([]))
def nested_return():
    def inner():
        for i in range(10):
            while True:
                return i * 100
    return inner() + 1
print(nested_return())
def implicit_none(flag):
    if flag:
        return
    return "explicit"
print(implicit_none(True), implicit_none(False))
def return_tuple():
    return 1, 2
def return_list():
    return [1, 2]
print(return_tuple(), return_list(), type(return_tuple()).__name__)
def return_from_try():
    try:
        return "try"
    except Exception:
        return "except"
print(return_from_try())
def classify(n):
    if n < 0: return "neg"
    if n == 0: return "zero"
    return "pos"
print([classify(n) for n in (-1, 0, 1)])
def gen_return():
    yield 1
    return
    yield 2
print(list(gen_return()))
def lambda_return():
    return lambda: (yield)
print(type(lambda_return()()).__name__)
