//! `str % args` (CPython's `PyUnicode_Format`) and `bytes % args`
//! (`_PyBytes_FormatEx`).
//!
//! The format string is walked here; the VM supplies the arguments and the
//! conversions that need its objects through [`PercentArgs`]. Arguments are
//! counted the way CPython counts them (a tuple gives its items, any other
//! object is the single argument, `%(key)s` looks the key up in a mapping),
//! so every "not enough arguments" / "not all arguments converted" appears
//! exactly where CPython raises it.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::float_repr::{double_to_string, FloatFormatFlags};
use crate::number_text::{int_to_base, int_to_decimal};
use crate::{push_fill, FormatError, TextError};

/// Errors of `percent_format`: its own, or the VM's from a callback.
pub type PercentError<E> = FormatError<E>;

/// What `%c` was given, as the VM sees its argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CharArg {
    /// A str (only a single character is accepted).
    Str(String),
    /// An int, or an object with `__index__` (already converted).
    Int(BigInt),
    /// Anything else: "%c requires int or char".
    Other,
}

/// The VM's side of `str % args`.
pub trait PercentArgs {
    /// The VM's object type.
    type Value;
    /// The VM's exception type.
    type Error;

    /// `Some(len)` when `args` is a tuple, `None` for any other object
    /// (which is then the single argument).
    fn tuple_len(&self) -> Option<usize>;
    /// Whether `args` counts as a mapping for `%(key)s`: CPython's
    /// `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`.
    fn is_mapping(&self) -> bool;
    /// Item `index` of the tuple (always in range).
    fn item(&mut self, index: usize) -> Self::Value;
    /// The whole non-tuple argument.
    fn whole(&mut self) -> Self::Value;
    /// `args[key]` for `%(key)s` (a KeyError is the VM's).
    fn lookup(&mut self, key: &str) -> Result<Self::Value, Self::Error>;
    /// The value of `value` if it is an int (`PyLong_Check`), for `*` widths.
    fn as_int(&mut self, value: &Self::Value) -> Option<BigInt>;
    /// `str(value)` for `%s`.
    fn str(&mut self, value: &Self::Value) -> Result<String, Self::Error>;
    /// `repr(value)` for `%r`.
    fn repr(&mut self, value: &Self::Value) -> Result<String, Self::Error>;
    /// `ascii(value)` for `%a`.
    fn ascii(&mut self, value: &Self::Value) -> Result<String, Self::Error>;
    /// The integer for `%d %i %u` (`int(value)`) or `%o %x %X`
    /// (`operator.index(value)`); for a non-number, or a TypeError from the
    /// conversion, the VM raises [`percent_int_type_error`].
    fn int(&mut self, value: &Self::Value, conversion: char) -> Result<BigInt, Self::Error>;
    /// The float for `%e %f %g` and their capitals (`PyFloat_AsDouble`).
    fn float(&mut self, value: &Self::Value) -> Result<f64, Self::Error>;
    /// What `%c` was given.
    fn char(&mut self, value: &Self::Value) -> Result<CharArg, Self::Error>;
}

/// What `%c` was given in bytes formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ByteArg {
    /// A bytes-like object (only a single byte is accepted).
    Bytes(Vec<u8>),
    /// An int, or an object with `__index__` (already converted).
    Int(BigInt),
    /// Anything else: "%c requires an integer in range(256) or a single byte".
    Other,
}

/// The VM's side of `bytes % args` (and `bytearray % args`).
pub trait PercentBytesArgs {
    /// The VM's object type.
    type Value;
    /// The VM's exception type.
    type Error;

    /// `Some(len)` when `args` is a tuple, `None` for any other object.
    fn tuple_len(&self) -> Option<usize>;
    /// `PyMapping_Check(args)` and not a tuple, bytes or bytearray.
    fn is_mapping(&self) -> bool;
    /// Item `index` of the tuple (always in range).
    fn item(&mut self, index: usize) -> Self::Value;
    /// The whole non-tuple argument.
    fn whole(&mut self) -> Self::Value;
    /// `args[key]` for `%(key)s`, with a bytes key.
    fn lookup(&mut self, key: &[u8]) -> Result<Self::Value, Self::Error>;
    /// The value of `value` if it is an int (`PyLong_Check`), for `*` widths.
    fn as_int(&mut self, value: &Self::Value) -> Option<BigInt>;
    /// The bytes for `%s`/`%b`: a buffer's contents or `__bytes__()`, else
    /// the VM raises [`percent_bytes_type_error`].
    fn bytes(&mut self, value: &Self::Value) -> Result<Vec<u8>, Self::Error>;
    /// `ascii(value)` for `%r`/`%a`.
    fn ascii(&mut self, value: &Self::Value) -> Result<String, Self::Error>;
    /// As [`PercentArgs::int`].
    fn int(&mut self, value: &Self::Value, conversion: char) -> Result<BigInt, Self::Error>;
    /// As [`PercentArgs::float`] (CPython words its TypeError "float
    /// argument required, not bytes" here).
    fn float(&mut self, value: &Self::Value) -> Result<f64, Self::Error>;
    /// What `%c` was given.
    fn byte(&mut self, value: &Self::Value) -> Result<ByteArg, Self::Error>;
}

