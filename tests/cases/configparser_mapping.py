# configparser as a mapping: section proxies, assignment and deletion,
# iteration order, converters, custom delimiters/comments/default section,
# optionxform, write() round trips, and reading files from disk.
import configparser as cp, io, os

p = cp.ConfigParser(converters={'list': lambda s: [x.strip() for x in s.split(',')]})
p.read_dict({'DEFAULT': {'level': 2}, 'db': {'Host': 'localhost', 'port': 5432, 'tags': 'a, b ,c'},
             'web': {'debug': 'on'}})
print(list(p), len(p), 'db' in p, 'DEFAULT' in p, 'x' in p, p.sections())
db = p['db']
print(db, db.name, db.parser is p, list(db), len(db), 'HOST' in db, 'nope' in db)
print(db['host'], db.getint('port'), db.getlist('tags'), db.getint('missing'), db.getfloat('missing', 1.5))
print(p.getlist('db', 'tags'), p['web'].getboolean('debug'), p['web'].get('level'), p['web'].get('nope', 'dflt'))
print(sorted(p.converters), p.getlist.converter is p.converters['list'])
db['user'] = 'admin'
del db['host']
try:
    del db['host']
except KeyError as e:
    print('KeyError:', e)
try:
    db['num'] = 7
except TypeError as e:
    print('TypeError:', e)
print(dict(db), db.get('port', raw=True))
p['cache'] = {'size': '64'}
p['web'] = {'workers': 4}
print(p.sections(), dict(p['web']), p.items('cache'))
p['DEFAULT'] = {'level': 9}
print(p.defaults(), p['cache']['level'], p.has_option('cache', 'level'), p.has_option('', 'level'))
print(p.popitem()[0], p.sections(), p.remove_section('cache'), p.remove_section('cache'))
print([(name, type(proxy).__name__) for name, proxy in p.items()])
out = io.StringIO()
p.write(out)
print(out.getvalue())
p.write(out := io.StringIO(), space_around_delimiters=False)
print(repr(out.getvalue()))

custom = cp.ConfigParser(delimiters=('->',), comment_prefixes=('//',), inline_comment_prefixes=('#',),
                         default_section='common', allow_no_value=True, empty_lines_in_values=False)
custom.read_string("""[common]
shared -> yes
[main]
arrow -> a = b : c  # inline
// full comment
bare
multi -> one
   two

   not continued -> 3
""")
print(custom.sections(), custom.items('main'), custom.defaults())
out = io.StringIO(); custom.write(out); print(repr(out.getvalue()))

class CaseKeeping(cp.RawConfigParser):
    def optionxform(self, option):
        return option
k = CaseKeeping()
k.read_string('[S]\nKey = 1\nkey = 2\n')
print(k.items('S'), k.has_option('S', 'KEY'))

path = '/tmp/baton_configparser_mapping.ini'
with open(path, 'w') as f:
    f.write('[file]\nx = 1\n')
r = cp.ConfigParser()
print(r.read([path, '/tmp/baton_no_such_file.ini']), r.read(path, encoding='utf-8'), r['file']['x'])
with open(path) as f:
    r2 = cp.ConfigParser(); r2.read_file(f); print(r2.items('file'))
r2.read_file(['[lines]\n', 'a = 1\n'], source='<list>')
print(r2.sections())
os.remove(path)
