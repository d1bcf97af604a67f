# currentframe, stack, getframeinfo, getouterframes, trace, getargvalues,
# and getsource / getsourcelines / getcomments.
import inspect
import os


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name


def outer():
    return inner(10)


def inner(n):
    records = inspect.stack()
    return [(r.function, r.lineno, r.index, r.code_context) for r in records[:3]]


print(where())
for record in outer():
    print(record)
info = inspect.stack()[0]
print(os.path.basename(info.filename), info.function, info[2], info.code_context)


def failing(depth):
    if depth == 0:
        raise KeyError("bottom")
    failing(depth - 1)


try:
    failing(2)
except KeyError:
    for r in inspect.trace():
        print("trace:", r.function, r.lineno, r.code_context)
    tb = inspect.trace()[-1]
    print(inspect.getframeinfo(tb.frame, context=3)[2:])

frame_info = inspect.getframeinfo(inspect.currentframe(), context=0)
print(frame_info.lineno, frame_info.function, frame_info.code_context, frame_info.index)
print([f.function for f in inspect.getouterframes(inspect.currentframe())])


def args_of(a, b=2, *rest, **opts):
    return inspect.getargvalues(inspect.currentframe())


values = args_of(1, 5, 6, key="v")
print(values.args, values.varargs, values.keywords, sorted(values.locals))
print(inspect.formatargvalues(*values))


# A comment about Sample.
class Sample:
    """Doc."""
    value = """a string
that spans lines"""

    @staticmethod
    def method(x):
        # inside
        return (x +
                1)


def one_liner(): return 42
print(inspect.getsource(Sample), end="")
print(inspect.getsource(Sample.method), end="")
print(inspect.getsourcelines(one_liner))
print(repr(inspect.getcomments(Sample)), repr(inspect.getcomments(where)))
lines, start = inspect.getsourcelines(where)
print(start, len(lines), lines[0], end="")
print(inspect.getsource(lambda v: v * 2).strip())
