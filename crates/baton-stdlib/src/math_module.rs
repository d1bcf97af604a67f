//! The `math` module, with CPython 3.11's results and errors.
//!
//! The float functions call the C library's libm (see `libm.rs`) as CPython
//! does, and report its special values the same way: a NaN from a non-NaN
//! argument is ValueError("math domain error"), an infinity from a finite
//! argument is OverflowError("math range error") or, at a singularity, a
//! domain error. The functions CPython computes itself (gamma, lgamma, fsum,
//! hypot/dist, remainder, pow's special cases, the int functions) follow the
//! same methods, so that the last bit agrees too.

use crate::libm;
use baton_compiler::opcode::BinaryOperator;
use baton_vm::builtins::{self, int::bigint_to_value, int::to_bigint, new_tuple};
use baton_vm::object::Payload;
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

// ---- errors and argument conversion ---------------------------------------------

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.new_value_error("math domain error".to_string())
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.new_overflow_error("math range error")
}

/// `PyFloat_AsDouble`: a float, an int, or anything with `__float__` or
/// `__index__`; otherwise "must be real number, not X".
pub fn to_double(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => return Ok(*f),
            Payload::Int(b) if baton_vm::types::is_exact_builtin(o) => {
                return builtins::int::bigint_to_f64(vm, b)
            }
            _ => {}
        },
        _ => {}
    }
    let t = vm.type_of(v);
    if let Some(f) = baton_vm::types::lookup(&t, &builtins::intern("__float__")) {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        return match builtins::float::to_f64(&r) {
            Some(x) => Ok(x),
            None => Err(vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(f) = baton_vm::types::lookup(&t, &builtins::intern("__index__")) {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        return match to_bigint(&r) {
            Some(b) => builtins::int::bigint_to_f64(vm, &b),
            None => Err(vm.new_type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(b) = to_bigint(v) {
        return builtins::int::bigint_to_f64(vm, &b);
    }
    Err(vm.new_type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// `operator.index(v)` as a big int.
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        Value::Bool(b) => return Ok(BigInt::from(*b as i64)),
        Value::Obj(o) => {
            if let Payload::Int(b) = &o.payload {
                if baton_vm::types::is_exact_builtin(o) {
                    return Ok(b.clone());
                }
            }
        }
        _ => {}
    }
    let t = vm.type_of(v);
    if let Some(f) = baton_vm::types::lookup(&t, &builtins::intern("__index__")) {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        return match to_bigint(&r) {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    Err(vm.new_type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// Exactly one positional argument (METH_O).
fn one<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    Ok(&args.args[0])
}

/// The float value of the one argument.
fn one_double(vm: &mut Vm, args: &FuncArgs, name: &str) -> PyResult<f64> {
    let v = one(vm, args, name)?;
    to_double(vm, v)
}

/// Exactly two positional arguments (METH_FASTCALL with a count check).
fn two<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.args.len()
        )));
    }
    Ok((&args.args[0], &args.args[1]))
}

/// Positional arguments only, any number.
fn positional<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        let prefix = if name == "log" { "" } else { "math." };
        return Err(vm.new_type_error(format!("{prefix}{name}() takes no keyword arguments")));
    }
    Ok(args.args)
}

// ---- the libm wrappers ------------------------------------------------------------

/// CPython's `math_1`: errors from the special values of `f(x)`.
fn math_1(
    vm: &mut Vm,
    args: &FuncArgs,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one(vm, args, name)?;
    let x = to_double(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_2`.
fn math_2(vm: &mut Vm, args: &FuncArgs, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (a, b) = two(vm, args, name)?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

/// The outcome of a function that reports errors as C's errno does.
enum Errno {
    Ok(f64),
    Dom,
    Range(f64),
}

/// CPython's `is_error` for ERANGE: only an overflow (|r| >= 1.5) is an error.
fn errno_result(vm: &mut Vm, r: Errno) -> PyResult<Value> {
    match r {
        Errno::Ok(x) => Ok(Value::Float(x)),
        Errno::Dom => Err(domain_error(vm)),
        Errno::Range(x) if x.abs() < 1.5 => Ok(Value::Float(x)),
        Errno::Range(_) => Err(range_error(vm)),
    }
}

macro_rules! func1 {
    ($($fname:ident = $pyname:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
                math_1(vm, &args, $pyname, $f, $overflow)
            }
        )*
    };
}

func1! {
    m_acos = "acos", libm::acos, false;
    m_acosh = "acosh", libm::acosh, false;
    m_asin = "asin", libm::asin, false;
    m_asinh = "asinh", libm::asinh, false;
    m_atan = "atan", libm::atan, false;
    m_atanh = "atanh", libm::atanh, false;
    m_cbrt = "cbrt", libm::cbrt, false;
    m_cos = "cos", libm::cos, false;
    m_cosh = "cosh", libm::cosh, true;
    m_exp = "exp", libm::exp, true;
    m_exp2 = "exp2", libm::exp2, true;
    m_expm1 = "expm1", libm::expm1, true;
    m_fabs = "fabs", f64::abs, false;
    m_log1p = "log1p", log1p, false;
    m_sin = "sin", libm::sin, false;
    m_sinh = "sinh", libm::sinh, true;
    m_sqrt = "sqrt", libm::sqrt, false;
    m_tan = "tan", libm::tan, false;
    m_tanh = "tanh", libm::tanh, false;
}

fn log1p(x: f64) -> f64 {
    // Keeps the sign of a zero argument on every platform.
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

fn m_erf(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "erf")?;
    Ok(Value::Float(libm::erf(x)))
}

fn m_erfc(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "erfc")?;
    Ok(Value::Float(libm::erfc(x)))
}

fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

fn m_atan2(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    math_2(vm, &args, "atan2", atan2)
}

fn m_copysign(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    math_2(vm, &args, "copysign", f64::copysign)
}

/// IEEE 754 remainder: x - n*y for the nearest multiple n*y, ties to even n.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than with absy / 2, which may round.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    math_2(vm, &args, "remainder", remainder)
}

fn m_fmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "fmod")?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_pow(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "pow")?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    let r = if !x.is_finite() || !y.is_finite() {
        // IEEE special values, decided here rather than by the platform.
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
        r
    };
    Ok(Value::Float(r))
}

// ---- gamma and lgamma (Lanczos approximation, as CPython computes them) ------------

#[allow(clippy::excessive_precision)] // exact: a dyadic rational
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x*(x+1)*...*(x+11) as a polynomial.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        // In 1/x, to avoid overflow for large x.
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers and half-integers; x finite.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = libm::fmod(x.abs(), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// gamma(n) = (n-1)! for n = 1..=23, each correctly rounded.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

fn tgamma(x: f64) -> Errno {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Errno::Ok(x)
        } else {
            Errno::Dom
        };
    }
    if x == 0.0 {
        return Errno::Dom;
    }
    if x == x.floor() {
        if x < 0.0 {
            return Errno::Dom;
        }
        if x <= 23.0 {
            return Errno::Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Errno::Range(r)
        } else {
            Errno::Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Errno::Ok(0.0 / sinpi(x))
        } else {
            Errno::Range(f64::INFINITY)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The error in computing y, to correct the result with.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        Errno::Range(r)
    } else {
        Errno::Ok(r)
    }
}

fn lgamma(x: f64) -> Errno {
    if !x.is_finite() {
        return if x.is_nan() {
            Errno::Ok(x)
        } else {
            Errno::Ok(f64::INFINITY)
        };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Errno::Dom } else { Errno::Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Errno::Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOGPI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    if r.is_infinite() {
        Errno::Range(r)
    } else {
        Errno::Ok(r)
    }
}

fn m_gamma(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "gamma")?;
    errno_result(vm, tgamma(x))
}

fn m_lgamma(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "lgamma")?;
    errno_result(vm, lgamma(x))
}

// ---- rounding -----------------------------------------------------------------------

/// `type(v).__name__` method lookup, bound to `v` and called with no arguments.
fn call_special(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let t = vm.type_of(v);
    match baton_vm::types::lookup(&t, &builtins::intern(name)) {
        Some(f) => Ok(Some(vm.call(&f, std::slice::from_ref(v))?)),
        None => Ok(None),
    }
}

fn is_int_value(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_)) && baton_vm::types::is_exact_builtin(o)
        }
        _ => false,
    }
}

fn int_value(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

fn m_floor(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one(vm, &args, "floor")?;
    if let Value::Float(f) = v {
        return builtins::int::float_to_int(vm, f.floor());
    }
    if is_int_value(v) {
        return Ok(int_value(v));
    }
    if let Some(r) = call_special(vm, v, "__floor__")? {
        return Ok(r);
    }
    let x = to_double(vm, v)?;
    builtins::int::float_to_int(vm, x.floor())
}

fn m_ceil(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one(vm, &args, "ceil")?;
    if let Value::Float(f) = v {
        return builtins::int::float_to_int(vm, f.ceil());
    }
    if is_int_value(v) {
        return Ok(int_value(v));
    }
    if let Some(r) = call_special(vm, v, "__ceil__")? {
        return Ok(r);
    }
    let x = to_double(vm, v)?;
    builtins::int::float_to_int(vm, x.ceil())
}

fn m_trunc(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one(vm, &args, "trunc")?;
    if let Value::Float(f) = v {
        return builtins::int::float_to_int(vm, *f);
    }
    if is_int_value(v) {
        return Ok(int_value(v));
    }
    if let Some(r) = call_special(vm, v, "__trunc__")? {
        return Ok(r);
    }
    if let Value::Obj(o) = v {
        if let Payload::Float(f) = &o.payload {
            return builtins::int::float_to_int(vm, *f);
        }
    }
    Err(vm.new_type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(v)
    )))
}

// ---- float decomposition ------------------------------------------------------------

fn m_frexp(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "frexp")?;
    let (m, e) = libm::frexp(x);
    Ok(new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "ldexp")?;
    let x = to_double(vm, a)?;
    let exp = match to_bigint(b) {
        Some(i) => i
            .to_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }),
        None => {
            return Err(
                vm.new_type_error("Expected an int as second argument to ldexp.".to_string())
            )
        }
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(range_error(vm));
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

fn m_modf(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

// ---- logarithms ---------------------------------------------------------------------

fn c_log(x: f64) -> Errno {
    if x.is_finite() {
        if x > 0.0 {
            Errno::Ok(libm::log(x))
        } else {
            Errno::Dom
        }
    } else if x.is_nan() || x > 0.0 {
        Errno::Ok(x)
    } else {
        Errno::Dom
    }
}

fn c_log2(x: f64) -> Errno {
    if x.is_finite() {
        if x > 0.0 {
            Errno::Ok(libm::log2(x))
        } else {
            Errno::Dom
        }
    } else if x.is_nan() || x > 0.0 {
        Errno::Ok(x)
    } else {
        Errno::Dom
    }
}

fn c_log10(x: f64) -> Errno {
    if x.is_finite() {
        if x > 0.0 {
            Errno::Ok(libm::log10(x))
        } else {
            Errno::Dom
        }
    } else if x.is_nan() || x > 0.0 {
        Errno::Ok(x)
    } else {
        Errno::Dom
    }
}

/// A big int as m * 2**e with 0.5 <= m < 1, m correctly rounded to 53 bits.
fn bigint_frexp(b: &BigInt) -> (f64, i64) {
    let a = b.magnitude();
    let bits = a.bits() as i64;
    if bits <= 55 {
        let v = a.to_u64().unwrap_or(0) as f64;
        let (m, e) = libm::frexp(v);
        return (m, e as i64);
    }
    let shift = (bits - 55) as u64;
    let mut top = (a >> shift).to_u64().unwrap_or(0);
    if a.trailing_zeros().unwrap_or(0) < shift {
        top |= 1; // sticky bit: the discarded part was not zero
    }
    // top has exactly 55 bits; the conversion rounds it to 53, half to even.
    let m = top as f64 / (1u64 << 55) as f64;
    if m >= 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

/// CPython's `loghelper`: logs of ints of any size, else of floats.
fn log_helper(vm: &mut Vm, v: &Value, func: fn(f64) -> Errno) -> PyResult<f64> {
    let big = match v {
        Value::Int(_) | Value::Bool(_) => to_bigint(v),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => to_bigint(v),
        _ => None,
    };
    if let Some(b) = big {
        if b.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        let res = match b.to_f64() {
            Some(x) if x.is_finite() => func(x),
            _ => {
                let (x, e) = bigint_frexp(&b);
                match (func(x), func(2.0)) {
                    (Errno::Ok(a), Errno::Ok(l2)) => Errno::Ok(a + l2 * e as f64),
                    _ => Errno::Dom,
                }
            }
        };
        return match res {
            Errno::Ok(r) => Ok(r),
            _ => Err(domain_error(vm)),
        };
    }
    let x = to_double(vm, v)?;
    match func(x) {
        Errno::Ok(r) if r.is_nan() && !x.is_nan() => Err(domain_error(vm)),
        Errno::Ok(r) if r.is_infinite() && x.is_finite() => Err(domain_error(vm)),
        Errno::Ok(r) => Ok(r),
        _ => Err(domain_error(vm)),
    }
}

fn m_log(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "log")?;
    if a.is_empty() || a.len() > 2 {
        return Err(vm.new_type_error("math.log requires 1 to 2 arguments".to_string()));
    }
    let num = log_helper(vm, &a[0], c_log)?;
    if a.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_helper(vm, &a[1], c_log)?;
    if den == 0.0 {
        return Err(vm.new_zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn m_log2(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one(vm, &args, "log2")?;
    Ok(Value::Float(log_helper(vm, v, c_log2)?))
}

fn m_log10(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one(vm, &args, "log10")?;
    Ok(Value::Float(log_helper(vm, v, c_log10)?))
}

// ---- angles and classification --------------------------------------------------------

fn m_degrees(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "degrees")?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "radians")?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "isfinite")?;
    Ok(Value::Bool(x.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "isinf")?;
    Ok(Value::Bool(x.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "isnan")?;
    Ok(Value::Bool(x.is_nan()))
}

fn m_isclose(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    let mut a: Option<Value> = pos.first().cloned();
    let mut b: Option<Value> = pos.get(1).cloned();
    let (mut rel, mut abs) = (None, None);
    let (mut duplicate, mut unknown) = (None, None);
    for (name, v) in args.kw() {
        let (slot, position) = match name {
            "a" => (&mut a, 1),
            "b" => (&mut b, 2),
            "rel_tol" => (&mut rel, 0),
            "abs_tol" => (&mut abs, 0),
            _ => {
                unknown.get_or_insert(name);
                continue;
            }
        };
        if slot.is_some() {
            duplicate.get_or_insert((name, position));
        } else {
            *slot = Some(v.clone());
        }
    }
    if a.is_none() {
        return Err(
            vm.new_type_error("isclose() missing required argument 'a' (pos 1)".to_string())
        );
    }
    if b.is_none() {
        return Err(
            vm.new_type_error("isclose() missing required argument 'b' (pos 2)".to_string())
        );
    }
    if let Some((name, i)) = duplicate {
        return Err(vm.new_type_error(format!(
            "argument for isclose() given by name ('{name}') and position ({i})"
        )));
    }
    if let Some(name) = unknown {
        return Err(vm.new_type_error(format!(
            "'{name}' is an invalid keyword argument for isclose()"
        )));
    }
    let a = to_double(vm, &a.unwrap_or(Value::None))?;
    let b = to_double(vm, &b.unwrap_or(Value::None))?;
    if let Some(r) = rel {
        rel_tol = to_double(vm, &r)?;
    }
    if let Some(t) = abs {
        abs_tol = to_double(vm, &t)?;
    }
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative".to_string()));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn m_nextafter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "nextafter")?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn m_ulp(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let x = one_double(vm, &args, "ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

// ---- sums, products, norms -------------------------------------------------------------

fn m_fsum(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let seq = one(vm, &args, "fsum")?;
    let it = vm.get_iter(seq)?;
    // Shewchuk's exact partial sums: non-overlapping, increasing magnitude.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = baton_vm::protocol::iter_next(vm, &it)? {
        let mut x = to_double(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan summand, or from intermediate overflow.
                if xsave.is_finite() {
                    return Err(vm.new_overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.new_value_error("-inf + inf in fsum".to_string()));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly across several partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// sqrt(sum(x*x)) of non-negative finite values, accurately (CPython's
/// `vector_norm`: power-of-two scaling, exact squares by splitting,
/// compensated summation, and a correction of the square root).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny values: 2**-max_e would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * libm::sqrt(csum - 1.0 + frac1)
}

fn m_hypot(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "hypot")?;
    let mut coords = Vec::with_capacity(a.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a {
        let x = to_double(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

fn as_tuple_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if let Payload::Tuple(items) = &o.payload {
            return Ok(items.to_vec());
        }
    }
    vm.iterate(v)
}

fn m_dist(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (p, q) = two(vm, &args, "dist")?;
    let p = as_tuple_items(vm, p)?;
    let q = as_tuple_items(vm, q)?;
    if p.len() != q.len() {
        return Err(
            vm.new_value_error("both points must have the same number of dimensions".to_string())
        );
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let px = to_double(vm, a)?;
        let qx = to_double(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}

fn m_prod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut result = Value::Int(1);
    for (name, v) in args.kw() {
        if name == "start" {
            result = v.clone();
        } else {
            return Err(vm.new_type_error(format!(
                "'{name}' is an invalid keyword argument for prod()"
            )));
        }
    }
    let it = vm.get_iter(&pos[0])?;
    while let Some(item) = baton_vm::protocol::iter_next(vm, &it)? {
        result = match (&result, &item) {
            (Value::Int(a), Value::Int(b)) if a.checked_mul(*b).is_some() => Value::Int(a * b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            _ => {
                baton_vm::protocol::binary_op(vm, &result, &item, BinaryOperator::Multiply, false)?
            }
        };
    }
    Ok(result)
}

// ---- integer functions -----------------------------------------------------------------

fn m_gcd(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "gcd")?;
    let mut res = BigInt::zero();
    for v in a {
        let x = index_bigint(vm, v)?;
        if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(bigint_to_value(res.abs()))
}

fn m_lcm(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "lcm")?;
    let mut res = BigInt::one();
    for v in a {
        let x = index_bigint(vm, v)?;
        if !res.is_zero() {
            res = if x.is_zero() {
                BigInt::zero()
            } else {
                (&res / res.gcd(&x) * &x).abs()
            };
        }
    }
    Ok(bigint_to_value(res.abs()))
}

fn m_isqrt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one(vm, &args, "isqrt")?;
    let n = index_bigint(vm, v)?;
    if n.is_negative() {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative".to_string()));
    }
    Ok(bigint_to_value(n.sqrt()))
}

/// The product of lo..hi (inclusive), by splitting the range in halves so
/// that the big multiplications are balanced.
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let n = hi - lo + 1u32;
    if n <= BigInt::from(16) {
        let mut p = lo.clone();
        let mut i = lo + 1u32;
        while &i <= hi {
            p *= &i;
            i += 1u32;
        }
        return p;
    }
    let mid: BigInt = (lo + hi) >> 1usize;
    range_product(lo, &mid) * range_product(&(&mid + 1u32), hi)
}

fn factorial_of(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(&BigInt::from(2u32), &BigInt::from(n))
}

fn m_factorial(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one(vm, &args, "factorial")?;
    factorial_value(vm, v)
}

fn factorial_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = index_bigint(vm, v)?;
    if n.is_negative() {
        return Err(vm.new_value_error("factorial() not defined for negative values".to_string()));
    }
    let n = match n.to_i64() {
        Some(n) => n,
        None => {
            return Err(vm.new_overflow_error(&format!(
                "factorial() argument should not exceed {}",
                i64::MAX
            )))
        }
    };
    Ok(bigint_to_value(factorial_of(n as u64)))
}

fn m_comb(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "comb")?;
    let n = index_bigint(vm, a)?;
    let k = index_bigint(vm, b)?;
    if n.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer".to_string()));
    }
    if k.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer".to_string()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    if k.to_i64().is_none() {
        return Err(vm.new_overflow_error(&format!("min(n - k, k) must not exceed {}", i64::MAX)));
    }
    // C(n, k) = n*(n-1)*...*(n-k+1) / k!
    let top = range_product(&(&n - &k + 1u32), &n);
    let bottom = range_product(&BigInt::from(2u32), &k);
    Ok(bigint_to_value(top / bottom))
}

fn m_perm(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("math.perm() takes no keyword arguments".to_string()));
    }
    let a = args.args;
    match a.len() {
        0 => return Err(vm.new_type_error("perm expected at least 1 argument, got 0".to_string())),
        1 => return factorial_value(vm, &a[0]),
        2 => {}
        n => return Err(vm.new_type_error(format!("perm expected at most 2 arguments, got {n}"))),
    }
    if a[1].is_none() {
        return factorial_value(vm, &a[0]);
    }
    let n = index_bigint(vm, &a[0])?;
    let k = index_bigint(vm, &a[1])?;
    if n.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer".to_string()));
    }
    if k.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer".to_string()));
    }
    if n < k {
        return Ok(Value::Int(0));
    }
    if k.to_i64().is_none() {
        return Err(vm.new_overflow_error(&format!("k must not exceed {}", i64::MAX)));
    }
    Ok(bigint_to_value(range_product(&(&n - &k + 1u32), &n)))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "math",
        &[
            ("acos", m_acos),
            ("acosh", m_acosh),
            ("asin", m_asin),
            ("asinh", m_asinh),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("atanh", m_atanh),
            ("cbrt", m_cbrt),
            ("ceil", m_ceil),
            ("comb", m_comb),
            ("copysign", m_copysign),
            ("cos", m_cos),
            ("cosh", m_cosh),
            ("degrees", m_degrees),
            ("dist", m_dist),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("fabs", m_fabs),
            ("factorial", m_factorial),
            ("floor", m_floor),
            ("fmod", m_fmod),
            ("frexp", m_frexp),
            ("fsum", m_fsum),
            ("gamma", m_gamma),
            ("gcd", m_gcd),
            ("hypot", m_hypot),
            ("isclose", m_isclose),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("isqrt", m_isqrt),
            ("lcm", m_lcm),
            ("ldexp", m_ldexp),
            ("lgamma", m_lgamma),
            ("log", m_log),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("log2", m_log2),
            ("modf", m_modf),
            ("nextafter", m_nextafter),
            ("perm", m_perm),
            ("pow", m_pow),
            ("prod", m_prod),
            ("radians", m_radians),
            ("remainder", m_remainder),
            ("sin", m_sin),
            ("sinh", m_sinh),
            ("sqrt", m_sqrt),
            ("tan", m_tan),
            ("tanh", m_tanh),
            ("trunc", m_trunc),
            ("ulp", m_ulp),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "pi", Value::Float(std::f64::consts::PI));
    builtins::dict_set_str(&d, "e", Value::Float(std::f64::consts::E));
    builtins::dict_set_str(&d, "tau", Value::Float(std::f64::consts::TAU));
    builtins::dict_set_str(&d, "inf", Value::Float(f64::INFINITY));
    builtins::dict_set_str(&d, "nan", Value::Float(f64::NAN));
    builtins::dict_set_str(
        &d,
        "__doc__",
        builtins::new_str(
            "This module provides access to the mathematical functions\ndefined by the C standard.",
        ),
    );
    Ok(m)
}
