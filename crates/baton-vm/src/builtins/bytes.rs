//! `bytes` and `bytearray`: construction, indexing, the methods (with
//! CPython 3.11's results, argument conventions and messages), `%`
//! formatting, and the text codecs behind `str.encode` / `bytes.decode`.
//!
//! Methods read their operand through `buffer`, which borrows a bytes
//! object's contents and copies a bytearray's (so no Python code can run
//! while a bytearray is borrowed). Both types share one implementation of
//! each method; the result has the type of `self`'s base (bytes or
//! bytearray), as in CPython.

use super::str::{
    adjust_indices, args_keywords, args_method_positional, args_none, args_one, args_positional,
    args_slot, args_tuple, center_split, keepends_arg, memory_error, not_implemented,
    sequence_items, subscript_index, wrap_index,
};
use super::{arg_index, new_bytes, new_list, new_str, new_tuple, str_of, types};
use crate::object::{MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::borrow::Cow;

// ---- buffers ---------------------------------------------------------------------------

/// The contents of a bytes-like value: borrowed for bytes, copied for bytearray.
pub fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Some(Cow::Borrowed(b)),
            Payload::ByteArray(b) => Some(Cow::Owned(b.get())),
            Payload::Native(n) => {
                let mut out = None;
                n.with_buffer(&mut |b| out = Some(b.to_vec()));
                out.map(Cow::Owned)
            }
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of a bytes or bytearray value.
pub fn bytes_data(v: &Value) -> Option<Vec<u8>> {
    buffer(v).map(Cow::into_owned)
}

pub fn new_bytearray(v: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(
        types().bytearray.clone(),
        Payload::ByteArray(Mut::new(v)),
    ))
}

/// Runs `f` on the contents of a bytes or bytearray object without copying
/// (`f` must not run Python code).
fn with_data<R>(o: &ObjRef, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match &o.payload {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(b.with(|v| f(v))),
        _ => None,
    }
}

fn data_len(o: &ObjRef) -> usize {
    with_data(o, |d| d.len()).unwrap_or(0)
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
fn need_buffer<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match buffer(v) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `self` of a bytes or bytearray method: its contents, and whether it is a bytearray.
struct SelfBytes<'a> {
    data: Cow<'a, [u8]>,
    ba: bool,
}

impl SelfBytes<'_> {
    fn tn(&self) -> &'static str {
        if self.ba {
            "bytearray"
        } else {
            "bytes"
        }
    }

    /// A result of the same base type as `self`.
    fn wrap(&self, v: Vec<u8>) -> Value {
        wrap(self.ba, v)
    }
}

fn wrap(ba: bool, v: Vec<u8>) -> Value {
    if ba {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

fn self_bytes<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<SelfBytes<'a>> {
    match args.args.first() {
        Some(v @ Value::Obj(o)) => match buffer(v) {
            Some(data) => Ok(SelfBytes {
                data,
                ba: matches!(o.payload, Payload::ByteArray(_)),
            }),
            None => Err(vm.new_type_error(format!(
                "descriptor '{name}' requires a 'bytes' object but received a '{}'",
                vm.type_name(v)
            ))),
        },
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.new_type_error(format!("unbound method bytes.{name}() needs an argument"))),
    }
}

/// `self` unchanged: the same object for an exact bytes, a copy otherwise.
fn unchanged(args: &FuncArgs, me: &SelfBytes) -> Value {
    match args.args.first() {
        Some(v @ Value::Obj(o)) if o.type_ref().is(&types().bytes) => v.clone(),
        _ => me.wrap(me.data.to_vec()),
    }
}

/// A single byte given as an int (`_getbytevalue`): "byte must be in range(0, 256)".
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            super::int::to_bigint(v).and_then(|b| num_traits::ToPrimitive::to_i64(&b))
        }
        _ => match arg_index(vm, v) {
            Ok(i) => Some(i),
            Err(e) if super::exc_matches(&e, &types().exc.overflow_error) => None,
            Err(e) => return Err(e),
        },
    };
    match n {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(vm.new_value_error("byte must be in range(0, 256)".to_string())),
    }
}

/// The needle of find/count/index: bytes-like, or an int that is one byte.
fn needle<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    let is_index = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                || crate::types::lookup(o.type_ref(), &super::names().__index__).is_some()
        }
        _ => false,
    };
    if !is_index {
        return Err(vm.new_type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(Cow::Owned(vec![byte_value(vm, v)?]))
}

// ---- byte-string algorithms ------------------------------------------------------------

/// Python's whitespace for bytes (`Py_ISSPACE`).
#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The first position of `needle` in `hay`.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n => {
            let first = needle[0];
            let last_start = hay.len() - n;
            let mut i = 0;
            while i <= last_start {
                match hay[i..=last_start].iter().position(|&b| b == first) {
                    Some(p) => {
                        let at = i + p;
                        if &hay[at..at + n] == needle {
                            return Some(at);
                        }
                        i = at + 1;
                    }
                    None => return None,
                }
            }
            None
        }
    }
}

/// The last position of `needle` in `hay`.
fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(hay.len());
    }
    if n > hay.len() {
        return None;
    }
    if n == 1 {
        return hay.iter().rposition(|&b| b == needle[0]);
    }
    (0..=hay.len() - n)
        .rev()
        .find(|&i| &hay[i..i + n] == needle)
}

/// Non-overlapping occurrences of a non-empty `needle`, at most `max`.
fn count_bytes(hay: &[u8], needle: &[u8], max: usize) -> usize {
    if needle.len() == 1 {
        return hay.iter().filter(|&&b| b == needle[0]).count().min(max);
    }
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_bytes(&hay[i..], needle) {
            Some(p) => {
                n += 1;
                i += p + needle.len();
            }
            None => break,
        }
    }
    n
}

fn split_sep<'a>(d: &'a [u8], sep: &[u8], limit: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    while out.len() < limit {
        match find_bytes(&d[start..], sep) {
            Some(p) => {
                out.push(&d[start..start + p]);
                start += p + sep.len();
            }
            None => break,
        }
    }
    out.push(&d[start..]);
    out
}

fn rsplit_sep<'a>(d: &'a [u8], sep: &[u8], limit: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = d.len();
    while out.len() < limit {
        match rfind_bytes(&d[..end], sep) {
            Some(p) => {
                out.push(&d[p + sep.len()..end]);
                end = p;
            }
            None => break,
        }
    }
    out.push(&d[..end]);
    out.reverse();
    out
}

// ---- construction ----------------------------------------------------------------------

/// A Vec of `n` zero bytes, or MemoryError.
fn zeroes(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(memory_error(vm));
    }
    v.resize(n, 0);
    Ok(v)
}

/// A count argument of bytes(n) / bytearray(n): OverflowError past the machine range.
fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            match super::int::to_bigint(v).and_then(|b| num_traits::ToPrimitive::to_i64(&b)) {
                Some(i) => i,
                None => {
                    return Err(
                        vm.new_overflow_error("cannot fit 'int' into an index-sized integer")
                    )
                }
            }
        }
        _ => match arg_index(vm, v) {
            Ok(i) => i,
            Err(e) if super::exc_matches(&e, &types().exc.overflow_error) => {
                return Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            Err(e) => return Err(e),
        },
    };
    if n < 0 {
        return Err(vm.new_value_error("negative count".to_string()));
    }
    Ok(n as usize)
}

fn has_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                || crate::types::lookup(o.type_ref(), &super::names().__index__).is_some()
        }
        _ => false,
    }
}

