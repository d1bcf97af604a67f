print("before")
pritn("x")
