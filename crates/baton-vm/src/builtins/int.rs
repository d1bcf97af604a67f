//! `int` and `bool`: machine ints inline, big ints on the heap.

use super::{arg_index, bind_native, new_str, new_tuple, types};
use crate::object::Payload;
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The value of an int (or bool) as a big int.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A big int as a Value: inline when it fits.
pub fn bigint_to_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(ObjRef::new(types().int.clone(), Payload::Int(b))),
    }
}

pub fn bigint_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.new_overflow_error("int too large to convert to float")),
    }
}

pub fn f64_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    num_traits::FromPrimitive::from_f64(f.trunc())
}

/// a / b for big ints, correctly rounded where it matters.
pub fn big_true_divide(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) {
        if x.is_finite()
            && y.is_finite()
            && x.abs() < 9007199254740992.0
            && y.abs() < 9007199254740992.0
        {
            return Ok(x / y);
        }
    }
    // Correctly rounded in every case (subnormal results included): take a
    // quotient with two or three bits more than the result keeps, fold the
    // remainder into a sticky bit, round half to even by hand, then scale.
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    if b.is_zero() {
        return Err(vm.new_zero_division("division by zero"));
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        // 0 / -n is -0.0, as the float division gives.
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1021;
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return Err(vm.new_overflow_error("integer division result too large for a float"));
    }
    if diff < -1080 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let shift = diff.max(MIN_EXP) - MANT - 2;
    let (num, den) = if shift < 0 {
        (a << (-shift) as usize, b)
    } else {
        (a, b << shift as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut x = q.to_u64().unwrap_or(u64::MAX);
    let inexact = !r.is_zero();
    let x_bits = 64 - x.leading_zeros() as i64;
    let extra = x_bits.max(MIN_EXP - shift) - MANT;
    if extra >= 1 {
        let mask = 1u64 << (extra - 1);
        let low = x | inexact as u64;
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            x += mask;
        }
        x &= !(2 * mask - 1);
    }
    let mut dx = x as f64;
    let mut e = shift;
    while e > 1000 {
        dx *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        dx *= 2f64.powi(-1000);
        e += 1000;
    }
    dx *= 2f64.powi(e as i32);
    if dx.is_infinite() {
        return Err(vm.new_overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -dx } else { dx })
}

/// CPython's hash of an int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return crate::str::hash_i64(i);
    }
    let m = BigInt::from(crate::str::HASH_MODULUS);
    let r = b.abs() % &m;
    let r = r.to_i64().unwrap_or(0);
    crate::str::fix_hash(if b.is_negative() { -r } else { r })
}

fn self_int(vm: &mut Vm, args: &FuncArgs) -> PyResult<BigInt> {
    match args.pos().first().and_then(to_bigint) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error("descriptor requires an 'int' object".to_string())),
    }
}

/// int(x=0) / int(x, base=10).
fn int_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "int", &["x", "base"], 0)?;
    let v = if a[0].is_null() {
        if !a[1].is_null() {
            return Err(vm.new_type_error("int() missing string argument".to_string()));
        }
        Value::Int(0)
    } else if !a[1].is_null() {
        let base = arg_index(vm, &a[1])?;
        int_from_text(vm, &a[0], base)?
    } else {
        int_of(vm, &a[0])?
    };
    wrap_subclass(vm, &cls, v)
}

/// An instance of an int subclass holding `v`.
fn wrap_subclass(vm: &mut Vm, cls: &Value, v: Value) -> PyResult<Value> {
    let _ = vm;
    match cls {
        Value::Obj(c) if !c.is(&types().int) && matches!(c.payload, Payload::Type(_)) => {
            let b = to_bigint(&v).unwrap_or_default();
            let o = ObjRef::new(c.clone(), Payload::Int(b));
            if crate::types::type_data(c).has_dict {
                o.dict.set(Some(super::new_dict()));
            }
            Ok(Value::Obj(o))
        }
        _ => Ok(v),
    }
}

