print("importing mypkg.sub")
