# Reverse Polish notation calculator with a dispatch table and error handling.
import math
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "**": lambda a, b: a ** b,
}
FUNCS = {"sqrt": math.sqrt, "neg": lambda a: -a, "abs": abs}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok in FUNCS:
            stack.append(FUNCS[tok](stack.pop()))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"stack has {len(stack)} items: {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "16 sqrt", "7 2 //", "7 2 /", "3 dup *", "1 2 swap -",
          "1 +", "1 2", "4 0 /", "2 0.5 **", "x 1 +", "-3 abs neg"]:
    try:
        print(f"{e!r:24} -> {rpn(e)!r}")
    except IndexError:
        print(f"{e!r:24} -> stack underflow")
    except ZeroDivisionError as err:
        print(f"{e!r:24} -> ZeroDivisionError: {err}")
    except ValueError as err:
        print(f"{e!r:24} -> ValueError: {err}")
