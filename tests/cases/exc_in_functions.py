# Exceptions propagating through call stacks, caught at different levels; cleanup order.
def level3(x):
    print("level3 start")
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2
def level2(x):
    try:
        return level3(x) + 1
    finally:
        print("level2 cleanup")
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 caught:", e)
        return None
print(level1(5))
print(level1(-1))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError as e:
        return "bad types: " + str(e)
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 1))
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except RuntimeError as e:
            print("attempt", i, "failed:", e)
    return "gave up"
def flaky(i):
    if i < 2:
        raise RuntimeError("not yet")
    return "ok on attempt %d" % i
print(retry(flaky, 5), retry(flaky, 2))
def convert(values):
    out, errors = [], []
    for v in values:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            errors.append(type(e).__name__)
    return out, errors
print(convert(["1", "x", None, "42", 3.7, "4.5"]))
def gen_error():
    yield 1
    raise KeyError("in generator")
try:
    for v in gen_error():
        print("got", v)
except KeyError as e:
    print("KeyError from generator:", e)
