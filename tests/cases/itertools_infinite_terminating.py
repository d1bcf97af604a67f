# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile/takewhile, filterfalse, islice, starmap, zip_longest, pairwise.
import itertools as it
import operator

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -3), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(repr(it.count()), repr(it.count(5)), repr(it.count(1, 2)), repr(it.count(2.5)), repr(it.count(0, 1.0)))
c = it.count(3)
next(c)
print(repr(c))
print(list(it.islice(it.cycle("abc"), 7)), list(it.cycle([])))
print(list(it.repeat("x", 3)), list(it.repeat(0, -1)), repr(it.repeat(7)), repr(it.repeat("a", 2)))
print(list(map(pow, range(5), it.repeat(2))), it.repeat(1, 4).__length_hint__())
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z", ""])), list(it.chain()))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)))
print(list(it.islice("ABCDEFG", 0, None, 2)), list(it.islice(range(100), 10, 30, 7)), list(it.islice([], 3)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
for args in [(-1,), (1, -2), (0, 5, 0), ("a",)]:
    try:
        it.islice("abc", *args)
    except ValueError as e:
        print("ValueError:", e)
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1], [2, 3], [4])))
print(list(it.zip_longest()), list(it.pairwise("ABCDE")), list(it.pairwise([1])))
g = (x * x for x in range(5))
print(list(it.takewhile(lambda v: v < 5, g)), list(g))
