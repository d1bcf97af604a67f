"""The Process class (modelled on threading.Thread) and the bookkeeping of
the current process, its parent and its children."""

__all__ = ['BaseProcess', 'current_process', 'active_children',
           'parent_process']

import itertools
import os
import sys

try:
    ORIGINAL_DIR = os.path.abspath(os.getcwd())
except OSError:
    ORIGINAL_DIR = None


def current_process():
    """Return process object representing the current process."""
    return _current_process


def active_children():
    """Return list of process objects corresponding to live child processes."""
    _cleanup()
    return list(_children)


def parent_process():
    """Return process object representing the parent process."""
    return _parent_process


def _cleanup():
    # forget the children that have ended (after reaping them)
    for p in list(_children):
        popen = p._popen
        if popen is not None and popen.poll() is not None:
            _children.discard(p)


class BaseProcess(object):
    """Process objects represent activity that is run in a separate process.

    The class is analogous to `threading.Thread`."""

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        if name:
            self._name = name
        else:
            self._name = '%s-%s' % (type(self).__name__,
                                    ':'.join(map(str, self._identity)))
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """Method to be run in sub-process; can be overridden in sub-class."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # the child has its own copy: drop ours (no reference cycles through
        # the target)
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        """Terminate process; sends SIGTERM signal."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Terminate process; sends SIGKILL signal."""
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Wait until child process terminates."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Return whether process is alive."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Close the Process object.

        This method releases resources held by the Process object.  It is
        an error to call this method if the child process is still running."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still "
                                 "running. You should first call join() or "
                                 "terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Return whether process is a daemon."""
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        """Set whether process is a daemon."""
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        """Set authorization key of process."""
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def exitcode(self):
        """Return exit code of process or `None` if it has yet to stop."""
        self._check_closed()
        if self._popen is None:
            return None
        return self._popen.poll()

    @property
    def ident(self):
        """Return identifier (PID) of process or `None` if it has yet to start."""
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        """Return a file descriptor suitable for waiting for process
        termination."""
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        parts = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            parts.append('pid=%s' % self._popen.pid)
        parts.append('parent=%s' % self._parent_pid)
        parts.append(status)
        if exitcode is not None:
            parts.append('exitcode=%s' % _exitcode_to_name().get(exitcode, exitcode))
        if self.daemon:
            parts.append('daemon')
        return '<%s>' % ' '.join(parts)

    def _bootstrap(self, parent_sentinel=None):
        """Runs in the child: become the current process, run(), and return
        the exit code."""
        from . import util, context
        global _current_process, _parent_process, _process_counter, _children
        try:
            if self._start_method is not None:
                context._force_start_method(self._start_method)
            _process_counter = itertools.count(1)
            _children = set()
            util._close_stdin()
            old_process = _current_process
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name,
                                             self._parent_pid, parent_sentinel)
            try:
                self._after_fork()
            finally:
                del old_process
            util.info('child process calling self.run()')
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            sys.stderr.write(util.format_exception(e))
        finally:
            try:
                import threading
                threading._shutdown()
            except Exception:
                pass
            util.info('process exiting with exitcode %d' % exitcode)
            util._flush_std_streams()
        return exitcode

    @staticmethod
    def _after_fork():
        from . import util
        util._finalizer_registry.clear()
        util._run_after_forkers()


#
# The authentication key: bytes that refuse to be pickled except to start a
# child
#

class AuthenticationString(bytes):
    def __reduce__(self):
        from .context import get_spawning_popen
        if get_spawning_popen() is None:
            raise TypeError(
                'Pickling an AuthenticationString object is '
                'disallowed for security reasons'
            )
        return AuthenticationString, (bytes(self),)


#
# The parent as seen from a child
#

class _ParentProcess(BaseProcess):

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        from .connection import wait
        return not wait([self._sentinel], timeout=0)

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        """Wait until parent process terminates."""
        from .connection import wait
        wait([self._sentinel], timeout=timeout)

    pid = ident


#
# The main process
#

class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': AuthenticationString(os.urandom(32)),
                        'semprefix': '/mp'}

    def close(self):
        pass


_parent_process = None
_current_process = _MainProcess()
_process_counter = itertools.count(1)
_children = set()
del _MainProcess


#
# Names of the signals (Linux numbering), for the exit codes of killed
# processes in reprs: -15 shows as -SIGTERM
#

_SIGNAL_NAMES = (
    'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS',
    'SIGFPE', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM',
    'SIGTERM', 'SIGSTKFLT', 'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP',
    'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM',
    'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS',
)
_signal_names = None


def _exitcode_to_name():
    global _signal_names
    if _signal_names is None:
        _signal_names = {-num: '-' + name
                         for num, name in enumerate(_SIGNAL_NAMES, 1)}
    return _signal_names


# For debug and leak testing
_dangling = set()
