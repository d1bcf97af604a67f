"""This module tries to retrieve as much platform-identifying data as
possible. It makes this information available via function APIs.

If called from the command line, it prints the platform
information concatenated as single string to stdout. The output
format is usable as part of a filename.

Baton's version: the facts come from os.uname() when the native os module
has it, otherwise from /proc (Linux) and the ELF header of the executable.
No subprocess is ever started.
"""

__version__ = '1.0.8'

import collections
import os
import sys

__all__ = [
    'architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver',
    'mac_ver', 'machine', 'node', 'platform', 'processor', 'python_branch',
    'python_build', 'python_compiler', 'python_implementation',
    'python_revision', 'python_version', 'python_version_tuple', 'release',
    'system', 'system_alias', 'uname', 'uname_result', 'version',
    'win32_edition', 'win32_is_iot', 'win32_ver',
]


# ---- small helpers ----------------------------------------------------------------

def _read_text(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return f.read()
    except OSError:
        return None


def _read_proc(name):
    text = _read_text('/proc/sys/kernel/' + name)
    if text is None:
        return ''
    return text.strip()


def _comparable_version(version):
    """A sort key for version strings like '2.28' or '1.0a2'."""
    key = []
    for piece in version.replace('-', '.').replace('_', '.').split('.'):
        if piece.isdigit():
            key.append((1, int(piece), ''))
        elif piece:
            key.append((0, 0, piece))
    return key


_ELF_MACHINES = {
    3: 'i686', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390x', 40: 'arm',
    42: 'sh', 43: 'sparc64', 50: 'ia64', 62: 'x86_64', 183: 'aarch64',
    243: 'riscv64', 258: 'loongarch64',
}


def _elf_header(path):
    """(bits, e_type, e_machine) of an ELF file, or None."""
    try:
        with open(path, 'rb') as f:
            head = f.read(20)
    except OSError:
        return None
    if len(head) < 20 or head[:4] != b'\x7fELF':
        return None
    bits = {1: 32, 2: 64}.get(head[4])
    if head[5] == 2:        # big-endian
        e_type = head[16] << 8 | head[17]
        e_machine = head[18] << 8 | head[19]
    else:
        e_type = head[17] << 8 | head[16]
        e_machine = head[19] << 8 | head[18]
    return bits, e_type, e_machine


# ---- libc -----------------------------------------------------------------------------

def _glibc_from_loaded_libc():
    """The version of the C library mapped into this process (Linux)."""
    maps = _read_text('/proc/self/maps')
    if not maps:
        return None
    path = None
    for line in maps.splitlines():
        fields = line.split()
        if len(fields) >= 6:
            name = os.path.basename(fields[-1])
            if name.startswith('libc.so') or (name.startswith('libc-')
                                              and name.endswith('.so')):
                path = fields[-1]
                break
    if path is None:
        return None
    name = os.path.basename(path)
    if name.startswith('libc-') and name.endswith('.so'):
        return name[5:-3]
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return None
    marker = b'release version '
    at = data.find(marker)
    if at < 0:
        return None
    at += len(marker)
    end = at
    while end < len(data) and (data[end:end + 1].isdigit() or data[end:end + 1] == b'.'):
        end += 1
    return data[at:end].decode('latin-1').rstrip('.') or None


def _scan_libc_symbols(data, lib, version):
    """Find the C library an executable links against from its strings."""
    glibc = None
    pos = 0
    while True:
        at = data.find(b'GLIBC_', pos)
        if at < 0:
            break
        end = at + 6
        while end < len(data) and (data[end:end + 1].isdigit() or data[end:end + 1] == b'.'):
            end += 1
        if end > at + 6:
            found = data[at + 6:end].decode('latin-1')
            if glibc is None or _comparable_version(found) > _comparable_version(glibc):
                glibc = found
        pos = end
    if glibc is not None:
        return 'glibc', glibc
    if b'__libc_init' in data and not lib:
        return 'libc', version
    at = data.find(b'libc.so.')
    if at >= 0:
        end = at + 8
        while end < len(data) and (data[end:end + 1].isdigit() or data[end:end + 1] == b'.'):
            end += 1
        return 'libc', data[at + 8:end].decode('latin-1') or version
    return lib, version


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """ Tries to determine the libc version that the file executable
        (which defaults to the Python interpreter) is linked against.

        Returns a tuple of strings (lib,version) which default to the
        given parameters in case the lookup fails.
    """
    if not executable:
        confstr = getattr(os, 'confstr', None)
        if confstr is not None:
            try:
                parts = confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
                if len(parts) == 2:
                    return tuple(parts)
            except (AttributeError, ValueError, OSError):
                pass
        found = _glibc_from_loaded_libc()
        if found:
            return 'glibc', found
        executable = sys.executable
        if not executable:
            return lib, version
    executable = os.path.realpath(executable)
    with open(executable, 'rb') as f:
        data = f.read()
    return _scan_libc_symbols(data, lib, version)


# ---- platforms this module only answers for ------------------------------------------------

def win32_is_iot():
    return win32_edition() in ('IoTUAP', 'NanoServer', 'WindowsCoreHeadless',
                               'IoTEdgeOS')


def win32_edition():
    return None


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """ Get macOS version information and return it as tuple (release,
        versioninfo, machine) with versioninfo being a tuple (version,
        dev_stage, non_release_version).
    """
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """ Version interface for Jython.
    """
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """ Returns (system, release, version) aliased to common
        marketing names used for some systems.
    """
    if system == 'SunOS':
        if release < '5':
            # the old releases keep the name SunOS
            return system, release, version
        # marketing release = SunOS release - 3
        parts = release.split('.')
        try:
            parts[0] = str(int(parts[0]) - 3)
        except ValueError:
            pass
        else:
            release = '.'.join(parts)
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# ---- architecture ---------------------------------------------------------------------

def architecture(executable=sys.executable, bits='', linkage=''):
    """ Queries the given executable (defaults to the Python interpreter
        binary) for various architecture information.

        Returns a tuple (bits, linkage) which contains information about
        the bit architecture and the linkage format used for the
        executable. Both values are returned as strings.

        Values that cannot be determined are returned as given by the
        parameter presets. If bits is given as '', the sizeof(pointer)
        (or sizeof(long) on Python version < 1.5.2) is used as
        indicator for the supported pointer size.
    """
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not executable:
        return bits, linkage
    header = _elf_header(executable)
    if header is None:
        return bits, linkage
    elf_bits, e_type, _ = header
    # executables (2) and shared objects / PIE executables (3) only
    if e_type not in (2, 3):
        return bits, linkage
    if elf_bits == 32:
        bits = '32bit'
    elif elf_bits == 64:
        bits = '64bit'
    return bits, 'ELF'


# ---- uname ------------------------------------------------------------------------------

def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


class uname_result(
    collections.namedtuple("uname_result_base",
                           "system node release version machine")
):
    """
    A uname_result that's largely compatible with a
    simple namedtuple except that 'processor' is
    resolved late and cached to avoid calling "uname"
    except when needed.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _unknown_as_blank(_processor())

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def _processor():
    # CPython asks `uname -p`; Baton starts no processes, and on most
    # Linux systems that answer is 'unknown' (shown as '').
    return ''


_uname_cache = None


def _system_facts():
    """(system, node, release, version, machine) without os.uname()."""
    system = _read_proc('ostype')
    release = _read_proc('osrelease')
    version = _read_proc('version')
    node = _read_proc('hostname')
    machine = _read_proc('arch')
    if not system:
        system = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows',
                  'cygwin': 'CYGWIN_NT', 'freebsd': 'FreeBSD'}.get(
                      sys.platform.rstrip('0123456789'), sys.platform)
    if not node:
        node = (_read_text('/etc/hostname') or '').strip()
    if not machine:
        header = _elf_header(sys.executable) if sys.executable else None
        if header is not None:
            machine = _ELF_MACHINES.get(header[2], '')
    return system, node, release, version, machine


def uname():
    """ Fairly portable uname interface. Returns a tuple
        of strings (system, node, release, version, machine, processor)
        identifying the underlying platform.

        Note that unlike the os.uname function this also returns
        possible processor information as an additional tuple entry.

        Entries which cannot be determined are set to ''.
    """
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        facts = tuple(os.uname())
    except AttributeError:
        facts = _system_facts()
    system, node, release, version, machine = facts
    if not any(facts):
        system = sys.platform
        node = _node()
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def _node(default=''):
    text = _read_proc('hostname')
    return text or default


def system():
    """ Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'.

        An empty string is returned if the value cannot be determined.
    """
    return uname().system


def node():
    """ Returns the computer's network name (which may not be fully
        qualified)

        An empty string is returned if the value cannot be determined.
    """
    return uname().node


def release():
    """ Returns the system's release, e.g. '2.2.0' or 'NT'

        An empty string is returned if the value cannot be determined.
    """
    return uname().release


def version():
    """ Returns the system's release version, e.g. '#3 on degas'

        An empty string is returned if the value cannot be determined.
    """
    return uname().version


def machine():
    """ Returns the machine type, e.g. 'i386'

        An empty string is returned if the value cannot be determined.
    """
    return uname().machine


def processor():
    """ Returns the (true) processor name, e.g. 'amdk6'

        An empty string is returned if the value cannot be
        determined. Note that many platforms do not provide this
        information or simply return the same value as for machine(),
        e.g.  NetBSD does this.
    """
    return uname().processor


# ---- the interpreter ---------------------------------------------------------------------

def _sys_version():
    """(implementation, version, branch, revision, buildno, builddate, compiler)."""
    text = sys.version
    vi = sys.version_info
    ver = '%d.%d.%d' % (vi[0], vi[1], vi[2])
    # "3.11.7 (baton 0.1.0) [Rust]"
    build = ''
    compiler = ''
    open_paren = text.find('(')
    close_paren = text.find(')', open_paren + 1)
    if open_paren >= 0 and close_paren > open_paren:
        build = text[open_paren + 1:close_paren]
    open_br = text.find('[')
    close_br = text.find(']', open_br + 1)
    if open_br >= 0 and close_br > open_br:
        compiler = text[open_br + 1:close_br]
    name = getattr(sys.implementation, 'name', '')
    impl = 'Baton' if name == 'baton' else (name.capitalize() or 'CPython')
    buildno, _, builddate = build.partition(',')
    return impl, ver, '', '', buildno.strip(), builddate.strip(), compiler


def python_implementation():
    """ Returns a string identifying the Python implementation.

        Currently, the following implementations are identified:
          'CPython' (C implementation of Python),
          'IronPython' (.NET implementation of Python),
          'Jython' (Java implementation of Python),
          'PyPy' (Python implementation of Python),
          'Baton' (Rust implementation of Python).
    """
    return _sys_version()[0]


def python_version():
    """ Returns the Python version as string 'major.minor.patchlevel'

        Note that unlike the Python sys.version, the returned value
        will always include the patchlevel (it defaults to 0).
    """
    return _sys_version()[1]


def python_version_tuple():
    """ Returns the Python version as tuple (major, minor, patchlevel)
        of strings.

        Note that unlike the Python sys.version, the returned value
        will always include the patchlevel (it defaults to 0).
    """
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    """ Returns a string identifying the Python implementation
        branch.

        For CPython this is the SCM branch from which the
        Python binary was built.

        If not available, an empty string is returned.
    """
    return _sys_version()[2]


def python_revision():
    """ Returns a string identifying the Python implementation
        revision.

        For CPython this is the SCM revision from which the
        Python binary was built.

        If not available, an empty string is returned.
    """
    return _sys_version()[3]


def python_build():
    """ Returns a tuple (buildno, builddate) stating the Python
        build number and date as strings.
    """
    return _sys_version()[4:6]


def python_compiler():
    """ Returns a string identifying the compiler used for compiling
        Python.
    """
    return _sys_version()[6]


# ---- platform() ------------------------------------------------------------------------------

_platform_cache = {}


def _platform(*args):
    """Join the non-empty pieces with '-' into something usable in a file name."""
    text = '-'.join(x.strip() for x in args if len(x))
    for c in ' ':
        text = text.replace(c, '_')
    for c in '/\\:;"()':
        text = text.replace(c, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text.endswith('-'):
        text = text[:-1]
    return text


def platform(aliased=0, terse=0):
    """ Returns a single string identifying the underlying platform
        with as much useful information as possible (but no more :).

        The output is intended to be human readable rather than
        machine parseable. It may look different on different
        platforms and this is intended.

        If "aliased" is true, the function will use aliases for
        various platforms that report system names which differ from
        their common names, e.g. SunOS will be reported as
        Solaris. The system_alias() function is used to implement
        this.

        Setting terse to true causes the function to return only the
        absolute minimum information needed to identify the platform.
    """
    key = (aliased, terse)
    cached = _platform_cache.get(key)
    if cached is not None:
        return cached
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libname, libversion = libc_ver()
        result = _platform(system, release, machine, processor, 'with',
                           libname + libversion)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = result
    return result


# ---- os-release -----------------------------------------------------------------------------

_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    info = {
        "NAME": "Linux",
        "ID": "linux",
        "PRETTY_NAME": "Linux",
    }
    for line in lines:
        if line.endswith('\n'):
            line = line[:-1]
        name, eq, value = line.partition('=')
        if not eq or not name:
            continue
        if not all(c.isascii() and (c.isalnum() or c == '_') for c in name):
            continue
        if value[:1] in ('"', "'") and len(value) >= 2 and value[-1] == value[0]:
            value = value[1:-1]
        out = []
        i = 0
        while i < len(value):
            c = value[i]
            if c == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                out.append(value[i + 1])
                i += 2
                continue
            out.append(c)
            i += 1
        info[name] = ''.join(out)
    return info


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release
    """
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f.read().splitlines())
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(
                errno,
                f"Unable to read files {', '.join(_os_release_candidates)}"
            )
    return _os_release_cache.copy()


if __name__ == '__main__':
    terse = ('terse' in sys.argv or '--terse' in sys.argv)
    aliased = (not 'nonaliased' in sys.argv and not '--nonaliased' in sys.argv)
    print(platform(aliased, terse))
    sys.exit(0)
