//! The operators on built-in types, natively: numbers (machine ints
//! overflowing into big ints, floats, complex), sequence concatenation and
//! repetition, str %-formatting, set algebra, dict union; comparisons;
//! membership; subscripts.

use super::int::{bigint_to_value, to_bigint};
use super::{new_list, new_str, new_tuple, types};
use crate::object::Payload;
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use baton_compiler::opcode::{BinaryOperator, ComparisonOperator};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A number as the arithmetic sees it.
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Num::Int(i),
                None => Num::Big(b.clone()),
            }),
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(a, b) => Some(Num::Complex(*a, *b)),
            _ => None,
        },
        _ => None,
    }
}

fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    Ok(match n {
        Num::Int(i) => *i as f64,
        Num::Big(b) => super::int::bigint_to_f64(vm, b)?,
        Num::Float(f) => *f,
        Num::Complex(a, _) => *a,
    })
}

fn num_to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(ObjRef::new(
        types().complex.clone(),
        Payload::Complex(re, im),
    ))
}

/// Native `a OP b`, or None when the built-in types don't support it.
pub fn native_binary(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinaryOperator,
    inplace: bool,
) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinaryOperator::And => return Ok(Some(Value::Bool(x & y))),
            BinaryOperator::Or => return Ok(Some(Value::Bool(x | y))),
            BinaryOperator::Xor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let int_only = matches!(
            op,
            BinaryOperator::And
                | BinaryOperator::Or
                | BinaryOperator::Xor
                | BinaryOperator::LShift
                | BinaryOperator::RShift
                | BinaryOperator::MatMul
        );
        if int_only
            && (matches!(x, Num::Float(_) | Num::Complex(..))
                || matches!(y, Num::Float(_) | Num::Complex(..)))
        {
            return Ok(None);
        }
        return numeric_binary(vm, x, y, op).map(Some);
    }
    let (ao, bo) = match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => (Some(x), Some(y)),
        (Value::Obj(x), _) => (Some(x), None),
        (_, Value::Obj(y)) => (None, Some(y)),
        _ => (None, None),
    };
    use BinaryOperator::*;
    match (op, ao.map(|o| &o.payload), bo.map(|o| &o.payload)) {
        (Add, Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Some(new_str(s)))
        }
        (Add, Some(Payload::List(x)), _) if inplace => {
            let items = vm.iterate(b)?;
            x.with(|v| v.extend(items));
            Ok(Some(a.clone()))
        }
        (Add, Some(Payload::List(x)), Some(Payload::List(y))) => {
            if inplace {
                let extra = y.get();
                x.with(|v| v.extend(extra));
                return Ok(Some(a.clone()));
            }
            let mut v = x.get();
            v.extend(y.get());
            Ok(Some(new_list(v)))
        }
        (Add, Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Some(new_tuple(v)))
        }
        (Add, Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(Some(super::new_bytes(v)))
        }
        (Add, Some(Payload::ByteArray(x)), Some(Payload::Bytes(_) | Payload::ByteArray(_))) => {
            let other = super::bytes::bytes_data(b).unwrap_or_default();
            if inplace {
                x.with(|v| v.extend_from_slice(&other));
                return Ok(Some(a.clone()));
            }
            let mut v = x.get();
            v.extend_from_slice(&other);
            Ok(Some(super::bytes::new_bytearray(v)))
        }
        (Multiply, Some(p), _) if is_sequence(p) => match repeat_count(vm, b)? {
            Some(n) => repeat(vm, a, n, inplace).map(Some),
            None => Ok(None),
        },
        (Multiply, _, Some(p)) if is_sequence(p) => match repeat_count(vm, a)? {
            Some(n) => repeat(vm, b, n, false).map(Some),
            None => Ok(None),
        },
        (Remainder, Some(Payload::Str(_)), _) => super::str::percent_format(vm, a, b).map(Some),
        (Remainder, Some(Payload::Bytes(_) | Payload::ByteArray(_)), _) => {
            super::bytes::bytes_percent_format(vm, a, b).map(Some)
        }
        (
            Or | And | Subtract | Xor,
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => super::set::set_binary(vm, a, b, op, inplace).map(Some),
        (Or, Some(Payload::Dict(_)), Some(Payload::Dict(_))) => {
            super::dict::dict_or(vm, a, b, inplace).map(Some)
        }
        _ => Ok(None),
    }
}

