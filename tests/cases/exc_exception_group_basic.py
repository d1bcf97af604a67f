eg = ExceptionGroup('batch', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])
print(repr(eg), str(eg), type(eg).__mro__)
b = BaseExceptionGroup('x', [KeyboardInterrupt()])
print(type(b).__name__, type(BaseExceptionGroup('y', [ValueError()])).__name__)
m, r = ExceptionGroup('b', [ValueError(1), TypeError(2), ExceptionGroup('i', [ValueError(3), KeyError(4)])]).split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 3)))
for bad in [(1, []), ('m', 5), ('m', []), ('m', [1])]:
    try: ExceptionGroup(*bad)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e: print(e)
try:
    raise ExceptionGroup('g', [ValueError(1)])
except ExceptionGroup as e:
    print('caught', e.exceptions, e.message)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__module__)
