# Sets with strings (printed sorted), dedupe, membership, hashing rules.
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
vowels = set("aeiou")
print(sorted(vowels & set("the quick brown fox")), sorted(set("hello") - vowels))
seen = set()
dupes = []
for w in words:
    if w in seen:
        dupes.append(w)
    seen.add(w)
print(dupes)
print({1, 1.0, True}, {0, False, 0.0}, len({"a", "a", "b"}))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set([{}])
except TypeError as e:
    print("TypeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
nums = set(range(20))
evens = {n for n in nums if n % 2 == 0}
print(sorted(nums - evens), max(evens), min(evens), sum(evens))
print(set() < {1}, {1} > set(), {1, 2} == {2, 1}, {1, 2} != {1, 3}, bool(set()), bool({0}))
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted({"b", "a"}, reverse=True))
print(list({5, 1, 3}), list({100, 1, 50}))
