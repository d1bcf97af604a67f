print("never executed")
yield 1
