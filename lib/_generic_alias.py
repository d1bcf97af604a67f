"""types.GenericAlias for Baton: what `list[int]` and friends evaluate to (PEP 585)."""


class GenericAlias:
    """Represent a parameterized built-in generic, such as list[int]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __repr__(self):
        def name(a):
            if a is Ellipsis:
                return '...'
            if isinstance(a, GenericAlias):
                return repr(a)
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return f'{a.__module__}.{a.__qualname__}'
            return repr(a)
        args = ', '.join(name(a) for a in self.__args__) if self.__args__ else '()'
        return f'{name(self.__origin__)}[{args}]'


GenericAlias.__module__ = 'types'
