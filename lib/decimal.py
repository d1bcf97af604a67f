"""Decimal fixed and floating point arithmetic (CPython 3.11's decimal, in Python).

A Decimal is a sign, an integer coefficient and a power-of-ten exponent, or one
of the special values Infinity, NaN and sNaN.  Arithmetic is exact on Python
integers and then rounded to the current context's precision, raising the
signals of the General Decimal Arithmetic specification the way CPython's C
implementation reports them.
"""

import math as _math
import _thread

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base exception class."""


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """Trying to convert badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0."""


class DivisionImpossible(InvalidOperation):
    """Cannot perform the division adequately."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division."""


class Inexact(DecimalException):
    """Had to round, losing information."""


class InvalidContext(InvalidOperation):
    """Invalid context.  Unknown rounding, for example."""


class Rounded(DecimalException):
    """Number got rounded (not  necessarily changed during rounding)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow."""


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""


class FloatOperation(DecimalException, TypeError):
    """Enable stricter semantics for mixing floats and Decimals."""


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
           DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
           InvalidContext, Rounded, Subnormal, Overflow, Underflow,
           FloatOperation):
    _c.__module__ = 'decimal'
del _c

_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# the order Context.__repr__ lists them in (libmpdec's)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow)
# the conditions that are reported under the InvalidOperation signal
_INVALID_CONDS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
                  DivisionUndefined, InvalidContext)


def _signal_of(cond):
    if cond in _INVALID_CONDS:
        return InvalidOperation
    return cond


class _SignalDict:
    """The flags / traps of a context: a fixed mapping signal -> bool."""

    __slots__ = ('_d',)

    def __init__(self, on=()):
        self._d = {s: (s in on) for s in _SIGNALS}

    def __getitem__(self, key):
        try:
            return self._d[key]
        except (KeyError, TypeError):
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if key not in self._d:
            raise KeyError(key)
        self._d[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (k, v) for k, v in self._d.items()) + '}'

    def _set_all(self, value):
        if isinstance(value, (list, tuple, set, frozenset)):
            for s in value:
                if s not in self._d:
                    raise KeyError(s)
            for s in self._d:
                self._d[s] = s in value
        elif isinstance(value, (dict, _SignalDict)):
            new = {}
            for s, v in value.items():
                if s not in self._d:
                    raise KeyError(s)
                new[s] = bool(v)
            if len(new) != len(self._d):
                raise KeyError('invalid signal dict')
            self._d.update(new)
        else:
            raise TypeError('argument must be a signal dict')


# ---------------------------------------------------------------- context

class Context:
    """The context for arithmetic operations: precision, rounding, exponent
    limits, and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = _SignalDict()
        self._traps = _SignalDict((InvalidOperation, DivisionByZero, Overflow))
        tmpl = _DEFAULT_TEMPLATE
        if tmpl is not None:
            self._prec = tmpl._prec
            self._rounding = tmpl._rounding
            self._Emin = tmpl._Emin
            self._Emax = tmpl._Emax
            self._capitals = tmpl._capitals
            self._clamp = tmpl._clamp
            self._traps._set_all(tmpl._traps._d)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags._set_all(flags)
        if traps is not None:
            self._traps._set_all(traps)

    # attributes with validation
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if v not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, '
                            'ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, '
                            'ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        self._rounding = v

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = v

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = int(v)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = int(v)

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, v):
        if not isinstance(v, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._flags._set_all(v)

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, v):
        if not isinstance(v, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._traps._set_all(v)

    def __repr__(self):
        fl = ', '.join(s.__name__ for s in _REPR_ORDER if self._flags._d[s])
        tr = ', '.join(s.__name__ for s in _REPR_ORDER if self._traps._d[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, fl, tr))

    def copy(self):
        c = Context.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = _SignalDict()
        c._flags._d.update(self._flags._d)
        c._traps = _SignalDict()
        c._traps._d.update(self._traps._d)
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s in _SIGNALS if self._flags._d[s]],
                          [s for s in _SIGNALS if self._traps._d[s]]))

    def clear_flags(self):
        for s in _SIGNALS:
            self._flags._d[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self._traps._d[s] = False

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def _signal(self, conds):
        """Record the conditions an operation raised; raise if one is trapped."""
        if not conds:
            return
        flags = self._flags._d
        traps = self._traps._d
        trapped = []
        for c in conds:
            s = _signal_of(c)
            flags[s] = True
            if traps[s]:
                trapped.append(c)
        if trapped:
            lst = [c for c in _INVALID_CONDS if c in trapped]
            lst += [s for s in _SIGNALS[1:] if s in trapped]
            for s in _SIGNALS:
                if traps[s] and any(_signal_of(c) is s for c in trapped):
                    raise s(lst)

    # conversions
    def create_decimal(self, num='0'):
        if isinstance(num, str):
            num = num.strip()
            if '_' in num:
                conds = []
                d = _from_str(num, conds)
                self._signal(conds)
            else:
                conds = []
                d = _from_str(num, conds)
                self._signal(conds)
        else:
            d = Decimal(num)
            if isinstance(num, float):
                self._signal([FloatOperation])
        if d._special >= 2:
            return _fix_nan(d, self)
        if d._special:
            return d
        conds = []
        r = _fix(d._sign, d._int, d._exp, self, conds)
        self._signal(conds)
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    # arithmetic, in the context
    def _dec(self, a):
        if isinstance(a, Decimal):
            return a
        if isinstance(a, int):
            return _from_int(a)
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(a).__name__)

    def abs(self, a):
        return self._dec(a).__abs__(context=self)

    def add(self, a, b):
        return _binop(_add, self._dec(a), self._dec(b), self)

    def subtract(self, a, b):
        return _binop(_sub, self._dec(a), self._dec(b), self)

    def multiply(self, a, b):
        return _binop(_mul, self._dec(a), self._dec(b), self)

    def divide(self, a, b):
        return _binop(_div, self._dec(a), self._dec(b), self)

    def divide_int(self, a, b):
        return _binop(_floordiv, self._dec(a), self._dec(b), self)

    def remainder(self, a, b):
        return _binop(_mod, self._dec(a), self._dec(b), self)

    def divmod(self, a, b):
        return self._dec(a).__divmod__(self._dec(b), context=self)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            raise NotImplementedError('three-argument power is not supported')
        return _binop(_pow, self._dec(a), self._dec(b), self)

    def plus(self, a):
        return self._dec(a).__pos__(context=self)

    def minus(self, a):
        return self._dec(a).__neg__(context=self)

    def sqrt(self, a):
        return self._dec(a).sqrt(context=self)

    def exp(self, a):
        return self._dec(a).exp(context=self)

    def ln(self, a):
        return self._dec(a).ln(context=self)

    def log10(self, a):
        return self._dec(a).log10(context=self)

    def quantize(self, a, b):
        return self._dec(a).quantize(self._dec(b), context=self)

    def compare(self, a, b):
        return self._dec(a).compare(self._dec(b), context=self)

    def max(self, a, b):
        return self._dec(a).max(self._dec(b), context=self)

    def min(self, a, b):
        return self._dec(a).min(self._dec(b), context=self)

    def normalize(self, a):
        return self._dec(a).normalize(context=self)

    def to_integral_value(self, a):
        return self._dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _to_str(self._dec(a), self._capitals)

    def to_eng_string(self, a):
        return _to_str(self._dec(a), self._capitals, True)

    def copy_abs(self, a):
        return self._dec(a).copy_abs()

    def copy_negate(self, a):
        return self._dec(a).copy_negate()

    def copy_sign(self, a, b):
        return self._dec(a).copy_sign(self._dec(b))

    def is_nan(self, a):
        return self._dec(a).is_nan()

    def is_zero(self, a):
        return self._dec(a).is_zero()

    def is_signed(self, a):
        return self._dec(a).is_signed()

    def is_finite(self, a):
        return self._dec(a).is_finite()

    def is_infinite(self, a):
        return self._dec(a).is_infinite()


_DEFAULT_TEMPLATE = None
DefaultContext = Context()
_DEFAULT_TEMPLATE = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_contexts = {}


def getcontext():
    """Return the current thread's context."""
    tid = _thread.get_ident()
    try:
        return _contexts[tid]
    except KeyError:
        c = Context()
        _contexts[tid] = c
        return c


