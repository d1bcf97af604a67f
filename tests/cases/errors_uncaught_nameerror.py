def greet():
    print("hello", nmae)
print("calling greet")
greet()
