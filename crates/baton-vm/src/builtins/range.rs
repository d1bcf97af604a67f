//! `range` and `slice`.

use super::int::{bigint_to_value, to_bigint};
use super::{arg_index, new_str, types};
use crate::object::{MethodKind, Payload, RangeData};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn big(v: &Value) -> BigInt {
    to_bigint(v).unwrap_or_default()
}

/// Number of items of a range, as a big int.
pub fn range_len_big(r: &RangeData) -> BigInt {
    let (start, stop, step) = (big(&r.start), big(&r.stop), big(&r.step));
    if step.is_positive() {
        if stop > start {
            (stop - start - 1u32) / &step + 1u32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

pub fn range_len_usize(r: &RangeData) -> Option<usize> {
    if let (Value::Int(a), Value::Int(b), Value::Int(c)) = (&r.start, &r.stop, &r.step) {
        let (a, b, c) = (*a as i128, *b as i128, *c as i128);
        let n = if c > 0 {
            if b > a {
                (b - a - 1) / c + 1
            } else {
                0
            }
        } else if a > b {
            (a - b - 1) / (-c) + 1
        } else {
            0
        };
        return usize::try_from(n).ok();
    }
    range_len_big(r).to_usize()
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match to_bigint(v) {
        Some(b) => Ok(bigint_to_value(b)),
        None => {
            let t = vm.type_of(v);
            if let Some(f) = crate::types::lookup(&t, &super::names().__index__) {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return Ok(r);
            }
            Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
}

pub fn new_range(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(ObjRef::new(
        types().range.clone(),
        Payload::Range(Box::new(RangeData { start, stop, step })),
    ))
}

fn range_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("range() takes no keyword arguments".to_string()));
    }
    let pos = &args.args[1..];
    let (start, stop, step) = match pos {
        [stop] => (Value::Int(0), int_arg(vm, stop)?, Value::Int(1)),
        [start, stop] => (int_arg(vm, start)?, int_arg(vm, stop)?, Value::Int(1)),
        [start, stop, step] => (int_arg(vm, start)?, int_arg(vm, stop)?, int_arg(vm, step)?),
        [] => {
            return Err(vm.new_type_error("range expected at least 1 argument, got 0".to_string()))
        }
        _ => {
            return Err(vm.new_type_error(format!(
                "range expected at most 3 arguments, got {}",
                pos.len()
            )))
        }
    };
    if big(&step).is_zero() {
        return Err(vm.new_value_error("range() arg 3 must not be zero".to_string()));
    }
    Ok(new_range(start, stop, step))
}

fn range_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a RangeData> {
    match v {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Range(r) => Ok(r),
            _ => Err(vm.new_type_error("range expected".to_string())),
        },
        _ => Err(vm.new_type_error("range expected".to_string())),
    }
}

pub fn range_item(r: &RangeData, i: &BigInt) -> Value {
    bigint_to_value(big(&r.start) + i * big(&r.step))
}

pub fn range_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let r = match &o.payload {
        Payload::Range(r) => r,
        _ => return Err(vm.new_type_error("range expected".to_string())),
    };
    let len = range_len_big(r);
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let n = len.to_usize().unwrap_or(usize::MAX / 4);
            let (start, stop, step, _) = super::str::slice_indices(vm, sl, n)?;
            let s = big(&r.step);
            let new_start = big(&r.start) + BigInt::from(start) * &s;
            let new_stop = big(&r.start) + BigInt::from(stop) * &s;
            let new_step = s * BigInt::from(step);
            return Ok(new_range(
                bigint_to_value(new_start),
                bigint_to_value(new_stop),
                bigint_to_value(new_step),
            ));
        }
    }
    let i = match to_bigint(key) {
        Some(i) => i,
        None => {
            let i = arg_index(vm, key).map_err(|_| {
                vm.new_type_error(format!(
                    "range indices must be integers or slices, not {}",
                    vm.type_name(key)
                ))
            })?;
            BigInt::from(i)
        }
    };
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.new_index_error("range object index out of range"));
    }
    Ok(range_item(r, &i))
}

