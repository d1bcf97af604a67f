# References held by exceptions and frames: the except variable is cleared at the end of the handler.
class Token:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Carrier(Exception):
    pass
def raise_with(token):
    raise Carrier(token)
try:
    raise_with(Token("carried"))
except Carrier as e:
    print("handling; token alive:", e.args[0].name)
print("after handler")
def keep():
    try:
        raise Carrier(Token("kept"))
    except Carrier as e:
        return e
saved = keep()
print("returned exception holds:", saved.args[0].name)
saved = None
print("saved dropped")
def local_then_return():
    t = Token("local")
    return t.name
print(local_then_return())
print("end")
