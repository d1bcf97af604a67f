# A tiny serializer and parser for a JSON-like format, round-tripping nested data.
def dumps(obj, indent=0):
    pad = "  " * indent
    if obj is None: return "null"
    if obj is True: return "true"
    if obj is False: return "false"
    if isinstance(obj, (int, float)): return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(obj, list):
        if not obj: return "[]"
        inner = ",\n".join(pad + "  " + dumps(v, indent + 1) for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj: return "{}"
        inner = ",\n".join(pad + "  " + dumps(str(k)) + ": " + dumps(v, indent + 1) for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(obj).__name__}")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t": pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1; out = {}; ws()
            if s[pos] == "}": pos += 1; return out
            while True:
                k = value(); ws(); pos += 1
                out[k] = value(); ws()
                if s[pos] == ",": pos += 1; continue
                pos += 1; return out
        if c == "[":
            pos += 1; out = []; ws()
            if s[pos] == "]": pos += 1; return out
            while True:
                out.append(value()); ws()
                if s[pos] == ",": pos += 1; continue
                pos += 1; return out
        if c == '"':
            pos += 1; buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    buf.append({"n": "\n"}.get(s[pos], s[pos]))
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word); return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE": pos += 1
        text = s[start:pos]
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    return value()
data = {"name": "baton", "version": [0, 1], "ok": True, "none": None, "pi": 3.14159,
        "nested": {"list": [1, "two", [3.5, {}], []], "quote": 'say "hi"\n'}, "big": 10 ** 20, "neg": -1e-7}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, back["nested"]["quote"], type(back["big"]).__name__)
try:
    dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
