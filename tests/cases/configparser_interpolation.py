# configparser interpolation: BasicInterpolation (%(name)s, %%, defaults,
# vars, nesting), ExtendedInterpolation (${opt}, ${sect:opt}, $$), no
# interpolation, raw access, items() with vars, custom Interpolation
# subclasses, and the constructor's defaults.
import configparser as cp

text = """
[DEFAULT]
root = /opt
name = app

[paths]
home = %(root)s/%(name)s
logs = %(home)s/logs
deep = %(logs)s/%(name)s.log
literal = 100%% sure
NAME = override
"""
p = cp.ConfigParser()
p.read_string(text)
print(p.get('paths', 'deep'), '|', p.get('paths', 'literal'), '|', p.get('paths', 'deep', raw=True))
print(p.get('paths', 'home', vars={'name': 'other', 'Root': '/usr'}))
print(p.items('paths'))
print(p.items('paths', vars={'extra': '%(root)s!'}))
print(p.items('paths', raw=True)[:2], p.get('DEFAULT', 'root'), p['DEFAULT']['name'])
p.set('paths', 'new', '%(home)s/new')
print(p['paths']['new'], p.get('paths', 'new', raw=True))

ext = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
ext.read_string("""
[DEFAULT]
base = /srv
[common]
port = 80
url = http://host:${port}/x
[app]
dir = ${base}/app
url = ${common:url}/app
cost = $$5 each
chain = ${common:url}${dir}
""")
for opt in ('dir', 'url', 'cost', 'chain'):
    print(opt, '=', ext['app'][opt])
print(ext.get('app', 'chain', raw=True), ext.items('common'))
for bad in ['${nope}', '${a:b:c}', '${common:missing}']:
    ext.set('app', 'bad', bad)
    try: print(ext.get('app', 'bad'))
    except cp.Error as e:
        print(type(e).__name__ + ':', e)
for bad in ['$x', '${unclosed', 'ok $$ ${x}']:
    try:
        ext.set('app', 'bad', bad)
        print('set', repr(bad))
    except ValueError as e:
        print('ValueError:', e)
ext.read_string('[z]\nv = cost $x\nw = ${v\n')
for opt in 'vw':
    try: ext.get('z', opt)
    except cp.InterpolationSyntaxError as e:
        print('InterpolationSyntaxError:', e, e.args[:2])

raw = cp.RawConfigParser()
raw.read_string('[s]\nv = %(x)s and ${y} and 100%\n')
raw.set('s', 'obj', [1, 2])
print(raw.get('s', 'v'), raw.get('s', 'obj'), raw.items('s'))
none = cp.ConfigParser(interpolation=None, defaults={'v': '%(x)s 50%'})
print(none['DEFAULT']['v'])

class Upper(cp.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
u = cp.ConfigParser(interpolation=Upper())
u.read_string('[s]\nk = quiet\n')
print(u.get('s', 'k'), u.get('s', 'k', raw=True), dict(u['s']))

d = cp.ConfigParser(defaults={'pct': '50%', 'n': 3})
print(d.defaults(), d.get('DEFAULT', 'n'))
try:
    d.get('DEFAULT', 'pct')
except cp.InterpolationSyntaxError as e:
    print('InterpolationSyntaxError:', e)
print(cp.MAX_INTERPOLATION_DEPTH, cp.DEFAULTSECT, isinstance(cp.BasicInterpolation(), cp.Interpolation))
