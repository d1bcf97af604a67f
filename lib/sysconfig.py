"""Access to Python's configuration information (minimal, for Baton).

Baton is not built from a Makefile and has no pyconfig.h, so the
configuration variables are a small set derived from `sys` (prefixes,
version, platform); variables CPython reads from its build files are
absent and get_config_var() returns None for them.
"""

import os
import sys

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
}
# a virtual environment uses the layout of the platform's prefix scheme
_INSTALL_SCHEMES['posix_venv'] = dict(_INSTALL_SCHEMES['posix_prefix'])
_INSTALL_SCHEMES['nt_venv'] = dict(_INSTALL_SCHEMES['nt'])
_INSTALL_SCHEMES['venv'] = dict(_INSTALL_SCHEMES['nt_venv' if os.name == 'nt'
                                                 else 'posix_venv'])
_INSTALL_SCHEMES['nt_user'] = {
    'stdlib': '{userbase}/Python{py_version_nodot_plat}',
    'platstdlib': '{userbase}/Python{py_version_nodot_plat}',
    'purelib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
    'platlib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
    'include': '{userbase}/Python{py_version_nodot_plat}/Include',
    'scripts': '{userbase}/Python{py_version_nodot_plat}/Scripts',
    'data': '{userbase}',
}
_INSTALL_SCHEMES['posix_user'] = {
    'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
    'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
    'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
    'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
    'include': '{userbase}/include/python{py_version_short}',
    'scripts': '{userbase}/bin',
    'data': '{userbase}',
}
_INSTALL_SCHEMES['osx_framework_user'] = {
    'stdlib': '{userbase}/lib/python',
    'platstdlib': '{userbase}/lib/python',
    'purelib': '{userbase}/lib/python/site-packages',
    'platlib': '{userbase}/lib/python/site-packages',
    'include': '{userbase}/include/python{py_version_short}',
    'scripts': '{userbase}/bin',
    'data': '{userbase}',
}

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

_PY_VERSION = '%d.%d.%d' % sys.version_info[:3]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = '%d%d' % sys.version_info[:2]

_CONFIG_VARS = None


def _safe_realpath(path):
    try:
        return os.path.realpath(path)
    except OSError:
        return path


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)
    if env_base:
        return env_base
    if os.name == "nt":
        base = os.environ.get("APPDATA") or "~"
        return os.path.expanduser(os.path.join(base, "Python"))
    return os.path.expanduser(os.path.join("~", ".local"))


def _machine():
    try:
        return os.uname().machine
    except AttributeError:
        import platform
        return platform.machine()


def _init_config_vars():
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(getattr(sys, 'base_prefix', sys.prefix))
    base_exec_prefix = os.path.normpath(getattr(sys, 'base_exec_prefix',
                                                exec_prefix))
    if sys.executable:
        projectbase = os.path.dirname(_safe_realpath(sys.executable))
    else:
        projectbase = _safe_realpath(os.getcwd())
    machine = _machine()
    multiarch = '%s-%s-gnu' % (machine, sys.platform) if sys.platform == 'linux' else ''
    platlibdir = getattr(sys, 'platlibdir', 'lib')
    stdlib = os.path.join(base_prefix, platlibdir, 'python' + _PY_VERSION_SHORT)
    variables = {
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'installed_base': base_prefix,
        'base': prefix,
        'installed_platbase': base_exec_prefix,
        'platbase': exec_prefix,
        'projectbase': projectbase,
        'platlibdir': platlibdir,
        'abiflags': getattr(sys, 'abiflags', ''),
        'py_version_nodot_plat': getattr(sys, 'winver', '').replace('.', ''),
        'userbase': _getuserbase(),
        'srcdir': projectbase,
        'VERSION': _PY_VERSION_SHORT,
        'EXE': '.exe' if os.name == 'nt' else '',
        'MACHDEP': sys.platform,
        'MULTIARCH': multiarch,
        'BINDIR': os.path.join(exec_prefix, 'bin'),
        'LIBDIR': os.path.join(exec_prefix, platlibdir),
        'LIBDEST': stdlib,
        'BINLIBDEST': os.path.join(base_exec_prefix, platlibdir,
                                   'python' + _PY_VERSION_SHORT),
        'INCLUDEPY': os.path.join(base_prefix, 'include',
                                  'python' + _PY_VERSION_SHORT),
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:'
                  '/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'SIZEOF_VOID_P': 8 if sys.maxsize > 2 ** 32 else 4,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        # Baton loads no C extension modules
        'SOABI': None,
        'EXT_SUFFIX': None,
    }
    return variables


