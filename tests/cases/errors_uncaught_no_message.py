print("raising a bare exception class")
raise NotImplementedError