fn int_from_text(vm: &mut Vm, v: &Value, base: i64) -> PyResult<Value> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0".to_string()));
    }
    let text: String = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str().to_string(),
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                String::from_utf8_lossy(&super::bytes::bytes_data(v).unwrap_or_default())
                    .into_owned()
            }
            _ => {
                return Err(vm.new_type_error(
                    "int() can't convert non-string with explicit base".to_string(),
                ))
            }
        },
        _ => {
            return Err(
                vm.new_type_error("int() can't convert non-string with explicit base".to_string())
            )
        }
    };
    match baton_text::parse_int(&text, base as u32) {
        Ok(b) => Ok(bigint_to_value(b)),
        Err(_) => {
            let r = vm.repr_string(v)?;
            Err(vm.new_value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// int(x) for one argument.
pub fn int_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => return Ok(Value::Int(*i)),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(vm, *f),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) if crate::types::is_exact_builtin(o) => {
                return Ok(bigint_to_value(b.clone()))
            }
            Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
                return int_from_text(vm, v, 10)
            }
            _ => {}
        },
        _ => {}
    }
    let t = vm.type_of(v);
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = crate::types::lookup(&t, &super::intern(name)) {
            let r = vm.call(&f, std::slice::from_ref(v))?;
            return match to_bigint(&r) {
                Some(b) => Ok(bigint_to_value(b)),
                None => Err(vm.new_type_error(format!(
                    "{}() returned non-int (type {})",
                    name,
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if let Value::Obj(o) = v {
        if let Payload::Float(f) = &o.payload {
            return float_to_int(vm, *f);
        }
    }
    Err(vm.new_type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(v)
    )))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer".to_string()));
    }
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(bigint_to_value(f64_to_bigint(t).unwrap_or_default()))
}

fn bool_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if args.has_kw() {
        return Err(vm.new_type_error("bool() takes no keyword arguments".to_string()));
    }
    match pos {
        [] => Ok(Value::Bool(false)),
        [v] => Ok(Value::Bool(vm.is_true(v)?)),
        _ => Err(vm.new_type_error(format!(
            "bool expected at most 1 argument, got {}",
            pos.len()
        ))),
    }
}

fn bit_length(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(Value::Int(b.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn int_index(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(bigint_to_value(b))
}

fn int_float(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(Value::Float(bigint_to_f64(vm, &b)?))
}

fn int_bool(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(Value::Bool(!b.is_zero()))
}

fn int_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(Value::Int(hash_bigint(&b)))
}

fn int_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    if let Some(Value::Bool(v)) = args.pos().first() {
        return Ok(new_str(if *v { "True" } else { "False" }));
    }
    int_to_decimal_checked(vm, &b).map(new_str)
}

/// Decimal text of an int, with CPython's limit on very long conversions.
pub fn int_to_decimal_checked(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
    baton_text::int_to_decimal(b).map_err(|e| text_error(vm, e))
}

/// Turns a baton-text error into the Python exception it names.
pub fn text_error(vm: &mut Vm, e: baton_text::TextError) -> PyErr {
    let t = match e.kind {
        baton_text::ErrorKind::ValueError => &types().exc.value_error,
        baton_text::ErrorKind::TypeError => &types().exc.type_error,
        baton_text::ErrorKind::OverflowError => &types().exc.overflow_error,
        baton_text::ErrorKind::MemoryError => &types().exc.memory_error,
    };
    vm.new_exception_msg(t, e.message)
}

fn int_round(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    let nd = args.pos().get(1).cloned().unwrap_or(Value::None);
    if nd.is_none() {
        return Ok(bigint_to_value(b));
    }
    let n = arg_index(vm, &nd)?;
    if n >= 0 {
        return Ok(bigint_to_value(b));
    }
    // Rounding to more digits than the number has gives 0 (and keeps
    // 10**k small: k = 2**63 would overflow, k = 10**9 would not finish).
    let k = n.unsigned_abs();
    if k > b.bits() / 3 + 2 {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), k as u32);
    let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    Ok(bigint_to_value(q * p))
}

fn int_trunc(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    int_index(vm, args)
}

fn int_conjugate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    int_index(vm, args)
}

fn int_as_integer_ratio(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(new_tuple(vec![bigint_to_value(b), Value::Int(1)]))
}

