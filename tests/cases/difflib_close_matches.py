# difflib.get_close_matches: n, cutoff, ordering, errors.
import difflib
import keyword

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("Apple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("pritn", ["print", "sprint", "printf", "pint", "prune"]))
print(difflib.get_close_matches("pritn", ["print", "sprint", "printf", "pint", "prune"], n=5, cutoff=0.3))
print(difflib.get_close_matches("ab", ["ab", "ba", "abc", "a", "b"], n=10, cutoff=0.0))
print(difflib.get_close_matches("x", []))
print(difflib.get_close_matches("same", ["same", "same", "sane"], n=2))
print(difflib.get_close_matches([1, 2, 3], [[1, 2], [3, 2, 1], [1, 2, 3, 4]]))
names = ["append", "extend", "insert", "remove", "pop", "clear", "index",
         "count", "sort", "reverse", "copy"]
for typo in ("apend", "revers", "cnt", "srot", "xyz", "indx", "cop"):
    print(typo, difflib.get_close_matches(typo, names, n=2, cutoff=0.5))
for kwargs in ({"n": 0}, {"cutoff": 1.5}, {"cutoff": -0.1}):
    try:
        difflib.get_close_matches("a", ["a"], **kwargs)
    except ValueError as e:
        print("ValueError:", e)
s = difflib.SequenceMatcher()
s.set_seq2("hello")
for w in ("hallo", "help", "yellow", "olleh"):
    s.set_seq1(w)
    print(w, s.real_quick_ratio(), s.quick_ratio(), round(s.ratio(), 4))
