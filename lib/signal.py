"""Signals: set handlers for asynchronous events (Baton's `signal`, over the
native `_signal`). Handlers run in the main thread, between bytecode
instructions, as in CPython. The signal numbers and the SIG_DFL/SIG_IGN
handlers are IntEnum members (Signals, Handlers, Sigmasks), as CPython's."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum._convert_(
    'Signals', __name__,
    lambda name: (name.isupper() and (name.startswith('SIG') and not name.startswith('SIG_'))
                  or name.startswith('CTRL_')))

Handlers = _IntEnum._convert_(
    'Handlers', __name__,
    lambda name: name in ('SIG_DFL', 'SIG_IGN'))

Sigmasks = _IntEnum._convert_(
    'Sigmasks', __name__,
    lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member; keep anything
    else (a callable, an unknown number) as it is."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value; keep anything else."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_kill(thread_id, signalnum):
    return _signal.pthread_kill(thread_id, _enum_to_int(signalnum))


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


def raise_signal(signalnum):
    return _signal.raise_signal(_enum_to_int(signalnum))


def strsignal(signalnum):
    return _signal.strsignal(_enum_to_int(signalnum))


del _globals