/// The TypeError for `%b`/`%s` in bytes formatting given an object that is
/// neither bytes-like nor has `__bytes__`.
pub fn percent_bytes_type_error(type_name: &str) -> TextError {
    TextError::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
    ))
}

/// The TypeError for `%d` and friends given a non-number: "%x format: an
/// integer is required, not str" / "%d format: a real number is required,
/// not str".
pub fn percent_int_type_error(conversion: char, type_name: &str) -> TextError {
    let wanted = if matches!(conversion, 'o' | 'x' | 'X') {
        "an integer"
    } else {
        "a real number"
    };
    TextError::type_error(format!(
        "%{conversion} format: {wanted} is required, not {type_name}"
    ))
}

/// Walks the format string, counting characters as Python does.
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    index: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<char> {
        let c = self.text[self.byte..].chars().next()?;
        self.byte += c.len_utf8();
        self.index += 1;
        Some(c)
    }

    fn peek(&self) -> Option<char> {
        self.text[self.byte..].chars().next()
    }
}

/// One conversion's flags, width and precision (-1 when absent).
#[derive(Default)]
struct Arg {
    left: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    width: i64,
    precision: i64,
}

/// What the engine needs from either kind of arguments. Text travels as
/// `String`; for bytes each char stands for the byte of the same value.
trait Source {
    type Value;
    type Error;
    /// bytes formatting (its messages and conversions differ a little).
    const BYTES: bool;
    fn tuple_len(&self) -> Option<usize>;
    fn is_mapping(&self) -> bool;
    fn item(&mut self, index: usize) -> Self::Value;
    fn whole(&mut self) -> Self::Value;
    fn lookup(&mut self, key: &str) -> Result<Self::Value, Self::Error>;
    fn as_int(&mut self, value: &Self::Value) -> Option<BigInt>;
    fn int(&mut self, value: &Self::Value, conversion: char) -> Result<BigInt, Self::Error>;
    fn float(&mut self, value: &Self::Value) -> Result<f64, Self::Error>;
    /// The text of a non-numeric conversion (`s r a c`, and `b` for bytes);
    /// `Ok(None)` when the conversion character is not one of them.
    fn text(
        &mut self,
        conversion: char,
        value: &Self::Value,
    ) -> Result<Option<String>, PercentError<Self::Error>>;
}

struct StrSource<'a, A>(&'a mut A);

impl<A: PercentArgs> Source for StrSource<'_, A> {
    type Value = A::Value;
    type Error = A::Error;
    const BYTES: bool = false;
    fn tuple_len(&self) -> Option<usize> {
        self.0.tuple_len()
    }
    fn is_mapping(&self) -> bool {
        self.0.is_mapping()
    }
    fn item(&mut self, index: usize) -> A::Value {
        self.0.item(index)
    }
    fn whole(&mut self) -> A::Value {
        self.0.whole()
    }
    fn lookup(&mut self, key: &str) -> Result<A::Value, A::Error> {
        self.0.lookup(key)
    }
    fn as_int(&mut self, value: &A::Value) -> Option<BigInt> {
        self.0.as_int(value)
    }
    fn int(&mut self, value: &A::Value, conversion: char) -> Result<BigInt, A::Error> {
        self.0.int(value, conversion)
    }
    fn float(&mut self, value: &A::Value) -> Result<f64, A::Error> {
        self.0.float(value)
    }
    fn text(
        &mut self,
        conversion: char,
        value: &A::Value,
    ) -> Result<Option<String>, PercentError<A::Error>> {
        Ok(Some(match conversion {
            's' => self.0.str(value).map_err(FormatError::Arg)?,
            'r' => self.0.repr(value).map_err(FormatError::Arg)?,
            'a' => self.0.ascii(value).map_err(FormatError::Arg)?,
            'c' => format_char(self.0.char(value).map_err(FormatError::Arg)?)?.to_string(),
            _ => return Ok(None),
        }))
    }
}

