//! Numbers to and from text: `int(str, base)`, `float(str)`, `bin/oct/hex`,
//! and CPython 3.11's limit on decimal digits in int<->str conversions
//! (`sys.set_int_max_str_digits`).

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::escape::{bytes_repr, str_repr};
use crate::unicode::{decimal_value, is_space};
use crate::TextError;

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// The current limit on decimal digits for int<->str conversions (0 means
/// no limit). It is per process, as it is per interpreter in CPython.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Sets the limit (`sys.set_int_max_str_digits`; the VM checks the value,
/// which must be 0 or at least 640).
pub fn set_int_max_str_digits(limit: usize) {
    INT_MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}

fn to_str_limit_error(limit: usize) -> TextError {
    TextError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `str(value)` for an int, under the digit limit ("Exceeds the limit
/// (4300 digits) for integer string conversion; ...").
pub fn int_to_decimal(value: &BigInt) -> Result<String, TextError> {
    let limit = int_max_str_digits();
    if limit > 0 {
        // |value| >= 2**(bits-1), so it has at least this many digits:
        // refuse huge values before the (quadratic) conversion.
        let bits = value.bits();
        let min_digits = ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
        if bits > 0 && min_digits > limit as u64 {
            return Err(to_str_limit_error(limit));
        }
    }
    let text = value.to_str_radix(10);
    let digits = text.len() - value.is_negative() as usize;
    if limit > 0 && digits > limit {
        return Err(to_str_limit_error(limit));
    }
    Ok(text)
}

/// `value` in `base` (2..=36) with lowercase digits and a leading `-` when
/// negative; with `prefix`, bases 2, 8 and 16 get Python's `0b`/`0o`/`0x`
/// after the sign, as `bin()`, `oct()` and `hex()` write them. No digit
/// limit applies (use [`int_to_decimal`] for base 10 text that has one).
pub fn int_to_base(value: &BigInt, base: u32, prefix: bool) -> String {
    let digits = value.magnitude().to_str_radix(base.clamp(2, 36));
    let marker = match (prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{sign}{marker}{digits}")
}

/// Converts an int to the nearest float, as `float(int)` does
/// (OverflowError "int too large to convert to float").
pub fn int_to_f64(value: &BigInt) -> Result<f64, TextError> {
    match value.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(TextError::overflow("int too large to convert to float")),
    }
}

/// Why `int(text, base)` failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// The base is neither 0 nor in 2..=36.
    InvalidBase,
    /// Not a valid literal.
    Invalid,
    /// More decimal digits than `int_max_str_digits()` allows.
    TooManyDigits {
        /// How many digits the text has.
        digits: usize,
        /// The limit in force.
        limit: usize,
    },
}

impl ParseIntError {
    /// The `ValueError` CPython raises for `int(text, base)`.
    pub fn to_error(&self, text: &str, base: u32) -> TextError {
        match self {
            ParseIntError::InvalidBase => {
                TextError::value("int() base must be >= 2 and <= 36, or 0")
            }
            ParseIntError::Invalid => TextError::value(invalid_int_literal_message(text, base)),
            ParseIntError::TooManyDigits { digits, limit } => {
                TextError::value(too_many_digits_message(*digits, *limit))
            }
        }
    }

    /// The `ValueError` CPython raises for `int(bytes, base)`.
    pub fn to_error_bytes(&self, text: &[u8], base: u32) -> TextError {
        match self {
            ParseIntError::Invalid => {
                TextError::value(invalid_int_literal_message_bytes(text, base))
            }
            other => other.to_error("", base),
        }
    }
}

fn too_many_digits_message(digits: usize, limit: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// Truncates to `max` characters, as C's `%.200R` does.
fn truncate_chars(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => text[..cut].to_string(),
        None => text,
    }
}

/// "invalid literal for int() with base 10: 'abc'" (the repr is cut to
/// 200 characters, as CPython does).
pub fn invalid_int_literal_message(text: &str, base: u32) -> String {
    format!(
        "invalid literal for int() with base {base}: {}",
        truncate_chars(str_repr(text), 200)
    )
}

/// The same message for `int(b'...', base)`.
pub fn invalid_int_literal_message_bytes(text: &[u8], base: u32) -> String {
    let head = &text[..text.len().min(200)];
    format!(
        "invalid literal for int() with base {base}: {}",
        truncate_chars(bytes_repr(head), 200)
    )
}

/// "could not convert string to float: 'abc'".
pub fn float_parse_error_message(text: &str) -> String {
    format!("could not convert string to float: {}", str_repr(text))
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// whitespace becomes a space, non-ASCII decimal digits become ASCII ones,
/// and the first other non-ASCII character ends the text as `?`.
fn to_ascii_number(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        if (ch as u32) < 127 {
            out.push(ch as u8);
        } else if is_space(ch) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(ch) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `Py_ISSPACE`: ASCII whitespace only.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// `int(text, base)` for a str: surrounding whitespace, one sign, a
/// `0x`/`0o`/`0b` prefix (required to match with base 0), single underscores
/// between digits (and after the prefix), Unicode decimal digits; base 0
/// rejects leading zeros in a nonzero decimal. Applies the digit limit.
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, ParseIntError> {
    parse_int_ascii(&to_ascii_number(text), base)
}

/// `int(bytes, base)`: as [`parse_int`] on ASCII bytes.
pub fn parse_int_bytes(text: &[u8], base: u32) -> Result<BigInt, ParseIntError> {
    parse_int_ascii(text, base)
}

/// CPython's `PyLong_FromString`, requiring the whole text to be used.
fn parse_int_ascii(s: &[u8], base: u32) -> Result<BigInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::InvalidBase);
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseIntError::Invalid);
    }
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(ParseIntError::Invalid);
            }
        } else {
            digits.push(digit_value(s[i]) as u8);
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() {
        let limit = int_max_str_digits();
        if limit > 0 && digits.len() > limit {
            return Err(ParseIntError::TooManyDigits {
                digits: digits.len(),
                limit,
            });
        }
    }
    let magnitude = BigUint::from_radix_be(&digits, base).unwrap_or_default();
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    if i == start {
        return Err(ParseIntError::Invalid);
    }
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(ParseIntError::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `float(text)` for a str: surrounding whitespace, a sign, `inf`,
/// `infinity` and `nan` in any case, underscores only between digits,
/// Unicode decimal digits; correctly rounded. `None` means CPython raises
/// `ValueError` with [`float_parse_error_message`].
pub fn parse_float(text: &str) -> Option<f64> {
    parse_float_ascii(&to_ascii_number(text))
}

/// `float(bytes)`: as [`parse_float`] on ASCII bytes.
pub fn parse_float_bytes(text: &[u8]) -> Option<f64> {
    parse_float_ascii(text)
}

fn parse_float_ascii(s: &[u8]) -> Option<f64> {
    let cleaned;
    let mut s = s;
    if s.contains(&b'_') {
        // _Py_string_to_number_with_underscores
        let mut out = Vec::with_capacity(s.len());
        let mut prev = 0u8;
        for &c in s {
            if c == 0 {
                return None;
            }
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                out.push(c);
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        cleaned = out;
        s = &cleaned;
    }
    let mut start = 0;
    let mut end = s.len();
    while start < end && is_c_space(s[start]) {
        start += 1;
    }
    if start == end {
        return None;
    }
    while end - 1 > start && is_c_space(s[end - 1]) {
        end -= 1;
    }
    let body = &s[start..end];
    if let Some(len) = decimal_float_len(body) {
        if len != body.len() {
            return None;
        }
        let text = std::str::from_utf8(body).ok()?;
        return text.parse::<f64>().ok();
    }
    parse_inf_or_nan(body)
}

/// Length of the longest prefix of `s` that dtoa's strtod accepts as a
/// decimal number, or None when there is no number at all.
fn decimal_float_len(s: &[u8]) -> Option<usize> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let int_start = i;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    let mut n_digits = i - int_start;
    if at(i) == b'.' {
        i += 1;
        let frac_start = i;
        while at(i).is_ascii_digit() {
            i += 1;
        }
        n_digits += i - frac_start;
    }
    if n_digits == 0 {
        return None;
    }
    if matches!(at(i), b'e' | b'E') {
        let mut j = i + 1;
        if matches!(at(j), b'+' | b'-') {
            j += 1;
        }
        let exp_start = j;
        while at(j).is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    Some(i)
}

/// CPython's `_Py_parse_inf_or_nan`, requiring the whole text to be used.
fn parse_inf_or_nan(s: &[u8]) -> Option<f64> {
    let (negative, rest) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = rest.to_ascii_lowercase();
    let value = match lower.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -value } else { value })
}
