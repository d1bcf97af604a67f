//! `float` and `complex`.

use super::int::{bigint_to_value, f64_to_bigint, text_error};
use super::ops::new_complex;
use super::{bind_native, new_str, new_tuple, types};
use crate::object::Payload;
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The float value of a float (or float subclass instance).
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// A NaN made from text (`float("nan")`) as a new value: floats are
/// unboxed, so a NaN's identity is its bits; each such NaN gets its own
/// payload (sign and quiet bit kept), so that two of them are not `is`-
/// identical and a dict finds a NaN key only through the same value, as
/// CPython does with NaN objects. Serialisers (pickle, struct) write the
/// canonical NaN. Other numbers pass through.
pub fn fresh_nan(f: f64) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    if !f.is_nan() {
        return f;
    }
    let n = NEXT.fetch_add(1, Ordering::Relaxed) % ((1 << 51) - 1) + 1;
    f64::from_bits((f.to_bits() & 0xfff8_0000_0000_0000) | n)
}

/// The bits a serialiser writes for `f`: a NaN's payload is dropped (see
/// [`fresh_nan`]), as CPython's float('nan') is the canonical quiet NaN.
pub fn canonical_bits(f: f64) -> u64 {
    if f.is_nan() {
        (f.to_bits() & (1 << 63)) | 0x7ff8_0000_0000_0000
    } else {
        f.to_bits()
    }
}

/// float(x) for any number or numeric string.
pub fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) if crate::types::is_exact_builtin(o) => return Ok(*f),
            Payload::Int(b) if crate::types::is_exact_builtin(o) => {
                return super::int::bigint_to_f64(vm, b)
            }
            Payload::Str(s) => {
                return match baton_text::parse_float(s.as_str()) {
                    Some(f) => Ok(fresh_nan(f)),
                    None => {
                        let r = vm.repr_string(v)?;
                        Err(vm.new_value_error(format!("could not convert string to float: {r}")))
                    }
                }
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let d = super::bytes::bytes_data(v).unwrap_or_default();
                return match std::str::from_utf8(&d)
                    .ok()
                    .and_then(baton_text::parse_float)
                {
                    Some(f) => Ok(fresh_nan(f)),
                    None => {
                        let r = vm.repr_string(v)?;
                        Err(vm.new_value_error(format!("could not convert string to float: {r}")))
                    }
                };
            }
            _ => {}
        },
        _ => {}
    }
    let t = vm.type_of(v);
    if let Some(f) = crate::types::lookup(&t, &super::names().__float__) {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        return match to_f64(&r) {
            Some(x) => Ok(x),
            None => Err(vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(f) = crate::types::lookup(&t, &super::names().__index__) {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        if let Some(b) = super::int::to_bigint(&r) {
            return super::int::bigint_to_f64(vm, &b);
        }
    }
    if let Some(i) = super::int::to_bigint(v) {
        return super::int::bigint_to_f64(vm, &i);
    }
    if let Some(f) = to_f64(v) {
        return Ok(f);
    }
    Err(vm.new_type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(v)
    )))
}

fn float_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let pos = &args.pos()[1..];
    if args.has_kw() {
        return Err(vm.new_type_error("float() takes no keyword arguments".to_string()));
    }
    let f = match pos {
        [] => 0.0,
        [v] => float_of(vm, v)?,
        _ => {
            return Err(vm.new_type_error(format!(
                "float expected at most 1 argument, got {}",
                pos.len()
            )))
        }
    };
    match &cls {
        Value::Obj(c) if !c.is(&types().float) => {
            let o = ObjRef::new(c.clone(), Payload::Float(f));
            if crate::types::type_data(c).has_dict {
                o.dict.set(Some(super::new_dict()));
            }
            Ok(Value::Obj(o))
        }
        _ => Ok(Value::Float(f)),
    }
}

