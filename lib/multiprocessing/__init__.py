"""Process-based parallelism: an API modelled on threading (Process, Lock,
Queue, ...) plus Pool, Pipe and shared Value/Array.

The names of this module are those of the default context (see context.py):
its start method is 'fork' unless set_start_method() chose another.
"""

import sys

from . import context

#
# Copy the public names of the default context into this module
#

__all__ = [name for name in dir(context._default_context)
           if not name.startswith('_')]
globals().update((name, getattr(context._default_context, name))
                 for name in __all__)

#
# XXX These should not really be documented or public.
#

SUBDEBUG = 5
SUBWARNING = 25

#
# Alias for main module -- will be reset by bootstrapping child processes
#

if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']

# At exit: flush the queues, stop the daemonic children, wait for the others.
from . import util as _util
_util._register_exit_function()
del _util
