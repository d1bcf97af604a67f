print("never executed")
s = "unterminated
