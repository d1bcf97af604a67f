# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
for word in ["for", "False", "async", "match", "print", "None", "case", "_", "lambda", "Foo", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.kwlist) == keyword.kwlist, all(w.isidentifier() for w in keyword.kwlist))
identifiers = ["class_", "def", "x1", "yield", "await", "nonlocal"]
print([w for w in identifiers if not keyword.iskeyword(w)])
print(sorted(keyword.__all__))

def classify(name):
    if keyword.iskeyword(name):
        return "keyword"
    if keyword.issoftkeyword(name):
        return "soft keyword"
    if name.isidentifier():
        return "identifier"
    return "invalid"

for name in ["while", "type", "match", "3d", "with", "_private", "case", "self"]:
    print(f"{name:>10}: {classify(name)}")

counts = {}
for w in keyword.kwlist:
    counts[w[0].lower()] = counts.get(w[0].lower(), 0) + 1
print(sorted(counts.items()))
print(keyword.iskeyword("True"), keyword.iskeyword("true"), type(keyword.kwlist).__name__)
