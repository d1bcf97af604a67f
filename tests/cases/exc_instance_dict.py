# Exception instances carry a __dict__ (attributes set on them, vars()).
e = ValueError('x')
e.foo = 1
print(e.__dict__, vars(KeyError(1)))


class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


x = E(3)
x.a = 2
print(sorted(x.__dict__.items()), x.args)
x.__dict__['b'] = 5
print(x.b, hasattr(OSError(), '__dict__'))