fn int_to_bytes(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "to_bytes", &["length", "byteorder", "signed"], 0)?;
    let length = if a[0].is_null() {
        1
    } else {
        arg_index(vm, &a[0])?
    };
    let order = if a[1].is_null() {
        "big".to_string()
    } else {
        super::str_of(&a[1]).to_string()
    };
    let signed = if a[2].is_null() {
        false
    } else {
        vm.is_true(&a[2])?
    };
    if length < 0 {
        return Err(vm.new_value_error("length argument must be non-negative".to_string()));
    }
    if !signed && b.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes.clear();
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    if bytes.len() > length as usize {
        // to_signed_bytes may carry one sign byte too many for exact fits.
        while bytes.len() > length as usize
            && bytes.last() == Some(&fill)
            && (bytes.len() >= 2 && ((bytes[bytes.len() - 2] & 0x80 != 0) == (fill == 0xff)))
        {
            bytes.pop();
        }
        if bytes.len() > length as usize {
            return Err(vm.new_overflow_error("int too big to convert"));
        }
    }
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "little" => {}
        "big" => bytes.reverse(),
        _ => {
            return Err(vm.new_value_error("byteorder must be either 'little' or 'big'".to_string()))
        }
    }
    Ok(super::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(
        vm,
        &rest,
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        1,
    )?;
    let mut data = match super::bytes::bytes_data(&a[0]) {
        Some(d) => d,
        None => vm
            .iterate(&a[0])?
            .iter()
            .map(|v| arg_index(vm, v).map(|i| i as u8))
            .collect::<PyResult<Vec<u8>>>()?,
    };
    let order = if a[1].is_null() {
        "big".to_string()
    } else {
        super::str_of(&a[1]).to_string()
    };
    let signed = if a[2].is_null() {
        false
    } else {
        vm.is_true(&a[2])?
    };
    match order.as_str() {
        "little" => {}
        "big" => data.reverse(),
        _ => {
            return Err(vm.new_value_error("byteorder must be either 'little' or 'big'".to_string()))
        }
    }
    let b = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    wrap_subclass(vm, &cls, bigint_to_value(b))
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = to_bigint(v).ok_or_else(|| vm.new_type_error("int expected".to_string()))?;
    Ok(bigint_to_value(b))
}

fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn get_one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_format(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let spec = args
        .pos()
        .get(1)
        .map(|s| super::str_of(s).to_string())
        .unwrap_or_default();
    super::format::format_value(vm, &v, &spec)
}

fn int_getnewargs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = self_int(vm, &args)?;
    Ok(new_tuple(vec![bigint_to_value(b)]))
}

fn int_divmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a, b] if super::ops::as_num(a).is_none() || super::ops::as_num(b).is_none() => {
            Ok(Value::Obj(super::singletons().not_implemented.clone()))
        }
        [a, b] => super::ops::divmod(vm, a, b),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

fn int_rdivmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a, b] if super::ops::as_num(a).is_none() || super::ops::as_num(b).is_none() => {
            Ok(Value::Obj(super::singletons().not_implemented.clone()))
        }
        [a, b] => super::ops::divmod(vm, b, a),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

pub fn register() {
    let t = types();
    super::types::add_methods_kind(
        &t.int,
        &[("__new__", int_new)],
        crate::object::MethodKind::Static,
    );
    super::types::add_methods_kind(
        &t.bool_,
        &[("__new__", bool_new)],
        crate::object::MethodKind::Static,
    );
    super::types::add_methods_kind(
        &t.int,
        &[("from_bytes", int_from_bytes)],
        crate::object::MethodKind::Class,
    );
    super::types::add_methods(
        &t.int,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("__index__", int_index),
            ("__int__", int_index),
            ("__float__", int_float),
            ("__bool__", int_bool),
            ("__hash__", int_hash),
            ("__repr__", int_repr),
            ("__round__", int_round),
            ("__trunc__", int_trunc),
            ("__floor__", int_trunc),
            ("__ceil__", int_trunc),
            ("conjugate", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
            ("to_bytes", int_to_bytes),
            ("__format__", int_format),
            ("__getnewargs__", int_getnewargs),
            ("__divmod__", int_divmod),
            ("__rdivmod__", int_rdivmod),
        ],
    );
    super::types::add_methods(&t.bool_, &[("__repr__", int_repr)]);
    super::types::add_getsets(
        &t.int,
        &[
            ("real", get_real, None),
            ("imag", get_imag, None),
            ("numerator", get_real, None),
            ("denominator", get_one, None),
        ],
    );
    super::ops::register_dunders(&t.int, super::ops::NUMBER_DUNDERS);
    super::ops::register_dunders(&t.int, super::ops::INT_DUNDERS);
    let _ = BigInt::one();
}