/// The bytes of an iterable of ints; `msg` is the range error's wording.
fn bytes_of_iterable(
    vm: &mut Vm,
    src: &Value,
    msg: &str,
    not_iterable: impl FnOnce(&mut Vm) -> PyErr,
) -> PyResult<Vec<u8>> {
    let items = match src {
        Value::Obj(o) => match &o.payload {
            Payload::List(items) if o.type_ref().is(&types().list) => Some(items.get()),
            Payload::Tuple(items) if o.type_ref().is(&types().tuple) => Some(items.to_vec()),
            _ => None,
        },
        _ => None,
    };
    let items = match items {
        Some(items) => items,
        None => {
            let it = match vm.get_iter(src) {
                Ok(it) => it,
                Err(e) if super::exc_matches(&e, &types().exc.type_error) => {
                    return Err(not_iterable(vm))
                }
                Err(e) => return Err(e),
            };
            let mut items = Vec::new();
            while let Some(x) = crate::protocol::iter_next(vm, &it)? {
                items.push(x);
            }
            items
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        match byte_value(vm, it) {
            Ok(b) => out.push(b),
            Err(e) if super::exc_matches(&e, &types().exc.value_error) => {
                return Err(vm.new_value_error(msg.to_string()))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// The contents for bytes(source, encoding, errors).
fn bytes_source(
    vm: &mut Vm,
    src: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let enc = match encoding {
        Some(e) => Some(super::arg_str(vm, e, "bytes", "'encoding'")?),
        None => None,
    };
    let err = match errors {
        Some(e) => Some(super::arg_str(vm, e, "bytes", "'errors'")?),
        None => None,
    };
    let src = match src {
        Some(s) => s,
        None => {
            if enc.is_some() {
                return Err(vm.new_type_error("encoding without a string argument".to_string()));
            }
            if err.is_some() {
                return Err(vm.new_type_error("errors without a string argument".to_string()));
            }
            return Ok(Vec::new());
        }
    };
    if let Some(enc) = enc {
        if !super::is_str(src) {
            return Err(vm.new_type_error("encoding without a string argument".to_string()));
        }
        let b = encode(vm, str_of(src), enc, err.unwrap_or("strict"))?;
        return Ok(bytes_data(&b).unwrap_or_default());
    }
    if err.is_some() {
        return Err(vm.new_type_error(if super::is_str(src) {
            "string argument without an encoding".to_string()
        } else {
            "errors without a string argument".to_string()
        }));
    }
    if let Value::Obj(o) = src {
        if o.type_ref().is(&types().bytes) {
            return Ok(bytes_data(src).unwrap_or_default());
        }
        {
            if let Some(f) = crate::types::lookup(o.type_ref(), &super::names().__bytes__) {
                let r = vm.call(&f, std::slice::from_ref(src))?;
                return match &r {
                    Value::Obj(ro) if matches!(ro.payload, Payload::Bytes(_)) => {
                        Ok(bytes_data(&r).unwrap_or_default())
                    }
                    _ => Err(vm.new_type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
        }
    }
    if super::is_str(src) {
        return Err(vm.new_type_error("string argument without an encoding".to_string()));
    }
    if has_index(src) {
        let n = count_arg(vm, src)?;
        return zeroes(vm, n);
    }
    if let Some(d) = buffer(src) {
        return Ok(d.into_owned());
    }
    let tn = vm.type_name(src);
    bytes_of_iterable(vm, src, "bytes must be in range(0, 256)", move |vm| {
        vm.new_type_error(format!("cannot convert '{tn}' object to bytes"))
    })
}

/// The contents for bytearray(source, encoding, errors).
fn bytearray_source(
    vm: &mut Vm,
    src: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let enc = match encoding {
        Some(e) => Some(super::arg_str(vm, e, "bytearray", "'encoding'")?),
        None => None,
    };
    let err = match errors {
        Some(e) => Some(super::arg_str(vm, e, "bytearray", "'errors'")?),
        None => None,
    };
    let src = match src {
        Some(s) => s,
        None => {
            if enc.is_some() {
                return Err(vm.new_type_error("encoding without a string argument".to_string()));
            }
            if err.is_some() {
                return Err(vm.new_type_error("errors without a string argument".to_string()));
            }
            return Ok(Vec::new());
        }
    };
    if super::is_str(src) {
        let enc = match enc {
            Some(e) => e,
            None => {
                return Err(vm.new_type_error("string argument without an encoding".to_string()))
            }
        };
        let b = encode(vm, str_of(src), enc, err.unwrap_or("strict"))?;
        return Ok(bytes_data(&b).unwrap_or_default());
    }
    if enc.is_some() {
        return Err(vm.new_type_error("encoding without a string argument".to_string()));
    }
    if err.is_some() {
        return Err(vm.new_type_error("errors without a string argument".to_string()));
    }
    if has_index(src) {
        let n = count_arg(vm, src)?;
        return zeroes(vm, n);
    }
    if let Some(d) = buffer(src) {
        return Ok(d.into_owned());
    }
    let tn = vm.type_name(src);
    bytes_of_iterable(vm, src, "byte must be in range(0, 256)", move |vm| {
        vm.new_type_error(format!("cannot convert '{tn}' object to bytearray"))
    })
}

fn bytes_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.new_type_error("bytes.__new__(X): X is not a type object".to_string())),
    };
    if !crate::types::is_subtype(&cls, &types().bytes) {
        let n = crate::types::type_data(&cls).name();
        return Err(vm.new_type_error(format!("bytes.__new__({n}): {n} is not a subtype of bytes")));
    }
    let [src, encoding, errors] =
        args_keywords(vm, &args, "bytes", ["source", "encoding", "errors"], 0, 0)?;
    let data = bytes_source(vm, src, encoding, errors)?;
    if cls.is(&types().bytes) {
        return Ok(new_bytes(data));
    }
    let o = ObjRef::new(cls.clone(), Payload::Bytes(data.into_boxed_slice()));
    if crate::types::type_data(&cls).has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    Ok(Value::Obj(o))
}

/// bytearray.__new__: an empty bytearray of the class; __init__ fills it.
fn bytearray_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => {
            return Err(
                vm.new_type_error("bytearray.__new__(X): X is not a type object".to_string())
            )
        }
    };
    if !crate::types::is_subtype(&cls, &types().bytearray) {
        let n = crate::types::type_data(&cls).name();
        return Err(vm.new_type_error(format!(
            "bytearray.__new__({n}): {n} is not a subtype of bytearray"
        )));
    }
    if cls.is(&types().bytearray) {
        return Ok(new_bytearray(Vec::new()));
    }
    let o = ObjRef::new(cls.clone(), Payload::ByteArray(Mut::new(Vec::new())));
    if crate::types::type_data(&cls).has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    Ok(Value::Obj(o))
}

fn bytearray_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let [src, encoding, errors] = args_keywords(
        vm,
        &args,
        "bytearray",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let data = bytearray_source(vm, src, encoding, errors)?;
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::ByteArray(b) = &o.payload {
            b.set(data);
        }
    }
    Ok(Value::None)
}

// ---- indexing ------------------------------------------------------------------------

pub fn bytes_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let ba = matches!(o.payload, Payload::ByteArray(_));
    let index = match key {
        Value::Int(i) => Some(*i),
        Value::Obj(k) => {
            if let Payload::Slice(sl) = &k.payload {
                let len = data_len(o);
                let (start, _, step, count) = super::str::slice_indices(vm, sl, len)?;
                if !ba && step == 1 && count == len && o.type_ref().is(&types().bytes) {
                    return Ok(Value::Obj(o.clone()));
                }
                let out = with_data(o, |d| {
                    if step == 1 {
                        let a = start.max(0) as usize;
                        return d.get(a..a + count).map(<[u8]>::to_vec).unwrap_or_default();
                    }
                    if count == 0 {
                        return Vec::new();
                    }
                    let a = start.max(0) as usize;
                    if step > 0 {
                        let from = d.get(a..).unwrap_or(&[]);
                        from.iter()
                            .step_by(step as usize)
                            .take(count)
                            .copied()
                            .collect()
                    } else {
                        let upto = d.get(..=a).unwrap_or(&[]);
                        let picked = upto.iter().rev().step_by(step.unsigned_abs());
                        picked.take(count).copied().collect()
                    }
                })
                .unwrap_or_default();
                return Ok(wrap(ba, out));
            }
            subscript_index(vm, key)?
        }
        _ => subscript_index(vm, key)?,
    };
    let i = match index {
        Some(i) => i,
        None => {
            return Err(vm.new_type_error(format!(
                "{} indices must be integers or slices, not {}",
                if ba { "bytearray" } else { "byte" },
                vm.type_name(key)
            )))
        }
    };
    let b = with_data(o, |d| wrap_index(i, d.len()).map(|i| d[i])).flatten();
    match b {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.new_index_error(if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

/// The bytes assigned to a bytearray slice.
fn slice_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    let is_number = super::is_str(v)
        || match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
            Value::Obj(o) => {
                matches!(
                    o.payload,
                    Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)
                ) || {
                    let n = super::names();
                    let t = o.type_ref();
                    crate::types::lookup(t, &n.__index__).is_some()
                        || crate::types::lookup(t, &n.__int__).is_some()
                        || crate::types::lookup(t, &super::intern("__float__")).is_some()
                }
            }
            _ => false,
        };
    if is_number {
        return Err(vm.new_type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)".to_string(),
        ));
    }
    bytearray_source(vm, Some(v), None, None)
}

