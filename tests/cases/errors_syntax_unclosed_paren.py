print("never executed")
values = (1, 2,
total = 3
