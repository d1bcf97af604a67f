# codecs: lookup and canonical names, incremental decoding of split characters, iterencode/iterdecode, BOMs, codecs.open, error handlers, stream writers.
import codecs, io, os, tempfile
for e in ['UTF8', 'utf_8', 'latin1', 'latin-1', 'iso-8859-1', 'ascii', 'us-ascii', 'utf-16', 'utf-16-le', 'utf_32', 'cp1252', 'utf-8-sig']:
    print(e, codecs.lookup(e).name)
for bad in ['nope', 'cp9999']:
    try: codecs.lookup(bad)
    except LookupError as e: print('LookupError', e)
print(repr(codecs.lookup('utf-8'))[:40], isinstance(codecs.lookup('ascii'), tuple))
d = codecs.getincrementaldecoder('utf-8')(); print(repr(d.decode(b'\xc3')), repr(d.decode(b'\xa9x\xe2\x82')), repr(d.decode(b'\xac', final=True)))
d2 = codecs.getincrementaldecoder('utf-8')('replace'); print(repr(d2.decode(b'a\xf0\x9f')), repr(d2.decode(b'\x98\x80')), repr(d2.decode(b'\xff', True)))
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xe9llo', 'latin-1'), codecs.encode('x', 'utf-16'))
print(codecs.getencoder('ascii')('abc'), codecs.getdecoder('utf-8')(b'\xc3\xa9'))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'z'], 'utf-8')), list(codecs.iterencode(['a', 'b'], 'utf-8')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)
p = os.path.join(tempfile.mkdtemp(), 'f.txt')
with codecs.open(p, 'w', encoding='utf-8') as f:
    f.write('ünï\ncode\n')
with codecs.open(p, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
with codecs.open(p, encoding='utf-8') as f:
    print([line for line in f])
print(open(p, 'rb').read())
os.remove(p)
print(codecs.lookup_error('strict') is codecs.strict_errors)
try: codecs.lookup_error('nothing')
except LookupError as e: print('LookupError', e)
print('x\u20acy'.encode('ascii', 'xmlcharrefreplace'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
w = codecs.getwriter('utf-8')(io.BytesIO()); w.write('é'); print(w.getvalue())
