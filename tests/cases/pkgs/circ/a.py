print("circ.a start")
from circ import b
A_VALUE = "a"
def use_b():
    return "a sees " + b.B_VALUE
print("circ.a end")