fn is_sequence(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
    )
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => match b.to_i64() {
                Some(i) => Ok(Some(i)),
                None => Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer")),
            },
            _ => {
                if crate::types::lookup(o.type_ref(), &super::names().__index__).is_some() {
                    return super::arg_index(vm, v).map(Some);
                }
                Ok(None)
            }
        },
        _ => Ok(None),
    }
}

fn repeat(vm: &mut Vm, seq: &Value, n: i64, inplace: bool) -> PyResult<Value> {
    let n = n.max(0) as usize;
    let o = match seq {
        Value::Obj(o) => o,
        _ => return Ok(seq.clone()),
    };
    let too_big = |len: usize| len.checked_mul(n).map(|t| t > (1 << 40)).unwrap_or(true);
    match &o.payload {
        Payload::Str(s) => {
            if too_big(s.as_str().len()) {
                return Err(vm.new_exception_empty(&types().exc.memory_error));
            }
            Ok(new_str(s.as_str().repeat(n)))
        }
        Payload::List(l) => {
            let items = l.get();
            if too_big(items.len()) {
                return Err(vm.new_exception_empty(&types().exc.memory_error));
            }
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            if inplace {
                l.set(out);
                return Ok(seq.clone());
            }
            Ok(new_list(out))
        }
        Payload::Tuple(t) => {
            if too_big(t.len()) {
                return Err(vm.new_exception_empty(&types().exc.memory_error));
            }
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Ok(new_tuple(out))
        }
        Payload::Bytes(b) => {
            if too_big(b.len()) {
                return Err(vm.new_exception_empty(&types().exc.memory_error));
            }
            Ok(super::new_bytes(b.repeat(n)))
        }
        Payload::ByteArray(b) => {
            let v = b.get().repeat(n);
            if inplace {
                b.set(v);
                return Ok(seq.clone());
            }
            Ok(super::bytes::new_bytearray(v))
        }
        _ => Ok(seq.clone()),
    }
}

fn zero_div(vm: &mut Vm, msg: &str) -> crate::vm::PyErr {
    vm.new_zero_division(msg)
}

