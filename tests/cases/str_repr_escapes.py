# repr() of strings: quote selection and escaping of control and non-printable characters.
samples = ["plain", "it's", 'say "x"', "both ' \"", "back\\slash", "\n\r\t", "\x00\x01\x1b\x7f",
           "\x80\x9f\xa0\xad", "é ñ ü", "\u2028\u2029", "\ufeff", "\U0001F600", "\U0010FFFF", "\ud800" if False else "x",
           "\u0301", "tab\there", "", "'", '"', "'\"'"]
for s in samples:
    print(repr(s), len(repr(s)))
print(repr(["it's", 'q"']))
print(str(["\n"]), str(("\t",)))
print(ascii("é\n"), ascii("plain"), ascii(["ü"]))
print(repr(b"\n\x00'\""), repr(b"it's"), repr(bytearray(b"'\"")))
print(eval(repr("round\x00trip\U0001F600'\"")) == "round\x00trip\U0001F600'\"")