struct BytesSource<'a, A>(&'a mut A);

/// Bytes as chars of the same values.
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

impl<A: PercentBytesArgs> Source for BytesSource<'_, A> {
    type Value = A::Value;
    type Error = A::Error;
    const BYTES: bool = true;
    fn tuple_len(&self) -> Option<usize> {
        self.0.tuple_len()
    }
    fn is_mapping(&self) -> bool {
        self.0.is_mapping()
    }
    fn item(&mut self, index: usize) -> A::Value {
        self.0.item(index)
    }
    fn whole(&mut self) -> A::Value {
        self.0.whole()
    }
    fn lookup(&mut self, key: &str) -> Result<A::Value, A::Error> {
        let key: Vec<u8> = key.chars().map(|c| c as u8).collect();
        self.0.lookup(&key)
    }
    fn as_int(&mut self, value: &A::Value) -> Option<BigInt> {
        self.0.as_int(value)
    }
    fn int(&mut self, value: &A::Value, conversion: char) -> Result<BigInt, A::Error> {
        self.0.int(value, conversion)
    }
    fn float(&mut self, value: &A::Value) -> Result<f64, A::Error> {
        self.0.float(value)
    }
    fn text(
        &mut self,
        conversion: char,
        value: &A::Value,
    ) -> Result<Option<String>, PercentError<A::Error>> {
        Ok(Some(match conversion {
            's' | 'b' => latin1(&self.0.bytes(value).map_err(FormatError::Arg)?),
            'r' | 'a' => self.0.ascii(value).map_err(FormatError::Arg)?,
            'c' => {
                let wrong = || {
                    TextError::type_error("%c requires an integer in range(256) or a single byte")
                };
                let byte = match self.0.byte(value).map_err(FormatError::Arg)? {
                    ByteArg::Bytes(b) if b.len() == 1 => b[0],
                    ByteArg::Int(n) => n
                        .to_u8()
                        .ok_or_else(|| TextError::overflow("%c arg not in range(256)"))?,
                    _ => return Err(wrong().into()),
                };
                char::from(byte).to_string()
            }
            _ => return Ok(None),
        }))
    }
}

/// Argument bookkeeping, mirroring CPython's `argidx`/`arglen`.
struct Args<'a, S: Source> {
    source: &'a mut S,
    len: i64,
    index: i64,
    mapping: bool,
    /// After `%(key)`, the looked-up value replaces the arguments.
    keyed: Option<Option<S::Value>>,
}

impl<S: Source> Args<'_, S> {
    fn next(&mut self) -> Result<S::Value, PercentError<S::Error>> {
        let not_enough = || {
            FormatError::Text(TextError::type_error(
                "not enough arguments for format string",
            ))
        };
        if self.index >= self.len {
            return Err(not_enough());
        }
        let index = self.index;
        self.index += 1;
        if self.len >= 0 {
            return Ok(self.source.item(index as usize));
        }
        match &mut self.keyed {
            Some(slot) => slot.take().ok_or_else(not_enough),
            None => Ok(self.source.whole()),
        }
    }

    fn star(&mut self) -> Result<BigInt, PercentError<S::Error>> {
        let value = self.next()?;
        self.source
            .as_int(&value)
            .ok_or_else(|| FormatError::Text(TextError::type_error("* wants int")))
    }
}

