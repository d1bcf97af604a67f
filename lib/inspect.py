"""Get useful information from live Python objects (Baton's inspect).

Type predicates (ismodule, isclass, isfunction, ...), members and
documentation (getmembers, getdoc, cleandoc, getmodule, getfile),
source (getsourcelines, getsource: found with a simple block scanner),
frames (currentframe, stack, getframeinfo), and callable signatures
(signature, Signature, Parameter, BoundArguments, getfullargspec).
"""

__all__ = ['ArgInfo', 'Arguments', 'Attribute', 'BoundArguments',
           'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED',
           'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
           'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE',
           'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'ClosureVars',
           'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED',
           'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature',
           'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs',
           'cleandoc', 'currentframe', 'findsource', 'formatannotation',
           'formatannotationrelativeto', 'formatargvalues',
           'get_annotations', 'getabsfile', 'getargs', 'getargvalues',
           'getattr_static', 'getblock', 'getcallargs', 'getclasstree',
           'getclosurevars', 'getcomments', 'getcoroutinelocals',
           'getcoroutinestate', 'getdoc', 'getfile', 'getframeinfo',
           'getfullargspec', 'getgeneratorlocals', 'getgeneratorstate',
           'getinnerframes', 'getlineno', 'getmembers', 'getmembers_static',
           'getmodule', 'getmodulename', 'getmro', 'getouterframes',
           'getsource', 'getsourcefile', 'getsourcelines', 'indentsize',
           'isabstract', 'isasyncgen', 'isasyncgenfunction', 'isawaitable',
           'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
           'iscoroutinefunction', 'isdatadescriptor', 'isframe',
           'isfunction', 'isgenerator', 'isgeneratorfunction',
           'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod',
           'ismethoddescriptor', 'ismethodwrapper', 'ismodule', 'isroutine',
           'istraceback', 'signature', 'stack', 'trace', 'unwrap',
           'walktree']

import sys
import types
import enum
import functools
import linecache
import os
from collections import namedtuple, OrderedDict
from keyword import iskeyword

# code object flags
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

# type flag set on classes that still have abstract methods
TPFLAGS_IS_ABSTRACT = 1 << 20

_CoroutineType = getattr(types, 'CoroutineType', None)
_AsyncGeneratorType = getattr(types, 'AsyncGeneratorType', None)