fn self_f64(vm: &mut Vm, args: &FuncArgs) -> PyResult<f64> {
    match args.pos().first().and_then(to_f64) {
        Some(f) => Ok(f),
        None => Err(vm.new_type_error("descriptor requires a 'float' object".to_string())),
    }
}

fn float_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    Ok(new_str(baton_text::float_repr(f)))
}

fn float_is_integer(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_int(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    super::int::float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Float(self_f64(vm, &args)?))
}

fn float_bool(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Bool(self_f64(vm, &args)? != 0.0))
}

fn float_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(crate::str::hash_f64(self_f64(vm, &args)?)))
}

fn float_floor(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    super::int::float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    super::int::float_to_int(vm, f.ceil())
}

/// round(x, -k): x rounded half-even to a multiple of 10**k, exactly (as
/// CPython's dtoa-based rounding), then converted back correctly rounded.
fn round_to_negative_digits(x: f64, k: u32) -> f64 {
    use num_bigint::BigInt;
    use num_integer::Integer;
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let scale = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let q_den = &den * &scale;
    let (mut q, r) = num.div_mod_floor(&q_den);
    let twice = r * 2;
    if twice > q_den || (twice == q_den && q.is_odd()) {
        q += 1;
    }
    let v: f64 = (q * scale).to_string().parse().unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -v
    } else {
        v
    }
}

/// round(x[, ndigits]) for floats, half to even, exact as CPython's.
pub fn round_float(vm: &mut Vm, f: f64, ndigits: Option<i64>) -> PyResult<Value> {
    match ndigits {
        None => {
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            super::int::float_to_int(vm, r)
        }
        Some(n) => {
            if !f.is_finite() || f == 0.0 {
                return Ok(Value::Float(f));
            }
            if n > 323 {
                return Ok(Value::Float(f));
            }
            if n < -308 {
                return Ok(Value::Float(0.0f64.copysign(f)));
            }
            // Round through the shortest decimal text, as CPython's dtoa-based rounding does.
            let s = format!("{:.*e}", 17, f);
            let _ = s;
            let text = baton_text::double_to_string(
                f,
                'f',
                n.max(0) as usize,
                baton_text::FloatFormatFlags::default(),
            );
            let r: f64 = if n >= 0 {
                text.ok().and_then(|t| t.parse().ok()).unwrap_or(f)
            } else {
                round_to_negative_digits(f, (-n) as u32)
            };
            if r.is_infinite() {
                return Err(vm.new_overflow_error("rounded value too large to represent"));
            }
            Ok(Value::Float(r))
        }
    }
}

fn float_round(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    let nd = match args.pos().get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(super::arg_index(vm, v)?),
    };
    round_float(vm, f, nd)
}

fn float_as_integer_ratio(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert NaN to integer ratio".to_string()));
    }
    let (m, e) = crate::str::frexp(f);
    let mut m = m;
    let mut e = e;
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let num = f64_to_bigint(m).unwrap_or_default();
    let (num, den) = if e > 0 {
        (num << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    Ok(new_tuple(vec![bigint_to_value(num), bigint_to_value(den)]))
}

fn float_conjugate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Float(self_f64(vm, &args)?))
}

fn float_hex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = self_f64(vm, &args)?;
    if f.is_nan() || f.is_infinite() {
        return Ok(new_str(baton_text::float_repr(f)));
    }
    if f == 0.0 {
        return Ok(new_str(if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }));
    }
    let bits = f.to_bits();
    let sign = if f < 0.0 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    Ok(new_str(format!("{sign}0x{lead}.{mant:013x}p{e:+}")))
}

