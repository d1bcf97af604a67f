"""Functional tools for creating and using iterators.

Infinite: count, cycle, repeat. Terminating on the shortest input:
accumulate, chain, compress, dropwhile, filterfalse, groupby, islice,
pairwise, starmap, takewhile, tee, zip_longest. Combinatoric: product,
permutations, combinations, combinations_with_replacement.
"""

import sys as _sys


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(v, "__add__") or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._n!r})"
        return f"{type(self).__name__}({self._n!r}, {step!r})"

    def __reduce__(self):
        return type(self), (self._n, self._step)


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> object, object, ... (endlessly, or times times)"""

    __slots__ = ("_object", "_times")

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """chain(*iterables) --> elements of the first iterable, then the second, ..."""
    for it in iterables:
        yield from it


def _chain_from_iterable(iterables):
    """chain.from_iterable(iterable) --> chain(*iterable), evaluated lazily."""
    for it in iterables:
        yield from it


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    """compress('ABCDEF', [1,0,1,0,1,1]) --> A C E F"""
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true; then return every element."""
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(predicate, iterable):
    """Return those items of iterable for which predicate(item) is false."""
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = ident = object()
        keyfunc = self._keyfunc
        while self._currkey == self._tgtkey:
            value = self._currvalue = next(self._it)
            self._currkey = value if keyfunc is None else keyfunc(value)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, ident))

    def _grouper(self, tgtkey, ident):
        keyfunc = self._keyfunc
        while self._id is ident and self._currkey == tgtkey:
            yield self._currvalue
            try:
                value = self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = value if keyfunc is None else keyfunc(value)


def _as_ssize(value):
    # PyNumber_AsSsize_t: -1 for values that are not integers or do not fit.
    try:
        value = value.__index__()
    except (AttributeError, TypeError):
        return -1
    if value > _sys.maxsize or value < -_sys.maxsize - 1:
        return -1
    return value


_STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected elements"""
    nargs = len(args)
    start, stop, step = 0, -1, 1
    if nargs == 1:
        if args[0] is not None:
            stop = _as_ssize(args[0])
            if stop == -1:
                raise ValueError(_STOP_MSG)
    elif nargs in (2, 3):
        if args[0] is not None:
            start = _as_ssize(args[0])
        if args[1] is not None:
            stop = _as_ssize(args[1])
            if stop == -1:
                raise ValueError(_STOP_MSG)
    elif nargs == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {nargs + 1}")
    if start < 0 or stop < -1:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if nargs == 3 and args[2] is not None:
        step = _as_ssize(args[2])
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice_gen(iter(iterable), start, None if stop == -1 else stop, step)


def _islice_gen(it, start, stop, step):
    i = 0
    # Skip the first `start` items.
    while i < start:
        if stop is not None and i >= stop:
            return
        try:
            next(it)
        except StopIteration:
            return
        i += 1
    if step == 1:
        if stop is None:
            yield from it
            return
        while i < stop:
            try:
                v = next(it)
            except StopIteration:
                return
            i += 1
            yield v
        return
    nexti = start
    for v in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield v
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def pairwise(iterable):
    """pairwise('ABCDEFG') --> AB BC CD DE EF FG"""
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """starmap(pow, [(2,5), (3,2), (10,3)]) --> 32 9 1000"""
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate is true."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def _tee_iter(it, link):
    # The shared buffer is a linked list of [value, next] cells; each
    # iterator walks it, and the first to reach the end pulls from `it`.
    while True:
        nxt = link[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = link[1]
            if nxt is None:
                nxt = link[1] = [value, None]
        link = nxt
        yield nxt[0]


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators over iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    head = [None, None]
    return tuple([_tee_iter(it, head) for _ in range(n)])


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    iterators = [iter(it) for it in iterables]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables, like nested for-loops."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    if n == 1:
        for a in pools[0]:
            yield (a,)
        return
    if n == 2:
        p1 = pools[1]
        for a in pools[0]:
            for b in p1:
                yield (a, b)
        return
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def permutations(iterable, r=None):
    """permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1 :] + indices[i : i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    """combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])
