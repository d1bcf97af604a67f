//! `repr(float)` and the digit machinery behind every float format.
//!
//! CPython formats floats in two steps: David Gay's `dtoa` produces the
//! correctly rounded decimal digits (without trailing zeros) and the position
//! of the decimal point, then `format_float_short` (Python/pystrtod.c) lays
//! them out with zero padding, a decimal point and maybe an exponent. Rust's
//! own float formatting is also exact and correctly rounded (ties to even on
//! the exact binary value), so we take the digits from it and reimplement the
//! layout step, which is where CPython's rules live.

use crate::{push_fill, TextError};

/// Flags of CPython's `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFormatFlags {
    /// Always write a sign (`Py_DTSF_SIGN`).
    pub always_sign: bool,
    /// Write `.0` after an integral value in fixed notation (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Alternate form: keep the decimal point and trailing zeros (`Py_DTSF_ALT`).
    pub alternate: bool,
    /// Turn a negative zero result into a positive one (`Py_DTSF_NO_NEG_0`).
    pub no_negative_zero: bool,
}

/// Significant digits asked of the digit generator are capped here: a double
/// has at most 767 significant decimal digits, so beyond the cap every digit
/// is a zero that the layout step adds back.
const MAX_SIGNIFICANT: usize = 800;
/// Digits after the point are capped likewise (the smallest subnormal has
/// 1074 of them).
const MAX_FRACTION: usize = 1100;

/// Decimal digits of `|x|` for a finite `x`, as `dtoa` returns them: no
/// trailing zeros, and the value is `0.DIGITS * 10**decpt`.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Splits Rust's `{:e}` output ("1.2345e-5") into digits and decpt.
fn from_exponent_form(s: &str) -> Digits {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits == b"0" {
        return Digits { digits, decpt: 1 };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Shortest digits that round-trip (dtoa mode 0).
///
/// When `x` lies exactly halfway between two shortest candidates (e.g.
/// 913654191127087.25 between ...087.2 and ...087.3), dtoa takes the one
/// whose last digit is even and Rust the upper one; fix that case up.
fn shortest_digits(x: f64) -> Digits {
    let x = x.abs();
    let mut shortest = from_exponent_form(&format!("{x:e}"));
    let n = shortest.digits.len();
    if x == 0.0 || n > 17 || !may_be_short_decimal(x) {
        return shortest;
    }
    // A tie needs x to have exactly n + 1 significant digits, the last a 5.
    let longer = from_exponent_form(&format!("{:.*e}", n, x));
    if longer.digits.len() != n + 1 || longer.digits[n] != b'5' || !is_exactly(x, &longer) {
        return shortest;
    }
    // Candidates: the truncation and one unit more in the last place.
    let low = longer.digits[..n].to_vec();
    let mut high = low.clone();
    let mut decpt = longer.decpt;
    let mut i = n;
    loop {
        if i == 0 {
            high.insert(0, b'1');
            high.pop();
            decpt += 1;
            break;
        }
        i -= 1;
        if high[i] == b'9' {
            high[i] = b'0';
        } else {
            high[i] += 1;
            break;
        }
    }
    let (mut even, even_decpt) = if low[n - 1].is_multiple_of(2) {
        (low, longer.decpt)
    } else {
        (high, decpt)
    };
    let text: String = even.iter().map(|&d| d as char).collect();
    let exp = even_decpt - n as i64;
    if format!("{text}e{exp}").parse::<f64>() == Ok(x) {
        while even.len() > 1 && even.last() == Some(&b'0') {
            even.pop();
        }
        shortest = Digits {
            digits: even,
            decpt: even_decpt,
        };
    }
    shortest
}

/// A cheap test that `x` (finite, positive) might have few enough
/// significant decimal digits (at most 18) to sit exactly between two
/// shortest candidates: `m * 2**e` with `m` odd has at least `0.69 * -e`
/// significant digits when `e < 0`, and an integer below 2**53 is its own
/// shortest repr.
fn may_be_short_decimal(x: f64) -> bool {
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp2) = if raw_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), raw_exp - 1075)
    };
    let exp2 = exp2 + mantissa.trailing_zeros() as i64;
    if exp2 < 0 {
        exp2 >= -26
    } else {
        x >= 9007199254740992.0
    }
}