fn float_fromhex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let arg = args.pos().get(1).cloned().unwrap_or(Value::None);
    if !super::is_str(&arg) {
        return Err(vm.new_type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&arg)
        )));
    }
    let bad =
        |vm: &mut Vm| vm.new_value_error("invalid hexadecimal floating-point string".to_string());
    let text = super::str_of(&arg).trim().to_ascii_lowercase();
    let (neg, body) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let sign = |x: f64| if neg { -x } else { x };
    match body {
        "inf" | "infinity" => return Ok(Value::Float(sign(f64::INFINITY))),
        "nan" => return Ok(Value::Float(f64::NAN)),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad(vm))?),
        None => (body, 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac.is_empty() {
        return Err(bad(vm));
    }
    // The digits as one exact integer, scaled by a power of two.
    let mut digits = num_bigint::BigInt::from(0);
    for c in int_part.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or_else(|| bad(vm))?;
        digits = digits * 16 + d;
    }
    let e2 = exp.saturating_sub(4 * frac.len() as i64);
    if num_traits::Zero::is_zero(&digits) {
        return Ok(Value::Float(sign(0.0)));
    }
    // Normalise to 64 significant bits, round half-even to 53, then scale.
    let bits = digits.bits() as i64;
    let top = bits + e2; // the value is in [2^(top-1), 2^top)
    if top > 1024 {
        return Err(vm.new_overflow_error("hexadecimal value too large to represent as a float"));
    }
    let keep = if top - 53 < -1074 {
        (top + 1074).max(0)
    } else {
        53
    };
    let shift = bits - keep;
    let m = if shift > 0 {
        let q: num_bigint::BigInt = &digits >> shift as usize;
        let rem: num_bigint::BigInt = &digits - (&q << shift as usize);
        let half = num_bigint::BigInt::from(1) << (shift - 1) as usize;
        let up = rem > half || (rem == half && num_integer::Integer::is_odd(&q));
        if up {
            q + 1
        } else {
            q
        }
    } else {
        digits << (-shift) as usize
    };
    let mf = num_traits::ToPrimitive::to_f64(&m).unwrap_or(f64::INFINITY);
    let scale = e2 + shift.max(0) - (-shift).max(0);
    // Two exact steps, so a subnormal result does not underflow on the way.
    let half = (scale / 2).clamp(-1100, 1100);
    let r = mf * 2f64.powi(half as i32) * 2f64.powi((scale - half).clamp(-1100, 1100) as i32);
    if r.is_infinite() {
        return Err(vm.new_overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(Value::Float(sign(r)))
}

fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(to_f64(v).unwrap_or(0.0)))
}

fn get_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_format(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let spec = args
        .pos()
        .get(1)
        .map(|s| super::str_of(s).to_string())
        .unwrap_or_default();
    super::format::format_value(vm, &v, &spec)
}

fn float_divmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a, b] if super::ops::as_num(a).is_none() || super::ops::as_num(b).is_none() => {
            Ok(Value::Obj(super::singletons().not_implemented.clone()))
        }
        [a, b] => super::ops::divmod(vm, a, b),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

fn float_getnewargs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(new_tuple(vec![Value::Float(self_f64(vm, &args)?)]))
}

// ---- complex ----------------------------------------------------------------

pub fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Complex(a, b) => Some((*a, *b)),
            _ => None,
        },
        _ => None,
    }
}

fn complex_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "complex", &["real", "imag"], 0)?;
    let part = |vm: &mut Vm, v: &Value| -> PyResult<(f64, f64)> {
        if v.is_null() {
            return Ok((0.0, 0.0));
        }
        if let Some(c) = complex_parts(v) {
            return Ok(c);
        }
        if let Value::Obj(o) = v {
            if let Some(f) = crate::types::lookup(o.type_ref(), &super::intern("__complex__")) {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return complex_parts(&r).ok_or_else(|| {
                    vm.new_type_error("__complex__ returned non-complex".to_string())
                });
            }
        }
        if super::is_str(v) {
            return parse_complex(vm, super::str_of(v));
        }
        Ok((float_of(vm, v)?, 0.0))
    };
    let r_is_complex = complex_parts(&a[0]).is_some() || super::is_str(&a[0]);
    let i_is_complex = complex_parts(&a[1]).is_some();
    let (mut cr_re, cr_im) = part(vm, &a[0])?;
    let (mut ci_re, ci_im) = part(vm, &a[1])?;
    if i_is_complex {
        cr_re -= ci_im;
    }
    if r_is_complex && !a[1].is_null() {
        ci_re += cr_im;
    }
    let imag = if a[1].is_null() { cr_im } else { ci_re };
    Ok(new_complex(cr_re, imag))
}

