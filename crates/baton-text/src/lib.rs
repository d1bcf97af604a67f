//! Python's text formats on plain Rust values.
//!
//! This crate knows nothing of the interpreter's objects: it turns floats,
//! big ints and strings into the text CPython 3.11 produces, and parses text
//! the way CPython does, so the VM only has to unwrap its objects and call in.
//! Every function gives CPython's exact output, and every failure carries
//! CPython's exact message together with the exception class it belongs to
//! ([`TextError`]).
//!
//! Modules, one per area:
//! - [`float_repr`](mod@float_repr): `repr(float)` and the digit machinery behind every float
//!   format (CPython's `PyOS_double_to_string`).
//! - [`spec`]: the format-spec mini-language (`format(x, spec)`).
//! - [`number_text`]: `int(str, base)`, `float(str)`, `bin/oct/hex`, and the
//!   integer string-conversion digit limit.
//! - [`escape`]: `repr`/`ascii` of str and bytes.
//! - [`percent`]: `str % args` and `bytes % args`.
//! - [`format_string`]: parsing `str.format` templates.
//! - [`unicode`]: the character properties and case mappings of CPython's
//!   Unicode database (version 14.0.0), generated into `unicode_tables`.

#![warn(missing_docs)]

pub mod escape;
pub mod float_repr;
pub mod format_string;
pub mod number_text;
pub mod percent;
pub mod spec;
pub mod unicode;
#[rustfmt::skip]
mod unicode_tables;

use std::fmt;

pub use escape::{ascii_escape, ascii_repr, bytes_repr, str_repr};
pub use float_repr::{complex_repr, double_to_string, float_repr, FloatFormatFlags};
pub use format_string::{
    parse_format_string, AutoNumber, Conversion, FieldAccessor, FieldFirst, FieldName, FormatField,
    FormatParser, FormatPiece,
};
pub use number_text::{
    int_max_str_digits, int_to_base, int_to_decimal, parse_float, parse_int,
    set_int_max_str_digits, ParseIntError,
};
pub use percent::{
    percent_format, percent_format_bytes, ByteArg, CharArg, PercentArgs, PercentBytesArgs,
    PercentError,
};
pub use spec::{format_complex, format_float, format_int, format_str, FormatSpec};
pub use unicode::is_printable;

/// The Python exception class a [`TextError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `MemoryError` (a requested width or precision too large to allocate)
    MemoryError,
}

/// A failure with CPython's exception class and message text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextError {
    /// Which exception the VM should raise.
    pub kind: ErrorKind,
    /// The exception's message, exactly as CPython words it.
    pub message: String,
}

impl TextError {
    /// A `ValueError` with `message`.
    pub fn value(message: impl Into<String>) -> TextError {
        TextError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }

    /// A `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> TextError {
        TextError {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }

    /// An `OverflowError` with `message`.
    pub fn overflow(message: impl Into<String>) -> TextError {
        TextError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }

    /// A `MemoryError` (CPython raises it without a message).
    pub fn memory() -> TextError {
        TextError {
            kind: ErrorKind::MemoryError,
            message: String::new(),
        }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for TextError {}

/// A failure of a formatting operation that calls back into the VM: either
/// this crate's own error, or the VM's exception raised by a callback
/// (a `__str__`, a failed key lookup, ...), passed through untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError<E> {
    /// An error of the format itself, with CPython's class and message.
    Text(TextError),
    /// An exception raised by one of the VM's callbacks.
    Arg(E),
}

impl<E> From<TextError> for FormatError<E> {
    fn from(e: TextError) -> Self {
        FormatError::Text(e)
    }
}

/// Pushes `count` copies of `fill`, failing with `MemoryError` instead of
/// aborting when the count is absurd (a width such as `%999999999999d`).
pub(crate) fn push_fill(out: &mut String, fill: char, count: usize) -> Result<(), TextError> {
    if count == 0 {
        return Ok(());
    }
    let bytes = count
        .checked_mul(fill.len_utf8())
        .ok_or_else(TextError::memory)?;
    out.try_reserve(bytes).map_err(|_| TextError::memory())?;
    out.extend(std::iter::repeat_n(fill, count));
    Ok(())
}