/// Integer and float arithmetic.
pub fn numeric_binary(vm: &mut Vm, x: Num, y: Num, op: BinaryOperator) -> PyResult<Value> {
    use BinaryOperator::*;
    if let (Num::Complex(..), _) | (_, Num::Complex(..)) = (&x, &y) {
        return complex_binary(vm, x, y, op);
    }
    if let (Num::Float(_), _) | (_, Num::Float(_)) = (&x, &y) {
        let a = num_to_f64(vm, &x)?;
        let b = num_to_f64(vm, &y)?;
        return float_binary(vm, a, b, op);
    }
    // Both ints.
    if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
        let (a, b) = (*a, *b);
        let fast = match op {
            Add => a.checked_add(b),
            Subtract => a.checked_sub(b),
            Multiply => a.checked_mul(b),
            FloorDivide => {
                if b == 0 {
                    return Err(zero_div(vm, "integer division or modulo by zero"));
                }
                a.checked_div_euclid(b)
                    .map(|_| num_integer::Integer::div_floor(&a, &b))
            }
            Remainder => {
                if b == 0 {
                    return Err(zero_div(vm, "integer modulo by zero"));
                }
                a.checked_rem(b).map(|_| a.mod_floor(&b))
            }
            And => Some(a & b),
            Or => Some(a | b),
            Xor => Some(a ^ b),
            LShift => {
                if b < 0 {
                    return Err(vm.new_value_error("negative shift count".to_string()));
                }
                if b < 63 && (a == 0 || (a.unsigned_abs().leading_zeros() as i64) > b + 1) {
                    Some(a << b)
                } else if a == 0 {
                    Some(0)
                } else {
                    None
                }
            }
            RShift => {
                if b < 0 {
                    return Err(vm.new_value_error("negative shift count".to_string()));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            TrueDivide => {
                if b == 0 {
                    return Err(zero_div(vm, "division by zero"));
                }
                if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(a as f64 / b as f64));
                }
                None
            }
            Power => {
                if b < 0 {
                    if a == 0 {
                        return Err(zero_div(vm, "0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float((a as f64).powf(b as f64)));
                }
                if b <= u32::MAX as i64 {
                    a.checked_pow(b as u32)
                } else {
                    None
                }
            }
            MatMul => return Err(unsupported(vm, op, "int", "int")),
        };
        if let Some(r) = fast {
            return Ok(Value::Int(r));
        }
    }
    let a = num_to_big(&x);
    let b = num_to_big(&y);
    let r = match op {
        Add => a + b,
        Subtract => a - b,
        Multiply => a * b,
        FloorDivide => {
            if b.is_zero() {
                return Err(zero_div(vm, "integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        Remainder => {
            if b.is_zero() {
                return Err(zero_div(vm, "integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        LShift => {
            let n = match b.to_u64() {
                Some(n) if n < (1 << 32) => n,
                _ => {
                    if b.is_negative() {
                        return Err(vm.new_value_error("negative shift count".to_string()));
                    }
                    return Err(vm.new_overflow_error("too many digits in integer"));
                }
            };
            a << n as usize
        }
        RShift => {
            if b.is_negative() {
                return Err(vm.new_value_error("negative shift count".to_string()));
            }
            let n = b.to_u64().unwrap_or(u64::MAX);
            if n > (1 << 32) {
                if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                a >> n as usize
            }
        }
        TrueDivide => {
            if b.is_zero() {
                return Err(zero_div(vm, "division by zero"));
            }
            return Ok(Value::Float(super::int::big_true_divide(vm, &a, &b)?));
        }
        Power => {
            if b.is_negative() {
                if a.is_zero() {
                    return Err(zero_div(vm, "0.0 cannot be raised to a negative power"));
                }
                let af = super::int::bigint_to_f64(vm, &a)?;
                let bf = super::int::bigint_to_f64(vm, &b)?;
                return Ok(Value::Float(af.powf(bf)));
            }
            let e = match b.to_u32() {
                Some(e) => e,
                None => {
                    if a.abs() <= BigInt::from(1) {
                        let odd = b.is_odd();
                        return Ok(bigint_to_value(if a.is_negative() && !odd {
                            BigInt::from(1)
                        } else {
                            a
                        }));
                    }
                    return Err(vm.new_exception_empty(&types().exc.memory_error));
                }
            };
            num_traits::pow::Pow::pow(a, e)
        }
        MatMul => return Err(unsupported(vm, op, "int", "int")),
    };
    Ok(bigint_to_value(r))
}

fn unsupported(vm: &mut Vm, op: BinaryOperator, a: &str, b: &str) -> crate::vm::PyErr {
    vm.new_type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a,
        b
    ))
}

pub fn float_binary(vm: &mut Vm, a: f64, b: f64, op: BinaryOperator) -> PyResult<Value> {
    use BinaryOperator::*;
    Ok(Value::Float(match op {
        Add => a + b,
        Subtract => a - b,
        Multiply => a * b,
        TrueDivide => {
            if b == 0.0 {
                return Err(zero_div(vm, "float division by zero"));
            }
            a / b
        }
        FloorDivide => {
            if b == 0.0 {
                return Err(zero_div(vm, "float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        Remainder => {
            if b == 0.0 {
                return Err(zero_div(vm, "float modulo"));
            }
            float_divmod(a, b).1
        }
        Power => return float_pow(vm, a, b),
        _ => return Err(unsupported(vm, op, "float", "float")),
    }))
}

/// Python's float divmod (floor division and a remainder with the divisor's sign).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(zero_div(vm, "0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // A negative base to a fractional power is complex.
        return complex_binary(
            vm,
            Num::Complex(a, 0.0),
            Num::Complex(b, 0.0),
            BinaryOperator::Power,
        );
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.new_exception(
            &types().exc.overflow_error,
            vec![Value::Int(34), new_str("Numerical result out of range")],
        ));
    }
    Ok(Value::Float(r))
}

fn complex_parts(vm: &mut Vm, n: &Num) -> PyResult<(f64, f64)> {
    Ok(match n {
        Num::Complex(a, b) => (*a, *b),
        other => (num_to_f64(vm, other)?, 0.0),
    })
}

fn complex_binary(vm: &mut Vm, x: Num, y: Num, op: BinaryOperator) -> PyResult<Value> {
    use BinaryOperator::*;
    let (a, b) = complex_parts(vm, &x)?;
    let (c, d) = complex_parts(vm, &y)?;
    let (re, im) = match op {
        Add => (a + c, b + d),
        Subtract => (a - c, b - d),
        Multiply => (a * c - b * d, a * d + b * c),
        TrueDivide => {
            if c == 0.0 && d == 0.0 {
                return Err(zero_div(vm, "complex division by zero"));
            }
            // Smith's method, as CPython's c_quot: scale by the larger
            // component of the divisor to avoid overflow and keep accuracy.
            if c.abs() >= d.abs() {
                let ratio = d / c;
                let den = c + d * ratio;
                ((a + b * ratio) / den, (b - a * ratio) / den)
            } else if d.abs() >= c.abs() {
                let ratio = c / d;
                let den = c * ratio + d;
                ((a * ratio + b) / den, (b * ratio - a) / den)
            } else {
                (f64::NAN, f64::NAN)
            }
        }
        Power if d == 0.0 && c == c.trunc() && c.abs() <= 100.0 => {
            // CPython's c_powi: exact squaring for small integer exponents.
            let n = c.abs() as u32;
            let (mut rr, mut ri) = (1.0f64, 0.0f64);
            let (mut br, mut bi) = (a, b);
            let mut k = n;
            while k > 0 {
                if k & 1 == 1 {
                    let t = rr * br - ri * bi;
                    ri = rr * bi + ri * br;
                    rr = t;
                }
                let t = br * br - bi * bi;
                bi *= 2.0 * br;
                br = t;
                k >>= 1;
            }
            if c < 0.0 {
                // 1 / (rr + ri j), as CPython's c_quot (Smith's algorithm).
                if rr == 0.0 && ri == 0.0 {
                    return Err(zero_div(vm, "0.0 to a negative or complex power"));
                }
                if rr.abs() >= ri.abs() {
                    let ratio = ri / rr;
                    let den = rr + ri * ratio;
                    (1.0 / den, (0.0 - ratio) / den)
                } else {
                    let ratio = rr / ri;
                    let den = rr * ratio + ri;
                    (ratio / den, -1.0 / den)
                }
            } else {
                (rr, ri)
            }
        }
        Power => {
            if c == 0.0 && d == 0.0 {
                (1.0, 0.0)
            } else if a == 0.0 && b == 0.0 {
                if d != 0.0 || c < 0.0 {
                    return Err(zero_div(vm, "0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else {
                // As CPython's c_pow: |z|**re(w) directly (exact for real
                // bases), the imaginary part of w folded in only if non-zero.
                let vabs = a.hypot(b);
                let mut len = vabs.powf(c);
                let at = b.atan2(a);
                let mut phase = at * c;
                if d != 0.0 {
                    len /= (at * d).exp();
                    phase += d * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => {
            return Err(vm.new_type_error(format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                op.symbol()
            )))
        }
    };
    Ok(new_complex(re, im))
}

pub fn native_unary(vm: &mut Vm, a: &Value, dunder: &str) -> PyResult<Option<Value>> {
    let n = match as_num(a) {
        Some(n) => n,
        None => return Ok(None),
    };
    Ok(Some(match (dunder, n) {
        ("__neg__", Num::Int(i)) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => bigint_to_value(-BigInt::from(i)),
        },
        ("__neg__", Num::Big(b)) => bigint_to_value(-b),
        ("__neg__", Num::Float(f)) => Value::Float(-f),
        ("__neg__", Num::Complex(a, b)) => new_complex(-a, -b),
        ("__pos__", Num::Int(i)) => Value::Int(i),
        ("__pos__", Num::Big(b)) => bigint_to_value(b),
        ("__pos__", Num::Float(f)) => Value::Float(f),
        ("__pos__", Num::Complex(a, b)) => new_complex(a, b),
        ("__invert__", Num::Int(i)) => Value::Int(!i),
        ("__invert__", Num::Big(b)) => bigint_to_value(-b - 1),
        ("__abs__", Num::Int(i)) => match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => bigint_to_value(BigInt::from(i).abs()),
        },
        ("__abs__", Num::Big(b)) => bigint_to_value(b.abs()),
        ("__abs__", Num::Float(f)) => Value::Float(f.abs()),
        ("__abs__", Num::Complex(a, b)) => Value::Float(a.hypot(b)),
        _ => {
            let _ = vm;
            return Ok(None);
        }
    }))
}

/// Compares two numbers; None for unordered (NaN).
pub fn compare_nums(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Big(a), Num::Big(b)) => Some(a.cmp(b)),
        (Num::Int(a), Num::Big(b)) => Some(BigInt::from(*a).cmp(b)),
        (Num::Big(a), Num::Int(b)) => Some(a.cmp(&BigInt::from(*b))),
        (Num::Float(f), other) => compare_nums(other, &Num::Float(*f)).map(|o| o.reverse()),
        (Num::Int(i), Num::Float(f)) => compare_int_float(&BigInt::from(*i), *f),
        (Num::Big(b), Num::Float(f)) => compare_int_float(b, *f),
        _ => None,
    }
}

/// Exact comparison of an int with a float.
fn compare_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = num_bigint::BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        super::int::f64_to_bigint(fl).unwrap_or(fb)
    };
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn ord_matches(o: Option<Ordering>, op: ComparisonOperator) -> bool {
    use ComparisonOperator::*;
    match o {
        None => op == NotEqual,
        Some(o) => match op {
            Less => o == Ordering::Less,
            LessEqual => o != Ordering::Greater,
            Equal => o == Ordering::Equal,
            NotEqual => o != Ordering::Equal,
            Greater => o == Ordering::Greater,
            GreaterEqual => o != Ordering::Less,
        },
    }
}

/// Native comparison of built-in values; None when it takes methods.
pub fn native_compare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: ComparisonOperator,
) -> PyResult<Option<bool>> {
    use ComparisonOperator::*;
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if let (Num::Complex(..), _) | (_, Num::Complex(..)) = (&x, &y) {
            if op == Equal || op == NotEqual {
                let (p, q) = complex_parts(vm, &x)?;
                let (r, s) = complex_parts(vm, &y)?;
                return Ok(Some((p == r && q == s) == (op == Equal)));
            }
            return Ok(None);
        }
        return Ok(Some(ord_matches(compare_nums(&x, &y), op)));
    }
    let (ao, bo) = match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => (x, y),
        (Value::None, Value::None) => {
            return Ok(if op == Equal || op == NotEqual {
                Some(op == Equal)
            } else {
                None
            })
        }
        _ => {
            if op == Equal || op == NotEqual {
                // Different kinds of built-in values are never equal, except numbers handled above.
                let is_num_a = as_num(a).is_some();
                let is_num_b = as_num(b).is_some();
                if !(is_num_a && is_num_b) {
                    let other = if matches!(a, Value::Obj(_)) { a } else { b };
                    if let Value::Obj(o) = other {
                        if !matches!(o.payload, Payload::Object(_))
                            || o.is(&super::singletons().not_implemented)
                            || o.is(&super::singletons().ellipsis)
                        {
                            return Ok(Some(op == NotEqual));
                        }
                    } else {
                        return Ok(Some(op == NotEqual));
                    }
                }
            }
            return Ok(None);
        }
    };
    match (&ao.payload, &bo.payload) {
        (Payload::Str(x), Payload::Str(y)) => {
            Ok(Some(ord_matches(Some(x.as_str().cmp(y.as_str())), op)))
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let x = super::bytes::bytes_data(a).unwrap_or_default();
            let y = super::bytes::bytes_data(b).unwrap_or_default();
            Ok(Some(ord_matches(Some(x.cmp(&y)), op)))
        }
        // Tuples are immutable: compared in place (the objects stay alive
        // through `ao`/`bo`). Lists are copied first, since an item's
        // `__eq__` may change them.
        (Payload::Tuple(x), Payload::Tuple(y)) => sequence_compare(vm, x, y, op).map(Some),
        (Payload::List(_), Payload::List(_)) => {
            let x = super::seq_items(ao);
            let y = super::seq_items(bo);
            sequence_compare(vm, &x, &y, op).map(Some)
        }
        (Payload::Dict(_), Payload::Dict(_)) => {
            if op == Equal || op == NotEqual {
                let eq = super::dict::dict_eq(vm, ao, bo)?;
                return Ok(Some(eq == (op == Equal)));
            }
            Ok(None)
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            super::set::set_compare(vm, ao, bo, op).map(Some)
        }
        (Payload::Range(_), Payload::Range(_)) if op == Equal || op == NotEqual => {
            let eq = super::range::range_eq(ao, bo);
            Ok(Some(eq == (op == Equal)))
        }
        _ => {
            if (op == Equal || op == NotEqual) && ao.is(bo) {
                return Ok(Some(op == Equal));
            }
            Ok(None)
        }
    }
}

/// Lexicographic comparison of two sequences.
pub fn sequence_compare(
    vm: &mut Vm,
    x: &[Value],
    y: &[Value],
    op: ComparisonOperator,
) -> PyResult<bool> {
    use ComparisonOperator::*;
    if (op == Equal || op == NotEqual) && x.len() != y.len() {
        return Ok(op == NotEqual);
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !crate::protocol::eq(vm, p, q)? {
            return match op {
                Equal => Ok(false),
                NotEqual => Ok(true),
                _ => {
                    let r = crate::protocol::rich_compare(vm, p, q, op)?;
                    vm.is_true(&r)
                }
            };
        }
    }
    Ok(ord_matches(Some(x.len().cmp(&y.len())), op))
}

/// Native `item in container`; None to use the general protocol.
pub fn native_contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<Option<bool>> {
    match &o.payload {
        Payload::Str(s) => {
            if !super::is_str(item) {
                return Err(vm.new_type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    vm.type_name(item)
                )));
            }
            Ok(Some(s.as_str().contains(super::str_of(item))))
        }
        Payload::Tuple(items) => {
            for x in items.iter() {
                if crate::protocol::eq(vm, x, item)? {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        // By index, as CPython: an item's `__eq__` may change the list.
        Payload::List(l) => {
            let mut i = 0;
            while let Some(x) = l.with(|v| v.get(i).cloned()) {
                if crate::protocol::eq(vm, &x, item)? {
                    return Ok(Some(true));
                }
                i += 1;
            }
            Ok(Some(false))
        }
        Payload::Dict(_) => Ok(Some(super::dict::dict_get(vm, o, item)?.is_some())),
        Payload::Set(_) | Payload::FrozenSet(_) => super::set::set_contains(vm, o, item).map(Some),
        Payload::Range(r) => super::range::range_contains(vm, r, item).map(Some),
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            super::bytes::bytes_contains(vm, o, item).map(Some)
        }
        Payload::DictView(v) => super::dict::view_contains(vm, v, item).map(Some),
        _ => Ok(None),
    }
}

/// Native `container[key]`; None to use `__getitem__`.
pub fn native_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    match &o.payload {
        Payload::List(_) | Payload::Tuple(_) => super::list::seq_getitem(vm, o, key).map(Some),
        Payload::Str(_) => super::str::str_getitem(vm, o, key).map(Some),
        Payload::Dict(_) => match super::dict::dict_get(vm, o, key)? {
            Some(v) => Ok(Some(v)),
            None => Err(vm.new_key_error(key.clone())),
        },
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            super::bytes::bytes_getitem(vm, o, key).map(Some)
        }
        Payload::Range(_) => super::range::range_getitem(vm, o, key).map(Some),
        _ => Ok(None),
    }
}

/// Native `container[key] = value` (or `del` when value is None); false to use methods.
pub fn native_setitem(
    vm: &mut Vm,
    o: &ObjRef,
    key: &Value,
    value: Option<Value>,
) -> PyResult<bool> {
    match &o.payload {
        Payload::List(_) => {
            super::list::list_setitem(vm, o, key, value)?;
            Ok(true)
        }
        Payload::Dict(_) => {
            match value {
                Some(v) => super::dict::dict_setitem(vm, o, key.clone(), v)?,
                None => {
                    if super::dict::dict_remove(vm, o, key)?.is_none() {
                        return Err(vm.new_key_error(key.clone()));
                    }
                }
            }
            Ok(true)
        }
        Payload::ByteArray(_) => {
            super::bytes::bytearray_setitem(vm, o, key, value)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub fn bool_result(v: bool) -> Value {
    Value::Bool(v)
}

/// int.__floordiv__-style helpers for divmod().
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = match (as_num(a), as_num(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => {
            return Err(vm.new_type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            )))
        }
    };
    if let (Num::Float(_), _) | (_, Num::Float(_)) = (&x, &y) {
        let p = num_to_f64(vm, &x)?;
        let q = num_to_f64(vm, &y)?;
        if q == 0.0 {
            return Err(zero_div(vm, "float divmod()"));
        }
        let (d, m) = float_divmod(p, q);
        return Ok(new_tuple(vec![Value::Float(d), Value::Float(m)]));
    }
    if let (Num::Complex(..), _) | (_, Num::Complex(..)) = (&x, &y) {
        return Err(vm.new_type_error(
            "unsupported operand type(s) for divmod(): 'complex' and 'complex'".to_string(),
        ));
    }
    let p = num_to_big(&x);
    let q = num_to_big(&y);
    if q.is_zero() {
        return Err(zero_div(vm, "integer division or modulo by zero"));
    }
    let (d, m) = p.div_mod_floor(&q);
    Ok(new_tuple(vec![bigint_to_value(d), bigint_to_value(m)]))
}

pub fn to_bigint_value(v: &Value) -> Option<BigInt> {
    to_bigint(v)
}

// ---- the dunder methods of built-in types, over the native operators ----------

/// The numeric tower's rank (int < float < complex), None for non-numbers.
fn num_rank(v: &Value) -> Option<u8> {
    match as_num(v)? {
        Num::Int(_) | Num::Big(_) => Some(0),
        Num::Float(_) => Some(1),
        Num::Complex(..) => Some(2),
    }
}

/// Whether `other` is a number of a higher kind than `this` (int.__add__(2.5)
/// is NotImplemented: the float's reflected method handles it).
fn outranks(other: &Value, this: &Value) -> bool {
    matches!((num_rank(other), num_rank(this)), (Some(o), Some(t)) if o > t)
}

/// Whether two values are of one built-in kind (for the comparison dunders:
/// `int.__eq__('a')` is NotImplemented, not False).
fn same_kind(a: &Value, b: &Value) -> bool {
    fn kind(v: &Value) -> u8 {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => 1,
            Value::None | Value::Null => 9,
            Value::Obj(o) => match &o.payload {
                Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) => 1,
                Payload::Str(_) => 2,
                Payload::Bytes(_) | Payload::ByteArray(_) => 3,
                Payload::List(_) => 4,
                Payload::Tuple(_) => 5,
                Payload::Set(_) | Payload::FrozenSet(_) => 6,
                Payload::Dict(_) => 7,
                _ => 8,
            },
        }
    }
    let (x, y) = (kind(a), kind(b));
    x == y && x != 8
}