def setcontext(context):
    """Set the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _contexts[_thread.get_ident()] = context


_CTX_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                 'flags', 'traps')


class _ContextManager:
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager that makes a copy of ctx (default: the
    current context) the current context inside a with statement."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _CTX_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


# ---------------------------------------------------------------- helpers

def _nd(c):
    """Number of decimal digits of the non-negative int c (1 for 0)."""
    return len(str(c))


def _new(sign, coeff, exp, special=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _from_int(n):
    if type(n) is not int:
        n = int(n)
    if n < 0:
        return _new(1, -n, 0)
    return _new(0, n, 0)


def _is_digit_str(s):
    if not s:
        return False
    for ch in s:
        if ch not in '0123456789':
            return False
    return True


def _from_str(s, conds):
    """Parse a numeric string (already stripped); on failure return NaN and
    append ConversionSyntax to conds."""
    t = s.replace('_', '') if '_' in s else s
    if not t.isascii():
        t = ''.join(str(int(ch)) if ch.isdigit() else ch for ch in t)
    sign = 0
    if t:
        if t[0] == '-':
            sign = 1
            t = t[1:]
        elif t[0] == '+':
            t = t[1:]
    if t:
        low = t.lower()
        if low in ('inf', 'infinity'):
            return _new(sign, 0, 0, 1)
        if low.startswith('nan') or low.startswith('snan'):
            rest = low[3:] if low[0] == 'n' else low[4:]
            if rest == '' or _is_digit_str(rest):
                return _new(sign, int(rest) if rest else 0, 0,
                            2 if low[0] == 'n' else 3)
        else:
            mant = t
            exp = 0
            epos = -1
            for i in range(len(t)):
                if t[i] in 'eE':
                    epos = i
                    break
            ok = True
            if epos >= 0:
                mant = t[:epos]
                es = t[epos + 1:]
                if es[:1] in ('+', '-'):
                    digits = es[1:]
                else:
                    digits = es
                if _is_digit_str(digits):
                    exp = int(es)
                else:
                    ok = False
            if ok:
                ip, dot, fp = mant.partition('.')
                if (ip == '' or _is_digit_str(ip)) and (fp == '' or _is_digit_str(fp)) \
                        and (ip or fp):
                    return _new(sign, int(ip + fp), exp - len(fp))
    conds.append(ConversionSyntax)
    return _new(0, 0, 0, 2)


def _from_float(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, 2)
    if f in (float('inf'), float('-inf')):
        return _new(1 if f < 0 else 0, 0, 0, 1)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


def _to_str(d, capitals=1, eng=False):
    sign = '-' if d._sign else ''
    sp = d._special
    if sp:
        if sp == 1:
            return sign + 'Infinity'
        pay = str(d._int) if d._int else ''
        return sign + ('NaN' if sp == 2 else 'sNaN') + pay
    digits = str(d._int)
    exp = d._exp
    n = len(digits)
    leftdigits = exp + n
    if exp <= 0 and leftdigits > -6:
        dot = leftdigits
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (leftdigits + 1) % 3 - 1
    else:
        dot = (leftdigits - 1) % 3 + 1
    if dot <= 0:
        intpart = '0'
        frac = '.' + '0' * (-dot) + digits
    elif dot >= n:
        intpart = digits + '0' * (dot - n)
        frac = ''
    else:
        intpart = digits[:dot]
        frac = '.' + digits[dot:]
    if leftdigits == dot:
        e = ''
    else:
        e = ('E' if capitals else 'e') + '%+d' % (leftdigits - dot)
    return sign + intpart + frac + e


def _round_int(sign, c, shift, rounding):
    """Drop `shift` (> 0) low digits of c; returns (new_c, inexact)."""
    p = 10 ** shift
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        r2 = 2 * r
        up = r2 > p or (r2 == p and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = 2 * r >= p
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * r > p
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow(sign, ctx, conds, rounding=None):
    conds.extend((Overflow, Inexact, Rounded))
    r = rounding or ctx._rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _new(sign, 0, 0, 1)
    prec = ctx._prec
    return _new(sign, 10 ** prec - 1, ctx._Emax - prec + 1)


def _fix(sign, c, e, ctx, conds, rounding=None):
    """Round sign*c*10**e to the context; return a Decimal."""
    prec = ctx._prec
    Emin = ctx._Emin
    Emax = ctx._Emax
    etiny = Emin - prec + 1
    etop = Emax - prec + 1
    if c == 0:
        emax = etop if ctx._clamp else Emax
        if e < etiny:
            e = etiny
            conds.append(Clamped)
        elif e > emax:
            e = emax
            conds.append(Clamped)
        return _new(sign, 0, e)
    n = _nd(c)
    adj = e + n - 1
    if adj > Emax:
        return _overflow(sign, ctx, conds, rounding)
    subnormal = adj < Emin
    target = e
    if n > prec:
        target = e + n - prec
    if target < etiny:
        target = etiny
    if target > e:
        if target - e > n + 1:
            # every digit goes: only "nonzero, below half a unit" matters
            c, inexact = _round_int(sign, 1, 2, rounding or ctx._rounding)
        else:
            c, inexact = _round_int(sign, c, target - e, rounding or ctx._rounding)
        e = target
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
        if _nd(c) > prec:
            c //= 10
            e += 1
        if subnormal:
            conds.append(Subnormal)
            if inexact:
                conds.append(Underflow)
                if c == 0:
                    conds.append(Clamped)
        if c and e + _nd(c) - 1 > Emax:
            return _overflow(sign, ctx, conds, rounding)
    elif subnormal:
        conds.append(Subnormal)
    if ctx._clamp and e > etop and c:
        c *= 10 ** (e - etop)
        e = etop
        conds.append(Clamped)
    return _new(sign, c, e)


def _fix_nan(d, ctx):
    """A NaN with its payload cut to what the context allows."""
    maxp = ctx._prec - ctx._clamp
    if d._int and _nd(d._int) > maxp:
        return _new(d._sign, int(str(d._int)[-maxp:]) if maxp > 0 else 0, 0, d._special)
    return d


def _nan_result(a, b, ctx, conds):
    """The result of an operation with a NaN operand, or None."""
    if a._special == 3 or (b is not None and b._special == 3):
        conds.append(InvalidOperation)
        src = a if a._special == 3 else b
        return _fix_nan(_new(src._sign, src._int, 0, 2), ctx)
    if a._special == 2:
        return _fix_nan(a, ctx)
    if b is not None and b._special == 2:
        return _fix_nan(b, ctx)
    return None


def _invalid(conds, cond=InvalidOperation):
    conds.append(cond)
    return _new(0, 0, 0, 2)


def _binop(fn, a, b, ctx):
    conds = []
    r = fn(a, b, ctx, conds)
    ctx._signal(conds)
    return r


def _adjusted(d):
    return d._exp + _nd(d._int) - 1


# ---------------------------------------------------------------- operations

def _add(a, b, ctx, conds, bsign=None):
    if bsign is None:
        bsign = b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special == 1:
            if b._special == 1 and a._sign != bsign:
                return _invalid(conds)
            return _new(a._sign, 0, 0, 1)
        return _new(bsign, 0, 0, 1)
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    sa = a._sign
    sb = bsign
    if ca == 0 and cb == 0:
        if sa == sb:
            sign = sa
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fix(sign, 0, min(ea, eb), ctx, conds)
    # keep the integers small when the exponents are far apart: the smaller
    # operand then only decides the rounding, and a 1 far below does the same
    if ca and cb:
        prec = ctx._prec
        if ea < eb:
            ca, ea, sa, cb, eb, sb = cb, eb, sb, ca, ea, sa
            swapped = True
        else:
            swapped = False
        adjb = eb + _nd(cb) - 1
        lim = ea + _nd(ca) - 1 - prec - 2
        if adjb < ea - 1 and adjb < lim:
            cb = 1
            eb = min(ea, lim) - 1
        if swapped:
            ca, ea, sa, cb, eb, sb = cb, eb, sb, ca, ea, sa
    elif ca == 0:
        # 0 + b: the exponent of the result is the smaller one
        e = min(ea, eb)
        return _fix(sb, cb * 10 ** (eb - e), e, ctx, conds)
    else:
        e = min(ea, eb)
        return _fix(sa, ca * 10 ** (ea - e), e, ctx, conds)
    e = min(ea, eb)
    va = ca * 10 ** (ea - e)
    vb = cb * 10 ** (eb - e)
    if sa:
        va = -va
    if sb:
        vb = -vb
    s = va + vb
    if s == 0:
        sign = 1 if (ctx._rounding == ROUND_FLOOR and sa != sb) or (sa and sb) else 0
        return _fix(sign, 0, e, ctx, conds)
    if s < 0:
        return _fix(1, -s, e, ctx, conds)
    return _fix(0, s, e, ctx, conds)


def _sub(a, b, ctx, conds):
    return _add(a, b, ctx, conds, 1 - b._sign if not (b._special >= 2) else b._sign)


def _mul(a, b, ctx, conds):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx, conds)
        if r is not None:
            return r
        if (a._special and not b._special and b._int == 0) or \
                (b._special and not a._special and a._int == 0):
            return _invalid(conds)
        return _new(sign, 0, 0, 1)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, conds)


def _div(a, b, ctx, conds):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special and b._special:
            return _invalid(conds)
        if a._special:
            return _new(sign, 0, 0, 1)
        conds.append(Clamped)
        return _new(sign, 0, ctx.Etiny())
    if b._int == 0:
        if a._int == 0:
            return _invalid(conds, DivisionUndefined)
        conds.append(DivisionByZero)
        return _new(sign, 0, 0, 1)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx, conds)
    ca, cb = a._int, b._int
    prec = ctx._prec
    shift = prec + _nd(cb) - _nd(ca) + 1
    if shift < 0:
        shift = 0
    q, r = divmod(ca * 10 ** shift, cb)
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _fix(sign, q, e, ctx, conds)


def _divmod_parts(a, b, ctx, conds, want):
    """Integer division and remainder; want is 'q', 'r' or 'qr'."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx, conds)
        if r is not None:
            return r, r
        if a._special and b._special:
            n = _invalid(conds)
            return n, n
        if a._special:
            if 'r' in want:
                conds.append(InvalidOperation)
            return _new(sign, 0, 0, 1), _new(0, 0, 0, 2)
        # finite / infinity
        q = _new(sign, 0, 0)
        r = _fix(a._sign, a._int, a._exp, ctx, conds) if 'r' in want else None
        return q, r
    if b._int == 0:
        if a._int == 0:
            n = _invalid(conds, DivisionUndefined)
            return n, n
        if want == 'r':
            n = _invalid(conds)
            return n, n
        if want == 'qr':
            conds.append(InvalidOperation)
        conds.append(DivisionByZero)
        return _new(sign, 0, 0, 1), _new(0, 0, 0, 2)
    prec = ctx._prec
    e = min(a._exp, b._exp)
    if a._int == 0 or _adjusted(a) < _adjusted(b):
        q = 0
        r = a._int * 10 ** (a._exp - e)
    else:
        if _adjusted(a) - _adjusted(b) > prec:
            n = _invalid(conds, DivisionImpossible)
            return n, n
        q, r = divmod(a._int * 10 ** (a._exp - e), b._int * 10 ** (b._exp - e))
        if _nd(q) > prec:
            n = _invalid(conds, DivisionImpossible)
            return n, n
    qd = _fix(sign, q, 0, ctx, conds) if 'q' in want else None
    rd = _fix(a._sign, r, e, ctx, conds) if 'r' in want else None
    return qd, rd


