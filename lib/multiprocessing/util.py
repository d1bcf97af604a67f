"""Helpers shared by the multiprocessing modules: logging, finalizers run at
process exit, after-fork hooks and a traceback formatter."""

import itertools
import os
import sys

__all__ = [
    'sub_debug', 'debug', 'info', 'sub_warning', 'get_logger',
    'log_to_stderr', 'get_temp_dir', 'register_after_fork',
    'is_exiting', 'Finalize', 'ForkAwareThreadLock', 'ForkAwareLocal',
    'close_all_fds_except', 'SUBDEBUG', 'SUBWARNING',
]

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25
WARNING = 30

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False


def _log(level, msg, args):
    if _logger is not None:
        _logger.log(level, msg, *args)


def sub_debug(msg, *args):
    if _logger:
        _log(SUBDEBUG, msg, args)


def debug(msg, *args):
    if _logger:
        _log(DEBUG, msg, args)


def info(msg, *args):
    if _logger:
        _log(INFO, msg, args)


def sub_warning(msg, *args):
    if _logger:
        _log(SUBWARNING, msg, args)


try:
    import logging as _logging
    _have_logging = True
except ImportError:
    _logging = None
    _have_logging = False


class _MiniLogger:
    """Stands in for logging.Logger where the logging module is missing."""

    _names = {SUBDEBUG: 'SUBDEBUG', DEBUG: 'DEBUG', INFO: 'INFO',
              SUBWARNING: 'SUBWARNING', WARNING: 'WARNING', 40: 'ERROR',
              50: 'CRITICAL'}

    def __init__(self, name):
        self.name = name
        self.level = NOTSET
        self.handlers = []
        self.propagate = False
        self.disabled = False

    def setLevel(self, level):
        if isinstance(level, str):
            inverse = {v: k for k, v in self._names.items()}
            level = inverse[level.upper()]
        self.level = level

    def getEffectiveLevel(self):
        return self.level or WARNING

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()

    def addHandler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)

    def removeHandler(self, handler):
        if handler in self.handlers:
            self.handlers.remove(handler)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level) or not self.handlers:
            return
        if args:
            msg = msg % args
        from . import process
        record = {'levelname': self._names.get(level, 'Level %s' % level),
                  'processName': process.current_process().name,
                  'message': msg, 'name': self.name}
        for h in self.handlers:
            h(record)

    def debug(self, msg, *args, **kw):
        self.log(DEBUG, msg, *args)

    def info(self, msg, *args, **kw):
        self.log(INFO, msg, *args)

    def warning(self, msg, *args, **kw):
        self.log(WARNING, msg, *args)

    def error(self, msg, *args, **kw):
        self.log(40, msg, *args)

    def critical(self, msg, *args, **kw):
        self.log(50, msg, *args)

    def exception(self, msg, *args, **kw):
        self.log(40, msg, *args)


def _stderr_handler(record):
    try:
        sys.stderr.write(DEFAULT_LOGGING_FORMAT % record + '\n')
        sys.stderr.flush()
    except Exception:
        pass


def get_logger():
    """Returns the logger used by multiprocessing (created on first use)."""
    global _logger
    if _logger is None:
        if _have_logging:
            _logger = _logging.getLogger(LOGGER_NAME)
            _logger.propagate = 0
            _logging.addLevelName(SUBDEBUG, 'SUBDEBUG')
            _logging.addLevelName(SUBWARNING, 'SUBWARNING')
        else:
            _logger = _MiniLogger(LOGGER_NAME)
    return _logger


def log_to_stderr(level=None):
    """Turns on logging to stderr, in the format
    '[LEVEL/ProcessName] message'."""
    global _log_to_stderr
    logger = get_logger()
    if _have_logging:
        formatter = _logging.Formatter(DEFAULT_LOGGING_FORMAT)
        handler = _logging.StreamHandler()
        handler.setFormatter(formatter)
        logger.addHandler(handler)
    else:
        logger.addHandler(_stderr_handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


#
# Temporary directory for the process (used by the shared-memory heap)
#

_temp_dir = None


def get_temp_dir():
    global _temp_dir
    if _temp_dir is None:
        base = os.environ.get('TMPDIR') or '/tmp'
        for _ in range(100):
            path = os.path.join(base, 'pymp-' + os.urandom(4).hex())
            try:
                os.mkdir(path, 0o700)
            except FileExistsError:
                continue
            break
        _temp_dir = path
        Finalize(None, _remove_temp_dir, args=(path,), exitpriority=-100)
    return _temp_dir


def _remove_temp_dir(path):
    try:
        for name in os.listdir(path):
            os.unlink(os.path.join(path, name))
        os.rmdir(path)
    except OSError:
        pass


#
# Hooks run in a child process just after it was forked
#

_afterfork_registry = {}
_afterfork_counter = itertools.count()


def _run_after_forkers():
    for (index, ident, func), obj in sorted(_afterfork_registry.items(),
                                            key=lambda kv: kv[0][0]):
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)


