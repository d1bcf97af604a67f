# An exception with several args prints the tuple form.
print("multiple args")
raise ValueError("code", 42)