/// `ba[key] = value`, or `del ba[key]` when `value` is None.
pub fn bytearray_setitem(
    vm: &mut Vm,
    o: &ObjRef,
    key: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let cell = match &o.payload {
        Payload::ByteArray(b) => b,
        _ => return Ok(()),
    };
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let new: Option<Vec<u8>> = match &value {
                Some(v) => Some(slice_value(vm, v)?),
                None => None,
            };
            let len = cell.with(|b| b.len());
            let (start, stop, step, count) = super::str::slice_indices(vm, sl, len)?;
            if step == 1 {
                let a = start.max(0) as usize;
                let b = (stop.max(start).max(0) as usize).min(len).max(a);
                cell.with(|v| {
                    v.splice(a..b, new.unwrap_or_default());
                });
                return Ok(());
            }
            match new {
                None => {
                    if count == 0 {
                        return Ok(());
                    }
                    // Delete every step-th item of the slice.
                    let (lo, stride) = if step > 0 {
                        (start, step as usize)
                    } else {
                        (start + step * (count as isize - 1), step.unsigned_abs())
                    };
                    let lo = lo.max(0) as usize;
                    cell.with(|v| {
                        let mut k = 0usize;
                        v.retain(|_| {
                            let i = k;
                            k += 1;
                            !(i >= lo
                                && (i - lo).is_multiple_of(stride)
                                && (i - lo) / stride < count)
                        });
                    });
                }
                Some(new) => {
                    if new.len() != count {
                        return Err(vm.new_value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            new.len(),
                            count
                        )));
                    }
                    cell.with(|v| {
                        let mut i = start;
                        for b in new {
                            if let Some(slot) = v.get_mut(i as usize) {
                                *slot = b;
                            }
                            i += step;
                        }
                    });
                }
            }
            return Ok(());
        }
    }
    let i = match subscript_index(vm, key)? {
        Some(i) => i,
        None => {
            return Err(vm.new_type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                vm.type_name(key)
            )))
        }
    };
    let byte = match &value {
        Some(v) => Some(byte_value(vm, v)?),
        None => None,
    };
    let done = cell.with(|v| match wrap_index(i, v.len()) {
        Some(i) => {
            match byte {
                Some(b) => v[i] = b,
                None => {
                    v.remove(i);
                }
            }
            true
        }
        None => false,
    });
    if !done {
        return Err(vm.new_index_error("bytearray index out of range"));
    }
    Ok(())
}

pub fn bytes_contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    if let Some(sub) = buffer(item) {
        return Ok(with_data(o, |d| find_bytes(d, &sub).is_some()).unwrap_or(false));
    }
    if !has_index(item) {
        return Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(item)
        )));
    }
    let b = byte_value(vm, item)?;
    Ok(with_data(o, |d| d.contains(&b)).unwrap_or(false))
}

// ---- search --------------------------------------------------------------------------

fn find_impl(vm: &mut Vm, args: &FuncArgs, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let me = self_bytes(vm, args, name)?;
    let a = args_tuple(vm, args, me.tn(), name, 1, 3)?;
    let (start, end) = adjust_indices(vm, a.get(1), a.get(2), me.data.len())?;
    let sub = needle(vm, &a[0])?;
    if end < start || end - start < sub.len() {
        return Ok(None);
    }
    let hay = &me.data[start..end];
    let found = if reverse {
        rfind_bytes(hay, &sub)
    } else {
        find_bytes(hay, &sub)
    };
    Ok(found.map(|i| start + i))
}

fn b_find(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = find_impl(vm, &args, "find", false)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn b_rfind(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = find_impl(vm, &args, "rfind", true)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn b_index(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("subsection not found".to_string())),
    }
}

fn b_rindex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("subsection not found".to_string())),
    }
}

fn b_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "count")?;
    let a = args_tuple(vm, &args, me.tn(), "count", 1, 3)?;
    let (start, end) = adjust_indices(vm, a.get(1), a.get(2), me.data.len())?;
    let sub = needle(vm, &a[0])?;
    if end < start || end - start < sub.len() {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    Ok(Value::Int(
        count_bytes(&me.data[start..end], &sub, usize::MAX) as i64,
    ))
}

fn affix_impl(vm: &mut Vm, args: FuncArgs, name: &str, ends: bool) -> PyResult<Value> {
    let me = self_bytes(vm, &args, name)?;
    let a = args_tuple(vm, &args, me.tn(), name, 1, 3)?;
    let (start, end) = adjust_indices(vm, a.get(1), a.get(2), me.data.len())?;
    let matches = |sub: &[u8]| -> bool {
        if end < start || end - start < sub.len() {
            return false;
        }
        let hay = &me.data[start..end];
        if ends {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    match &a[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            for item in super::tuple_items(o) {
                let sub = need_buffer(vm, item)?;
                if matches(&sub) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        v => match buffer(v) {
            Some(sub) => Ok(Value::Bool(matches(&sub))),
            None => Err(vm.new_type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn b_startswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

// ---- join, split, partition --------------------------------------------------------------

/// Joins bytes-like items with `sep`; Err(index) names the first item that
/// is not bytes-like, Err(usize::MAX) a result too big to allocate. Runs no
/// Python code (so it may run on a list's items in place).
fn join_buffers(sep: &[u8], items: &[Value]) -> Result<Vec<u8>, usize> {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, v) in items.iter().enumerate() {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) => total = total.saturating_add(b.len()),
                Payload::ByteArray(b) => total = total.saturating_add(b.with(|b| b.len())),
                _ => return Err(i),
            },
            _ => return Err(i),
        }
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(usize::MAX);
    }
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Bytes(b) => out.extend_from_slice(b),
                Payload::ByteArray(b) => b.with(|b| out.extend_from_slice(b)),
                _ => {}
            }
        }
    }
    Ok(out)
}

fn b_join(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "join")?;
    let it = args_one(vm, &args, me.tn(), "join")?;
    let sep = &me.data[..];
    let (joined, items) = match it {
        Value::Obj(o) if o.type_ref().is(&types().list) => match &o.payload {
            Payload::List(items) => (items.with(|items| join_buffers(sep, items)), None),
            _ => (Ok(Vec::new()), None),
        },
        _ => {
            let items = sequence_items(vm, it, "can only join an iterable")?;
            (join_buffers(sep, &items), Some(items))
        }
    };
    match joined {
        Ok(out) => Ok(me.wrap(out)),
        Err(usize::MAX) => Err(memory_error(vm)),
        Err(i) => {
            let item = match (&items, it) {
                (Some(items), _) => items.get(i).cloned(),
                (None, Value::Obj(o)) => match &o.payload {
                    Payload::List(l) => l.with(|l| l.get(i).cloned()),
                    _ => None,
                },
                _ => None,
            }
            .unwrap_or(Value::None);
            Err(vm.new_type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(&item)
            )))
        }
    }
}

fn split_impl(vm: &mut Vm, args: FuncArgs, name: &str, right: bool) -> PyResult<Value> {
    let me = self_bytes(vm, &args, name)?;
    let [sep, maxsplit] = args_keywords(vm, &args, name, ["sep", "maxsplit"], 0, 0)?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => Some(need_buffer(vm, v)?),
    };
    let maxsplit = match maxsplit {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let d = &me.data[..];
    let mut items = Vec::new();
    match &sep {
        None => {
            let ranges = if right {
                super::str::rsplit_ws_ranges(d, limit, is_space)
            } else {
                super::str::split_ws_ranges(d, limit, is_space)
            };
            items.reserve_exact(ranges.len());
            for (a, b) in ranges {
                items.push(me.wrap(d[a..b].to_vec()));
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator".to_string()));
            }
            let parts = if right {
                rsplit_sep(d, sep, limit)
            } else {
                split_sep(d, sep, limit)
            };
            items.reserve_exact(parts.len());
            for p in parts {
                items.push(me.wrap(p.to_vec()));
            }
        }
    }
    Ok(new_list(items))
}