def register_after_fork(obj, func):
    """func(obj) will be called in every child forked from now on."""
    _afterfork_registry[(next(_afterfork_counter), id(obj), func)] = obj


#
# Finalizers: callbacks run when the process exits (ordered by exitpriority,
# highest first, then last registered first) or when called explicitly.
#

_finalizer_registry = {}
_finalizer_counter = itertools.count()


class Finalize:
    """A callback to run once: when called, or at process exit if exitpriority
    is not None.  (Baton has no weak references: obj is not watched.)"""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if exitpriority is not None and not isinstance(exitpriority, int):
            raise TypeError(
                "Exitpriority ({0!r}) must be None or int, not {1!s}".format(
                    exitpriority, type(exitpriority)))
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, next(_finalizer_counter))
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            sub_debug('finalizer no longer registered')
            return None
        if self._pid != os.getpid():
            sub_debug('finalizer ignored because different process')
            res = None
        else:
            sub_debug('finalizer calling %s with args %s and kwargs %s',
                      self._callback, self._args, self._kwargs)
            res = self._callback(*self._args, **self._kwargs)
        self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry

    def __repr__(self):
        if self._callback is None:
            return '<%s object, dead>' % type(self).__name__
        name = getattr(self._callback, '__qualname__',
                       getattr(self._callback, '__name__', repr(self._callback)))
        x = '<%s object, callback=%s' % (type(self).__name__, name)
        if self._args:
            x += ', args=' + str(self._args)
        if self._kwargs:
            x += ', kwargs=' + str(self._kwargs)
        if self._key[0] is not None:
            x += ', exitpriority=' + str(self._key[0])
        return x + '>'


def _run_finalizers(minpriority=None):
    """Runs the finalizers whose exitpriority is at least minpriority (all
    those with a priority when minpriority is None), highest first."""
    if _finalizer_registry is None:
        return
    if minpriority is None:
        def wanted(key):
            return key[0] is not None
    else:
        def wanted(key):
            return key[0] is not None and key[0] >= minpriority
    keys = sorted((k for k in list(_finalizer_registry) if wanted(k)),
                  reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception as e:
                sys.stderr.write('Error in finalizer:\n' + format_exception(e))
    if minpriority is None:
        _finalizer_registry.clear()


_exiting = False


def is_exiting():
    return _exiting or _exiting is None


def _exit_function():
    """Run at the exit of every process: flush queues, stop daemonic children,
    wait for the others, then run the remaining finalizers."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    from . import process
    info('process shutting down')
    _run_finalizers(0)
    if process.current_process() is not None:
        for p in process.active_children():
            if p.daemon:
                info('calling terminate() for daemon %s', p.name)
                p._popen.terminate()
        for p in process.active_children():
            info('calling join() for process %s', p.name)
            p.join()
    _run_finalizers()


def _register_exit_function():
    import atexit
    atexit.register(_exit_function)


#
# Locks that survive a fork
#

class ForkAwareThreadLock:
    def __init__(self):
        self._reset()
        register_after_fork(self, ForkAwareThreadLock._reset)

    def _reset(self):
        import threading
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class ForkAwareLocal:
    def __init__(self):
        import threading
        self.__dict__['_local'] = threading.local()

    def __getattr__(self, name):
        return getattr(self._local, name)

    def __setattr__(self, name, value):
        setattr(self._local, name, value)


#
# Misc
#

def _close_stdin():
    if sys.stdin is None:
        return
    try:
        sys.stdin.close()
    except (OSError, ValueError):
        pass
    try:
        sys.stdin = open(os.devnull)
    except (OSError, ValueError):
        pass


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass


def close_fds(*fds):
    for fd in fds:
        os.close(fd)


def close_all_fds_except(fds):
    fds = sorted(set(fds) | {-1})
    fds.append(65536)
    for i in range(len(fds) - 1):
        os.closerange(fds[i] + 1, fds[i + 1])


def format_exception(exc):
    """The text traceback.format_exception would give for exc."""
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    import linecache
    lines = ['Traceback (most recent call last):\n']
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        lines.append('  File "%s", line %s, in %s\n'
                     % (code.co_filename, tb.tb_lineno, code.co_name))
        src = linecache.getline(code.co_filename, tb.tb_lineno).strip()
        if src:
            lines.append('    %s\n' % src)
        tb = tb.tb_next
    if exc.__traceback__ is None:
        lines = []
    etype = type(exc)
    name = etype.__qualname__
    if etype.__module__ not in ('__main__', 'builtins'):
        name = etype.__module__ + '.' + name
    try:
        msg = str(exc)
    except Exception:
        msg = '<exception str() failed>'
    lines.append('%s: %s\n' % (name, msg) if msg else name + '\n')
    return ''.join(lines)


def is_abstract_socket_namespace(address):
    """Whether address names a Linux abstract socket (a leading NUL)."""
    if not address:
        return False
    if isinstance(address, bytes):
        return address[0] == 0
    if isinstance(address, str):
        return address[0] == "\0"
    raise TypeError(f'address type of {address!r} unrecognized')


abstract_sockets_supported = True
