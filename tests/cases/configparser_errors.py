# configparser exceptions: their messages, args and attributes, from
# parsing (collected bad lines, duplicates, missing header), lookups,
# interpolation and type checks; and the parser's state after a failure.
import configparser as cp

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except cp.Error as e:
        extra = {k: getattr(e, k) for k in ('section', 'option', 'source', 'lineno', 'line', 'errors', 'reference')
                 if hasattr(e, k)}
        print(label, type(e).__name__, '|', e, '|', e.args, extra)
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        print(label, type(e).__name__, '|', e)

p = cp.ConfigParser()
attempt('bad lines', lambda: p.read_string('[s]\nok = 1\njunk line\n  \n=empty\n[t]\nalso junk\n', source='app.ini'))
print(p.sections(), p.items('s'), p.items('t'))
attempt('no header', lambda: cp.ConfigParser().read_string('\n# c\nkey = v\n'))
attempt('dup section', lambda: cp.ConfigParser().read_string('[a]\n[b]\n[a]\n'))
attempt('dup option', lambda: cp.ConfigParser().read_string('[a]\nKey = 1\nkey: 2\n', 'cfg'))
attempt('dup in dict', lambda: cp.ConfigParser().read_dict({'a': {'k': 1, 'K': 2}}))
loose = cp.ConfigParser(strict=False)
attempt('not strict', lambda: loose.read_string('[a]\nk = 1\n[a]\nk = 2\n'))
print(loose.items('a'))
nv = cp.ConfigParser(allow_no_value=True)
attempt('continued flag', lambda: nv.read_string('[a]\nflag\n  more\n'))
attempt('no section', lambda: p.get('zz', 'x'))
attempt('no option', lambda: p.get('s', 'MISSING'))
attempt('options', lambda: p.options('zz'))
attempt('items', lambda: p.items('zz'))
attempt('set', lambda: p.set('zz', 'a', 'b'))
attempt('remove', lambda: p.remove_option('zz', 'a'))
attempt('add dup', lambda: p.add_section('s'))
attempt('add default', lambda: p.add_section('DEFAULT'))
attempt('add int', lambda: p.add_section(3))
attempt('set int', lambda: p.set('s', 'n', 3))
attempt('set key', lambda: p.set('s', 4, 'x'))
attempt('bad pct', lambda: p.set('s', 'n', '100%'))
attempt('bad pct2', lambda: p.set('s', 'n', 'a %(x)s b %z'))
attempt('getint', lambda: p.getint('s', 'ok', fallback=0) + p.getint('t', 'zz', fallback=5))
p.set('s', 'word', 'maybe')
attempt('getbool', lambda: p.getboolean('s', 'word', fallback=True))
attempt('getfloat', lambda: p.getfloat('s', 'word'))
attempt('mapping', lambda: p['zz'])
attempt('mapping opt', lambda: p['s']['zz'])
attempt('del default', lambda: p.__delitem__('DEFAULT'))
attempt('interp type', lambda: cp.ConfigParser(interpolation=cp.Interpolation))
q = cp.ConfigParser()
q.read_string('[v]\nloop = %(loop)s\nmiss = %(nothere)s!\nsyntax = 5%x\nref = %(x\n')
for opt in ('loop', 'miss', 'syntax', 'ref'):
    attempt(opt, lambda: q.get('v', opt))
attempt('parsing error args', lambda: cp.ParsingError())
attempt('parsing error both', lambda: cp.ParsingError('a', 'b'))
e = cp.ParsingError('src')
e.append(7, "'bad'")
e.append(12, "'worse'")
print(str(e).splitlines(), e.errors, e.args)
print(repr(cp.NoSectionError('x')), isinstance(cp.MissingSectionHeaderError('f', 1, 'l'), cp.ParsingError))
print(cp.DuplicateSectionError('s'), '/', cp.DuplicateOptionError('s', 'o', 'f', 3))
print([c.__name__ for c in cp.InterpolationDepthError.__mro__[:4]])