/// Whether `x` (finite, positive) equals `0.DIGITS * 10**decpt` exactly.
fn is_exactly(x: f64, d: &Digits) -> bool {
    use num_bigint::BigUint;
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp2) = if raw_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), raw_exp - 1075)
    };
    let digits: String = d.digits.iter().map(|&b| b as char).collect();
    let Ok(mut rhs) = digits.parse::<BigUint>() else {
        return false;
    };
    let mut lhs = BigUint::from(mantissa);
    let exp10 = d.decpt - d.digits.len() as i64;
    if exp2 >= 0 {
        lhs <<= exp2 as u64;
    } else {
        rhs <<= (-exp2) as u64;
    }
    let ten = BigUint::from(10u32);
    if exp10 >= 0 {
        rhs *= ten.pow(exp10 as u32);
    } else {
        lhs *= ten.pow((-exp10) as u32);
    }
    lhs == rhs
}

/// `ndigits` significant digits, correctly rounded (dtoa mode 2).
fn significant_digits(x: f64, ndigits: usize) -> Digits {
    let n = ndigits.clamp(1, MAX_SIGNIFICANT);
    from_exponent_form(&format!("{:.*e}", n - 1, x.abs()))
}

/// Digits rounded to `ndigits` places after the point (dtoa mode 3).
fn fixed_digits(x: f64, ndigits: usize) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let n = ndigits.min(MAX_FRACTION);
    let s = format!("{:.*}", n, x.abs());
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut decpt = int_part.len() as i64;
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    decpt -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // Rounded to zero: dtoa gives no digits and the point after them.
        decpt = -(ndigits as i64);
    }
    Digits { digits, decpt }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` is repr: shortest digits, and
/// `precision` is ignored). Errors only with `MemoryError` when the padding a
/// huge precision asks for cannot be allocated.
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    flags: FloatFormatFlags,
) -> Result<String, TextError> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        let negative = x.is_sign_negative() && x.is_infinite();
        if negative {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(out);
    }
    // dtoa's precision after PyOS_double_to_string's adjustments.
    let (digits, precision) = match code {
        'e' => {
            let p = precision.saturating_add(1);
            (significant_digits(x, p), p)
        }
        'f' => (fixed_digits(x, precision), precision),
        'g' => {
            let p = precision.max(1);
            (significant_digits(x, p), p)
        }
        _ => (shortest_digits(x), 0),
    };
    let precision = i64::try_from(precision).unwrap_or(i64::MAX / 4);
    let Digits { digits, mut decpt } = digits;
    let mut negative = x.is_sign_negative();
    if flags.no_negative_zero && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if negative {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| push_fill(out, '0', usize::try_from(n).unwrap_or(0));
    // Zero padding on the left of the digits.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start)?;
        out.push('.');
        zeros(&mut out, -decpt)?;
    } else {
        zeros(&mut out, -vdigits_start)?;
    }
    let text = |d: &[u8]| d.iter().map(|&b| b as char).collect::<String>();
    // The digits, with the decimal point if it falls among them.
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&text(&digits[..split]));
        out.push('.');
        out.push_str(&text(&digits[split..]));
    } else {
        out.push_str(&text(&digits));
    }
    // Zero padding on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len)?;
        out.push('.');
        zeros(&mut out, vdigits_end - decpt)?;
    } else {
        zeros(&mut out, vdigits_end - digits_len)?;
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    Ok(out)
}

/// `repr(x)` (and `str(x)`) of a float: the shortest digits that round-trip,
/// in exponent notation below 1e-4 and from 1e16 on, else with at least one
/// digit after the point (`1.0`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`).
pub fn float_repr(x: f64) -> String {
    let flags = FloatFormatFlags {
        add_dot_0: true,
        ..FloatFormatFlags::default()
    };
    double_to_string(x, 'r', 0, flags).unwrap_or_default()
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFormatFlags::default();
    let im_text = |flags| double_to_string(im, 'r', 0, flags).unwrap_or_default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", im_text(plain));
    }
    let re_text = double_to_string(re, 'r', 0, plain).unwrap_or_default();
    let signed = FloatFormatFlags {
        always_sign: true,
        ..plain
    };
    format!("({}{}j)", re_text, im_text(signed))
}