fn not_implemented() -> Value {
    Value::Obj(super::singletons().not_implemented.clone())
}

fn two_args<'a>(
    vm: &mut Vm,
    args: &'a crate::vm::FuncArgs,
    name: &str,
) -> PyResult<(&'a Value, &'a Value)> {
    match args.pos() {
        [a, b] => Ok((a, b)),
        _ => Err(vm.new_type_error(
            format!(
                "expected 1 argument, got {}",
                args.pos().len().saturating_sub(1)
            )
            .replace("expected", &format!("{name} expected")),
        )),
    }
}

macro_rules! binary_dunders {
    ($($fwd:ident $rev:ident $inp:ident => $op:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: crate::vm::FuncArgs) -> PyResult<Value> {
                let (a, b) = two_args(vm, &args, stringify!($fwd))?;
                if outranks(b, a) {
                    return Ok(not_implemented());
                }
                Ok(native_binary(vm, a, b, BinaryOperator::$op, false)?.unwrap_or_else(not_implemented))
            }
            fn $rev(vm: &mut Vm, args: crate::vm::FuncArgs) -> PyResult<Value> {
                let (a, b) = two_args(vm, &args, stringify!($rev))?;
                if outranks(b, a) {
                    return Ok(not_implemented());
                }
                Ok(native_binary(vm, b, a, BinaryOperator::$op, false)?.unwrap_or_else(not_implemented))
            }
            fn $inp(vm: &mut Vm, args: crate::vm::FuncArgs) -> PyResult<Value> {
                let (a, b) = two_args(vm, &args, stringify!($inp))?;
                Ok(native_binary(vm, a, b, BinaryOperator::$op, true)?.unwrap_or_else(not_implemented))
            }
        )*
        /// (name, function) of every binary dunder.
        pub fn binary_dunder_table() -> Vec<(&'static str, &'static str, &'static str, crate::vm::NativeFn, crate::vm::NativeFn, crate::vm::NativeFn)> {
            vec![$((stringify!($fwd), stringify!($rev), stringify!($inp), $fwd as crate::vm::NativeFn, $rev as crate::vm::NativeFn, $inp as crate::vm::NativeFn),)*]
        }
    };
}

