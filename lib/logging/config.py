"""Configuration of the logging package from a dictionary (dictConfig) or
an INI-style file (fileConfig), with CPython 3.11's schema and errors."""

import io
import logging
import re
import sys

__all__ = ["dictConfig", "fileConfig", "valid_ident", "DictConfigurator",
           "BaseConfigurator", "ConvertingDict", "ConvertingList",
           "ConvertingTuple", "IDENTIFIER"]

IDENTIFIER = re.compile("^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


class _Converting:
    """Values read from a converting container go through the configurator
    (ext:// and cfg:// strings, nested dicts and lists)."""

    def _convert_value(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result


class ConvertingDict(dict, _Converting):
    def __getitem__(self, key):
        return self._convert_value(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return self.configurator.convert(default) if hasattr(self, "configurator") else default

    def pop(self, key, default=None):
        value = dict.pop(self, key, default)
        return self._convert_value(key, value, replace=False)


class ConvertingList(list, _Converting):
    def __getitem__(self, key):
        return self._convert_value(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        value = list.pop(self, idx)
        return self._convert_value(idx, value, replace=False)


class ConvertingTuple(tuple, _Converting):
    def __getitem__(self, key):
        value = tuple.__getitem__(self, key)
        return self._convert_value(key, value, replace=False)


class BaseConfigurator:
    """The configurator base class which defines some useful defaults."""

    CONVERT_PATTERN = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")
    WORD_PATTERN = re.compile(r"^\s*(\w+)\s*")
    DOT_PATTERN = re.compile(r"^\.\s*(\w+)\s*")
    INDEX_PATTERN = re.compile(r"^\[\s*(\w+)\s*\]\s*")
    DIGIT_PATTERN = re.compile(r"^\d+$")

    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """Resolve strings to objects using standard import and attribute
        syntax."""
        name = s.split(".")
        used = name.pop(0)
        try:
            found = self.importer(used)
            for frag in name:
                used += "." + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError("Cannot resolve %r: %s" % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
        return d

    def convert(self, value):
        """Convert values to an appropriate type."""
        if not isinstance(value, ConvertingDict) and isinstance(value, dict):
            value = ConvertingDict(value)
            value.configurator = self
        elif not isinstance(value, ConvertingList) and isinstance(value, list):
            value = ConvertingList(value)
            value.configurator = self
        elif not isinstance(value, ConvertingTuple) and isinstance(value, tuple) \
                and not hasattr(value, "_fields"):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                prefix = d["prefix"]
                converter = self.value_converters.get(prefix, None)
                if converter:
                    suffix = d["suffix"]
                    converter = getattr(self, converter)
                    value = converter(suffix)
        return value

    def configure_custom(self, config):
        """Configure an object with a user-supplied factory."""
        c = config.pop("()")
        if not callable(c):
            c = self.resolve(c)
        props = config.pop(".", None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        """Utility function which converts lists to tuples."""
        if isinstance(value, list):
            value = tuple(value)
        return value


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _clearExistingHandlers():
    """Clear and close existing handlers"""
    logging._handlers.clear()
    handlers = logging._handlerList[:]
    for wr in reversed(handlers):
        try:
            h = wr() if callable(wr) and not isinstance(wr, logging.Handler) else wr
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except Exception:
            pass
    del logging._handlerList[:]


class DictConfigurator(BaseConfigurator):
    """Configure logging using a dictionary-like object to describe the
    configuration."""

    def configure(self):
        """Do the configuration."""
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        EMPTY_DICT = {}
        logging._acquireLock()
        try:
            if incremental:
                handlers = config.get("handlers", EMPTY_DICT)
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError("No handler found with name %r" % name)
                    else:
                        try:
                            handler = logging._handlers[name]
                            handler_config = handlers[name]
                            level = handler_config.get("level", None)
                            if level:
                                handler.setLevel(logging._checkLevel(level))
                        except Exception as e:
                            raise ValueError("Unable to configure handler %r" % name) from e
                loggers = config.get("loggers", EMPTY_DICT)
                for name in loggers:
                    try:
                        self.configure_logger(name, loggers[name], True)
                    except Exception as e:
                        raise ValueError("Unable to configure logger %r" % name) from e
                root = config.get("root", None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError("Unable to configure root logger") from e
            else:
                disable_existing = config.pop("disable_existing_loggers", True)
                _clearExistingHandlers()

                formatters = config.get("formatters", EMPTY_DICT)
                for name in formatters:
                    try:
                        formatters[name] = self.configure_formatter(formatters[name])
                    except Exception as e:
                        raise ValueError("Unable to configure formatter %r" % name) from e
                filters = config.get("filters", EMPTY_DICT)
                for name in filters:
                    try:
                        filters[name] = self.configure_filter(filters[name])
                    except Exception as e:
                        raise ValueError("Unable to configure filter %r" % name) from e

                handlers = config.get("handlers", EMPTY_DICT)
                deferred = []
                for name in sorted(handlers):
                    try:
                        handler = self.configure_handler(handlers[name])
                        handler.name = name
                        handlers[name] = handler
                    except Exception as e:
                        if "target not configured yet" in str(e.__cause__):
                            deferred.append(name)
                        else:
                            raise ValueError("Unable to configure handler %r" % name) from e
                for name in deferred:
                    try:
                        handler = self.configure_handler(handlers[name])
                        handler.name = name
                        handlers[name] = handler
                    except Exception as e:
                        raise ValueError("Unable to configure handler %r" % name) from e

                root = logging.root
                existing = list(root.manager.loggerDict.keys())
                existing.sort()
                child_loggers = []
                loggers = config.get("loggers", EMPTY_DICT)
                for name in loggers:
                    if name in existing:
                        i = existing.index(name) + 1
                        prefixed = name + "."
                        pflen = len(prefixed)
                        num_existing = len(existing)
                        while i < num_existing:
                            if existing[i][:pflen] == prefixed:
                                child_loggers.append(existing[i])
                            i += 1
                        existing.remove(name)
                    try:
                        self.configure_logger(name, loggers[name])
                    except Exception as e:
                        raise ValueError("Unable to configure logger %r" % name) from e
                _handle_existing_loggers(existing, child_loggers, disable_existing)
                root = config.get("root", None)
                if root:
                    try:
                        self.configure_root(root)
                    except Exception as e:
                        raise ValueError("Unable to configure root logger") from e
        finally:
            logging._releaseLock()

    def configure_formatter(self, config):
        """Configure a formatter from a dictionary."""
        if "()" in config:
            factory = config["()"]
            try:
                result = self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config["fmt"] = config.pop("format")
                config["()"] = factory
                result = self.configure_custom(config)
        else:
            fmt = config.get("format", None)
            dfmt = config.get("datefmt", None)
            style = config.get("style", "%")
            cname = config.get("class", None)
            if not cname:
                c = logging.Formatter
            else:
                c = self.resolve(cname)
            if "validate" in config:
                result = c(fmt, dfmt, style, config["validate"])
            else:
                result = c(fmt, dfmt, style)
        return result

    def configure_filter(self, config):
        """Configure a filter from a dictionary."""
        if "()" in config:
            result = self.configure_custom(config)
        else:
            name = config.get("name", "")
            result = logging.Filter(name)
        return result

    def add_filters(self, filterer, filters):
        """Add filters to a filterer from a list of names."""
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    filter_ = f
                else:
                    filter_ = self.config["filters"][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        """Configure a handler from a dictionary."""
        config_copy = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            c = config.pop("()")
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop("class")
            if callable(cname):
                klass = cname
            else:
                klass = self.resolve(cname)
            if issubclass(klass, getattr(sys.modules.get("logging.handlers"),
                                         "MemoryHandler", ())) and "target" in config:
                try:
                    th = self.config["handlers"][config["target"]]
                    if not isinstance(th, logging.Handler):
                        config.update(config_copy)
                        raise TypeError("target not configured yet")
                    config["target"] = th
                except Exception as e:
                    raise ValueError("Unable to set target handler %r" % config["target"]) from e
            factory = klass
        props = config.pop(".", None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs["strm"] = kwargs.pop("stream")
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        """Add handlers to a logger from a list of names."""
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        """Perform configuration which is common to root and non-root loggers."""
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        """Configure a non-root logger from a dictionary."""
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        """Configure a root logger from a dictionary."""
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Read the logging configuration from a ConfigParser-format file."""
    import configparser
    import os

    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, "readline"):
                cp.read_file(fname)
            else:
                encoding = io.text_encoding(encoding)
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError(f"{fname} is invalid: {e}")
        if not isinstance(fname, str) or not os.path.exists(fname) and not hasattr(fname, "readline"):
            pass
    if not cp.has_section("formatters") and not cp.sections():
        raise RuntimeError(f"{fname} is an empty file")

    def _strip(alist):
        return [x.strip() for x in alist]

    formatters = {}
    flist = cp["formatters"]["keys"]
    for form in _strip(flist.split(",")) if flist else []:
        sect = cp["formatter_" + form]
        fs = sect.get("format", None, raw=True)
        dfs = sect.get("datefmt", None, raw=True)
        stl = sect.get("style", "%", raw=True)
        cname = sect.get("class")
        c = logging.Formatter if not cname else BaseConfigurator({}).resolve(cname)
        formatters[form] = c(fs, dfs, stl)

    logging._acquireLock()
    try:
        _clearExistingHandlers()
        handlers = {}
        hlist = cp["handlers"]["keys"]
        for hand in _strip(hlist.split(",")) if hlist else []:
            section = cp["handler_" + hand]
            klass = section["class"]
            fmt = section.get("formatter", "")
            try:
                klass = eval(klass, vars(logging))
            except (AttributeError, NameError):
                klass = BaseConfigurator({}).resolve(klass)
            args = eval(section.get("args", "()"), vars(logging))
            kwargs = eval(section.get("kwargs", "{}"), vars(logging))
            h = klass(*args, **kwargs)
            h.name = hand
            if "level" in section:
                h.setLevel(section["level"])
            if fmt:
                h.setFormatter(formatters[fmt])
            handlers[hand] = h

        llist = _strip(cp["loggers"]["keys"].split(","))
        if "root" in llist:
            llist.remove("root")
        section = cp["logger_root"]
        root = logging.root
        if "level" in section:
            root.setLevel(section["level"])
        for h in root.handlers[:]:
            root.removeHandler(h)
        hlist = section.get("handlers", "")
        for hand in _strip(hlist.split(",")) if hlist else []:
            root.addHandler(handlers[hand])
        existing = sorted(root.manager.loggerDict.keys())
        child_loggers = []
        for log in llist:
            section = cp["logger_" + log]
            qn = section["qualname"]
            propagate = section.getint("propagate", fallback=1)
            logger = logging.getLogger(qn)
            if qn in existing:
                i = existing.index(qn) + 1
                prefixed = qn + "."
                while i < len(existing):
                    if existing[i][:len(prefixed)] == prefixed:
                        child_loggers.append(existing[i])
                    i += 1
                existing.remove(qn)
            if "level" in section:
                logger.setLevel(section["level"])
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            logger.propagate = propagate
            logger.disabled = 0
            hlist = section.get("handlers", "")
            for hand in _strip(hlist.split(",")) if hlist else []:
                logger.addHandler(handlers[hand])
        _handle_existing_loggers(existing, child_loggers, disable_existing_loggers)
    finally:
        logging._releaseLock()
