# A syntax error anywhere means nothing runs: the print below never happens.
print("this line is never executed")
x = = 1