#[allow(non_snake_case)]
mod dunder_fns {
    use super::*;
    binary_dunders! {
        __add__ __radd__ __iadd__ => Add;
        __sub__ __rsub__ __isub__ => Subtract;
        __mul__ __rmul__ __imul__ => Multiply;
        __truediv__ __rtruediv__ __itruediv__ => TrueDivide;
        __floordiv__ __rfloordiv__ __ifloordiv__ => FloorDivide;
        __mod__ __rmod__ __imod__ => Remainder;
        __pow__ __rpow__ __ipow__ => Power;
        __lshift__ __rlshift__ __ilshift__ => LShift;
        __rshift__ __rrshift__ __irshift__ => RShift;
        __and__ __rand__ __iand__ => And;
        __or__ __ror__ __ior__ => Or;
        __xor__ __rxor__ __ixor__ => Xor;
    }

    macro_rules! compare_dunders {
        ($($name:ident => $op:ident;)*) => {
            $(
                fn $name(vm: &mut Vm, args: crate::vm::FuncArgs) -> PyResult<Value> {
                    let (a, b) = two_args(vm, &args, stringify!($name))?;
                    if outranks(b, a) || !same_kind(a, b) {
                        return Ok(not_implemented());
                    }
                    Ok(match native_compare(vm, a, b, ComparisonOperator::$op)? {
                        Some(r) => Value::Bool(r),
                        None => not_implemented(),
                    })
                }
            )*
            pub fn compare_dunder_table() -> Vec<(&'static str, crate::vm::NativeFn)> {
                vec![$((stringify!($name), $name as crate::vm::NativeFn),)*]
            }
        };
    }
    compare_dunders! {
        __lt__ => Less;
        __le__ => LessEqual;
        __eq__ => Equal;
        __ne__ => NotEqual;
        __gt__ => Greater;
        __ge__ => GreaterEqual;
    }

