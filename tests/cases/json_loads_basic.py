# json.loads: values, numbers, strings and escapes, hooks, parse_* callbacks, strict, bytes input.
import json

docs = ['null', 'true', 'false', '0', '-0', '-12', '3.25', '-1.5e3', '1E-2', '2e+2', '1.0',
        '12345678901234567890123', '1e400', '"a"', '""', '[]', '{}', ' [ 1 , 2 ] ',
        '{"a": [1, {"b": null}], "c": "d"}', 'NaN', 'Infinity', '-Infinity',
        '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u4e2d\\ud83d\\ude00"', '"caf\u00e9"',
        '\n\t\r {"k" :\n 1 }\n', '[[[[]]]]', '{"a": 1, "a": 2}', '"\\u0041\\u0062"']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), '->', repr(v), type(v).__name__)

print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1, "y": {"z": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{}', object_hook=lambda d: ('hook', d)))
print(json.loads('[{"a": 1}]', object_hook=lambda d: 'ignored', object_pairs_hook=tuple))
print(json.loads('[1, 2.5, 3e2, -0.0]', parse_float=lambda s: 'F(' + s + ')'))
print(json.loads('[1, -20, 2.5]', parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: '<' + s + '>'))
print(json.loads('[1.10]', parse_float=str))

print(repr(json.loads('"tab\there"', strict=False)))
print(repr(json.loads('{"a": "line\nbreak"}', strict=False)))
dec = json.JSONDecoder(strict=False)
print(dec.strict, dec.decode('["\x01"]') == ["\x01"])

for raw in [b'{"k": [1, 2]}', '{"é": 1}'.encode('utf-8'), '["x"]'.encode('utf-16'),
            '["x"]'.encode('utf-16-le'), '["x"]'.encode('utf-16-be'),
            '["x"]'.encode('utf-32-le'), '["x"]'.encode('utf-32-be'), '["x"]'.encode('utf-32'),
            b'\xef\xbb\xbf[1]', bytearray(b'[true]'), b'7']:
    print(json.loads(raw))

print(json.JSONDecoder().raw_decode('[1, 2] trailing'))
print(json.JSONDecoder().raw_decode('xx{"a": 1}yy', 2))
print(json.decoder.scanstring('"hello" rest', 1))
print(json.decoder.scanstring('ab\\ncd"', 0))

roundtrip = {"list": [1, 2.5, "three", None, True], "nested": {"deep": [[], {}]},
             "unicode": "\u00e9\u4e2d\U0001f600", "num": -1.25e-10}
for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}]:
    print(json.loads(json.dumps(roundtrip, **kw)) == roundtrip)