fn b_split(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn b_rsplit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn b_splitlines(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "splitlines")?;
    let [keepends] = args_keywords(vm, &args, "splitlines", ["keepends"], 0, 0)?;
    let keep = keepends_arg(vm, keepends)?;
    let d = &me.data[..];
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
            end += 1;
        }
        out.push(me.wrap(if keep { &d[start..end] } else { &d[start..i] }.to_vec()));
        start = end;
        i = end;
    }
    if start < d.len() {
        out.push(me.wrap(d[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn partition_impl(vm: &mut Vm, args: FuncArgs, name: &str, right: bool) -> PyResult<Value> {
    let me = self_bytes(vm, &args, name)?;
    let sep_v = args_one(vm, &args, me.tn(), name)?;
    let sep = need_buffer(vm, sep_v)?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator".to_string()));
    }
    let d = &me.data[..];
    let found = if right {
        rfind_bytes(d, &sep)
    } else {
        find_bytes(d, &sep)
    };
    let sep_out = |me: &SelfBytes| {
        if !me.ba && matches!(sep_v, Value::Obj(o) if o.type_ref().is(&types().bytes)) {
            sep_v.clone()
        } else {
            me.wrap(sep.to_vec())
        }
    };
    Ok(match found {
        Some(i) => new_tuple(vec![
            me.wrap(d[..i].to_vec()),
            sep_out(&me),
            me.wrap(d[i + sep.len()..].to_vec()),
        ]),
        None if right => new_tuple(vec![
            me.wrap(Vec::new()),
            me.wrap(Vec::new()),
            unchanged(&args, &me),
        ]),
        None => new_tuple(vec![
            unchanged(&args, &me),
            me.wrap(Vec::new()),
            me.wrap(Vec::new()),
        ]),
    })
}

fn b_partition(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ---- strip, replace, affixes, padding --------------------------------------------------

fn strip_impl(vm: &mut Vm, args: FuncArgs, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let me = self_bytes(vm, &args, name)?;
    let a = args_method_positional(vm, &args, me.tn(), name, 0, 1)?;
    let mut set = [false; 256];
    match a.first() {
        None | Some(Value::None) => {
            for b in [b' ', b'\t', b'\n', b'\r', b'\x0b', b'\x0c'] {
                set[b as usize] = true;
            }
        }
        Some(v) => {
            for &b in need_buffer(vm, v)?.iter() {
                set[b as usize] = true;
            }
        }
    }
    let d = &me.data[..];
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && set[d[s] as usize] {
            s += 1;
        }
    }
    if right {
        while e > s && set[d[e - 1] as usize] {
            e -= 1;
        }
    }
    if s == 0 && e == d.len() {
        return Ok(unchanged(&args, &me));
    }
    Ok(me.wrap(d[s..e].to_vec()))
}

fn b_strip(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn b_replace(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "replace")?;
    let a = args_method_positional(vm, &args, me.tn(), "replace", 2, 3)?;
    let old = need_buffer(vm, &a[0])?;
    let new = need_buffer(vm, &a[1])?;
    let count = match a.get(2) {
        Some(c) => arg_index(vm, c)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let d = &me.data[..];
    if max == 0 || old.len() > d.len() {
        return Ok(unchanged(&args, &me));
    }
    let n = if old.is_empty() {
        max.min(d.len() + 1)
    } else {
        count_bytes(d, &old, max)
    };
    if n == 0 {
        return Ok(unchanged(&args, &me));
    }
    let size = (new.len() as u128 * n as u128 + d.len() as u128)
        .saturating_sub(old.len() as u128 * n as u128);
    if size > isize::MAX as u128 {
        return Err(vm.new_overflow_error("replace bytes is too long"));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(size as usize).is_err() {
        return Err(memory_error(vm));
    }
    if old.is_empty() {
        for (i, &b) in d.iter().enumerate() {
            if i < n {
                out.extend_from_slice(&new);
            }
            out.push(b);
        }
        if n > d.len() {
            out.extend_from_slice(&new);
        }
        return Ok(me.wrap(out));
    }
    let mut i = 0;
    for _ in 0..n {
        match find_bytes(&d[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&d[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    Ok(me.wrap(out))
}

fn b_removeprefix(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "removeprefix")?;
    let p = args_one(vm, &args, me.tn(), "removeprefix")?;
    let p = need_buffer(vm, p)?;
    if !p.is_empty() && me.data.starts_with(&p) {
        return Ok(me.wrap(me.data[p.len()..].to_vec()));
    }
    Ok(unchanged(&args, &me))
}

fn b_removesuffix(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "removesuffix")?;
    let p = args_one(vm, &args, me.tn(), "removesuffix")?;
    let p = need_buffer(vm, p)?;
    if !p.is_empty() && me.data.ends_with(&p) {
        return Ok(me.wrap(me.data[..me.data.len() - p.len()].to_vec()));
    }
    Ok(unchanged(&args, &me))
}

/// `width` as a pad target: None when `len` already reaches it.
fn pad_width(vm: &mut Vm, v: &Value, len: usize) -> PyResult<Option<usize>> {
    let width = arg_index(vm, v)?;
    if width <= len as i64 {
        return Ok(None);
    }
    Ok(Some(width as usize - len))
}

fn padded(vm: &mut Vm, d: &[u8], fill: u8, left: usize, right: usize) -> PyResult<Vec<u8>> {
    let size = left.checked_add(right).and_then(|n| n.checked_add(d.len()));
    let mut out = Vec::new();
    match size {
        Some(n) if out.try_reserve_exact(n).is_ok() => {}
        _ => return Err(memory_error(vm)),
    }
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(out.len() + right, fill);
    Ok(out)
}

fn pad_impl(vm: &mut Vm, args: FuncArgs, name: &str, align: char) -> PyResult<Value> {
    let me = self_bytes(vm, &args, name)?;
    let a = args_method_positional(vm, &args, me.tn(), name, 1, 2)?;
    let total = pad_width(vm, &a[0], me.data.len())?;
    let fill = match a.get(1) {
        Some(f) => match buffer(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.new_type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                )))
            }
        },
        None => b' ',
    };
    let total = match total {
        Some(t) => t,
        None => return Ok(unchanged(&args, &me)),
    };
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => center_split(total, total + me.data.len()),
    };
    let out = padded(vm, &me.data, fill, l, r)?;
    Ok(me.wrap(out))
}

fn b_center(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pad_impl(vm, args, "center", '^')
}

fn b_ljust(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", '<')
}

fn b_rjust(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", '>')
}

fn b_zfill(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "zfill")?;
    let w = args_one(vm, &args, me.tn(), "zfill")?;
    let total = match pad_width(vm, w, me.data.len())? {
        Some(t) => t,
        None => return Ok(unchanged(&args, &me)),
    };
    let mut out = padded(vm, &me.data, b'0', total, 0)?;
    if let Some(&c @ (b'+' | b'-')) = me.data.first() {
        out[0] = c;
        out[total] = b'0';
    }
    Ok(me.wrap(out))
}

fn b_expandtabs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "expandtabs")?;
    let [tabsize] = args_keywords(vm, &args, "expandtabs", ["tabsize"], 0, 0)?;
    let ts = match tabsize {
        Some(v) => super::str::arg_c_int(vm, v)? as i64,
        None => 8,
    };
    let out = super::str::expand_tabs(vm, &me.data, ts, false)?;
    Ok(me.wrap(out))
}

// ---- case and predicates ----------------------------------------------------------------

fn map_impl(vm: &mut Vm, args: FuncArgs, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let me = self_bytes(vm, &args, name)?;
    args_none(vm, &args, me.tn(), name)?;
    Ok(me.wrap(f(&me.data)))
}

fn b_upper(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_impl(vm, args, "upper", <[u8]>::to_ascii_uppercase)
}

fn b_lower(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_impl(vm, args, "lower", <[u8]>::to_ascii_lowercase)
}

fn b_swapcase(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_impl(vm, args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_capitalize(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_impl(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_title(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_impl(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred_impl(
    vm: &mut Vm,
    args: FuncArgs,
    name: &str,
    empty: bool,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let me = self_bytes(vm, &args, name)?;
    args_none(vm, &args, me.tn(), name)?;
    if me.data.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(f(&me.data)))
}

fn b_isalnum(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "isalnum", false, |d| {
        d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn b_isalpha(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "isalpha", false, |d| {
        d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn b_isascii(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "isascii", true, |d| d.is_ascii())
}

fn b_isdigit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "isdigit", false, |d| {
        d.iter().all(u8::is_ascii_digit)
    })
}

fn b_isspace(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "isspace", false, |d| {
        d.iter().all(|&c| is_space(c))
    })
}

fn b_islower(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "islower", false, |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn b_isupper(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "isupper", false, |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn b_istitle(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred_impl(vm, args, "istitle", false, |d| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ---- translate, hex ---------------------------------------------------------------------

fn maketrans_impl(vm: &mut Vm, args: FuncArgs, tn: &str) -> PyResult<Value> {
    let a = args_positional(vm, args.pos(), args.has_kw(), tn, "maketrans", 2, 2)?;
    let from = need_buffer(vm, &a[0])?;
    let to = need_buffer(vm, &a[1])?;
    if from.len() != to.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length".to_string()));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

fn b_maketrans(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    maketrans_impl(vm, args, "bytes")
}

fn ba_maketrans(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    maketrans_impl(vm, args, "bytearray")
}

fn b_translate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "translate")?;
    let [table, delete] = args_keywords(vm, &args, "translate", ["table", "delete"], 1, 1)?;
    let table = match table {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = need_buffer(vm, t)?;
            if t.len() != 256 {
                return Err(
                    vm.new_value_error("translation table must be 256 characters long".to_string())
                );
            }
            Some(t)
        }
    };
    let mut deleted = [false; 256];
    if let Some(d) = delete {
        for &b in need_buffer(vm, d)?.iter() {
            deleted[b as usize] = true;
        }
    }
    let out: Vec<u8> = me
        .data
        .iter()
        .filter(|&&b| !deleted[b as usize])
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    if table.is_none() && out.len() == me.data.len() {
        return Ok(unchanged(&args, &me));
    }
    Ok(me.wrap(out))
}

/// The hex digits of `data`, with `sep` between groups of `group` bytes
/// counted from the right (from the left when `group` is negative).
fn hex_text(data: &[u8], sep: Option<char>, group: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    let g = group.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && g > 0 {
                let boundary = if group > 0 {
                    (n - i).is_multiple_of(g)
                } else {
                    i.is_multiple_of(g)
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

fn b_hex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "hex")?;
    let [sep, bytes_per_sep] = args_keywords(vm, &args, "hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let sep = match sep {
        None => None,
        Some(v) => {
            let c = if let Some(t) = super::is_str(v).then(|| str_of(v)) {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => c,
                    _ => return Err(vm.new_value_error("sep must be length 1.".to_string())),
                }
            } else if let Some(b) = buffer(v) {
                if b.len() != 1 {
                    return Err(vm.new_value_error("sep must be length 1.".to_string()));
                }
                b[0] as char
            } else {
                return Err(
                    vm.new_type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                );
            };
            if !c.is_ascii() {
                return Err(vm.new_value_error("sep must be ASCII.".to_string()));
            }
            Some(c)
        }
    };
    let group = match bytes_per_sep {
        Some(v) => super::str::arg_c_int(vm, v)? as i64,
        None => 1,
    };
    Ok(new_str(hex_text(&me.data, sep, group)))
}

fn b_fromhex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => types().bytes.clone(),
    };
    let ba = crate::types::is_subtype(&cls, &types().bytearray);
    let tn = if ba { "bytearray" } else { "bytes" };
    let s = args_one(vm, &args, tn, "fromhex")?;
    if !super::is_str(s) {
        return Err(vm.new_type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(s)
        )));
    }
    let chars: Vec<char> = str_of(s).chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, pos: usize| {
        vm.new_value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = match chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) {
            Some(h) => h,
            None => return Err(bad(vm, i)),
        };
        let lo = match chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
        {
            Some(l) => l,
            None => return Err(bad(vm, i + 1)),
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if cls.is(&types().bytes) {
        return Ok(new_bytes(out));
    }
    if cls.is(&types().bytearray) {
        return Ok(new_bytearray(out));
    }
    let made = wrap(ba, out);
    vm.call(&Value::Obj(cls), &[made])
}

fn b_decode(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "decode")?;
    let [encoding, errors] = args_keywords(vm, &args, "decode", ["encoding", "errors"], 0, 0)?;
    let enc = match encoding {
        Some(e) => super::arg_str(vm, e, "decode", "'encoding'")?,
        None => "utf-8",
    };
    let err = match errors {
        Some(e) => super::arg_str(vm, e, "decode", "'errors'")?,
        None => "strict",
    };
    decode(vm, &me.data, enc, err)
}

// ---- bytearray's mutators ----------------------------------------------------------------

fn ba_cell<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a Mut<Vec<u8>>> {
    match args.args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::ByteArray(b) => Ok(b),
            _ => Err(vm.new_type_error(format!(
                "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
                vm.type_name(&args.args[0])
            ))),
        },
        _ => Err(vm.new_type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        ))),
    }
}

