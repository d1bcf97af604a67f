print("never executed")
    x = 1