# ----------------------------------------------------------------------
# type predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method (a bound method)."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: it has __get__
    but no __set__, and is not a class, a method or a function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (its type has
    __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__
    entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    """Whether f is a function (or a method or partial of one) whose code
    has the given flag."""
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return _AsyncGeneratorType is not None and isinstance(object,
                                                          _AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return _CoroutineType is not None and isinstance(object, _CoroutineType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    if iscoroutine(object):
        return True
    if (isinstance(object, types.GeneratorType) and
            bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)):
        return True
    try:
        from collections.abc import Awaitable
    except ImportError:
        return False
    return isinstance(object, Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    if types.MethodWrapperType is types.BuiltinFunctionType:
        # an interpreter without a distinct method-wrapper type
        return False
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', None)
    if flags is not None and flags & TPFLAGS_IS_ABSTRACT:
        return True
    abstract = getattr(object, '__abstractmethods__', None)
    if abstract is not None:
        # the class is complete: abstract while it has abstract methods
        return bool(abstract)
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    # ABCMeta.__new__ has not finished (we are probably called from
    # __init_subclass__): look for the abstract methods ourselves
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(object, name, None)
            if getattr(value, "__isabstractmethod__", False):
                return True
    return False


# ----------------------------------------------------------------------
# members

def _getmembers(object, predicate, getter):
    results = []
    seen = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # DynamicClassAttributes of the bases may be hidden from dir()
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            # some descriptors refuse __get__: take the raw value
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by
    name, optionally only those satisfying predicate."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers, without triggering descriptors, __getattr__ or
    __getattribute__ (values come from getattr_static)."""
    return _getmembers(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Return a list of Attribute(name, kind, defining_class, object)
    for the attributes of cls; kind is 'class method', 'static method',
    'property', 'method' or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for k, v in base.__dict__.items():
            if isinstance(v, types.DynamicClassAttribute) and v.fget is not None:
                names.append(k)
    result = []
    processed = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in processed:
            try:
                if name == '__dict__':
                    raise Exception("__dict__ is special, don't want the proxy")
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, "__objclass__", homecls)
                if homecls not in class_bases:
                    homecls = None
                    last_cls = None
                    for srch_cls in class_bases:
                        srch_obj = getattr(srch_cls, name, None)
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    for srch_cls in metamro:
                        try:
                            srch_obj = srch_cls.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    if last_cls is not None:
                        homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind = "static method"
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind = "class method"
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = "property"
            obj = dict_obj
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
        processed.add(name)
    return result


def getmro(cls):
    "Return tuple of base classes (including cls) in method resolution order."
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the last
    object, or the first one for which stop(obj) is true.  ValueError if
    the chain has a cycle."""
    first = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        seen.add(id(func))
    return func


# ----------------------------------------------------------------------
# documentation

def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    # the docstring an object inherits when it has none of its own
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None

    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if (isclass(self) and
                getattr(getattr(self, name, None), '__func__') is obj.__func__):
            # a class method
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if (isclass(self) and
                self.__qualname__ + '.' + name == obj.__qualname__):
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with
    cleandoc; inherited from the classes above when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Clean up indentation from docstrings: tabs are expanded, the
    indentation common to the lines after the first is removed, and so
    are leading and trailing blank lines."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ----------------------------------------------------------------------
# files and modules

def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


_MODULE_SUFFIXES = ('.py', '.pyc', '.abi3.so', '.so')


def getmodulename(path):
    """Return the module name for a given file, or None."""
    fname = os.path.basename(path)
    for suffix in sorted(_MODULE_SUFFIXES, key=len, reverse=True):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source,
    or None."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith('.so'):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, "__spec__", None), "loader", None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an
    object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    for modname, module in list(sys.modules.items()):
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f is None or f == _filesbymodname.get(modname):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = modulesbyfile[os.path.realpath(f)] = \
                module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules['__main__']
    if not hasattr(object, '__name__'):
        return None
    if hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtin = sys.modules['builtins']
    if hasattr(builtin, object.__name__):
        if getattr(builtin, object.__name__) is object:
            return builtin
    return None


# ----------------------------------------------------------------------
# source code

def _scan_line(line, state):
    """Update state (open brackets, open string quote) for one line of
    source; return the state after the line."""
    depth, quote = state
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if quote is not None:
            if c == '\\':
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            i += 1
            continue
        if c == '#':
            break
        if c in '\'"':
            if line.startswith(c * 3, i):
                quote = c * 3
                i += 3
            else:
                quote = c
                i += 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth = max(0, depth - 1)
        i += 1
    if quote is not None and len(quote) == 1 and not line.rstrip('\n').endswith('\\'):
        quote = None        # an unterminated one-line string ends here
    return depth, quote


def _code_part(line):
    # the line without its comment (for a line that starts outside strings)
    quote = None
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if quote is not None:
            if c == '\\':
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
        elif c == '#':
            return line[:i]
        elif c in '\'"':
            quote = c * 3 if line.startswith(c * 3, i) else c
            i += len(quote)
            continue
        i += 1
    return line


def getblock(lines):
    """Extract the block of code at the top of the given list of lines: a
    def or class statement (with its decorators) and its indented body,
    or else the first logical line."""
    state = (0, None)           # open brackets, open string quote
    header_indent = None
    in_body = False
    logical_start = 0
    end = 0
    for index, line in enumerate(lines):
        if state == (0, None):
            # a new logical line starts here
            logical_start = index
            stripped = line.strip()
            if header_indent is None:
                header_indent = indentsize(line)
            elif in_body:
                if not stripped or stripped.startswith('#'):
                    continue
                if indentsize(line) <= header_indent:
                    break
        state = _scan_line(line, state)
        if state != (0, None) or line.rstrip().endswith('\\'):
            continue
        end = index + 1
        if in_body:
            continue
        first = lines[logical_start].strip()
        if first.startswith('@'):
            continue            # a decorator: the statement comes next
        if _code_part(line).rstrip().endswith(':'):
            in_body = True
        else:
            return lines[:end]
    return lines[:end]


def _find_class_line(lines, qualname):
    """Index of the line where the class named by qualname is defined
    (its first decorator if it has some), or None."""
    start = 0
    limit = len(lines)
    indent = 0              # indentation the next name is looked for at
    any_depth = False       # inside a function: at any indentation
    found = None
    for part in qualname.split('.'):
        if part == '<locals>':
            any_depth = True
            continue
        found = None
        for i in range(start, limit):
            text = lines[i].lstrip()
            if not text or text.startswith('#'):
                continue
            ind = indentsize(lines[i])
            if any_depth:
                if ind < indent:
                    continue
            elif ind != indent:
                continue
            for keyword in ('class ', 'def ', 'async def '):
                if text.startswith(keyword):
                    rest = text[len(keyword):].lstrip()
                    after = rest[len(part):].lstrip()
                    if rest.startswith(part) and after[:1] in ('(', ':'):
                        found = i
                    break
            if found is not None:
                break
        if found is None:
            return None
        block = getblock(lines[found:])
        start = found + 1
        limit = found + len(block)
        any_depth = False
        indent = None
        for i in range(start, limit):
            if lines[i].strip() and not lines[i].lstrip().startswith('#'):
                indent = indentsize(lines[i])
                break
        if indent is None:
            indent = indentsize(lines[found]) + 1
    while found > 0 and lines[found - 1].lstrip().startswith('@'):
        found -= 1
    return found


def findsource(object):
    """Return the lines of the file the object was defined in and the index
    of the first line of its source.  OSError if it cannot be found."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        lnum = _find_class_line(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum

    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getcomments(object):
    """Get the lines of comments immediately preceding an object's source
    code (or at the top of a module's file), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
    elif lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and \
                indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def getsourcelines(object):
    """Return (list of source lines, line number of the first one) for a
    module, class, method, function, traceback, frame or code object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and
                            object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """Return the text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ----------------------------------------------------------------------
# class trees

def walktree(classes, children, parent):
    """Recursive helper function for getclasstree()."""
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """Arrange the given list of classes into a hierarchy of nested lists."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ----------------------------------------------------------------------
# argument specs

Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Get information about the arguments accepted by a code object:
    Arguments(args, varargs, varkw)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, '
                         'kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters:
    FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations).  Unlike signature(), 'self' is reported
    for bound methods and __wrapped__ is not followed."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex

    args = []
    posonlyargs = []
    kwonlyargs = []
    varargs = varkw = None
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults or None,
                       kwonlyargs, kwdefaults or None, annotations)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """Get information about arguments passed into a particular frame:
    ArgInfo(args, varargs, varkw, locals)."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def _strip_typing_prefix(text):
    # remove "typing." in front of every dotted name of text
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '.' or c == '_' or c.isalnum():
            j = i
            while j < n and (text[j] == '.' or text[j] == '_' or text[j].isalnum()):
                j += 1
            word = text[i:j]
            if word.startswith('typing.'):
                word = word[len('typing.'):]
            out.append(word)
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    generic_alias = getattr(types, 'GenericAlias', None)
    if generic_alias is not None and isinstance(annotation, generic_alias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from the 4 values returned by
    getargvalues."""
    def convert(name, locals=locals, formatarg=formatarg,
                formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(name) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = "{} and {}".format(*names)
    else:
        tail = ", {} and {}".format(*names[-2:])
        del names[-2:]
        s = ", ".join(names) + tail
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, missing,
                     "positional" if pos else "keyword-only",
                     "" if missing == 1 else "s", s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = "at least %d" % (atleast,)
    elif defcount:
        plural = True
        sig = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ""
    if kwonly_given:
        msg = " positional argument%s (and %d keyword-only argument%s)"
        kwonly_sig = (msg % ("s" if given != 1 else "", kwonly_given,
                             "s" if kwonly_given != 1 else ""))
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, sig, "s" if plural else "", given, kwonly_sig,
                     "was" if given == 1 and not kwonly_given else "were"))


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values that calling
    func(*positional, **named) would make; TypeError when the call is
    not possible, with the messages Python gives."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}

    if ismethod(func) and func.__self__ is not None:
        # implicit 'self' (or 'cls' for classmethods) argument
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0

    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" %
                                (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r" %
                            (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults,
                  num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """Get the mapping of free variables to their current values:
    ClosureVars(nonlocals, globals, builtins, unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars,
                                              func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            # Because these used to be builtins instead of keywords, they
            # may still show up as name references. We ignore them.
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# ----------------------------------------------------------------------
# frames and stacks

try:
    from dis import Positions as _Positions
except ImportError:
    _Positions = namedtuple('Positions',
                            ['lineno', 'end_lineno', 'col_offset',
                             'end_col_offset'],
                            defaults=[None] * 4)


_Traceback = namedtuple('_Traceback',
                        'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions = getattr(code, 'co_positions', None)
    if positions is None:
        return (None, None, None, None)
    try:
        for i, pos in enumerate(positions()):
            if i == instruction_index // 2:
                return pos
    except Exception:
        pass
    return (None, None, None, None)


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object: Traceback(
    filename, lineno, function, code_context, index), where code_context
    holds `context` lines of source around the current line."""
    if istraceback(frame):
        positions = _get_code_position(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        if not isframe(frame):
            raise TypeError('{!r} is not a frame or traceback object'
                            .format(frame))
        lineno = frame.f_lineno
        positions = _get_code_position(frame.f_code,
                                       getattr(frame, 'f_lasti', -1))
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    lineno = positions[0]

    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(*positions))


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index,
                *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, '
                'function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getouterframes(frame, context=1):
    """Get a list of FrameInfo records for a frame and all the frames
    calling it, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """Get a list of FrameInfo records for a traceback's frame and all the
    frames below it."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info,
                                 positions=info.positions))
        tb = tb.tb_next
    return records


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    return getinnerframes(sys.exc_info()[2], context)


# ----------------------------------------------------------------------
# getattr_static

_sentinel = object()


def _static_getmro(klass):
    return type.__getattribute__(klass, '__mro__')


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        instance_dict = {}
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            try:
                return entry.__dict__[attr]
            except KeyError:
                pass
    return _sentinel


def _is_type(obj):
    try:
        _static_getmro(obj)
    except TypeError:
        return False
    return True


def _shadowed_dict(klass):
    # a '__dict__' defined by a class (other than the usual descriptor)
    for entry in _static_getmro(klass):
        try:
            class_dict = type.__getattribute__(entry, '__dict__')["__dict__"]
        except KeyError:
            pass
        else:
            # (a descriptor that does not tell its name and class is taken
            # to be the standard one)
            if not (type(class_dict) is types.GetSetDescriptorType and
                    getattr(class_dict, '__name__', "__dict__") == "__dict__" and
                    getattr(class_dict, '__objclass__', entry) is entry):
                return class_dict
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve attributes without triggering dynamic lookup via the
    descriptor protocol, __getattr__ or __getattribute__: descriptors are
    returned as they are found in the class dictionaries."""
    instance_result = _sentinel
    if not _is_type(obj):
        klass = type(obj)
        dict_attr = _shadowed_dict(klass)
        if (dict_attr is _sentinel or
                type(dict_attr) is types.MemberDescriptorType):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj

    klass_result = _check_class(klass, attr)

    if instance_result is not _sentinel and klass_result is not _sentinel:
        # a data descriptor in the class wins over the instance dict
        if _check_class(type(klass_result), "__get__") is not _sentinel and (
                _check_class(type(klass_result), "__set__") is not _sentinel
                or _check_class(type(klass_result), "__delete__") is not _sentinel):
            return klass_result

    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result

    if obj is klass:
        # for types we check the metaclass too
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ----------------------------------------------------------------------
# generator and coroutine states

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Get current state of a generator-iterator: GEN_CREATED,
    GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    frame = generator.gi_frame
    if frame is None:
        return GEN_CLOSED
    suspended = getattr(generator, 'gi_suspended', None)
    if suspended is None:
        # no gi_suspended: a generator that has not started has not run
        # any instruction yet, and is still on its first line
        lasti = getattr(frame, 'f_lasti', None)
        if lasti is not None:
            suspended = lasti > 0
        else:
            suspended = frame.f_lineno != generator.gi_code.co_firstlineno
    if suspended:
        return GEN_SUSPENDED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their current
    values."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """Get the mapping of coroutine local variables to their current
    values."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


# ----------------------------------------------------------------------
# annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for a class, module or callable (a new
    dict each time); with eval_str, string annotations are evaluated."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, types.GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")

    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str)
            else eval(value, globals, locals)
            for key, value in ann.items()}


# ----------------------------------------------------------------------
# signatures

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """One parameter of a function signature: name, kind, default
    (Parameter.empty if none) and annotation (Parameter.empty if none)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL,
                                                    _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'
                             .format(self._kind.description))
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'
                            .format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # the implicit ".0" argument of comprehensions
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    'implicit arguments must be passed as positional or '
                    'keyword arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        is_keyword = iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        """Creates a customized copy of the Parameter."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=(self._annotation if annotation is _void
                                      else annotation))

    def __str__(self):
        text = self._name
        has_annotation = self._annotation is not _empty
        if has_annotation:
            text = '%s: %s' % (text, formatannotation(self._annotation))
        if self._default is not _empty:
            joiner = ' = ' if has_annotation else '='
            text = text + joiner + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: `arguments`, a dict from parameter
    names to values (defaults not included), and the views `args` and
    `kwargs` for calling the function."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                # the rest goes to kwargs
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    # a positional parameter left out: those after it
                    # must be passed by keyword
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        """Add the default values of the missing arguments (() for *args and
        {} for **kwargs)."""
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(name, value)
                for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The signature of a callable: `parameters`, an ordered mapping of
    names to Parameter objects, and `return_annotation`
    (Signature.empty if none); bind() and bind_partial() map call
    arguments onto it."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} '
                            'parameter'.format(top_kind.description,
                                               kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument '
                                                 'follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'
                                         .format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwo_params.values()),
                     return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Map args and kwargs onto the parameters (the work of bind and
        bind_partial)."""
        arguments = {}
        params = list(self.parameters.values())
        nparams = len(params)
        p = 0                    # next parameter to fill
        nargs = len(args)
        a = 0                    # next positional argument to use

        # 1. positional arguments
        while True:
            if a < nargs:
                if p >= nparams:
                    raise TypeError('too many positional arguments') from None
                param = params[p]
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = tuple(args[a:])
                    p += 1
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'
                                    .format(arg=param.name)) from None
                arguments[param.name] = args[a]
                a += 1
                p += 1
                continue
            # no positional argument left
            if p >= nparams:
                break
            param = params[p]
            if param.kind == _VAR_POSITIONAL:
                # an empty *args
                p += 1
                break
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'
                                    .format(arg=param.name)) from None
                break
            if param.kind == _VAR_KEYWORD or param.default is not _empty:
                break
            if partial:
                break
            raise TypeError('missing a required argument: {arg!r}'
                            .format(arg=param.name)) from None

        # 2. keyword arguments, for the parameters left
        kwargs_param = None
        for param in params[p:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                # only reached when the positional arguments ran out before
                # the parameters in front of *args
                continue
            name = param.name
            if name not in kwargs:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'
                                    .format(arg=name)) from None
                continue
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError('{arg!r} parameter is positional only, '
                                'but was passed as a keyword'.format(arg=name))
            arguments[name] = kwargs.pop(name)

        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument {arg!r}'
                                .format(arg=next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object mapping args and kwargs to the
        parameters; TypeError if they cannot be bound."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        pending_slash = False       # positional-only parameters were seen
        need_star = True            # no *args yet: a bare * may be needed
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                parts.append('*')
                need_star = False
            parts.append(str(param))
        if pending_slash:
            parts.append('/')
        text = '(%s)' % ', '.join(parts)
        if self.return_annotation is not _empty:
            text += ' -> %s' % formatannotation(self.return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


# callables that are not written in Python (their signatures come from
# __text_signature__ when they have one)
_NonUserDefinedCallables = tuple(t for t in (
    types.WrapperDescriptorType,
    types.MethodWrapperType,
    types.ClassMethodDescriptorType,
    types.BuiltinFunctionType,
    types.MethodDescriptorType,
) if t is not None)

# signatures of builtins that may lack __text_signature__
_BUILTIN_TEXT_SIGNATURES = {object: '()'}


def _signature_get_user_defined_method(cls, method_name):
    """The attribute method_name of cls, if it is not a builtin."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    return meth


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature left of wrapped_sig once partial's arguments (and
    extra_args in front of them) are bound."""
    old_params = wrapped_sig.parameters
    new_params = OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'
                         .format(partial)) from ex

    to_kwonly = False
    for name, param in old_params.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                # bound positional-only parameters disappear
                new_params.pop(name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in partial_keywords:
                    # this one and all after it become keyword-only
                    to_kwonly = True
                    new_params[name] = param.replace(default=value)
                else:
                    new_params.pop(name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(name)
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_bound_method(sig):
    """The signature of a function bound as a method: without its first
    parameter (unless it is *args)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj) or
            isinstance(obj, _NonUserDefinedCallables) or
            obj in (type, object))