pub fn range_contains(vm: &mut Vm, r: &RangeData, item: &Value) -> PyResult<bool> {
    let x = match item {
        Value::Int(_) | Value::Bool(_) => big(item),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => big(item),
        _ => {
            let len = range_len_big(r);
            let mut i = BigInt::zero();
            while i < len {
                if crate::protocol::eq(vm, &range_item(r, &i), item)? {
                    return Ok(true);
                }
                i += 1u32;
            }
            return Ok(false);
        }
    };
    let (start, stop, step) = (big(&r.start), big(&r.stop), big(&r.step));
    let inside = if step.is_positive() {
        x >= start && x < stop
    } else {
        x <= start && x > stop
    };
    Ok(inside && (x - start).mod_floor(&step).is_zero())
}

pub fn range_eq(a: &ObjRef, b: &ObjRef) -> bool {
    let (ra, rb) = match (&a.payload, &b.payload) {
        (Payload::Range(x), Payload::Range(y)) => (x, y),
        _ => return false,
    };
    let la = range_len_big(ra);
    let lb = range_len_big(rb);
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if big(&ra.start) != big(&rb.start) {
        return false;
    }
    la == BigInt::from(1) || big(&ra.step) == big(&rb.step)
}

fn range_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = range_of(vm, args.args.first())?;
    let n = range_len_big(r);
    match n.to_i64() {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = range_of(vm, args.args.first())?;
    let (a, b, c) = (big(&r.start), big(&r.stop), big(&r.step));
    if c == BigInt::from(1) {
        Ok(new_str(format!("range({a}, {b})")))
    } else {
        Ok(new_str(format!("range({a}, {b}, {c})")))
    }
}

fn range_getitem_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [Value::Obj(o), k] => range_getitem(vm, o, k),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

fn range_contains_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = range_of(vm, args.args.first())?;
    Ok(Value::Bool(range_contains(
        vm,
        r,
        args.args.get(1).unwrap_or(&Value::None),
    )?))
}

fn range_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Obj(o)) => Ok(super::iter::native_iter(vm, o)?.unwrap_or(Value::None)),
        _ => Err(vm.new_type_error("range expected".to_string())),
    }
}

fn range_reversed(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = range_of(vm, args.args.first())?;
    let n = range_len_big(r);
    let step = big(&r.step);
    let last = big(&r.start) + (&n - 1u32) * &step;
    let new_stop = big(&r.start) - &step;
    let rr = new_range(
        bigint_to_value(last),
        bigint_to_value(new_stop),
        bigint_to_value(-step),
    );
    let o = match &rr {
        Value::Obj(o) => o.clone(),
        _ => return Ok(Value::None),
    };
    if n.is_zero() {
        return Ok(super::iter::native_iter(vm, &o)?.unwrap_or(Value::None));
    }
    Ok(super::iter::native_iter(vm, &o)?.unwrap_or(Value::None))
}

fn range_index(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = range_of(vm, args.args.first())?;
    let x = args.args.get(1).cloned().unwrap_or(Value::None);
    if range_contains(vm, r, &x)? {
        if let Some(b) = to_bigint(&x) {
            return Ok(bigint_to_value((b - big(&r.start)) / big(&r.step)));
        }
    }
    let xr = vm.repr_string(&x)?;
    Err(vm.new_value_error(format!("{xr} is not in range")))
}

fn range_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = range_of(vm, args.args.first())?;
    let x = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Int(range_contains(vm, r, &x)? as i64))
}