/// Reads more decimal digits after `first`, failing with `message` above `max`.
fn read_number(
    cursor: &mut Cursor,
    first: char,
    max: i64,
    message: &str,
) -> Result<(i64, Option<char>), TextError> {
    let mut value = (first as u8 - b'0') as i64;
    loop {
        let ch = cursor.next();
        let Some(d @ '0'..='9') = ch else {
            return Ok((value, ch));
        };
        let digit = (d as u8 - b'0') as i64;
        if value > (max - digit) / 10 {
            return Err(TextError::value(message));
        }
        value = value * 10 + digit;
    }
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs>(
    fmt: &str,
    args: &mut A,
) -> Result<String, PercentError<A::Error>> {
    run(fmt, &mut StrSource(args))
}

/// `fmt % args` for bytes (and bytearray).
pub fn percent_format_bytes<A: PercentBytesArgs>(
    fmt: &[u8],
    args: &mut A,
) -> Result<Vec<u8>, PercentError<A::Error>> {
    let text = run(&latin1(fmt), &mut BytesSource(args))?;
    Ok(text.chars().map(|c| c as u8).collect())
}

fn run<S: Source>(fmt: &str, source: &mut S) -> Result<String, PercentError<S::Error>> {
    let tuple_len = source.tuple_len();
    let mapping = source.is_mapping();
    let mut state = Args {
        len: tuple_len.map_or(-1, |n| n as i64),
        index: if tuple_len.is_some() { 0 } else { -2 },
        mapping,
        keyed: None,
        source,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut cursor = Cursor {
        text: fmt,
        byte: 0,
        index: 0,
    };
    while cursor.byte < fmt.len() {
        let rest = &fmt[cursor.byte..];
        let run = rest.find('%').unwrap_or(rest.len());
        if run > 0 {
            out.push_str(&rest[..run]);
            cursor.index += rest[..run].chars().count();
            cursor.byte += run;
            continue;
        }
        cursor.next();
        if cursor.peek() == Some('%') {
            cursor.next();
            out.push('%');
            continue;
        }
        format_one(&mut cursor, &mut state, &mut out)?;
        if state.mapping && state.index < state.len {
            return Err(not_all_converted::<S>());
        }
    }
    if state.index < state.len && !state.mapping {
        return Err(not_all_converted::<S>());
    }
    Ok(out)
}

fn not_all_converted<S: Source>() -> PercentError<S::Error> {
    FormatError::Text(TextError::type_error(if S::BYTES {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    }))
}

/// Parses and formats one conversion; the cursor is just after its `%`.
fn format_one<S: Source>(
    cursor: &mut Cursor,
    state: &mut Args<S>,
    out: &mut String,
) -> Result<(), PercentError<S::Error>> {
    if cursor.peek() == Some('(') {
        if !state.mapping {
            return Err(TextError::type_error("format requires a mapping").into());
        }
        cursor.next();
        let start = cursor.byte;
        let mut end = start;
        let mut depth = 1;
        while depth > 0 {
            let Some(c) = cursor.next() else { break };
            match c {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            end = cursor.byte - c.len_utf8();
        }
        if depth > 0 {
            return Err(TextError::value("incomplete format key").into());
        }
        let key = &cursor.text[start..end];
        let value = state.source.lookup(key).map_err(FormatError::Arg)?;
        state.keyed = Some(Some(value));
        state.len = -1;
        state.index = -2;
    }
    let mut arg = Arg {
        width: -1,
        precision: -1,
        ..Arg::default()
    };
    let mut ch;
    loop {
        ch = cursor.next();
        match ch {
            Some('-') => arg.left = true,
            Some('+') => arg.sign = true,
            Some(' ') => arg.blank = true,
            Some('#') => arg.alternate = true,
            Some('0') => arg.zero = true,
            _ => break,
        }
    }
    if ch == Some('*') {
        let width = state.star()?;
        let width = width
            .to_i64()
            .ok_or_else(|| TextError::overflow("Python int too large to convert to C ssize_t"))?;
        arg.width = width;
        if width < 0 {
            arg.left = true;
            arg.width = width.checked_neg().unwrap_or(i64::MAX);
        }
        ch = cursor.next();
    } else if let Some(d @ '0'..='9') = ch {
        (arg.width, ch) = read_number(cursor, d, i64::MAX, "width too big")?;
    }
    if ch == Some('.') {
        arg.precision = 0;
        ch = cursor.next();
        if ch == Some('*') {
            let precision = state.star()?;
            let precision = precision
                .to_i32()
                .ok_or_else(|| TextError::overflow("Python int too large to convert to C int"))?;
            arg.precision = precision.max(0) as i64;
            ch = cursor.next();
        } else if let Some(d @ '0'..='9') = ch {
            let message = if S::BYTES {
                "prec too big"
            } else {
                "precision too big"
            };
            (arg.precision, ch) = read_number(cursor, d, i32::MAX as i64, message)?;
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = cursor.next();
    }
    let Some(conversion) = ch else {
        return Err(TextError::value("incomplete format").into());
    };
    let value = state.next()?;
    let source = &mut *state.source;
    let mut numeric = false;
    let text = match conversion {
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            let n = source.int(&value, conversion).map_err(FormatError::Arg)?;
            numeric = true;
            format_long(&n, arg.alternate, arg.precision, conversion)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = source.float(&value).map_err(FormatError::Arg)?;
            numeric = true;
            let precision = if arg.precision < 0 { 6 } else { arg.precision };
            let flags = FloatFormatFlags {
                alternate: arg.alternate,
                ..FloatFormatFlags::default()
            };
            double_to_string(x, conversion, precision as usize, flags)?
        }
        other => match source.text(other, &value)? {
            Some(text) => text,
            None => return Err(unsupported(other, cursor.index - 1, S::BYTES).into()),
        },
    };
    write_arg(out, &mut arg, numeric, conversion, &text)?;
    Ok(())
}

/// "unsupported format character 'y' (0x79) at index 3".
fn unsupported(conversion: char, index: usize, bytes: bool) -> TextError {
    let code = conversion as u32;
    let shown = if bytes {
        if code >= 0x80 {
            // CPython hands a negative C char to %c and fails on that.
            return TextError::overflow("character argument not in range(0x110000)");
        }
        conversion
    } else if (31..=126).contains(&code) {
        conversion
    } else {
        '?'
    };
    TextError::value(format!(
        "unsupported format character '{shown}' (0x{code:x}) at index {index}"
    ))
}

fn format_char(arg: CharArg) -> Result<char, TextError> {
    let wrong = || TextError::type_error("%c requires int or char");
    match arg {
        CharArg::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(wrong()),
            }
        }
        CharArg::Int(n) => n
            .to_u32()
            .filter(|&c| c <= 0x10FFFF)
            // A surrogate cannot live in a Rust string; U+FFFD stands in.
            .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)")),
        CharArg::Other => Err(wrong()),
    }
}