def _signature_is_functionlike(obj):
    """Whether obj duck-types a Python function (like Cython's)."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """A Signature from a text signature such as "(a, b=1, /, *, c)"
    (simple defaults only)."""
    text = s.strip()
    if not (text.startswith('(') and ')' in text):
        raise ValueError("{!r} builtin has invalid signature".format(obj))
    inner = text[1:text.rindex(')')]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    pieces = [p.strip() for p in inner.split(',')] if inner.strip() else []
    has_slash = '/' in pieces
    if has_slash:
        kind = _POSITIONAL_ONLY
    first = True
    for piece in pieces:
        if piece == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if piece == '*':
            kind = _KEYWORD_ONLY
            continue
        default = _empty
        if '=' in piece:
            piece, default_text = piece.split('=', 1)
            piece = piece.strip()
            try:
                default = eval(default_text.strip(), {}, {})
            except Exception:
                raise ValueError("{!r} builtin has invalid signature"
                                 .format(obj)) from None
        if piece.startswith('$'):
            # the bound "self" of a builtin method
            if first and skip_bound_arg:
                first = False
                continue
            piece = piece[1:]
        first = False
        if piece.startswith('**'):
            params.append(cls._parameter_cls(piece[2:], _VAR_KEYWORD))
        elif piece.startswith('*'):
            params.append(cls._parameter_cls(piece[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            params.append(cls._parameter_cls(piece, kind, default=default))
    return cls(params)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError("{!r} is not a Python builtin "
                        "function".format(func))
    s = getattr(func, "__text_signature__", None)
    if not s:
        s = _BUILTIN_TEXT_SIGNATURES.get(func) if isinstance(func, type) else None
    if not s:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)


def _signature_from_function(cls, func, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False):
    """The signature of a Python function (or function-like object), read
    from its code object, defaults and annotations."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))

    s = getattr(func, "__text_signature__", None)
    if s:
        return _signature_fromstr(cls, func, s, skip_bound_arg)

    Param = cls._parameter_cls
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals,
                                  eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)

    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Param(name, kind, default=default,
                            annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Param(name, _VAR_POSITIONAL,
                            annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkwonly]:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        params.append(Param(name, _KEYWORD_ONLY, default=default,
                            annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Param(name, _VAR_KEYWORD,
                            annotation=annotations.get(name, _empty)))
    # a real Python function's parameters are known to be well formed
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _defines(cls, name):
    # whether a class of cls's MRO other than object defines name
    for base in cls.__mro__:
        if base is object:
            continue
        if name in base.__dict__:
            return True
    return False


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls):
    """The signature of any callable object."""

    def sig_of(target):
        return _signature_from_callable(
            target, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        # a bound method: the function's signature without self
        sig = sig_of(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")
                                or isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return sig_of(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ '
                                'attribute'.format(sig))
            return sig

    partialmethod_type = getattr(functools, 'partialmethod', None)
    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if partialmethod_type is not None and isinstance(partialmethod,
                                                         partialmethod_type):
            # an unbound partialmethod: like a partial whose first argument
            # (self) is still to come
            wrapped_sig = sig_of(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first = tuple(wrapped_sig.parameters.values())[0]
            if first.kind is Parameter.VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,) +
                               tuple(sig.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj,
                                        skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj,
                                       skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        wrapped_sig = sig_of(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        # a class: its metaclass's __call__, else its __new__ or __init__
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = sig_of(call)
        else:
            factory = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            # whichever comes first in the MRO
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = sig_of(factory)

        if sig is None:
            for base in obj.__mro__[:-1]:
                try:
                    text_sig = base.__text_signature__
                except AttributeError:
                    pass
                else:
                    if text_sig:
                        return _signature_fromstr(sigcls, base, text_sig)
            if type not in obj.__mro__:
                # a class without its own __init__ or __new__
                if not _defines(obj, '__init__') and not _defines(obj, '__new__'):
                    return sigcls.from_callable(object)
                raise ValueError('no signature found for builtin type {!r}'
                                 .format(obj))

    elif not isinstance(obj, _NonUserDefinedCallables):
        # an instance with __call__
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = sig_of(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'
                                 .format(obj)) from ex

    if sig is not None:
        # skip the first parameter (self or cls) of __call__, __new__ or
        # __init__
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'
                         .format(obj))
    raise ValueError('callable {!r} is not supported by signature'
                     .format(obj))