    macro_rules! unary_dunders {
        ($($name:ident;)*) => {
            $(
                fn $name(vm: &mut Vm, args: crate::vm::FuncArgs) -> PyResult<Value> {
                    let a = args.pos().first().cloned().unwrap_or(Value::None);
                    Ok(native_unary(vm, &a, stringify!($name))?.unwrap_or_else(not_implemented))
                }
            )*
            pub fn unary_dunder_table() -> Vec<(&'static str, crate::vm::NativeFn)> {
                vec![$((stringify!($name), $name as crate::vm::NativeFn),)*]
            }
        };
    }
    unary_dunders! { __neg__; __pos__; __abs__; __invert__; }
}

pub use dunder_fns::{binary_dunder_table, compare_dunder_table, unary_dunder_table};

/// Registers the operator dunders whose names are in `which` (e.g. "__add__").
pub fn register_dunders(t: &ObjRef, which: &[&str]) {
    let mut methods: Vec<(&'static str, crate::vm::NativeFn)> = Vec::new();
    for (f, r, i, ff, rf, inf) in binary_dunder_table() {
        if which.contains(&f) {
            methods.push((f, ff));
        }
        if which.contains(&r) {
            methods.push((r, rf));
        }
        if which.contains(&i) {
            methods.push((i, inf));
        }
    }
    for (n, f) in compare_dunder_table()
        .into_iter()
        .chain(unary_dunder_table())
    {
        if which.contains(&n) {
            methods.push((n, f));
        }
    }
    super::types::add_methods(t, &methods);
}

pub const NUMBER_DUNDERS: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
];
pub const INT_DUNDERS: &[&str] = &[
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__invert__",
];
pub const COMPARE_DUNDERS: &[&str] = &["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