def get_config_vars(*args):
    """With no arguments, return a dictionary of all configuration
    variables relevant for the current platform.

    With arguments, return a list of values that result from looking up
    each argument in the configuration variable dictionary.
    """
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """Return the value of a single variable using the dictionary returned by
    'get_config_vars()'.

    Equivalent to get_config_vars().get(name)
    """
    if name == 'SO':
        import warnings
        warnings.warn('SO is deprecated, use EXT_SUFFIX', DeprecationWarning, 2)
    return get_config_vars().get(name)


def get_scheme_names():
    """Return a tuple containing the schemes names."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """Return a tuple containing the paths names."""
    return _SCHEME_KEYS


def _get_preferred_schemes():
    if os.name == 'nt':
        return {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}
    if sys.platform == 'darwin' and getattr(sys, '_framework', None):
        return {'prefix': 'posix_prefix', 'home': 'posix_home',
                'user': 'osx_framework_user'}
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}


def get_preferred_scheme(key):
    if key == 'prefix' and sys.prefix != getattr(sys, 'base_prefix', sys.prefix):
        return 'venv'
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(
            f"{scheme!r} returned by {_get_preferred_schemes!r} "
            f"is not a valid scheme name"
        )
    return scheme


def get_default_scheme():
    return get_preferred_scheme('prefix')


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{var}') from None


def get_paths(scheme=None, vars=None, expand=True):
    """Return a mapping containing an install scheme.

    ``scheme`` is the install scheme name. If not provided, it will
    return the default scheme for the current platform.
    """
    if scheme is None:
        scheme = get_default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = {} if vars is None else vars
    for key, value in get_config_vars().items():
        if key not in values:
            values[key] = value
    result = {}
    for key, template in templates.items():
        if os.name in ('posix', 'nt'):
            template = os.path.expanduser(template)
        result[key] = os.path.normpath(_subst_vars(template, values))
    return result


def get_path(name, scheme=None, vars=None, expand=True):
    """Return a path corresponding to the scheme.

    ``scheme`` is the install scheme name.
    """
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    return _PY_VERSION_SHORT


def get_platform():
    """Return a string that identifies the current platform.

    For a Linux system this is "linux-" followed by the machine name, e.g.
    "linux-x86_64"; other POSIX systems give "<osname>-<release>-<machine>".
    """
    if os.name == 'nt':
        return 'win-amd64' if sys.maxsize > 2 ** 32 else 'win32'
    override = os.environ.get("_PYTHON_HOST_PLATFORM")
    if override:
        return override
    try:
        u = os.uname()
        osname, release, machine = u.sysname, u.release, u.machine
    except AttributeError:
        import platform
        osname, release, machine = platform.system(), platform.release(), platform.machine()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname[:5] == 'linux':
        return f"{osname}-{machine}"
    return f"{osname}-{release}-{machine}"


def is_python_build(check_home=False):
    return False


def get_config_h_filename():
    """Return the path of pyconfig.h (Baton has none; the path is nominal)."""
    return os.path.join(get_path('include'), 'pyconfig.h')


def get_makefile_filename():
    """Return the path of the Makefile (Baton has none; the path is nominal)."""
    return os.path.join(get_path('stdlib'),
                        'config-%s-%s' % (_PY_VERSION_SHORT, get_config_var('MULTIARCH')),
                        'Makefile')


def parse_config_h(fp, vars=None):
    """Parse a config.h-style file.

    A dictionary containing name/value pairs is returned.  If an
    optional dictionary is passed in as the second argument, it is
    used instead of a new dictionary.
    """
    if vars is None:
        vars = {}
    for line in fp:
        words = line.split()
        if len(words) >= 2 and words[0] == '#define':
            name, value = words[1], words[2] if len(words) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
        elif len(words) >= 3 and words[0] == '/*' and words[1] == '#undef':
            vars[words[2]] = 0
    return vars


def _main():
    print('Platform: "%s"' % get_platform())
    print('Python version: "%s"' % get_python_version())
    print('Current installation scheme: "%s"' % get_default_scheme())
    print()
    print('Paths: ')
    for key, value in sorted(get_paths().items()):
        print('\t%s = "%s"' % (key, value))
    print()
    print('Variables: ')
    for key, value in sorted(get_config_vars().items()):
        print('\t%s = "%s"' % (key, value))


if __name__ == '__main__':
    _main()
