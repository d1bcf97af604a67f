# platform, sysconfig and locale: facts that hold on any Linux machine
import os
import sys
import platform
import sysconfig
import locale

u = platform.uname()
print(u.system, platform.system(), len(u), u._fields)
print(u[:5] == (u.system, u.node, u.release, u.version, u.machine))
print(list(u)[-1] == u.processor, u[-1] == u[5], isinstance(u.processor, str))
print(platform.node() == u.node, platform.release() == u.release, platform.version() == u.version)
print(platform.machine() == u.machine, platform.machine() in ('x86_64', 'aarch64', 'i686', 'armv7l', 'riscv64', 's390x', 'ppc64le'))
print(bool(platform.release()), bool(platform.version()), bool(platform.node()))
print(repr(u._replace(node='N', release='R', version='V', machine='M')))
print(platform.architecture())
print(platform.architecture('/etc/hostname'), platform.architecture('/no/such/file'))
print(platform.platform().startswith('Linux-' + u.release + '-' + u.machine))
print(platform.platform(terse=True) == platform.platform())
print(platform.python_version_tuple()[:2], platform.python_version().startswith('3.11.'))
print(platform.libc_ver()[0] in ('glibc', 'libc', ''))
print(platform.system_alias('SunOS', '5.9', 'v'), platform.system_alias('win32', '1', '2'),
      platform.system_alias('Linux', '6', 'x'))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver())
print(platform.win32_edition(), platform.win32_is_iot())
if os.path.exists('/etc/os-release') or os.path.exists('/usr/lib/os-release'):
    info = platform.freedesktop_os_release()
    print(sorted(k for k in ('NAME', 'ID', 'PRETTY_NAME') if k in info))
else:
    print("no os-release file: ['ID', 'NAME', 'PRETTY_NAME'] not checked")

print(sysconfig.get_platform() == 'linux-' + u.machine, sysconfig.get_python_version())
print(sysconfig.get_path_names())
print(sorted(sysconfig.get_paths()), sysconfig.get_default_scheme())
print(sysconfig.get_scheme_names())
paths = sysconfig.get_paths(vars={'base': '/B', 'installed_base': '/IB', 'platbase': '/P'})
print(paths['purelib'], paths['stdlib'], paths['scripts'], paths['data'])
print(sysconfig.get_paths('posix_home', vars={'base': '/h', 'installed_base': '/h'}))
print(sysconfig.get_paths(expand=False)['purelib'])
print(sysconfig.get_config_var('VERSION'), sysconfig.get_config_var('py_version_nodot'),
      sysconfig.get_config_var('NO_SUCH_VAR'))
print(sysconfig.get_config_vars('py_version_short', 'abiflags', 'NOPE'))
print(sysconfig.get_config_var('prefix') == os.path.normpath(sys.prefix))

print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.localeconv()['decimal_point'], repr(locale.localeconv()['thousands_sep']))
print(locale.LC_CTYPE, locale.LC_ALL, locale.CHAR_MAX, issubclass(locale.Error, Exception))
print(locale.atof('3.5'), locale.atoi('42'), locale.str(0.1 + 0.2), locale.format_string('%.2f', 3.14159))
print(locale.strcoll('a', 'b'), locale.strxfrm('abc'))
try:
    locale.setlocale(locale.LC_ALL, 'xx_NOWHERE')
except locale.Error as e:
    print('Error:', e)
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError:', e)
