# string.Template substitution, string constants and capwords.
import string
from string import Template

t = Template("$who likes ${what}; it costs $$${price}.")
print(t.substitute(who="tim", what="kung pao", price=9))
print(t.substitute({"who": "ann", "what": "tea"}, price=3))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["Give $1 now", "line one\n  $ there", "trailing $", "${unclosed"]:
    bt = Template(bad)
    try:
        bt.substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(repr(bt.safe_substitute()), bt.is_valid())
print(Template("${a}${b}$c").substitute(a=1, b=2, c=3), Template("$a$a").get_identifiers())
print(Template("$x_1 and $x-1").substitute(x_1="A", x="B"))

class Percent(Template):
    delimiter = "%"
print(Percent("%name is %{age}%% sure, $ignored").substitute(name="Al", age=3))

class Hash(Template):
    delimiter = "#"
print(Hash("#a##b").safe_substitute(a="A"))

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"), string.capwords(" x\ty "))
print(string.capwords("ALREADY upper"), repr(string.capwords("")))
letters = sum(1 for ch in "Hello, World! 123" if ch in string.ascii_letters)
print(letters, "".join(ch for ch in "a1b2c3" if ch in string.digits))