/// CPython's `_PyUnicode_FormatLong`: sign, `0o`/`0x` prefix when
/// alternate, digits zero-filled to `precision`, all upper case for `X`.
fn format_long(
    n: &BigInt,
    alternate: bool,
    precision: i64,
    conversion: char,
) -> Result<String, TextError> {
    if precision > i32::MAX as i64 - 3 {
        return Err(TextError::overflow("precision too large"));
    }
    let magnitude = n.abs();
    let (digits, prefix) = match conversion {
        'o' => (int_to_base(&magnitude, 8, false), "0o"),
        'x' | 'X' => (int_to_base(&magnitude, 16, false), "0x"),
        _ => (int_to_decimal(&magnitude)?, ""),
    };
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    }
    if alternate {
        out.push_str(prefix);
    }
    let fill = usize::try_from(precision)
        .unwrap_or(0)
        .saturating_sub(digits.len());
    push_fill(&mut out, '0', fill)?;
    out.push_str(&digits);
    if conversion == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// CPython's `unicode_format_arg_output`: sign, prefix, padding and
/// precision truncation of one converted argument.
fn write_arg(
    out: &mut String,
    arg: &mut Arg,
    numeric: bool,
    conversion: char,
    text: &str,
) -> Result<(), TextError> {
    let fill = if numeric && arg.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if (arg.width == -1 || arg.width <= len)
        && (arg.precision == -1 || arg.precision >= len)
        && !(arg.sign || arg.blank)
    {
        out.push_str(text);
        return Ok(());
    }
    if matches!(conversion, 's' | 'r' | 'a' | 'b') && arg.precision >= 0 && len > arg.precision {
        len = arg.precision;
    }
    let mut start = 0usize;
    let mut sign_char = None;
    let mut signed = numeric;
    if signed {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                start = 1;
            }
            _ if arg.sign => sign_char = Some('+'),
            _ if arg.blank => sign_char = Some(' '),
            _ => signed = false,
        }
    }
    let mut width = arg.width.max(len);
    let prefixed = arg.alternate && matches!(conversion, 'x' | 'X' | 'o');
    if signed {
        if fill != ' ' {
            out.extend(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    if prefixed {
        if fill != ' ' {
            out.push('0');
            out.push(conversion);
            start += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !arg.left {
        push_fill(out, fill, (width - len) as usize)?;
        width = len;
    }
    if fill == ' ' {
        if signed {
            out.extend(sign_char);
        }
        if prefixed {
            out.push('0');
            out.push(conversion);
            start += 2;
        }
    }
    let end = start + len.max(0) as usize;
    out.extend(chars.get(start..end).unwrap_or(&[]).iter());
    if width > len {
        push_fill(out, ' ', (width - len) as usize)?;
    }
    Ok(())
}
