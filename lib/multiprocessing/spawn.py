"""The 'spawn' start method: the command line of the new interpreter, the
data it needs to look like its parent (sys.path, the main module, ...), and
its entry point spawn_main()."""

import os
import sys
import types

from . import process
from . import util

__all__ = ['_main', 'freeze_support', 'set_executable', 'get_executable',
           'get_preparation_data', 'get_command_line', 'import_main_path']

WINEXE = False
WINSERVICE = False

_python_exe = sys.executable


def set_executable(exe):
    global _python_exe
    _python_exe = os.fsdecode(exe) if isinstance(exe, bytes) else exe


def get_executable():
    return _python_exe


def is_forking(argv):
    """Return whether commandline indicates we are forking."""
    return len(argv) >= 2 and argv[1] == '--multiprocessing-fork'


def freeze_support():
    """Run code for process object if this in not the main process."""
    if is_forking(sys.argv):
        kwds = {}
        for arg in sys.argv[2:]:
            name, value = arg.split('=')
            kwds[name] = None if value == 'None' else int(value)
        spawn_main(**kwds)
        sys.exit()


def get_command_line(pipe_handle, sentinel_handle=None):
    """The argv of the new interpreter."""
    prog = ('from multiprocessing.spawn import spawn_main; '
            'spawn_main(%d, %r)' % (pipe_handle, sentinel_handle))
    opts = []
    xoptions = getattr(sys, '_xoptions', None) or {}
    for key, value in xoptions.items():
        opts.append('-X')
        opts.append(key if value is True else '%s=%s' % (key, value))
    return [get_executable()] + opts + ['-c', prog, '--multiprocessing-fork']


def _read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError('the parent closed the pipe')
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def _read_chunk(fd):
    size = int.from_bytes(_read_exact(fd, 8), 'big')
    return _read_exact(fd, size)


def spawn_main(pipe_handle, sentinel_handle=None, parent_pid=None,
               tracker_fd=None):
    """Entry point of a spawned child: read the preparation data and the
    process object from the pipe, then run it."""
    assert is_forking(sys.argv), "Not forking"
    if sentinel_handle is not None:
        # keep it open (the parent sees EOF on it when we end) but do not
        # pass it on to processes we spawn in turn
        os.set_inheritable(sentinel_handle, False)
    parent_sentinel = os.dup(pipe_handle)
    exitcode = _main(pipe_handle, parent_sentinel)
    sys.exit(exitcode)


def _main(fd, parent_sentinel):
    from . import reduction
    preparation_data = reduction.loads(_read_chunk(fd))
    process.current_process()._inheriting = True
    try:
        prepare(preparation_data)
        self = reduction.loads(_read_chunk(fd))
    finally:
        del process.current_process()._inheriting
    os.close(fd)
    return self._bootstrap(parent_sentinel)


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.''')


def get_preparation_data(name):
    """What the child needs to look like the parent before it unpickles the
    process object."""
    _check_not_importing_main()
    data = {
        'log_to_stderr': util._log_to_stderr,
        'authkey': process.current_process().authkey,
    }
    if util._logger is not None:
        data['log_level'] = util._logger.getEffectiveLevel()
    sys_path = list(sys.path)
    if '' in sys_path and process.ORIGINAL_DIR is not None:
        sys_path[sys_path.index('')] = process.ORIGINAL_DIR
    from .context import _default_context
    data.update(
        name=name,
        sys_path=sys_path,
        sys_argv=sys.argv,
        orig_dir=process.ORIGINAL_DIR,
        dir=os.getcwd(),
        start_method=_default_context.get_start_method(),
    )
    main_module = sys.modules['__main__']
    spec = getattr(main_module, '__spec__', None)
    main_mod_name = getattr(spec, 'name', None)
    if main_mod_name is not None:
        data['init_main_from_name'] = main_mod_name
    else:
        main_path = getattr(main_module, '__file__', None)
        if main_path is not None:
            if not os.path.isabs(main_path) and process.ORIGINAL_DIR is not None:
                main_path = os.path.join(process.ORIGINAL_DIR, main_path)
            data['init_main_from_path'] = os.path.normpath(main_path)
    return data


old_main_modules = []


def prepare(data):
    """Make this fresh interpreter look like the parent."""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'log_to_stderr' in data and data['log_to_stderr']:
        util.log_to_stderr()
    if 'log_level' in data:
        util.get_logger().setLevel(data['log_level'])
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if 'orig_dir' in data:
        process.ORIGINAL_DIR = data['orig_dir']
    if 'start_method' in data:
        from .context import _force_start_method
        _force_start_method(data['start_method'])
    if 'init_main_from_name' in data:
        _fixup_main_from_name(data['init_main_from_name'])
    elif 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])


def _fixup_main_from_name(mod_name):
    current_main = sys.modules['__main__']
    if mod_name == '__main__' or mod_name.endswith('.__main__'):
        return
    spec = getattr(current_main, '__spec__', None)
    if getattr(spec, 'name', None) == mod_name:
        return
    old_main_modules.append(current_main)
    import runpy
    main_module = types.ModuleType('__mp_main__')
    main_content = runpy.run_module(mod_name, run_name='__mp_main__',
                                    alter_sys=True)
    main_module.__dict__.update(main_content)
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module


def _fixup_main_from_path(main_path):
    current_main = sys.modules['__main__']
    main_name = os.path.splitext(os.path.basename(main_path))[0]
    if main_name == 'ipython':
        return
    if getattr(current_main, '__file__', None) == main_path:
        return
    old_main_modules.append(current_main)
    import_main_path(main_path)


def import_main_path(main_path):
    """Run the parent's main script as the module __mp_main__ (also known
    as __main__ here): its `if __name__ == '__main__':` block stays out."""
    main_module = types.ModuleType('__mp_main__')
    main_module.__file__ = main_path
    with open(main_path, 'rb') as f:
        source = f.read()
    code = compile(source, main_path, 'exec')
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    exec(code, main_module.__dict__)
