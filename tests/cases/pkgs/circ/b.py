print("circ.b start")
import circ.a
B_VALUE = "b"
def use_a():
    return "b sees " + circ.a.A_VALUE
print("circ.b end")
