# str.encode and bytes.decode: codecs, aliases, error handlers, str(bytes, ...).
s = "aé€😀"
for enc in ["utf-8", "UTF8", "utf_8", "u8", "latin-1", "ascii", "cp1252", "utf-16", "utf-16-le",
            "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "utf-8-sig", "unicode_escape", "raw_unicode_escape"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b, b.decode(enc, "replace") if enc not in ("ascii", "latin-1", "cp1252") else "")
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end)
data = [b"abc", b"a\xffb", b"\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"\xc0\x80", b"\xf0\x9f\x98\x80",
        b"\x80", b"\xf4\x90\x80\x80", b"ok\xc3\xa9"]
for d in data:
    out = []
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            out.append(repr(d.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            out.append(f"{e.reason}@{e.start}-{e.end}")
    print(d, " | ".join(out))
for enc, d in [("ascii", b"a\x80\xffb"), ("cp1252", b"a\x81\x80\x9f"), ("utf-16-le", b"a\x00\x00\xd8b\x00"),
               ("utf-16", b"\xff\xfea\x00b"), ("utf-16", b"\xfe\xff\x00a"), ("utf-16-be", b"\xdc\x00"),
               ("utf-32", b"\xff\xfe\x00\x00a\x00\x00\x00"), ("utf-32-le", b"\x00\x00\x11\x00"),
               ("utf-32-be", b"\x00\x00\xd8\x00\x00"), ("unicode_escape", b"a\\n\\x41\\u20ac\\U0001F600\\101\\q"),
               ("unicode_escape", b"\\x4"), ("unicode_escape", b"ab\\"), ("raw_unicode_escape", b"a\\u20ac\\\\u0041\\n"),
               ("latin-1", b"\xe9\xff"), ("utf-8-sig", b"\xef\xbb\xbfhi")]:
    for errors in ["strict", "replace"]:
        try:
            print(enc, errors, repr(d.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError:", e)
print(str(b"abc", "ascii"), str(b"h\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"), str(b"x", errors="strict"))
print(str(bytearray(b"xy"), "latin-1"), repr(str(b"", "utf-16")), str(object="s"), str(), str(b"ab"))
for f in (lambda: "é".encode("ascii"), lambda: "éé€x".encode("latin-1"), lambda: "😀".encode("cp1252"),
          lambda: "x".encode("nope"), lambda: "x".encode("hex"), lambda: b"x".decode("rot13"),
          lambda: "é".encode("ascii", "bogus"), lambda: b"\xff".decode("ascii", "bogus"),
          lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"), lambda: "x".encode(1), lambda: "x".encode("ascii", 1),
          lambda: "x".encode(encoding="ascii", errors="strict", x=1), lambda: str(1, "ascii"), lambda: str("a", "ascii"),
          lambda: str(b"a", 1), lambda: str(b"\xff", "ascii"), lambda: b"a".decode("utf.8"), lambda: str(b"a", x=1)):
    try:
        print(repr(f()))
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print("x".encode("ascii", "bogus"), " utf-8 ".strip(), b"a".decode(" UTF--8 "), "a".encode("Latin_1"), "a".encode("646"))
