print("broken_mod runs until the error")
value = 1
raise ValueError("broken_mod failed to import")