fn ba_append(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "append")?;
    let v = args_one(vm, &args, "bytearray", "append")?;
    let b = byte_value(vm, v)?;
    cell.with(|d| d.push(b));
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "extend")?;
    let v = args_one(vm, &args, "bytearray", "extend")?;
    let data = match buffer(v) {
        Some(b) => b.into_owned(),
        None => {
            let tn = vm.type_name(v);
            bytes_of_iterable(vm, v, "byte must be in range(0, 256)", move |vm| {
                vm.new_type_error(format!("can't extend bytearray with {tn}"))
            })?
        }
    };
    cell.with(|d| d.extend_from_slice(&data));
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "insert")?;
    let a = args_method_positional(vm, &args, "bytearray", "insert", 2, 2)?;
    let index = arg_index(vm, &a[0])?;
    let b = byte_value(vm, &a[1])?;
    cell.with(|d| {
        let n = d.len() as i64;
        let i = if index < 0 {
            (index + n).max(0)
        } else {
            index.min(n)
        };
        d.insert(i as usize, b);
    });
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "pop")?;
    let a = args_method_positional(vm, &args, "bytearray", "pop", 0, 1)?;
    let index = match a.first() {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    if cell.with(|d| d.is_empty()) {
        return Err(vm.new_index_error("pop from empty bytearray"));
    }
    match cell.with(|d| wrap_index(index, d.len()).map(|i| d.remove(i))) {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.new_index_error("pop index out of range")),
    }
}

fn ba_remove(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "remove")?;
    let v = args_one(vm, &args, "bytearray", "remove")?;
    let b = byte_value(vm, v)?;
    let found = cell.with(|d| match d.iter().position(|&x| x == b) {
        Some(i) => {
            d.remove(i);
            true
        }
        None => false,
    });
    if !found {
        return Err(vm.new_value_error("value not found in bytearray".to_string()));
    }
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "reverse")?;
    args_none(vm, &args, "bytearray", "reverse")?;
    cell.with(|d| d.reverse());
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "clear")?;
    args_none(vm, &args, "bytearray", "clear")?;
    cell.with(|d| d.clear());
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "copy")?;
    args_none(vm, &args, "bytearray", "copy")?;
    Ok(new_bytearray(cell.get()))
}

fn ba_alloc(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cell = ba_cell(vm, &args, "__alloc__")?;
    args_none(vm, &args, "bytearray", "__alloc__")?;
    let n = cell.with(|d| d.len());
    Ok(Value::Int(if n == 0 { 0 } else { n as i64 + 1 }))
}

fn ba_setitem_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    ba_cell(vm, &args, "__setitem__")?;
    // CPython's wrapper for this slot has no name in its message.
    let a = args_slot(vm, &args, "__setitem__", 2).map_err(|e| {
        if args.has_kw() {
            return e;
        }
        let n = args.args.len() - 1;
        vm.new_type_error(format!(" expected 2 arguments, got {n}"))
    })?;
    if let Some(Value::Obj(o)) = args.args.first() {
        bytearray_setitem(vm, o, &a[0], Some(a[1].clone()))?;
    }
    Ok(Value::None)
}

fn ba_delitem_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    ba_cell(vm, &args, "__delitem__")?;
    let a = args_slot(vm, &args, "__delitem__", 1)?;
    if let Some(Value::Obj(o)) = args.args.first() {
        bytearray_setitem(vm, o, &a[0], None)?;
    }
    Ok(Value::None)
}

/// `__reduce_ex__` / `__reduce__`: rebuild from the contents (as latin-1
/// text for protocols below 3, as CPython does).
fn ba_reduce_common(vm: &mut Vm, args: &FuncArgs, proto: i64) -> PyResult<Value> {
    let cell = ba_cell(vm, args, "__reduce__")?;
    let me = args.args.first().cloned().unwrap_or(Value::None);
    let cls = Value::Obj(super::type_of(&me));
    let data = cell.get();
    let state = match &me {
        Value::Obj(o) => match o.dict.get() {
            Some(d) if super::dict::dict_len(&d) > 0 => Value::Obj(d),
            _ => Value::None,
        },
        _ => Value::None,
    };
    let ctor_args = if proto < 3 {
        let text: String = data.iter().map(|&b| b as char).collect();
        new_tuple(vec![new_str(text), new_str("latin-1")])
    } else {
        new_tuple(vec![new_bytes(data)])
    };
    Ok(new_tuple(vec![cls, ctor_args, state]))
}

fn ba_reduce(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    args_none(vm, &args, "bytearray", "__reduce__")?;
    ba_reduce_common(vm, &args, 0)
}

fn ba_reduce_ex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = args_method_positional(vm, &args, "bytearray", "__reduce_ex__", 0, 1)?;
    let proto = match a.first() {
        Some(v) => super::str::arg_c_int(vm, v)? as i64,
        None => 0,
    };
    ba_reduce_common(vm, &args, proto)
}

// ---- dunders --------------------------------------------------------------------------

fn b_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "__repr__")?;
    args_slot(vm, &args, "__repr__", 0)?;
    let r = baton_text::bytes_repr(&me.data);
    if me.ba {
        let tn = vm.type_name(&args.args[0]);
        return Ok(new_str(format!("{tn}({r})")));
    }
    Ok(new_str(r))
}

fn b_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_bytes(vm, &args, "__str__")?;
    args_slot(vm, &args, "__str__", 0)?;
    b_repr(vm, FuncArgs::new(&args.args[..1]))
}

fn b_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_bytes(vm, &args, "__len__")?;
    args_slot(vm, &args, "__len__", 0)?;
    match args.args.first() {
        Some(Value::Obj(o)) => Ok(Value::Int(data_len(o) as i64)),
        _ => Ok(Value::Int(0)),
    }
}

fn b_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "__hash__")?;
    args_slot(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(crate::str::hash_bytes(&me.data)))
}

fn b_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_bytes(vm, &args, "__getitem__")?;
    let a = args_slot(vm, &args, "__getitem__", 1)?;
    match args.args.first() {
        Some(Value::Obj(o)) => bytes_getitem(vm, o, &a[0]),
        _ => Err(vm.new_type_error("bytes expected".to_string())),
    }
}

fn b_contains(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_bytes(vm, &args, "__contains__")?;
    let a = args_slot(vm, &args, "__contains__", 1)?;
    match args.args.first() {
        Some(Value::Obj(o)) => bytes_contains(vm, o, &a[0]).map(Value::Bool),
        _ => Err(vm.new_type_error("bytes expected".to_string())),
    }
}

fn b_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_bytes(vm, &args, "__iter__")?;
    args_slot(vm, &args, "__iter__", 0)?;
    match args.args.first() {
        Some(Value::Obj(o)) => match super::iter::native_iter(vm, o)? {
            Some(it) => Ok(it),
            None => Err(vm.new_type_error("bytes expected".to_string())),
        },
        _ => Err(vm.new_type_error("bytes expected".to_string())),
    }
}

fn b_add(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "__add__")?;
    let a = args_slot(vm, &args, "__add__", 1)?;
    match buffer(&a[0]) {
        Some(other) => {
            let mut out = Vec::new();
            if out
                .try_reserve_exact(me.data.len().saturating_add(other.len()))
                .is_err()
            {
                return Err(memory_error(vm));
            }
            out.extend_from_slice(&me.data);
            out.extend_from_slice(&other);
            Ok(me.wrap(out))
        }
        None => Ok(not_implemented()),
    }
}

