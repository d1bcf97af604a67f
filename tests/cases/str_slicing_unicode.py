# Slicing and stepping over strings with multi-byte characters; reversal; indexing negative.
s = "aé中😀b"
print([s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
print(s[1:4], s[::-1], s[::2], s[-2:], s[:-2], s[10:], s[-10:2])
print([c.encode("utf-8") for c in s], [len(c.encode("utf-16-le")) for c in s])
print(s.find("中"), s.index("😀"), s.count("😀"), s.replace("中", "zhong"), s.upper(), s.split("中"))
word = "straße"
print(word.upper(), len(word.upper()), word[::-1], word.title(), word.center(10, "*"))
print("".join(reversed("été")), "été"[::-1] == "été", list("日本語"), "日本語"[1])
emoji = "👍🏽"
print(len(emoji), [hex(ord(c)) for c in emoji], emoji[0] == "👍")
print(sorted("zäa"), max("abcé"), min("Éa"))