def _floordiv(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'q')[0]


def _mod(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'r')[1]


def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % 10 ** (-d._exp) == 0


def _to_int_exact(d):
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** (-d._exp)
    return -v if d._sign else v


def _pow(a, b, ctx, conds):
    if a._special >= 2 or b._special >= 2:
        return _nan_result(a, b, ctx, conds)
    bint = _is_integral(b)
    if not b._special and b._int == 0:
        if not a._special and a._int == 0:
            return _invalid(conds)
        return _new(0, 1, 0)
    if a._sign and not bint and not (not a._special and a._int == 0):
        if not b._special or True:
            return _invalid(conds)
    if bint:
        n = _to_int_exact(b)
        odd = n & 1
    else:
        n = None
        odd = 0
    rsign = a._sign if odd else 0
    bneg = b._sign
    if a._special:                         # infinity ** b
        if bneg:
            return _new(rsign, 0, 0)
        return _new(rsign, 0, 0, 1)
    if a._int == 0:                        # zero ** b
        if bneg:
            return _new(rsign, 0, 0, 1)
        return _new(rsign, 0, 0)
    if b._special:                         # finite ** infinity
        cmp1 = _cmp_abs_one(a)
        if cmp1 == 0:
            conds.extend((Inexact, Rounded))
            return _fix(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, conds)
        if (cmp1 > 0) != bool(bneg):
            return _new(0, 0, 0, 1)
        return _new(0, 0, 0)
    if n is None:
        return _pow_real(a, b, ctx, conds)
    return _ipow(a, n, rsign, ctx, conds, _nd(b._int) + b._exp)


