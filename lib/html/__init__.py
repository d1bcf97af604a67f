"""General functions for HTML manipulation: escape() and unescape()."""

from html.entities import html5 as _html5

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace the characters &, < and > (and " and ' when quote is true)
    with HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references to these code points mean the Windows-1252 character
# (as browsers read them, per HTML5); 0 means U+FFFD.
_CP1252 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
_REPLACED = {0: "\ufffd", 13: "\r"}
_REPLACED.update({0x80 + i: c for i, c in enumerate(_CP1252)})


def _dropped(cp):
    """Code points that a numeric reference may not produce (controls and
    noncharacters): the reference turns into nothing."""
    if 1 <= cp <= 8 or cp == 11 or 14 <= cp <= 31 or 127 <= cp <= 159:
        return True
    if 0xFDD0 <= cp <= 0xFDEF:
        return True
    return (cp & 0xFFFE) == 0xFFFE


def _numeric(body):
    """The text of '&#...' whose body (after '#') is given, and how many
    characters of body it used; None if it is not a reference."""
    if body[:1] in ("x", "X"):
        digits = "0123456789abcdefABCDEF"
        i = 1
        while i < len(body) and body[i] in digits:
            i += 1
        if i == 1:
            return None
        cp = int(body[1:i], 16)
    else:
        i = 0
        while i < len(body) and "0" <= body[i] <= "9":
            i += 1
        if i == 0:
            return None
        cp = int(body[:i])
    if i < len(body) and body[i] == ";":
        i += 1
    if cp in _REPLACED:
        return _REPLACED[cp], i
    if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
        return "\ufffd", i
    if _dropped(cp):
        return "", i
    return chr(cp), i


def _named(body):
    """The text of the longest entity name starting body, and its length."""
    # Names are at most 32 characters; with ';' the whole name must match,
    # without it the longest known prefix (like '&ampx' -> '&' + 'x').
    end = 0
    while end < len(body) and end < 33 and (body[end].isalnum()):
        end += 1
    if end < len(body) and body[end] == ";" and body[:end + 1] in _html5:
        return _html5[body[:end + 1]], end + 1
    for k in range(end, 0, -1):
        name = body[:k]
        if name in _html5:
            return _html5[name], k
    return None


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;, &#62;,
    &#x3e;) in s to the corresponding Unicode characters, with the HTML5
    rules for invalid and unterminated references."""
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while True:
        j = s.find("&", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        body = s[j + 1:j + 40]
        if body[:1] == "#":
            r = _numeric(body[1:])
            if r is not None:
                out.append(r[0])
                i = j + 2 + r[1]
                continue
        else:
            r = _named(body)
            if r is not None:
                out.append(r[0])
                i = j + 1 + r[1]
                continue
        out.append("&")
        i = j + 1
        if i >= n:
            break
    return "".join(out)
