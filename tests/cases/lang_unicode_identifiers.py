# Non-ASCII identifiers, NFKC normalization of names.
café = "coffee"
π = 3.14159
名前 = "name"
Δx = 0.5
print(café, π, 名前, Δx)
def grüß(name):
    return "Grüß " + name
print(grüß("Gott"))
class Ölfass:
    größe = 10
print(Ölfass.größe, Ölfass.__name__)
ﬁle = "ligature fi normalizes"
print(file)
ℌ = "double-struck H normalizes to H"
print(H)
print("café" in dir(), sorted(k for k in globals() if not k.isascii()))
