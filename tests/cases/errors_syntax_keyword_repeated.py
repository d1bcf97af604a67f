print("never executed", sep="", sep=" ")
