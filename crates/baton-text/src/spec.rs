//! The format-spec mini-language: `format(value, spec)` for int, float,
//! complex and str (CPython's Python/formatter_unicode.c).
//!
//! `FormatSpec::parse` reads the spec the same way for every type; the
//! defaults that depend on the type (default presentation type, default
//! alignment, what the `0` flag means) are applied by each `format_*`
//! function, in the same order of checks as CPython so the same error wins.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::float_repr::{complex_repr, double_to_string, float_repr, FloatFormatFlags};
use crate::number_text::{int_to_base, int_to_decimal, int_to_f64};
use crate::unicode::decimal_value;
use crate::{push_fill, TextError};

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The spec text, for "Invalid format specifier" messages and the
    /// empty-spec shortcut (`format(x, '')` is `str(x)`).
    pub raw: String,
    /// Fill character given with an alignment (`*<`).
    pub fill: Option<char>,
    /// `<`, `>`, `=` or `^`, when given.
    pub align: Option<char>,
    /// `+`, `-` or space, when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width (only when no explicit fill was given).
    pub zero_pad: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Thousands separator `,` or `_`.
    pub grouping: Option<char>,
    /// `.precision`.
    pub precision: Option<usize>,
    /// Presentation type, when given.
    pub kind: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of (Unicode) decimal digits; `Ok(None)` when there is none.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, TextError> {
    let mut value: usize = 0;
    let start = *pos;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| TextError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

fn both_separators() -> TextError {
    TextError::value("Cannot specify both ',' and '_'.")
}

/// The message for a presentation type the value's type does not support.
pub fn unknown_format_code(code: char, type_name: &str) -> TextError {
    let code = code as u32;
    let shown = if code > 32 && code < 128 {
        format!("'{}'", char::from_u32(code).unwrap_or('?'))
    } else {
        format!("'\\x{code:x}'")
    };
    TextError::value(format!(
        "Unknown format code {shown} for object of type '{type_name}'"
    ))
}

impl FormatSpec {
    /// Parses `spec` as CPython's `parse_internal_render_format_spec` does;
    /// `type_name` is the Python type of the value being formatted (it only
    /// appears in the "Invalid format specifier" message).
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, TextError> {
        let chars: Vec<char> = spec.chars().collect();
        let n = chars.len();
        let mut out = FormatSpec {
            raw: spec.to_string(),
            ..FormatSpec::default()
        };
        let mut pos = 0;
        if n >= 2 && is_align(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(chars[1]);
            pos = 2;
        } else if n >= 1 && is_align(chars[0]) {
            out.align = Some(chars[0]);
            pos = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
            out.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && chars.get(pos) == Some(&'0') {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = read_integer(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            out.grouping = Some(',');
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if out.grouping.is_some() {
                return Err(both_separators());
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
            return Err(both_separators());
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            out.precision = read_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(TextError::value("Format specifier missing precision"));
            }
        }
        if n - pos > 1 {
            return Err(TextError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        out.kind = chars.get(pos).copied();
        Ok(out)
    }

    /// The fill character after the type's defaults.
    fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        }
    }

    /// The alignment after the type's defaults (`0` means `=` for numbers).
    fn align_char(&self, default: char) -> char {
        match self.align {
            Some(c) => c,
            None if self.zero_pad && default == '>' => '=',
            None => default,
        }
    }

    fn width_i64(&self) -> i64 {
        self.width.map_or(-1, |w| w as i64)
    }

    /// The thousands-separator check CPython runs at the end of parsing,
    /// with the type's default presentation type; returns the grouping
    /// `(separator, group size)`.
    fn grouping_for(&self, default_kind: Option<char>) -> Result<Option<(char, usize)>, TextError> {
        let Some(sep) = self.grouping else {
            return Ok(None);
        };
        match self.kind.or(default_kind) {
            Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') | None => Ok(Some((sep, 3))),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(Some((sep, 4))),
            Some(kind) => {
                let code = kind as u32;
                Err(TextError::value(if code > 32 && code < 128 {
                    format!("Cannot specify '{sep}' with '{kind}'.")
                } else {
                    format!("Cannot specify '{sep}' with '\\x{code:x}'.")
                }))
            }
        }
    }
}

/// Inserts thousands separators into `digits` (ASCII), zero-padding on the
/// left up to `min_width` (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(
    digits: &str,
    min_width: i64,
    grouping: Option<(char, usize)>,
) -> Result<String, TextError> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let digits = digits.as_bytes();
    // Zero padding may make the result as long as min_width: refuse early
    // what cannot be allocated rather than loop over it.
    let mut reversed: Vec<u8> = Vec::new();
    reversed
        .try_reserve(usize::try_from(min_width.max(remaining)).unwrap_or(usize::MAX))
        .map_err(|_| TextError::memory())?;
    // Groups are written from the right, each as its digits then zeros,
    // with the separator before the next group to the left.
    let mut end = digits.len();
    let mut group = |len: i64, remaining: i64, reversed: &mut Vec<u8>| {
        let n_chars = remaining.min(len).max(0) as usize;
        reversed.extend(digits[end - n_chars..end].iter().rev());
        end -= n_chars;
        let n_zeros = (len - remaining).max(0) as usize;
        reversed.extend(std::iter::repeat_n(b'0', n_zeros));
        n_chars as i64
    };
    match grouping {
        Some((sep, size)) => {
            let size = size as i64;
            loop {
                let len = size.min(remaining.max(min_width).max(1));
                remaining -= group(len, remaining, &mut reversed);
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
                reversed.push(sep as u8);
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            group(len, remaining, &mut reversed);
        }
    }
    reversed.reverse();
    Ok(reversed.into_iter().map(char::from).collect())
}

/// A number taken apart for layout: sign, prefix (`0x`), the digits that get
/// grouped, and the rest (decimal point, fraction, exponent, `%`, or the
/// whole text of `inf`/`nan`/a `c` character).
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    rest: &'a str,
}

/// Settings of the layout that come from the spec.
struct Layout {
    sign: Option<char>,
    fill: char,
    align: char,
    width: i64,
    grouping: Option<(char, usize)>,
    upper: bool,
}

/// CPython's `calc_number_widths` followed by `fill_number`.
fn layout_number(parts: &NumberParts, layout: &Layout) -> Result<String, TextError> {
    let sign = match (layout.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let rest_len = parts.rest.chars().count() as i64;
    let non_digit = n_sign + parts.prefix.len() as i64 + rest_len;
    let min_width = if layout.fill == '0' && layout.align == '=' {
        layout.width - non_digit
    } else {
        0
    };
    let mut grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, layout.grouping)?
    };
    let padding = (layout.width - (non_digit + grouped.len() as i64)).max(0) as usize;
    let (left, middle, right) = match layout.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::new();
    push_fill(&mut out, layout.fill, left)?;
    out.extend(sign);
    if layout.upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
        grouped.make_ascii_uppercase();
    } else {
        out.push_str(parts.prefix);
    }
    push_fill(&mut out, layout.fill, middle)?;
    out.push_str(&grouped);
    out.push_str(parts.rest);
    push_fill(&mut out, layout.fill, right)?;
    Ok(out)
}

