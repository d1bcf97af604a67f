# urllib.parse: split/parse/unsplit/join (RFC 3986 examples), defrag, quoting and unquoting, urlencode, parse_qs(l), bytes results, errors.
from urllib.parse import *
import urllib.parse as up
for u in ["http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "https://[::1]:443/x", "mailto:a@b.c", "//host/path", "path/only?x", "HTTP://h/%7Ea b", " \thttp://x/\ny", "file:///etc/passwd", "a:b", "1http://x"]:
    s = urlsplit(u); p = urlparse(u)
    print(s, p.params, s.hostname, s.port, s.username, s.password, s.geturl(), p.geturl())
print(urlsplit(b"http://h/p?q#f"), urlparse(b"http://h/p;x"))
for b, r in [("http://a/b/c/d;p?q", x) for x in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../../g", ".", "./", "g;x", ""]] + [("http://a/b/", "c"), ("https://x/y", "ftp://z/w"), ("mailto:x", "y")]:
    print(repr(r), urljoin(b, r))
print(urldefrag("http://x/y#z"), urldefrag("http://x/y"), urldefrag("http://x/y#z").geturl())
print(quote("a b/c?d=é~"), quote("a b/c", safe=""), quote_plus("a b&c=d/e"), quote(b"\x00\xff"), quote_from_bytes(b"a b"))
print(unquote("a%20b%C3%A9%zz%"), unquote_plus("a+b%2B"), unquote_to_bytes("a%20%ff%g"), unquote(b"x%41"))
print(urlencode({"a": 1, "b": "x y", "c": ["1", "2"]}), urlencode([("a", "1"), ("a", "2")]), urlencode({"c": ["1", "2"]}, doseq=True), urlencode({"k": b"v w"}))
print(parse_qsl("a=1&b=&c&a=2+3&d=%41"), parse_qsl("a=1&b=", keep_blank_values=True), parse_qs("a=1&a=2&b=x"), parse_qsl("a=1;b=2", separator=";"))
for bad in [lambda: urlsplit("http://[::1/x"), lambda: urlsplit("http://h:xx/").port, lambda: urlsplit("http://h:99999/").port,
            lambda: parse_qsl("a", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1), lambda: urlencode("abc"),
            lambda: urljoin("http://a", b"b"), lambda: quote(b"x", encoding="utf-8"), lambda: parse_qsl("a=1", separator="")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
r = urlsplit("http://h/p")._replace(path="/q"); print(r.geturl(), r.encode(), urlparse("http://x").encode().decode())
print(urlunsplit(("http", "h", "p", "", "")), urlunparse(("", "", "p", "x", "q", "f")), urlunsplit(("file", "", "/x", "", "")))