fn b_mod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_bytes(vm, &args, "__mod__")?;
    let a = args_slot(vm, &args, "__mod__", 1)?;
    let fmt = args.args[0].clone();
    bytes_percent_format(vm, &fmt, &a[0])
}

fn b_rmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_bytes(vm, &args, "__rmod__")?;
    let a = args_slot(vm, &args, "__rmod__", 1)?;
    if buffer(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    let me = args.args[0].clone();
    bytes_percent_format(vm, &a[0], &me)
}

fn b_getnewargs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "__getnewargs__")?;
    args_none(vm, &args, "bytes", "__getnewargs__")?;
    Ok(new_tuple(vec![new_bytes(me.data.into_owned())]))
}

fn b_bytes(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "__bytes__")?;
    args_none(vm, &args, "bytes", "__bytes__")?;
    match args.args.first() {
        Some(v @ Value::Obj(o)) if o.type_ref().is(&types().bytes) => Ok(v.clone()),
        _ => Ok(new_bytes(me.data.into_owned())),
    }
}

fn b_sizeof(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = self_bytes(vm, &args, "__sizeof__")?;
    args_none(vm, &args, me.tn(), "__sizeof__")?;
    let n = me.data.len() as i64;
    Ok(Value::Int(if me.ba {
        56 + if n == 0 { 0 } else { n + 1 }
    } else {
        33 + n
    }))
}

// ---- bytes % args ------------------------------------------------------------------------

struct PercentBytes<'a> {
    vm: &'a mut Vm,
    args: &'a Value,
    items: Vec<Value>,
}

impl baton_text::PercentBytesArgs for PercentBytes<'_> {
    type Value = Value;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match self.args {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => Some(self.items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match self.args {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(_) | Payload::Bytes(_) | Payload::Str(_) => false,
                Payload::Dict(_) => true,
                _ => crate::types::lookup(o.type_ref(), &super::names().__getitem__).is_some(),
            },
            _ => false,
        }
    }

    fn item(&mut self, index: usize) -> Value {
        self.items.get(index).cloned().unwrap_or(Value::None)
    }

    fn whole(&mut self) -> Value {
        self.args.clone()
    }

    fn lookup(&mut self, key: &[u8]) -> Result<Value, PyErr> {
        let a = self.args.clone();
        crate::protocol::getitem(self.vm, &a, &new_bytes(key.to_vec()))
    }

    fn as_int(&mut self, value: &Value) -> Option<BigInt> {
        super::int::to_bigint(value)
    }

    fn bytes(&mut self, value: &Value) -> Result<Vec<u8>, PyErr> {
        if let Some(b) = buffer(value) {
            return Ok(b.into_owned());
        }
        if let Value::Obj(o) = value {
            if let Some(f) = crate::types::lookup(o.type_ref(), &super::names().__bytes__) {
                let r = self.vm.call(&f, std::slice::from_ref(value))?;
                return match &r {
                    Value::Obj(ro) if matches!(ro.payload, Payload::Bytes(_)) => {
                        Ok(bytes_data(&r).unwrap_or_default())
                    }
                    _ => {
                        let tn = self.vm.type_name(&r);
                        Err(self
                            .vm
                            .new_type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                    }
                };
            }
        }
        let tn = self.vm.type_name(value);
        Err(super::int::text_error(
            self.vm,
            baton_text::percent::percent_bytes_type_error(&tn),
        ))
    }

    fn ascii(&mut self, value: &Value) -> Result<String, PyErr> {
        let r = self.vm.ascii(value)?;
        Ok(str_of(&r).to_string())
    }

    fn int(&mut self, value: &Value, conversion: char) -> Result<BigInt, PyErr> {
        if let Some(i) = super::int::to_bigint(value) {
            return Ok(i);
        }
        let tn = self.vm.type_name(value);
        let t = super::type_of(value);
        let names = super::names();
        let has_index = crate::types::lookup(&t, &names.__index__).is_some();
        if matches!(conversion, 'o' | 'x' | 'X') {
            if has_index {
                let r = self.vm.call_method(value, "__index__", &[])?;
                return Ok(super::int::to_bigint(&r).unwrap_or_default());
            }
            return Err(super::int::text_error(
                self.vm,
                baton_text::percent::percent_int_type_error(conversion, &tn),
            ));
        }
        let is_number = super::float::to_f64(value).is_some()
            || crate::types::lookup(&t, &names.__int__).is_some()
            || has_index;
        if !is_number {
            return Err(super::int::text_error(
                self.vm,
                baton_text::percent::percent_int_type_error(conversion, &tn),
            ));
        }
        let r = super::int::int_of(self.vm, value)?;
        Ok(super::int::to_bigint(&r).unwrap_or_default())
    }

    fn float(&mut self, value: &Value) -> Result<f64, PyErr> {
        if let Some(f) = super::float::to_f64(value) {
            return Ok(f);
        }
        let t = super::type_of(value);
        let numeric = super::int::to_bigint(value).is_some()
            || crate::types::lookup(&t, &super::intern("__float__")).is_some()
            || crate::types::lookup(&t, &super::names().__index__).is_some();
        let r = if numeric {
            super::float::float_of(self.vm, value)
        } else {
            Err(self.vm.new_type_error(String::new()))
        };
        // As CPython: any failure to convert is this TypeError.
        r.map_err(|_| {
            let tn = self.vm.type_name(value);
            self.vm
                .new_type_error(format!("float argument required, not {tn}"))
        })
    }

    fn byte(&mut self, value: &Value) -> Result<baton_text::ByteArg, PyErr> {
        if let Some(b) = buffer(value) {
            return Ok(baton_text::ByteArg::Bytes(b.into_owned()));
        }
        if let Some(i) = super::int::to_bigint(value) {
            return Ok(baton_text::ByteArg::Int(i));
        }
        if has_index(value) {
            let r = self.vm.call_method(value, "__index__", &[])?;
            if let Some(i) = super::int::to_bigint(&r) {
                return Ok(baton_text::ByteArg::Int(i));
            }
        }
        Ok(baton_text::ByteArg::Other)
    }
}

/// `fmt % args` for bytes and bytearray (the result has `fmt`'s base type).
pub fn bytes_percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let ba = matches!(fmt, Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)));
    let f = match buffer(fmt) {
        Some(f) => f.into_owned(),
        None => return Ok(not_implemented()),
    };
    let items = match args {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => super::tuple_items(o).to_vec(),
        _ => Vec::new(),
    };
    let mut p = PercentBytes { vm, args, items };
    match baton_text::percent_format_bytes(&f, &mut p) {
        Ok(out) => Ok(wrap(ba, out)),
        Err(baton_text::FormatError::Text(t)) => Err(super::int::text_error(p.vm, t)),
        Err(baton_text::FormatError::Arg(e)) => Err(e),
    }
}

// ---- codecs ------------------------------------------------------------------------------

/// The text encodings baton implements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    UnicodeEscape,
    RawUnicodeEscape,
}

enum CodecLookup {
    Text(Codec),
    /// A bytes-to-bytes codec of `codecs` (base64, zlib...), not for str.encode.
    Binary,
    Unknown,
}

/// Python's `encodings.normalize_encoding`, lowercased.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn lookup_codec(name: &str) -> CodecLookup {
    use Codec::*;
    // The common spellings first, without allocating.
    match name {
        "utf-8" | "utf8" | "UTF-8" => return CodecLookup::Text(Utf8),
        "ascii" => return CodecLookup::Text(Ascii),
        "latin-1" | "latin1" => return CodecLookup::Text(Latin1),
        _ => {}
    }
    let n = normalize_encoding(name);
    let codec = match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Utf8,
        "utf_8_sig" => Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Latin1,
        "cp1252" | "windows_1252" | "1252" => Cp1252,
        "utf_16" | "u16" | "utf16" => Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Utf16Be,
        "utf_32" | "u32" | "utf32" => Utf32,
        "utf_32_le" | "utf_32le" => Utf32Le,
        "utf_32_be" | "utf_32be" => Utf32Be,
        "unicode_escape" => UnicodeEscape,
        "raw_unicode_escape" => RawUnicodeEscape,
        "base64" | "base_64" | "base64_codec" | "bz2" | "bz2_codec" | "hex" | "hex_codec"
        | "quopri" | "quoted_printable" | "quotedprintable" | "quopri_codec" | "uu"
        | "uu_codec" | "zlib" | "zip" | "zlib_codec" | "rot13" | "rot_13" => {
            return CodecLookup::Binary
        }
        _ => return CodecLookup::Unknown,
    };
    CodecLookup::Text(codec)
}

