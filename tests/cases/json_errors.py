# json.loads errors: JSONDecodeError messages, positions, lineno/colno; TypeError for bad input.
import json

bad = ['', '   ', 'nul', 'tru', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '[,]', ']',
       '{', '{"a"', '{"a" 1}', '{"a":', '{"a":}', '{"a":1', '{"a":1,', '{"a":1,}',
       '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", '"abc', '"a\\', '"a\\x"', '"\\u12"',
       '"\\u12g4"', '"\\u"', '"\\u0041', '"a\x01b"', '"a\nb"', '"\t"', '-', '-x', '--1',
       '01', '1.', '1.e5', '.5', '1e', '1e+', '+1', '0x10', '1 2', '[] x', '{}{}',
       'Infinityx', 'nan', 'True', '[1, 2,\n 3,,]', '{\n  "a": 1,\n  "b" 2\n}',
       '"ok" \n\n  junk', '\ufeff[1]', '[1, "\\', '{"a": "b\x00"}']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), 'parsed?!')
    except json.JSONDecodeError as e:
        print(repr(doc), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)

e = json.JSONDecodeError("Custom", "line1\nline2\nline3", 14)
print(e, e.lineno, e.colno, e.pos, e.msg)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)

for arg in [5, None, [1], 2.5]:
    try:
        json.loads(arg)
    except TypeError as e:
        print('TypeError', e)

try:
    json.JSONDecoder().raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)

try:
    json.loads('[1]', strict=True, bogus=1)
except TypeError as e:
    print('TypeError', 'bogus' in str(e))
