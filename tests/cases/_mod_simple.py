"""A helper module for the import cases (not a case: its name starts with _)."""
print("importing _mod_simple")
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    pass
_private = "underscore names are skipped by star import"
public = "public"