fn find_codec(vm: &mut Vm, encoding: &str, decoding: bool) -> PyResult<Codec> {
    match lookup_codec(encoding) {
        CodecLookup::Text(c) => Ok(c),
        CodecLookup::Binary => Err(vm.new_exception_msg(
            &types().exc.lookup_error,
            format!(
                "'{encoding}' is not a text encoding; use codecs.{}() to handle arbitrary codecs",
                if decoding { "decode" } else { "encode" }
            ),
        )),
        CodecLookup::Unknown => Err(vm.new_exception_msg(
            &types().exc.lookup_error,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

/// The error handlers of the codecs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    /// surrogateescape, surrogatepass, namereplace: their results need lone
    /// surrogates or the Unicode name database, which baton's str lacks;
    /// they fail as strict does.
    AsStrict,
    /// namereplace and xmlcharrefreplace cannot handle decoding errors.
    EncodeOnly,
    Unknown,
}

fn handler(name: &str, decoding: bool) -> Handler {
    match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if decoding => Handler::EncodeOnly,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" if decoding => Handler::EncodeOnly,
        "surrogateescape" | "surrogatepass" | "namereplace" => Handler::AsStrict,
        _ => Handler::Unknown,
    }
}

/// A UnicodeError made through its class, so its attributes are set.
fn unicode_error(vm: &mut Vm, t: &ObjRef, args: Vec<Value>) -> PyErr {
    match vm.call(&Value::Obj(t.clone()), &args) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_exception(t, args),
        Err(e) => e,
    }
}

/// Decoding state: where errors are reported and how they are handled.
struct Decoder<'a> {
    codec: &'static str,
    data: &'a [u8],
    errors: &'a str,
    handler: Handler,
    out: String,
}

impl Decoder<'_> {
    /// Handles undecodable `data[start..end]` (a Python exception for strict).
    fn error(&mut self, vm: &mut Vm, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.handler {
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            Handler::BackslashReplace => {
                for b in &self.data[start..end] {
                    push_hex_escape(&mut self.out, 'x', *b as u32, 2);
                }
                Ok(())
            }
            Handler::Strict | Handler::AsStrict | Handler::XmlCharRefReplace => Err(unicode_error(
                vm,
                &types().exc.unicode_decode_error,
                vec![
                    new_str(self.codec),
                    new_bytes(self.data.to_vec()),
                    Value::Int(start as i64),
                    Value::Int(end as i64),
                    new_str(reason),
                ],
            )),
            Handler::EncodeOnly => Err(vm.new_type_error(
                "don't know how to handle UnicodeDecodeError in error callback".to_string(),
            )),
            Handler::Unknown => Err(vm.new_exception_msg(
                &types().exc.lookup_error,
                format!("unknown error handler name '{}'", self.errors),
            )),
        }
    }
}

const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn decode_utf8(vm: &mut Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut i = 0;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&data[i..i + valid]) {
                    d.out.push_str(s);
                }
                let start = i + valid;
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let b = data[start];
                        let reason = if (0xc2..=0xf4).contains(&b) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (start + n, reason)
                    }
                    None => (data.len(), "unexpected end of data"),
                };
                d.error(vm, start, end, reason)?;
                i = end;
            }
        }
    }
    Ok(())
}

fn decode_utf16(vm: &mut Vm, d: &mut Decoder, start: usize, big: bool) -> PyResult<()> {
    let data = d.data;
    let n = data.len();
    let unit = |i: usize| {
        if big {
            u16::from_be_bytes([data[i], data[i + 1]])
        } else {
            u16::from_le_bytes([data[i], data[i + 1]])
        }
    };
    let mut i = start;
    while i + 1 < n {
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            d.error(vm, i, i + 2, "illegal encoding")?;
            i += 2;
            continue;
        }
        if i + 3 >= n {
            d.error(vm, i, n, "unexpected end of data")?;
            i = n;
            break;
        }
        let low = unit(i + 2);
        if (0xdc00..0xe000).contains(&low) {
            let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
            d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            i += 4;
        } else {
            d.error(vm, i, i + 2, "illegal UTF-16 surrogate")?;
            i += 2;
        }
    }
    if i < n {
        d.error(vm, i, n, "truncated data")?;
    }
    Ok(())
}

fn decode_utf32(vm: &mut Vm, d: &mut Decoder, start: usize, big: bool) -> PyResult<()> {
    let data = d.data;
    let n = data.len();
    let mut i = start;
    while i + 3 < n {
        let w = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let u = if big {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        };
        if u > 0x10ffff {
            d.error(vm, i, i + 4, "code point not in range(0x110000)")?;
        } else if (0xd800..0xe000).contains(&u) {
            d.error(
                vm,
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?;
        } else {
            d.out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
        }
        i += 4;
    }
    if i < n {
        d.error(vm, i, n, "truncated data")?;
    }
    Ok(())
}

fn hex_value(digits: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for &b in digits {
        v = v.checked_mul(16)? + (b as char).to_digit(16)?;
    }
    Some(v)
}

/// Counts the leading hex digits of `data`, at most `max`.
fn hex_prefix(data: &[u8], max: usize) -> usize {
    data.iter()
        .take(max)
        .take_while(|b| b.is_ascii_hexdigit())
        .count()
}

fn decode_unicode_escape(vm: &mut Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let n = data.len();
    let mut i = 0;
    while i < n {
        let c = data[i];
        if c != b'\\' {
            d.out.push(c as char);
            i += 1;
            continue;
        }
        let start = i;
        if i + 1 >= n {
            d.error(vm, start, n, "\\ at end of string")?;
            break;
        }
        let e = data[i + 1];
        i += 2;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            if let Some(ch) = ch {
                d.out.push(ch);
            }
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < n && (b'0'..=b'7').contains(&data[i]) {
                    v = v * 8 + (data[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                d.out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (want, reason) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let got = hex_prefix(&data[i..], want);
                if got < want {
                    i += got;
                    d.error(vm, start, i, reason)?;
                    continue;
                }
                let v = hex_value(&data[i..i + want]).unwrap_or(u32::MAX);
                i += want;
                match char::from_u32(v) {
                    Some(ch) => d.out.push(ch),
                    None => d.error(vm, start, i, "illegal Unicode character")?,
                }
            }
            b'N' => {
                // No Unicode name database: every name is unknown. The error
                // covers what CPython consumed before giving up.
                let malformed = "malformed \\N character escape";
                if data.get(i) == Some(&b'{') {
                    let name = i + 1;
                    let close = data[name..].iter().position(|&b| b == b'}');
                    match close {
                        None => {
                            i = n;
                            d.error(vm, start, n, malformed)?;
                        }
                        Some(0) => {
                            i = name;
                            d.error(vm, start, i, malformed)?;
                        }
                        Some(p) => {
                            i = name + p + 1;
                            d.error(vm, start, i, "unknown Unicode character name")?;
                        }
                    }
                } else {
                    d.error(vm, start, i, malformed)?;
                }
            }
            _ => {
                d.out.push('\\');
                d.out.push(e as char);
            }
        }
    }
    Ok(())
}

fn decode_raw_unicode_escape(vm: &mut Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let n = data.len();
    let mut i = 0;
    while i < n {
        if data[i] != b'\\' {
            d.out.push(data[i] as char);
            i += 1;
            continue;
        }
        let start = i;
        while i < n && data[i] == b'\\' {
            d.out.push('\\');
            i += 1;
        }
        let run = i - start;
        if run % 2 == 0 || i >= n || (data[i] != b'u' && data[i] != b'U') {
            continue;
        }
        d.out.pop();
        let (want, reason) = if data[i] == b'u' {
            (4, "truncated \\uXXXX escape")
        } else {
            (8, "truncated \\UXXXXXXXX escape")
        };
        i += 1;
        let got = hex_prefix(&data[i..], want);
        if got < want {
            i += got;
            d.error(vm, i - got - 2, i, reason)?;
            continue;
        }
        let v = hex_value(&data[i..i + want]).unwrap_or(u32::MAX);
        i += want;
        match char::from_u32(v) {
            Some(ch) => d.out.push(ch),
            None => d.error(vm, i - want - 2, i, "\\Uxxxxxxxx out of range")?,
        }
    }
    Ok(())
}

pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let codec = find_codec(vm, encoding, true)?;
    // The common case: valid UTF-8 or ASCII needs no decoder state.
    let simple = match codec {
        Codec::Utf8 => true,
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => data.is_ascii(),
        _ => false,
    };
    if simple {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(new_str(s));
        }
    }
    let mut d = Decoder {
        codec: "utf-8",
        data,
        errors,
        handler: handler(errors, true),
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 => decode_utf8(vm, &mut d)?,
        Codec::Utf8Sig => {
            if data.starts_with(b"\xef\xbb\xbf") {
                d.data = &data[3..];
                decode_utf8(vm, &mut d)?;
            } else {
                decode_utf8(vm, &mut d)?;
            }
        }
        Codec::Ascii => {
            d.codec = "ascii";
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    d.out.push(b as char);
                } else {
                    d.error(vm, i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Latin1 => d.out.extend(data.iter().map(|&b| b as char)),
        Codec::Cp1252 => {
            d.codec = "charmap";
            for (i, &b) in data.iter().enumerate() {
                if !(0x80..0xa0).contains(&b) {
                    d.out.push(b as char);
                    continue;
                }
                match CP1252_HIGH[(b - 0x80) as usize] {
                    0 => d.error(vm, i, i + 1, "character maps to <undefined>")?,
                    u => d.out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}')),
                }
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut big = codec == Codec::Utf16Be;
            let mut start = 0;
            if codec == Codec::Utf16 && data.len() >= 2 {
                if data[..2] == [0xff, 0xfe] {
                    start = 2;
                } else if data[..2] == [0xfe, 0xff] {
                    start = 2;
                    big = true;
                }
            }
            d.codec = if big { "utf-16-be" } else { "utf-16-le" };
            decode_utf16(vm, &mut d, start, big)?;
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut big = codec == Codec::Utf32Be;
            let mut start = 0;
            if codec == Codec::Utf32 && data.len() >= 4 {
                if data[..4] == [0xff, 0xfe, 0, 0] {
                    start = 4;
                } else if data[..4] == [0, 0, 0xfe, 0xff] {
                    start = 4;
                    big = true;
                }
            }
            d.codec = if big { "utf-32-be" } else { "utf-32-le" };
            decode_utf32(vm, &mut d, start, big)?;
        }
        Codec::UnicodeEscape => {
            d.codec = "unicodeescape";
            decode_unicode_escape(vm, &mut d)?;
        }
        Codec::RawUnicodeEscape => {
            d.codec = "rawunicodeescape";
            decode_raw_unicode_escape(vm, &mut d)?;
        }
    }
    Ok(new_str(d.out))
}

/// The byte a character has in `codec` (for the single-byte codecs).
fn single_byte(codec: Codec, c: char) -> Option<u8> {
    let u = c as u32;
    match codec {
        Codec::Ascii => (u < 0x80).then_some(u as u8),
        Codec::Latin1 => (u < 0x100).then_some(u as u8),
        _ => {
            if u < 0x80 || (0xa0..0x100).contains(&u) {
                return Some(u as u8);
            }
            CP1252_HIGH
                .iter()
                .position(|&x| x != 0 && x as u32 == u)
                .map(|p| 0x80 + p as u8)
        }
    }
}

/// Appends `\\<tag>` and `digits` lowercase hex digits of `v`.
fn push_hex_escape(out: &mut String, tag: char, v: u32, digits: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('\\');
    out.push(tag);
    for k in (0..digits).rev() {
        out.push(HEX[((v >> (4 * k)) & 15) as usize] as char);
    }
}

/// Appends the escape `\xhh`, `\uhhhh` or `\Uhhhhhhhh` of `c`.
fn push_backslash_escape(out: &mut Vec<u8>, c: char) {
    let mut text = String::with_capacity(10);
    let u = c as u32;
    if u < 0x100 {
        push_hex_escape(&mut text, 'x', u, 2);
    } else if u < 0x10000 {
        push_hex_escape(&mut text, 'u', u, 4);
    } else {
        push_hex_escape(&mut text, 'U', u, 8);
    }
    out.extend_from_slice(text.as_bytes());
}

/// Appends `&#<decimal>;` for `c`.
fn push_xml_charref(out: &mut Vec<u8>, c: char) {
    let mut digits = [0u8; 8];
    let mut n = c as u32;
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(b"&#");
    out.extend_from_slice(&digits[k..]);
    out.push(b';');
}

fn encode_single_byte(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let (name, reason) = match codec {
        Codec::Ascii => ("ascii", "ordinal not in range(128)"),
        Codec::Latin1 => ("latin-1", "ordinal not in range(256)"),
        _ => ("charmap", "character maps to <undefined>"),
    };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let h = handler(errors, false);
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = single_byte(codec, chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && single_byte(codec, chars[end]).is_none() {
            end += 1;
        }
        match h {
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + (end - i), b'?'),
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    push_backslash_escape(&mut out, c);
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    push_xml_charref(&mut out, c);
                }
            }
            Handler::Unknown => {
                return Err(vm.new_exception_msg(
                    &types().exc.lookup_error,
                    format!("unknown error handler name '{errors}'"),
                ))
            }
            Handler::Strict | Handler::AsStrict | Handler::EncodeOnly => {
                return Err(unicode_error(
                    vm,
                    &types().exc.unicode_encode_error,
                    vec![
                        new_str(name),
                        new_str(s),
                        Value::Int(i as i64),
                        Value::Int(end as i64),
                        new_str(reason),
                    ],
                ))
            }
        }
        i = end;
    }
    Ok(out)
}