fn range_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = range_of(vm, args.args.first())?;
    let n = range_len_big(r);
    let t = if n.is_zero() {
        super::new_tuple(vec![bigint_to_value(n), Value::None, Value::None])
    } else if n == BigInt::from(1) {
        super::new_tuple(vec![bigint_to_value(n), r.start.clone(), Value::None])
    } else {
        super::new_tuple(vec![bigint_to_value(n), r.start.clone(), r.step.clone()])
    };
    Ok(Value::Int(vm.hash(&t)?))
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(range_of(vm, Some(v))?.start.clone())
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(range_of(vm, Some(v))?.stop.clone())
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(range_of(vm, Some(v))?.step.clone())
}

// ---- slice ----------------------------------------------------------------------

fn slice_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = &args.args[1..];
    Ok(match pos {
        [stop] => super::new_slice(Value::None, stop.clone(), Value::None),
        [start, stop] => super::new_slice(start.clone(), stop.clone(), Value::None),
        [start, stop, step] => super::new_slice(start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(vm.new_type_error(format!(
                "slice expected at least 1 argument, got {}",
                pos.len()
            )))
        }
    })
}

fn slice_parts(vm: &mut Vm, v: &Value) -> PyResult<[Value; 3]> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Slice(s) => Ok((**s).clone()),
            _ => Err(vm.new_type_error("slice expected".to_string())),
        },
        _ => Err(vm.new_type_error("slice expected".to_string())),
    }
}

fn slice_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = slice_parts(vm, args.args.first().unwrap_or(&Value::None))?;
    let a = vm.repr_string(&p[0])?;
    let b = vm.repr_string(&p[1])?;
    let c = vm.repr_string(&p[2])?;
    Ok(new_str(format!("slice({a}, {b}, {c})")))
}

fn slice_indices_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = slice_parts(vm, args.args.first().unwrap_or(&Value::None))?;
    let n = arg_index(vm, args.args.get(1).unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.new_value_error("length should not be negative".to_string()));
    }
    let (a, b, c, _) = super::str::slice_indices(vm, &p, n as usize)?;
    Ok(super::new_tuple(vec![
        Value::Int(a as i64),
        Value::Int(b as i64),
        Value::Int(c as i64),
    ]))
}

fn slice_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_parts(vm, v)?[0].clone())
}
fn slice_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_parts(vm, v)?[1].clone())
}
fn slice_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_parts(vm, v)?[2].clone())
}

fn slice_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = slice_parts(vm, args.args.first().unwrap_or(&Value::None))?;
    let b = match slice_parts(vm, args.args.get(1).unwrap_or(&Value::None)) {
        Ok(b) => b,
        Err(_) => return Ok(Value::Obj(super::singletons().not_implemented.clone())),
    };
    Ok(Value::Bool(super::ops::sequence_compare(
        vm,
        &a,
        &b,
        baton_compiler::ComparisonOperator::Equal,
    )?))
}

pub fn register() {
    let t = types();
    super::types::add_methods_kind(&t.range, &[("__new__", range_new)], MethodKind::Static);
    super::types::add_methods(
        &t.range,
        &[
            ("__len__", range_len),
            ("__repr__", range_repr),
            ("__getitem__", range_getitem_m),
            ("__contains__", range_contains_m),
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("index", range_index),
            ("count", range_count),
            ("__hash__", range_hash),
        ],
    );
    super::types::add_getsets(
        &t.range,
        &[
            ("start", get_start, None),
            ("stop", get_stop, None),
            ("step", get_step, None),
        ],
    );
    super::types::add_methods_kind(&t.slice, &[("__new__", slice_new)], MethodKind::Static);
    super::types::add_methods(
        &t.slice,
        &[
            ("__repr__", slice_repr),
            ("indices", slice_indices_m),
            ("__eq__", slice_eq),
        ],
    );
    super::types::add_getsets(
        &t.slice,
        &[
            ("start", slice_start, None),
            ("stop", slice_stop, None),
            ("step", slice_step, None),
        ],
    );
    if let Some(d) = t.slice.dict.get() {
        super::dict_set_str(&d, "__hash__", Value::None);
    }
}