fn parse_complex(vm: &mut Vm, s: &str) -> PyResult<(f64, f64)> {
    let t = s
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .replace(' ', "");
    let bad = |vm: &mut Vm| vm.new_value_error("complex() arg is a malformed string".to_string());
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let imv = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            _ => baton_text::parse_float(im).ok_or_else(|| bad(vm))?,
        };
        let rev = if re.is_empty() {
            0.0
        } else {
            baton_text::parse_float(re).ok_or_else(|| bad(vm))?
        };
        return Ok((rev, imv));
    }
    let r = baton_text::parse_float(&t).ok_or_else(|| bad(vm))?;
    Ok((r, 0.0))
}

fn complex_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = complex_parts(args.pos().first().unwrap_or(&Value::None))
        .ok_or_else(|| vm.new_type_error("complex expected".to_string()))?;
    Ok(new_str(baton_text::complex_repr(a, b)))
}

fn complex_conjugate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = complex_parts(args.pos().first().unwrap_or(&Value::None))
        .ok_or_else(|| vm.new_type_error("complex expected".to_string()))?;
    Ok(new_complex(a, -b))
}

fn complex_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(vm.hash(&v)?))
}

fn complex_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(v).map(|c| c.0).unwrap_or(0.0)))
}

fn complex_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(v).map(|c| c.1).unwrap_or(0.0)))
}

fn complex_format(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let spec = args
        .pos()
        .get(1)
        .map(|s| super::str_of(s).to_string())
        .unwrap_or_default();
    super::format::format_value(vm, &v, &spec)
}

pub fn register() {
    let t = types();
    super::types::add_methods_kind(
        &t.float,
        &[("__new__", float_new)],
        crate::object::MethodKind::Static,
    );
    super::types::add_methods_kind(
        &t.float,
        &[("fromhex", float_fromhex)],
        crate::object::MethodKind::Class,
    );
    super::types::add_methods(
        &t.float,
        &[
            ("__repr__", float_repr),
            ("is_integer", float_is_integer),
            ("__int__", float_int),
            ("__trunc__", float_int),
            ("__float__", float_float),
            ("__bool__", float_bool),
            ("__hash__", float_hash),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__round__", float_round),
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", float_conjugate),
            ("hex", float_hex),
            ("__format__", float_format),
            ("__divmod__", float_divmod),
            ("__getnewargs__", float_getnewargs),
        ],
    );
    super::types::add_getsets(
        &t.float,
        &[("real", get_real, None), ("imag", get_zero, None)],
    );
    super::ops::register_dunders(&t.float, super::ops::NUMBER_DUNDERS);
    super::types::add_methods_kind(
        &t.complex,
        &[("__new__", complex_new)],
        crate::object::MethodKind::Static,
    );
    super::types::add_methods(
        &t.complex,
        &[
            ("__repr__", complex_repr),
            ("conjugate", complex_conjugate),
            ("__hash__", complex_hash),
            ("__format__", complex_format),
        ],
    );
    super::types::add_getsets(
        &t.complex,
        &[("real", complex_real, None), ("imag", complex_imag, None)],
    );
    super::ops::register_dunders(
        &t.complex,
        &[
            "__add__",
            "__radd__",
            "__sub__",
            "__rsub__",
            "__mul__",
            "__rmul__",
            "__truediv__",
            "__rtruediv__",
            "__pow__",
            "__rpow__",
            "__neg__",
            "__pos__",
            "__abs__",
            "__eq__",
            "__ne__",
        ],
    );
    let _ = text_error;
}