fn encode_unicode_escape(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if raw {
            if u < 0x100 {
                out.push(u as u8);
            } else {
                push_backslash_escape(&mut out, c);
            }
            continue;
        }
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(u as u8),
            _ => push_backslash_escape(&mut out, c),
        }
    }
    out
}

pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    let codec = find_codec(vm, encoding, false)?;
    let out = match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut v = Vec::with_capacity(s.len() + 3);
            v.extend_from_slice(b"\xef\xbb\xbf");
            v.extend_from_slice(s.as_bytes());
            v
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            if s.is_ascii() {
                s.as_bytes().to_vec()
            } else {
                encode_single_byte(vm, s, codec, errors)?
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
        Codec::UnicodeEscape => encode_unicode_escape(s, false),
        Codec::RawUnicodeEscape => encode_unicode_escape(s, true),
    };
    Ok(new_bytes(out))
}

// ---- registration ----------------------------------------------------------------------

pub fn register() {
    let t = types();
    super::types::add_methods_kind(&t.bytes, &[("__new__", bytes_new)], MethodKind::Static);
    super::types::add_methods_kind(
        &t.bytearray,
        &[("__new__", bytearray_new)],
        MethodKind::Static,
    );
    super::ops::register_dunders(&t.bytes, &["__mul__", "__rmul__"]);
    super::ops::register_dunders(&t.bytes, super::ops::COMPARE_DUNDERS);
    super::ops::register_dunders(
        &t.bytearray,
        &["__mul__", "__rmul__", "__iadd__", "__imul__"],
    );
    super::ops::register_dunders(&t.bytearray, super::ops::COMPARE_DUNDERS);
    let common: &[(&'static str, crate::vm::NativeFn)] = &[
        ("capitalize", b_capitalize),
        ("center", b_center),
        ("count", b_count),
        ("decode", b_decode),
        ("endswith", b_endswith),
        ("expandtabs", b_expandtabs),
        ("find", b_find),
        ("hex", b_hex),
        ("index", b_index),
        ("isalnum", b_isalnum),
        ("isalpha", b_isalpha),
        ("isascii", b_isascii),
        ("isdigit", b_isdigit),
        ("islower", b_islower),
        ("isspace", b_isspace),
        ("istitle", b_istitle),
        ("isupper", b_isupper),
        ("join", b_join),
        ("ljust", b_ljust),
        ("lower", b_lower),
        ("lstrip", b_lstrip),
        ("partition", b_partition),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("replace", b_replace),
        ("rfind", b_rfind),
        ("rindex", b_rindex),
        ("rjust", b_rjust),
        ("rpartition", b_rpartition),
        ("rsplit", b_rsplit),
        ("rstrip", b_rstrip),
        ("split", b_split),
        ("splitlines", b_splitlines),
        ("startswith", b_startswith),
        ("strip", b_strip),
        ("swapcase", b_swapcase),
        ("title", b_title),
        ("translate", b_translate),
        ("upper", b_upper),
        ("zfill", b_zfill),
        ("__repr__", b_repr),
        ("__str__", b_str),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__contains__", b_contains),
        ("__iter__", b_iter),
        ("__add__", b_add),
        ("__mod__", b_mod),
        ("__rmod__", b_rmod),
        ("__sizeof__", b_sizeof),
    ];
    super::types::add_methods(&t.bytes, common);
    super::types::add_methods(
        &t.bytes,
        &[
            ("__hash__", b_hash),
            ("__getnewargs__", b_getnewargs),
            ("__bytes__", b_bytes),
        ],
    );
    super::types::add_methods(&t.bytearray, common);
    super::types::add_methods(
        &t.bytearray,
        &[
            ("__init__", bytearray_init),
            ("append", ba_append),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("extend", ba_extend),
            ("insert", ba_insert),
            ("pop", ba_pop),
            ("remove", ba_remove),
            ("reverse", ba_reverse),
            ("__alloc__", ba_alloc),
            ("__setitem__", ba_setitem_m),
            ("__delitem__", ba_delitem_m),
            ("__reduce__", ba_reduce),
            ("__reduce_ex__", ba_reduce_ex),
        ],
    );
    super::types::add_methods_kind(&t.bytes, &[("fromhex", b_fromhex)], MethodKind::Class);
    super::types::add_methods_kind(&t.bytearray, &[("fromhex", b_fromhex)], MethodKind::Class);
    super::types::add_methods_kind(&t.bytes, &[("maketrans", b_maketrans)], MethodKind::Static);
    super::types::add_methods_kind(
        &t.bytearray,
        &[("maketrans", ba_maketrans)],
        MethodKind::Static,
    );
    if let Some(d) = t.bytearray.dict.get() {
        super::dict_set_str(&d, "__hash__", Value::None);
    }
}
