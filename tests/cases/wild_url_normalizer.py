"""urlnorm: normalise, deduplicate and rewrite URLs from a crawl frontier.

Lower-cases schemes and hosts, drops default ports and fragments, removes
tracking parameters, sorts the query, resolves relative links with urljoin,
percent-encodes consistently, and derives a stable request id with uuid5.
"""
import hashlib
import uuid
from collections import OrderedDict
from urllib.parse import (parse_qsl, quote, unquote, urldefrag, urlencode, urljoin,
                          urlsplit, urlunsplit)

TRACKING = {"utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid"}
DEFAULT_PORTS = {"http": 80, "https": 443}
NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")   # uuid.NAMESPACE_URL

RAW = [
    "HTTP://Example.COM:80/a/b/../c/./d.html?b=2&a=1&utm_source=news#section",
    "http://example.com/a/c/d.html?a=1&b=2",
    "https://example.com:443/Search?q=caf%C3%A9+au+lait&page=1&fbclid=XYZ",
    "https://example.com/Search?page=1&q=café au lait",
    "https://user:pw@Sub.Example.com:8443/path%2Fwith%2Fslashes/?x=1&x=2&empty=",
    "https://example.com/über/straße?name=Zoë",
    "mailto:someone@example.com",
    "//cdn.example.com/lib.js",
    "https://example.com",
]
BASE = "https://example.com/docs/guide/intro.html"
RELATIVE = ["../api/", "setup.html#install", "/about", "?page=2", "//other.org/x", "https://abs.org/y", ""]


def normalise(url, base=None):
    if base:
        url = urljoin(base, url)
    url, _fragment = urldefrag(url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower() or "https"
    if scheme not in DEFAULT_PORTS:
        return None
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    segments = []
    for seg in parts.path.split("/"):
        if seg == "..":
            if segments:
                segments.pop()
        elif seg != ".":
            segments.append(quote(unquote(seg), safe="!$&'()*+,;=:@~"))
    path = "/".join(segments) or "/"
    if not path.startswith("/"):
        path = "/" + path
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in TRACKING)
    return urlunsplit((scheme, netloc, path, urlencode(query, quote_via=quote), ""))


def request_id(url):
    return uuid.uuid5(NAMESPACE, url)


def main():
    seen = OrderedDict()
    for raw in RAW:
        norm = normalise(raw)
        print(f"{raw[:48]:<48} -> {norm}")
        if norm:
            seen.setdefault(norm, []).append(raw)
    print("unique:", len(seen), "of", len(RAW))
    for norm, originals in seen.items():
        if len(originals) > 1:
            print("  dup group:", norm, len(originals))
    for rel in RELATIVE:
        print(f"  {rel!r:<22} -> {urljoin(BASE, rel)}")
    parts = urlsplit(RAW[4])
    print(parts.scheme, parts.netloc, parts.hostname, parts.port, parts.username, parts.password, parts.path)
    print(parse_qsl(parts.query, keep_blank_values=True), dict(parse_qsl("a=1&a=2&b=%20x")))
    print(quote("a b/c?d=é"), quote("a b/c", safe=""), unquote("%E2%9C%93%20ok"), quote(b"\x00\xff"))
    print(urlencode({"q": "x y", "tags": ["a", "b"]}, doseq=True), urlencode([("k", "ü&=")]))
    rid = request_id(next(iter(seen)))
    print(rid, rid.version, rid.hex[:8], str(uuid.UUID(int=rid.int)) == str(rid))
    print(uuid.uuid3(uuid.NAMESPACE_DNS, "example.com"), uuid.NAMESPACE_URL == NAMESPACE)
    u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
    print(u.urn, u.fields[:2], u.bytes[:4], uuid.UUID(bytes=u.bytes) == u, len(str(uuid.uuid4())))
    print(hashlib.md5(normalise(RAW[0]).encode()).hexdigest()[:10])
    try:
        urlsplit("http://[::1:80/")
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        urlsplit("http://example.com:99999/").port
    except ValueError as exc:
        print("ValueError:", exc)


if __name__ == "__main__":
    main()
