print("never executed")
nonlocal x
