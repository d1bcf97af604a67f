print("never executed")
if True:
    break