/// Left and right padding for `len` characters (CPython's `calc_padding`).
fn padding(len: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.map_or(len, |w| w.max(len));
    let pad = total - len;
    let left = match align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    (left, pad - left)
}

fn pad_text(text: &str, len: usize, spec: &FormatSpec, align: char) -> Result<String, TextError> {
    let (left, right) = padding(len, spec.width, align);
    let fill = spec.fill_char();
    let mut out = String::new();
    push_fill(&mut out, fill, left)?;
    out.push_str(text);
    push_fill(&mut out, fill, right)?;
    Ok(out)
}

/// `format(value, spec)` for an int (`int.__format__`): types `b c d o x X n`
/// and none, and `e E f F g G %` through float. An empty spec gives
/// `str(value)`; a bool or other subclass whose `str` differs must take that
/// shortcut itself before calling here.
pub fn format_int(value: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, TextError> {
    if spec.raw.is_empty() {
        return int_to_decimal(value);
    }
    let grouping = spec.grouping_for(Some('d'))?;
    match spec.kind.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(value, spec, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            format_float_internal(int_to_f64(value)?, spec, grouping)
        }
        other => Err(unknown_format_code(other, type_name)),
    }
}

fn format_long(
    value: &BigInt,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, TextError> {
    if spec.precision.is_some() {
        return Err(TextError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let kind = spec.kind.unwrap_or('d');
    let mut layout = Layout {
        sign: spec.sign,
        fill: spec.fill_char(),
        align: spec.align_char('>'),
        width: spec.width_i64(),
        grouping,
        upper: kind == 'X',
    };
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(TextError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(TextError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| TextError::overflow("Python int too large to convert to C long"))?;
        let ch = u32::try_from(code)
            .ok()
            .filter(|&c| c <= 0x10FFFF)
            .ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
        // A surrogate cannot live in a Rust string; U+FFFD stands in for it.
        let ch = char::from_u32(ch).unwrap_or('\u{FFFD}');
        let text = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            rest: &text,
        };
        return layout_number(&parts, &layout);
    }
    let (base, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let magnitude = value.abs();
    let digits = if base == 10 {
        int_to_decimal(&magnitude)?
    } else {
        int_to_base(&magnitude, base, false)
    };
    if kind == 'n' {
        // The C locale: no grouping.
        layout.grouping = None;
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    layout_number(&parts, &layout)
}

/// `format(value, spec)` for a float (`float.__format__`): types
/// `e E f F g G n %` and none (like `g` with at least one digit after the
/// point, or `repr` when no precision is given).
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, TextError> {
    if spec.raw.is_empty() {
        return Ok(float_repr(value));
    }
    let grouping = spec.grouping_for(None)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(value, spec, grouping)
        }
        Some(other) => Err(unknown_format_code(other, type_name)),
    }
}

/// The precision as CPython's C `int`, or "precision too big".
fn float_precision(spec: &FormatSpec) -> Result<Option<usize>, TextError> {
    match spec.precision {
        Some(p) if p > i32::MAX as usize => Err(TextError::value("precision too big")),
        p => Ok(p),
    }
}

/// One float formatted for a float or complex spec, before padding: the
/// spec's type (none means repr, or `g` when a precision is given, with
/// `.0` added for floats but not for complex parts), `%` scaling, `#` and `z`.
fn float_text(
    value: f64,
    spec: &FormatSpec,
    precision: Option<usize>,
    add_dot_0_default: bool,
) -> Result<String, TextError> {
    let mut flags = FloatFormatFlags {
        alternate: spec.alternate,
        no_negative_zero: spec.no_neg_zero,
        ..FloatFormatFlags::default()
    };
    let mut code = spec.kind.unwrap_or('r');
    let mut default_precision = 6;
    if spec.kind.is_none() {
        flags.add_dot_0 = add_dot_0_default;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut value = value;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, code, precision, flags)?;
    if percent {
        text.push('%');
    }
    Ok(text)
}

/// Splits formatted float text into sign, leading digits and the rest.
fn split_number(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    NumberParts {
        negative,
        prefix: "",
        digits: &body[..n_digits],
        rest: &body[n_digits..],
    }
}

fn format_float_internal(
    value: f64,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, TextError> {
    let precision = float_precision(spec)?;
    let text = float_text(value, spec, precision, true)?;
    let layout = Layout {
        sign: spec.sign,
        fill: spec.fill_char(),
        align: spec.align_char('>'),
        width: spec.width_i64(),
        grouping: if spec.kind == Some('n') {
            None
        } else {
            grouping
        },
        upper: false,
    };
    layout_number(&split_number(&text), &layout)
}

/// `format(complex(re, im), spec)`: types `e E f F g G n` and none.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, TextError> {
    if spec.raw.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let grouping = spec.grouping_for(None)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(other) => return Err(unknown_format_code(other, type_name)),
    }
    let precision = float_precision(spec)?;
    if spec.fill_char() == '0' {
        return Err(TextError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    let align = spec.align_char('>');
    if align == '=' {
        return Err(TextError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut skip_re = false;
    let mut add_parens = false;
    if spec.kind.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let re_text = float_text(re, spec, precision, false)?;
    let im_text = float_text(im, spec, precision, false)?;
    let mut layout = Layout {
        sign: spec.sign,
        fill: ' ',
        align: '<',
        width: -1,
        grouping: if spec.kind == Some('n') {
            None
        } else {
            grouping
        },
        upper: false,
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&layout_number(&split_number(&re_text), &layout)?);
        layout.sign = Some('+');
    }
    body.push_str(&layout_number(&split_number(&im_text), &layout)?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    pad_text(&body, len, spec, align)
}

/// `format(value, spec)` for a str: type `s` or none; the precision
/// truncates.
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, TextError> {
    if spec.raw.is_empty() {
        return Ok(value.to_string());
    }
    spec.grouping_for(Some('s'))?;
    let kind = spec.kind.unwrap_or('s');
    if kind != 's' {
        return Err(unknown_format_code(kind, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(TextError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(TextError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(TextError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_char('<');
    if align == '=' {
        return Err(TextError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(p) => match value.char_indices().nth(p) {
            Some((cut, _)) => (&value[..cut], p),
            None => (value, value.chars().count()),
        },
        None => (value, value.chars().count()),
    };
    pad_text(text, len, spec, align)
}
