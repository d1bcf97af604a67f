# Case conversion and character class predicates.
words = ["hello World", "ÉCOLE", "straße", "ǅungla", "hello-world_foo bar9x", "ﬁre", "İstanbul"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("they're bill's friends".title(), "o'neil 3rd".capitalize())
for s in ["abc", "ABC", "Abc", "123", "١٢٣", "½", "12.5", "a1", " ", "\t\n", "", "Hello World", "Hello world", "_id", "1x", "if", "é", "x²", "ab\x00"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