def _cmp_abs_one(a):
    e = a._exp
    c = a._int
    if e >= 0:
        v, w = c * 10 ** e, 1
    else:
        v, w = c, 10 ** (-e)
    return (v > w) - (v < w)


def _ipow(a, n, rsign, ctx, conds, edigits):
    """a ** n for an integer n, the way libmpdec does it: square-and-multiply
    from the top bit, each step rounded half-even at a few extra digits."""
    if a._int == 1:
        # a power of ten: exact
        return _fix(rsign, 1, a._exp * n, ctx, conds)
    w = _ctx_prec(ctx, ctx._prec + edigits + 2 + (1 if n < 0 else 0))
    w._rounding = ROUND_HALF_EVEN
    wconds = []
    base = _new(0, a._int, a._exp)
    if n < 0:
        base = _div(_new(0, 1, 0), base, w, wconds)
    m = abs(n)
    r = base
    bit = 1 << (m.bit_length() - 1)
    while bit > 1 and not base._special:
        bit >>= 1
        r = _mul(r, r, w, wconds)
        if m & bit:
            r = _mul(r, base, w, wconds)
        if r._special or (r._int == 0 and Clamped in wconds):
            break
    if r._special:
        # overflowed while working: let the context's rounding decide
        return _overflow(rsign, ctx, conds)
    conds.extend(c for c in wconds if c in (Inexact, Rounded))
    if r._int == 0:
        # underflowed while working: far below the smallest subnormal
        return _fix(rsign, 1, ctx.Etiny() - 2, ctx, conds)
    return _fix(rsign, r._int, r._exp, ctx, conds)


def _ctx_prec(ctx, prec):
    c = Context.__new__(Context)
    c._prec = prec
    c._rounding = ROUND_DOWN
    c._Emin = MIN_EMIN
    c._Emax = MAX_EMAX
    c._capitals = 1
    c._clamp = 0
    c._flags = _SignalDict()
    c._traps = _SignalDict()
    return c


def _cmp(a, b):
    """Compare two non-NaN Decimals: -1, 0 or 1."""
    if a._special or b._special:
        va = (-1 if a._sign else 1) * (2 if a._special else 0)
        vb = (-1 if b._sign else 1) * (2 if b._special else 0)
        if a._special and b._special:
            return (va > vb) - (va < vb)
        if a._special:
            return -1 if a._sign else 1
        return 1 if b._sign else -1
    az = a._int == 0
    bz = b._int == 0
    if az or bz:
        if az and bz:
            return 0
        if az:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa = _adjusted(a)
    ab = _adjusted(b)
    if aa != ab:
        return s if aa > ab else -s
    e = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - e)
    vb = b._int * 10 ** (b._exp - e)
    if va == vb:
        return 0
    return s if va > vb else -s


def _cmp_total(a, b):
    """Total ordering of finite/infinite values with the same value: by exponent."""
    c = _cmp(a, b)
    if c:
        return c
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._special or b._special:
        return 0
    if a._exp == b._exp:
        return 0
    r = -1 if a._exp < b._exp else 1
    return -r if a._sign else r


