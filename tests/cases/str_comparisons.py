# String comparison, sorting by code point, case-insensitive sorting, min/max, equality of composed forms.
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "Zoo", "zoo", "10", "9", "_x", " space"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len))
print(min(words), max(words), min(words, key=str.casefold))
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "abc" < "abcd", "" < " ", "10" < "9")
print("é" > "z", "ß" > "z", "\u00e9" == "e\u0301", sorted(["e\u0301", "\u00e9", "f"]))
print("abc" == "abc", "a" * 3 == "aaa", "ABC".lower() == "abc")
print([w for w in words if w.startswith(("a", "A"))], [w for w in words if "an" in w])
print(sorted(set(w.lower() for w in words if w.isalpha())))
