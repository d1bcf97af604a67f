print("importing mypkg.core")
def greet(name):
    return "hello, " + name
