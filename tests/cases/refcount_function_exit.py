# Objects die when a function returns (locals released), unless returned or stored.
class Tracker:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)
def uses_local():
    t = Tracker("local")
    print("in function")
print("call uses_local")
uses_local()
print("returned from uses_local")
def returns_it():
    t = Tracker("returned")
    return t
kept = returns_it()
print("kept alive:", kept.label)
kept = None
print("after dropping kept")
keep = []
def stores_it():
    keep.append(Tracker("stored"))
stores_it()
print("stored object alive:", keep[0].label)
keep.clear()
print("after clear")
def temp_in_expression():
    return len(Tracker("temporary").label)
print(temp_in_expression())
print("after temporary")
Tracker("discarded-expression-statement")
print("after expression statement")
def raises():
    t = Tracker("in raising frame")
    raise ValueError("boom")
try:
    raises()
except ValueError:
    print("handling")
print("after handler")
def loop_rebinds():
    for i in range(3):
        t = Tracker("loop%d" % i)
    print("loop done")
loop_rebinds()
print("end")