def _convert_other(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if allow_float and isinstance(other, float):
        return _from_float(other)
    return None


_BUILTIN_FOREIGN = (float, complex, str, bytes, list, tuple, dict, set, type(None))


def _conv(x):
    """x as a Decimal for a method's operand: Decimals and ints only."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(x).__name__)


_SEQUENCES = (str, bytes, list, tuple)


def _operand(self, other, op, reflected=False):
    o = _convert_other(other)
    if o is None and isinstance(other, _BUILTIN_FOREIGN) and not (
            isinstance(other, _SEQUENCES) and (reflected or op == '*')):
        l, r = ('decimal.Decimal', type(other).__name__)
        if reflected:
            l, r = r, l
        raise TypeError('unsupported operand type(s) for %s: %r and %r' % (op, l, r))
    return o


def _round_to_exp(d, exp, rounding, conds):
    """Rescale finite d to exponent exp (no precision check)."""
    if d._exp >= exp:
        return _new(d._sign, d._int * 10 ** (d._exp - exp), exp)
    shift = exp - d._exp
    if shift > _nd(d._int) + 1:
        c, inexact = _round_int(d._sign, 1 if d._int else 0, 2, rounding)
    else:
        c, inexact = _round_int(d._sign, d._int, shift, rounding)
    if d._int:
        conds.append(Rounded)
    if inexact:
        conds.append(Inexact)
    return _new(d._sign, c, exp)


# ---------------------------------------------------------------- exp / ln

_LN_CACHE = {}


def _atanh_inv(q, S):
    """atanh(1/q) * S for an integer q > 1 (fixed point, error a few units)."""
    total = 0
    term = S // q
    q2 = q * q
    k = 1
    while term:
        total += term // k
        term //= q2
        k += 2
    return total


def _ln2_ln10(w):
    """(ln 2, ln 10) scaled by 10**w."""
    r = _LN_CACHE.get(w)
    if r is None:
        S = 10 ** w
        ln2 = 2 * _atanh_inv(3, S)
        ln10 = 3 * ln2 + 2 * _atanh_inv(9, S)      # ln 10 = 3 ln 2 + ln 1.25
        r = _LN_CACHE[w] = (ln2, ln10)
    return r


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, within (|k| + 10) * 10 * w units."""
    S = 10 ** w
    n = _nd(c)
    k = e + n                      # x = m * 10**k with m = c / 10**n in [0.1, 1)
    M = c * S // 10 ** n
    j = 0
    while 2 * M < S:               # bring m into [0.5, 1)
        M *= 2
        j += 1
    ln2, ln10 = _ln2_ln10(w)
    # ln m = 2 atanh((m - 1) / (m + 1)) with t = (1 - m) / (1 + m) in [0, 1/3]
    T = (S - M) * S // (M + S)
    T2 = T * T // S
    total = 0
    term = T
    i = 1
    while term:
        total += term // i
        term = term * T2 // S
        i += 2
    return -2 * total - j * ln2 + k * ln10, (abs(k) + j + 10) * 10 * w


def _exp_fixed(X, w):
    """exp(X / 10**w) ~ E * 10**(k - w); returns (E, k, relative error bound in
    units of 10**-w)."""
    S = 10 ** w
    ln2, ln10 = _ln2_ln10(w)
    k = X // ln10
    R = X - k * ln10                # in [0, ln 10)
    r = R >> 10
    total = S
    term = S
    i = 1
    while term:
        term = term * r // (S * i)
        total += term
        i += 1
    for _ in range(10):
        total = total * total // S
    return total, k, (abs(k) * w + 50) * 2048


def _ziv(approx, ctx, conds, start, rounding=ROUND_HALF_EVEN):
    """Correctly rounded (half-even) result from approx(w) -> (sign, lo, hi, exp)
    bounds, raising the working precision until both bounds round alike."""
    w = start
    for _ in range(12):
        sign, lo, hi, exp = approx(w)
        if lo > 0:
            c1 = []
            r1 = _fix(sign, lo, exp, ctx, c1, rounding)
            r2 = _fix(sign, hi, exp, ctx, [], rounding)
            if (r1._int, r1._exp, r1._special) == (r2._int, r2._exp, r2._special):
                for cnd in c1:
                    if cnd not in conds:
                        conds.append(cnd)
                for cnd in (Inexact, Rounded):
                    if cnd not in conds:
                        conds.append(cnd)
                return r1
        w *= 2
    # give up on proving the rounding: take the midpoint
    conds.extend((Inexact, Rounded))
    return _fix(sign, (lo + hi) // 2, exp, ctx, conds, rounding)


def _scaled(d, w):
    """d * 10**w as an integer (floor of the magnitude), with its sign."""
    if d._exp + w >= 0:
        v = d._int * 10 ** (d._exp + w)
    else:
        v = d._int // 10 ** (-(d._exp + w))
    return -v if d._sign else v


def _exp(a, ctx, conds):
    if a._special:
        r = _nan_result(a, None, ctx, conds)
        if r is not None:
            return r
        return _new(0, 0, 0) if a._sign else _new(0, 0, 0, 1)
    if a._int == 0:
        return _new(0, 1, 0)
    prec = ctx._prec
    adj = _adjusted(a)
    if adj < -(prec + 3):
        # exp(a) is 1 + a to well beyond the precision
        big = 10 ** (prec + 3)
        return _fix(0, big - 1 if a._sign else big + 1, -(prec + 3), ctx, conds,
                    ROUND_HALF_EVEN)
    if adj > 8:
        if a._sign:
            return _fix(0, 1, ctx.Etiny() - 5, ctx, conds, ROUND_HALF_EVEN)
        return _overflow(0, ctx, conds, ROUND_HALF_EVEN)
    x = float(_to_str(a))
    if x > (ctx._Emax + 2) * 2.302585092994046:
        return _overflow(0, ctx, conds, ROUND_HALF_EVEN)
    if x < (ctx.Etiny() - 3) * 2.302585092994046:
        return _fix(0, 1, ctx.Etiny() - 5, ctx, conds, ROUND_HALF_EVEN)

    def approx(w):
        g = w + 6 + _nd(abs(int(x)) + 1)
        E, k, err = _exp_fixed(_scaled(a, g), g)
        err = err * 10 + 10
        return 0, E - err, E + err, k - g

    return _ziv(approx, ctx, conds, prec + 4)


def _ln(a, ctx, conds, base10=False):
    if a._special:
        r = _nan_result(a, None, ctx, conds)
        if r is not None:
            return r
        if a._sign:
            return _invalid(conds)
        return _new(0, 0, 0, 1)
    if a._int == 0:
        return _new(1, 0, 0, 1)
    if a._sign:
        return _invalid(conds)
    c, e = a._int, a._exp
    if base10:
        s = str(c)
        if s[0] == '1' and s.count('0') == len(s) - 1:
            v = e + len(s) - 1
            return _fix(1 if v < 0 else 0, abs(v), 0, ctx, conds)
    elif c * 10 ** max(e, 0) == 10 ** max(-e, 0):
        return _new(0, 0, 0)                  # ln(1)

    def approx(w):
        g = w + 4 + _nd(abs(e) + _nd(c))
        L, err = _ln_fixed(c, e, g)
        if base10:
            ln10 = _ln2_ln10(g)[1]
            L = L * 10 ** g // ln10
            err = err + 10
        sign = 1 if L < 0 else 0
        L = abs(L)
        return sign, L - err, L + err, -g

    return _ziv(approx, ctx, conds, ctx._prec + 4)


def _pow_real(a, b, ctx, conds):
    """a ** b for finite a > 0 and a finite non-integral b."""
    la = _adjusted(a) + _math.log10(int(str(a._int)[:17]) / 10 ** (min(_nd(a._int), 17) - 1))
    try:
        est = float(_to_str(b)) * la
    except OverflowError:
        est = float('inf') if (la > 0) != bool(b._sign) else float('-inf')
    if est > ctx._Emax + 2:
        return _overflow(0, ctx, conds)
    if est < ctx.Etiny() - 3:
        return _fix(0, 1, ctx.Etiny() - 5, ctx, conds)
    ydig = max(_adjusted(b), 0) + 1

    def approx(w):
        g = w + 6 + ydig + _nd(abs(int(est)) + 1)
        L, errL = _ln_fixed(a._int, a._exp, g)
        # X = L * b, at the same scale
        if b._exp >= 0:
            X = L * b._int * 10 ** b._exp
        else:
            X = L * b._int // 10 ** (-b._exp)
        if b._sign:
            X = -X
        errX = errL * (b._int * 10 ** b._exp if b._exp >= 0 else
                       -(-b._int // 10 ** (-b._exp))) + 2
        E, k, err = _exp_fixed(X, g)
        err = (err + errX * 3) * 10 + 10
        return 0, E - err, E + err, k - g

    return _ziv(approx, ctx, conds, ctx._prec + 4, ctx._rounding)


# ---------------------------------------------------------------- Decimal

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""

    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


class Decimal:
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            conds = []
            d = _from_str(value.strip(), conds)
            if conds:
                (context or getcontext())._signal(conds)
        elif isinstance(value, Decimal):
            d = _new(value._sign, value._int, value._exp, value._special)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, float):
            (context or getcontext())._signal([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal:
            return d
        r = object.__new__(cls)
        r._sign, r._int, r._exp, r._special = d._sign, d._int, d._exp, d._special
        return r

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # ---- string forms
    def __repr__(self):
        return "Decimal('%s')" % _to_str(self, getcontext()._capitals)

    def __str__(self):
        return _to_str(self, getcontext()._capitals)

    def to_eng_string(self, context=None):
        return _to_str(self, (context or getcontext())._capitals, True)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # ---- inspection
    def as_tuple(self):
        if self._special == 1:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, 'n' if self._special == 2 else 'N')
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == 1:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c, e = self._int, self._exp
        if e >= 0:
            n, d = c * 10 ** e, 1
        else:
            n, d = c, 10 ** (-e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._special:
            return 0
        return _adjusted(self)

    def is_nan(self):
        return self._special >= 2

    def is_qnan(self):
        return self._special == 2

    def is_snan(self):
        return self._special == 3

    def is_infinite(self):
        return self._special == 1

    def is_finite(self):
        return self._special == 0

    def is_zero(self):
        return self._special == 0 and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return _adjusted(self) >= (context or getcontext())._Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return _adjusted(self) < (context or getcontext())._Emin

    def same_quantum(self, other, context=None):
        other = _convert_other(other)
        if self._special or other._special:
            return (self._special >= 2 and other._special >= 2) or \
                (self._special == 1 and other._special == 1)
        return self._exp == other._exp

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        o = _convert_other(other)
        if o is None:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(other).__name__)
        return _new(o._sign, self._int, self._exp, self._special)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- conversions
    def __bool__(self):
        return self._special != 0 or self._int != 0

    def __int__(self):
        if self._special:
            if self._special == 1:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return _to_int_exact(self)

    __trunc__ = __int__

    def __float__(self):
        if self._special >= 2:
            if self._special == 3:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(_to_str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def _to_int_rounded(self, rounding):
        if self._special:
            if self._special == 1:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            return _to_int_exact(self)
        d = _round_to_exp(self, 0, rounding, [])
        return -d._int if d._sign else d._int

    def __round__(self, n=None):
        if n is None:
            return self._to_int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __hash__(self):
        if self._special:
            if self._special == 3:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 2:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = 2305843009213693951
        if self._exp >= 0:
            h = self._int % P * pow(10, self._exp, P) % P
        else:
            h = self._int % P * pow(pow(10, -self._exp, P), P - 2, P) % P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ---- comparisons
    def _compare_check(self, other, op, ordering):
        ctx = getcontext()
        if isinstance(other, float):
            ctx._signal([FloatOperation]) if ordering else \
                ctx._flags.__setitem__(FloatOperation, True)
            o = _from_float(other)
        else:
            o = _convert_other(other)
            if o is None:
                if hasattr(other, 'numerator') and hasattr(other, 'denominator') \
                        and not isinstance(other, (complex,)):
                    return other, None
                return None, None
        if self._special >= 2 or o._special >= 2:
            if ordering or self._special == 3 or o._special == 3:
                ctx._signal([InvalidOperation])
            return o, 'nan'
        return o, _cmp(self, o)

    def _rich(self, other, op):
        o, c = self._compare_check(other, op, op not in ('==', '!='))
        if o is None:
            if op in ('==', '!='):
                return NotImplemented
            if isinstance(other, _BUILTIN_FOREIGN):
                raise TypeError("'%s' not supported between instances of "
                                "'decimal.Decimal' and '%s'" % (op, type(other).__name__))
            return NotImplemented
        if c is None:          # a rational (Fraction)
            if self._special >= 2:
                return op == '!='
            if self._special:
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                x = n * o.denominator
                y = o.numerator * d
                c = (x > y) - (x < y)
        elif c == 'nan':
            return op == '!='
        if op == '==':
            return c == 0
        if op == '!=':
            return c != 0
        if op == '<':
            return c < 0
        if op == '<=':
            return c <= 0
        if op == '>':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._rich(other, '==')

    def __ne__(self, other):
        return self._rich(other, '!=')

    def __lt__(self, other):
        return self._rich(other, '<')

    def __le__(self, other):
        return self._rich(other, '<=')

    def __gt__(self, other):
        return self._rich(other, '>')

    def __ge__(self, other):
        return self._rich(other, '>=')

    def compare(self, other, context=None):
        ctx = context or getcontext()
        o = _convert_other(other)
        if o is None:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(other).__name__)
        conds = []
        r = _nan_result(self, o, ctx, conds)
        if r is None:
            r = _from_int(_cmp(self, o))
        ctx._signal(conds)
        return r

    def compare_total(self, other, context=None):
        o = _convert_other(other)
        if self._special >= 2 or o._special >= 2:
            def key(d):
                s = -1 if d._sign else 1
                rank = {0: 0, 1: 1, 3: 2, 2: 3}[d._special]
                return s, rank
            sa, ra = key(self)
            sb, rb = key(o)
            if sa != sb:
                return _from_int(sa)
            if ra != rb:
                return _from_int(sa if ra > rb else -sa)
            if self._special >= 2:
                c = (self._int > o._int) - (self._int < o._int)
                return _from_int(c * sa)
        return _from_int(_cmp_total(self, o))

    def _minmax(self, other, context, want_max):
        ctx = context or getcontext()
        o = _convert_other(other)
        if o is None:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(other).__name__)
        conds = []
        if self._special >= 2 or o._special >= 2:
            if self._special == 3 or o._special == 3:
                r = _nan_result(self, o, ctx, conds)
            elif self._special == 2 and o._special != 2:
                r = o
            elif o._special == 2 and self._special != 2:
                r = self
            else:
                r = _fix_nan(self, ctx)
            if r._special < 2:
                r = r._fixed(ctx, conds)
            ctx._signal(conds)
            return r
        c = _cmp_total(self, o)
        if want_max:
            r = self if c >= 0 else o
        else:
            r = self if c <= 0 else o
        r = r._fixed(ctx, conds)
        ctx._signal(conds)
        return r

    def _fixed(self, ctx, conds):
        if self._special:
            return self
        return _fix(self._sign, self._int, self._exp, ctx, conds)

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    # ---- arithmetic
    def __add__(self, other, context=None):
        o = _operand(self, other, '+')
        if o is None:
            return NotImplemented
        return _binop(_add, self, o, context or getcontext())

    def __radd__(self, other, context=None):
        o = _operand(self, other, '+', True)
        if o is None:
            return NotImplemented
        return _binop(_add, o, self, context or getcontext())

    def __sub__(self, other, context=None):
        o = _operand(self, other, '-')
        if o is None:
            return NotImplemented
        return _binop(_sub, self, o, context or getcontext())

    def __rsub__(self, other, context=None):
        o = _operand(self, other, '-', True)
        if o is None:
            return NotImplemented
        return _binop(_sub, o, self, context or getcontext())

    def __mul__(self, other, context=None):
        o = _operand(self, other, '*')
        if o is None:
            return NotImplemented
        return _binop(_mul, self, o, context or getcontext())

    def __rmul__(self, other, context=None):
        o = _operand(self, other, '*', True)
        if o is None:
            return NotImplemented
        return _binop(_mul, o, self, context or getcontext())

    def __truediv__(self, other, context=None):
        o = _operand(self, other, '/')
        if o is None:
            return NotImplemented
        return _binop(_div, self, o, context or getcontext())

    def __rtruediv__(self, other, context=None):
        o = _operand(self, other, '/', True)
        if o is None:
            return NotImplemented
        return _binop(_div, o, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        o = _operand(self, other, '//')
        if o is None:
            return NotImplemented
        return _binop(_floordiv, self, o, context or getcontext())

    def __rfloordiv__(self, other, context=None):
        o = _operand(self, other, '//', True)
        if o is None:
            return NotImplemented
        return _binop(_floordiv, o, self, context or getcontext())

    def __mod__(self, other, context=None):
        o = _operand(self, other, '%')
        if o is None:
            return NotImplemented
        return _binop(_mod, self, o, context or getcontext())

    def __rmod__(self, other, context=None):
        o = _operand(self, other, '%', True)
        if o is None:
            return NotImplemented
        return _binop(_mod, o, self, context or getcontext())

    def __divmod__(self, other, context=None):
        o = _operand(self, other, 'divmod()')
        if o is None:
            return NotImplemented
        return _divmod(self, o, context or getcontext())

    def __rdivmod__(self, other, context=None):
        o = _operand(self, other, 'divmod()', True)
        if o is None:
            return NotImplemented
        return _divmod(o, self, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError('three-argument pow() is not supported')
        o = _operand(self, other, '** or pow()')
        if o is None:
            return NotImplemented
        return _binop(_pow, self, o, context or getcontext())

    def __rpow__(self, other, context=None):
        o = _operand(self, other, '** or pow()', True)
        if o is None:
            return NotImplemented
        return _binop(_pow, o, self, context or getcontext())

    def remainder_near(self, other, context=None):
        ctx = context or getcontext()
        conds = []
        r = _remainder_near(self, _conv(other), ctx, conds)
        ctx._signal(conds)
        return r

    def __neg__(self, context=None):
        ctx = context or getcontext()
        conds = []
        if self._special:
            r = _nan_result(self, None, ctx, conds)
            if r is None:
                r = _new(1 - self._sign, 0, 0, 1)
        elif self._int == 0:
            sign = 1 if (ctx._rounding == ROUND_FLOOR and not self._sign) else 0
            r = _fix(sign, 0, self._exp, ctx, conds)
        else:
            r = _fix(1 - self._sign, self._int, self._exp, ctx, conds)
        ctx._signal(conds)
        return r

    def __pos__(self, context=None):
        ctx = context or getcontext()
        conds = []
        if self._special:
            r = _nan_result(self, None, ctx, conds)
            if r is None:
                r = self
        elif self._int == 0:
            sign = 1 if (ctx._rounding == ROUND_FLOOR and self._sign) else 0
            r = _fix(sign, 0, self._exp, ctx, conds)
        else:
            r = _fix(self._sign, self._int, self._exp, ctx, conds)
        ctx._signal(conds)
        return r

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def plus(self, context=None):
        return self.__pos__(context)

    def minus(self, context=None):
        return self.__neg__(context)

    def add(self, other, context=None):
        return _binop(_add, self, _convert_other(other), context or getcontext())

    def sqrt(self, context=None):
        ctx = context or getcontext()
        conds = []
        r = _sqrt(self, ctx, conds)
        ctx._signal(conds)
        return r

    def exp(self, context=None):
        ctx = context or getcontext()
        conds = []
        r = _exp(self, ctx, conds)
        ctx._signal(conds)
        return r

    def ln(self, context=None):
        ctx = context or getcontext()
        conds = []
        r = _ln(self, ctx, conds)
        ctx._signal(conds)
        return r

    def log10(self, context=None):
        ctx = context or getcontext()
        conds = []
        r = _ln(self, ctx, conds, True)
        ctx._signal(conds)
        return r

    def normalize(self, context=None):
        ctx = context or getcontext()
        conds = []
        if self._special:
            r = _nan_result(self, None, ctx, conds) or self
        else:
            r = _fix(self._sign, self._int, self._exp, ctx, conds)
            if r._special == 0:
                if r._int == 0:
                    r = _new(r._sign, 0, 0)
                else:
                    c, e = r._int, r._exp
                    emax = ctx.Etop() if ctx._clamp else ctx._Emax
                    while c % 10 == 0 and e < emax:
                        c //= 10
                        e += 1
                    r = _new(r._sign, c, e)
        ctx._signal(conds)
        return r

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        o = _convert_other(exp)
        if o is None:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(exp).__name__)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError('invalid rounding mode')
        conds = []
        r = _quantize(self, o, rounding or ctx._rounding, ctx, conds)
        ctx._signal(conds)
        return r

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        conds = []
        if self._special:
            r = _nan_result(self, None, ctx, conds) or self
        elif self._exp >= 0:
            r = self
        else:
            r = _round_to_exp(self, 0, rounding or ctx._rounding, [])
        ctx._signal(conds)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        conds = []
        if self._special:
            r = _nan_result(self, None, ctx, conds) or self
        elif self._exp >= 0:
            r = self
        else:
            r = _round_to_exp(self, 0, rounding or ctx._rounding, conds)
        ctx._signal(conds)
        return r

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        o = _conv(other)
        conds = []
        r = _nan_result(self, o, ctx, conds)
        if r is None:
            if o._special or o._exp != 0 or o._int > 2 * (ctx._Emax + ctx._prec):
                r = _invalid(conds)
            elif self._special:
                r = self
            else:
                n = -o._int if o._sign else o._int
                r = _fix(self._sign, self._int, self._exp + n, ctx, conds)
        ctx._signal(conds)
        return r

    def number_class(self, context=None):
        ctx = context or getcontext()
        s = '-' if self._sign else '+'
        if self._special == 3:
            return 'sNaN'
        if self._special == 2:
            return 'NaN'
        if self._special == 1:
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if _adjusted(self) < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)


def _remainder_near(a, b, ctx, conds):
    if a._special or b._special:
        r = _nan_result(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special:
            return _invalid(conds)
        return _fix(a._sign, a._int, a._exp, ctx, conds)
    if b._int == 0:
        return _invalid(conds, DivisionUndefined if a._int == 0 else InvalidOperation)
    e = min(a._exp, b._exp)
    if a._int == 0:
        return _fix(a._sign, 0, e, ctx, conds)
    if _adjusted(a) - _adjusted(b) > ctx._prec + 1:
        return _invalid(conds, DivisionImpossible)
    B = b._int * 10 ** (b._exp - e)
    q, r = divmod(a._int * 10 ** (a._exp - e), B)
    sign = a._sign
    if 2 * r > B or (2 * r == B and q & 1):
        r = B - r
        q += 1
        sign ^= 1
    if _nd(q) > ctx._prec:
        return _invalid(conds, DivisionImpossible)
    if r == 0:
        sign = a._sign
    return _fix(sign, r, e, ctx, conds)


def _divmod(a, b, ctx):
    conds = []
    q, r = _divmod_parts(a, b, ctx, conds, 'qr')
    ctx._signal(conds)
    return q, r


def _quantize(a, b, rounding, ctx, conds):
    if a._special or b._special:
        r = _nan_result(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special == 1 and b._special == 1:
            return a
        return _invalid(conds)
    exp = b._exp
    if not (ctx.Etiny() <= exp <= ctx._Emax):
        return _invalid(conds)
    if a._int == 0:
        if ctx._clamp and exp > ctx.Etop():
            conds.append(Clamped)
            exp = ctx.Etop()
        return _new(a._sign, 0, exp)
    if _adjusted(a) - exp + 1 > ctx._prec + 1:
        return _invalid(conds)
    sub = []
    r = _round_to_exp(a, exp, rounding, sub)
    if _nd(r._int) > ctx._prec:
        return _invalid(conds)
    if r._int and _adjusted(r) > ctx._Emax:
        return _invalid(conds)
    if r._int and _adjusted(r) < ctx._Emin:
        conds.append(Subnormal)
    conds.extend(sub)
    if ctx._clamp and r._exp > ctx.Etop():
        conds.append(Clamped)
        r = _new(r._sign, r._int * 10 ** (r._exp - ctx.Etop()), ctx.Etop())
    return r


def _sqrt(a, ctx, conds):
    if a._special:
        r = _nan_result(a, None, ctx, conds)
        if r is not None:
            return r
        if a._sign:
            return _invalid(conds)
        return a
    ideal = a._exp // 2
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx, conds)
    if a._sign:
        return _invalid(conds)
    prec = ctx._prec
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    k = prec + 2 - (_nd(c) + 1) // 2
    if k < 0:
        k = 0
    cc = c * 100 ** k
    s = _math.isqrt(cc)
    exp = e // 2 - k
    if s * s != cc:
        if s % 5 == 0:
            s += 1
    else:
        while exp < ideal and s % 10 == 0:
            s //= 10
            exp += 1
    return _fix(0, s, exp, ctx, conds, ROUND_HALF_EVEN)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if exp == 'F':
        return _new(sign, 0, 0, 1)
    if exp in ('n', 'N'):
        return _new(sign, c, 0, 2 if exp == 'n' else 3)
    return _new(sign, c, exp)


# ---------------------------------------------------------------- formatting

def _parse_spec(spec):
    fill = ' '
    align = None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    return fill, align, sign, z, zero, width, comma, prec, typ


def _format(d, spec):
    fill, align, signopt, z, zero, width, comma, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx._rounding
    if d._special:
        body = 'Infinity' if d._special == 1 else ('NaN' if d._special == 2 else 'sNaN')
        if d._special >= 2 and d._int:
            body += str(d._int)
        if typ == '%':
            body += '%'
        neg = d._sign
        if zero and align is None:
            align = '>'
        zero = False
        grouped = False
    else:
        if typ == '%':
            d = _new(d._sign, d._int, d._exp + 2)
        if d._int == 0 and d._exp > 0 and typ in ('f', 'F', '%'):
            d = _new(d._sign, 0, 0)
        if prec is not None:
            if typ in ('e', 'E'):
                if d._int:
                    d = _round_digits(d, prec + 1, rounding)
            elif typ in ('f', 'F', '%'):
                d = _round_to_exp(d, -prec, rounding, [])
            else:
                p = prec or 1
                if _nd(d._int) > p:
                    d = _round_digits(d, p, rounding)
        digits = str(d._int)
        leftdigits = d._exp + len(digits)
        if typ in ('e', 'E'):
            if d._int == 0 and prec is not None:
                dot = 1 - prec
            else:
                dot = 1
        elif typ in ('f', 'F', '%'):
            dot = leftdigits
        elif d._exp <= 0 and leftdigits > -6:
            dot = leftdigits
        else:
            dot = 1
        if dot <= 0:
            intpart = '0'
            frac = '0' * (-dot) + digits
        elif dot >= len(digits):
            intpart = digits + '0' * (dot - len(digits))
            frac = ''
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        exp = leftdigits - dot
        if typ in ('e', 'E', 'g', 'G', 'n', None) and (exp != 0 or typ in ('e', 'E')):
            if typ is None:
                ech = 'E' if ctx._capitals else 'e'
            else:
                ech = 'E' if typ in ('E', 'G') else 'e'
            tail = ech + '%+d' % exp
        else:
            tail = ''
        if frac:
            frac = '.' + frac
        if typ == '%':
            tail += '%'
        neg = d._sign
        if z and neg and d._int == 0:
            neg = 0
        body = None
    if neg:
        sgn = '-'
    elif signopt == '+':
        sgn = '+'
    elif signopt == ' ':
        sgn = ' '
    else:
        sgn = ''
    if body is None:
        rest = frac + tail
        if zero and align is None:
            fill, align = '0', '='
        if comma:
            minw = width - len(sgn) - len(rest) if (fill == '0' and align == '=') else 0
            intpart = _group(intpart, minw)
        elif fill == '0' and align == '=' and zero:
            pass
        body = intpart + rest
    if align is None:
        align = '>'
    total = len(sgn) + len(body)
    pad = width - total
    if pad <= 0:
        return sgn + body
    if align == '<':
        return sgn + body + fill * pad
    if align == '>':
        return fill * pad + sgn + body
    if align == '=':
        return sgn + fill * pad + body
    left = pad // 2
    return fill * left + sgn + body + fill * (pad - left)


def _group(intpart, minw):
    """Insert commas every three digits, zero-padding to at least minw chars."""
    nd = len(intpart)
    while nd + (nd - 1) // 3 < minw:
        nd += 1
    s = intpart.rjust(nd, '0')
    first = len(s) % 3 or 3
    parts = [s[:first]]
    for i in range(first, len(s), 3):
        parts.append(s[i:i + 3])
    return ','.join(parts)


def _round_digits(d, p, rounding):
    """d (finite) rounded or padded to exactly p significant digits."""
    n = _nd(d._int)
    if d._int == 0:
        return d
    if n > p:
        r = _round_to_exp(d, d._exp + n - p, rounding, [])
        if _nd(r._int) > p:
            r = _new(r._sign, r._int // 10, r._exp + 1)
        return r
    return _new(d._sign, d._int * 10 ** (p - n), d._exp - (p - n))


def _register():
    try:
        import numbers
        numbers.Number.register(Decimal)
    except Exception:
        pass


_register()
