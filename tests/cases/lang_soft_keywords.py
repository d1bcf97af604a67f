# Soft keywords and builtin names usable as identifiers: match, case, _, type, print as attribute.
match = "a match variable"
case = 3
_ = "underscore"
type_ = type
print(match, case, _, type_(1).__name__)
def match_fn(match, case=None):
    return match, case
print(match_fn(1, case=2))
class Obj:
    match = "attr"
    def case(self):
        return "method named case"
print(Obj.match, Obj().case())
for _ in range(2):
    pass
print(_)
list_ = [1, 2]
dict_ = {"match": 1}
print(dict_["match"], list_)
print = print
print("print rebound to itself")
def shadow_builtin():
    len = 5
    return len
print(shadow_builtin(), len("ab"))
