# Full Unicode strings: length, indexing, slicing, iteration, encode/decode, comparisons.
s = "héllo wörld 中文 😀!"
print(len(s), s[1], s[12:14], s[-2], s[::-1], s.upper())
print([c for c in "a😀b"], len("😀"), len("😀".encode("utf-8")), len("😀".encode("utf-16-le")), len("中".encode()))
print("😀".encode("utf-8"), "é".encode("utf-8"), "é".encode("utf-16-be"), "é".encode("latin-1"), "abc".encode("ascii"))
print(b"\xf0\x9f\x98\x80".decode(), "\u00e9" == "\xe9", "e\u0301" == "é", len("e\u0301"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é😀".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
print(sorted(["b", "a", "é", "Z", "中", "😀", "~"]), "a" < "é" < "中" < "😀")
print(ord(max("hello😀")), min("héllo"), "ß".upper(), "ﬀ".upper(), "Σ".lower(), "ΑΣ".lower())
print("中文字符".find("字"), "日本語".replace("本", "[本]"), "🎉".join(["a", "b"]), "x" * 0 + "ü" * 3)
print(repr("\u0000\u001f\u007f\u0080\u00a0\u00ad\u2028\ufeff"), repr("\U0001F600\U000E0001"))
print(str("bytes".encode("utf-16"), "utf-16"), "ab".encode("utf-32-le"))
print("Ⅻ".isnumeric(), "٣".isdigit(), int("٣") + 1, "ｆｕｌｌ".upper(), "ǈ".istitle())
print(chr(0x1F600).isprintable(), "\u0378".isprintable(), "\t".isprintable())
print("naïve café".encode("utf-8").decode("latin-1"))
print("straße".casefold() == "STRASSE".casefold(), "İ".lower(), len("İ".lower()))
