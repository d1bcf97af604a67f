# Cascading deallocation: a parent's __del__ runs first, then the children it held.
class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
    def __del__(self):
        print("del", self.name)
root = Node("root", Node("child1", Node("grandchild")), )
print("built")
del root
print("after root")
class Wrapper:
    def __init__(self, inner):
        self.inner = inner
    def __del__(self):
        print("del wrapper around", self.inner.name)
w = Wrapper(Node("wrapped"))
w = None
print("after wrapper")
class Noisy:
    def __del__(self):
        print("del noisy")
def chain():
    a = Noisy()
    return [a]
result = chain()
print("chain returned")
result = chain()
print("second chain")
del result
print("end")
