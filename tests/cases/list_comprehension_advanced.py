# Comprehensions with complex conditions, nested structures, and function calls.
data = [{"name": "a", "tags": ["x", "y"], "score": 5}, {"name": "b", "tags": [], "score": 9}, {"name": "c", "tags": ["y"], "score": 7}]
print([d["name"] for d in data if d["tags"]])
print([t for d in data for t in d["tags"]])
print({t for d in data for t in d["tags"]} == {"x", "y"})
print({d["name"]: len(d["tags"]) for d in data})
print([d["name"] for d in sorted(data, key=lambda d: -d["score"])])
print([(i, j, k) for i in range(1, 15) for j in range(i, 15) for k in range(j, 15) if i * i + j * j == k * k])
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
print([x if x % 2 else -x for x in range(6)])
print([s.strip().upper() for s in " a , b,c ".split(",") if s.strip()])
def is_palindrome(s): return s == s[::-1]
print([w for w in ["level", "hello", "noon", "abc", "racecar"] if is_palindrome(w)])
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat, [flat[i:i + 2] for i in range(0, len(flat), 2)])
print(sum([[i] * i for i in range(4)], []), [c for c in "hello world" if c not in "aeiou "])
