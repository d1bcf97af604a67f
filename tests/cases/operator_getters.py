# operator.itemgetter, attrgetter and methodcaller: single and multiple, nested, reprs, sorting keys.
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 25, "x"), ("alice", 30, "y"), ("carol", 25, "z")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("hello"), itemgetter(slice(1, 3))("hello"))
print(itemgetter("a", "b")({"a": 1, "b": 2, "c": 3}))
print(list(map(itemgetter(2), rows)))

class Name:
    def __init__(self, first, last):
        self.first, self.last = first, last
class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name.first}{punct}"

people = [Person("Ada", "Lovelace", 36), Person("Alan", "Turing", 41), Person("Grace", "Hopper", 85)]
print([p.age for p in sorted(people, key=attrgetter("age"), reverse=True)])
print(attrgetter("name.last")(people[0]), attrgetter("age", "name.first")(people[1]))
print([attrgetter("name.first")(p) for p in people])

print(methodcaller("greet", "Hi")(people[0]), methodcaller("greet", "Hello", punct="?")(people[2]))
print(methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o", 1)("banana"))

print(repr(itemgetter(1)), repr(itemgetter(1, "x")), repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, k="v")))

try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
try:
    methodcaller(5)
except TypeError as e:
    print("TypeError:", e)
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError raised")
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
g = itemgetter(0)
print(g.__reduce__()[1], attrgetter("a", "b").__reduce__()[1], methodcaller("m", 2).__reduce__()[1])
