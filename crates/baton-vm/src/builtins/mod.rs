//! The built-in types and functions, and small helpers every native module
//! uses to make and read values.

pub mod bytes;
pub mod code;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod format;
pub mod function;
pub mod int;
pub mod io;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod module;
pub mod object;
pub mod ops;
pub mod range;
pub mod repr;
pub mod set;
pub mod str;
pub mod tuple;
pub mod type_;
pub mod types;

pub use types::{names, singletons, types};

use crate::dict::{DictData, Probe};
use crate::object::{Mut, Payload};
use crate::rc::ObjRef;
use crate::str::PyStr;
use crate::types::type_data;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use std::collections::HashMap;
use std::sync::Mutex;

#[cold]
pub fn unreachable_payload() -> ! {
    eprintln!("baton: internal error: unexpected object layout");
    std::process::abort()
}

/// The type object of any value (a new reference).
#[inline]
pub fn type_of(v: &Value) -> ObjRef {
    let t = types();
    match v {
        Value::Obj(o) => o.type_ref().clone(),
        Value::Int(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::None | Value::Null => t.none_type.clone(),
    }
}

/// Whether `v` is an inline value or an instance of a built-in type itself.
#[inline(always)]
pub fn is_exact_builtin_value(v: &Value) -> bool {
    match v {
        Value::Obj(o) => !type_data(o.type_ref()).heap,
        _ => true,
    }
}

// ---- str ----------------------------------------------------------------------

static INTERNED: Mutex<Option<HashMap<String, ObjRef>>> = Mutex::new(None);

/// The interned (immortal, unique) str object for `s`.
pub fn intern(s: &str) -> ObjRef {
    let mut g = match INTERNED.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let map = g.get_or_insert_with(HashMap::new);
    if let Some(o) = map.get(s) {
        return o.clone();
    }
    let o = ObjRef::new(types().str.clone(), Payload::Str(PyStr::new(s)));
    o.make_immortal();
    map.insert(s.to_string(), o.clone());
    o
}

pub fn new_str(s: impl Into<Box<str>>) -> Value {
    Value::Obj(ObjRef::new(
        types().str.clone(),
        Payload::Str(PyStr::new(s)),
    ))
}

/// The text of a str value ("" for anything else).
#[inline]
pub fn str_of(v: &Value) -> &str {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str(),
            _ => "",
        },
        _ => "",
    }
}

pub fn str_of_obj(o: &ObjRef) -> &str {
    match &o.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}

pub fn is_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)))
}

// ---- tuple, list --------------------------------------------------------------

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return Value::Obj(singletons().empty_tuple.clone());
    }
    Value::Obj(ObjRef::new(
        types().tuple.clone(),
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

pub fn tuple_items(t: &ObjRef) -> &[Value] {
    match &t.payload {
        Payload::Tuple(items) => items,
        _ => &[],
    }
}

pub fn tuple_len(t: &ObjRef) -> usize {
    tuple_items(t).len()
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(ObjRef::new(
        types().list.clone(),
        Payload::List(Mut::new(items)),
    ))
}

/// A copy of a list's items (empty for non-lists).
pub fn list_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(items) => items.get(),
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Items of a tuple or list object.
pub fn seq_items(o: &ObjRef) -> Vec<Value> {
    match &o.payload {
        Payload::List(items) => items.get(),
        Payload::Tuple(items) => items.to_vec(),
        _ => Vec::new(),
    }
}

pub fn new_set_obj() -> ObjRef {
    set::new_set_obj_of(&types().set, crate::set::SetData::new())
}

pub fn new_cell(v: Value) -> Value {
    Value::Obj(ObjRef::new(
        types().cell.clone(),
        Payload::Cell(Mut::new(v)),
    ))
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(ObjRef::new(
        types().slice.clone(),
        Payload::Slice(Box::new([start, stop, step])),
    ))
}

pub fn new_bound_method(func: Value, obj: Value) -> Value {
    Value::Obj(ObjRef::new(
        types().method.clone(),
        Payload::BoundMethod(Box::new((func, obj))),
    ))
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(
        types().bytes.clone(),
        Payload::Bytes(b.into_boxed_slice()),
    ))
}

// ---- dict ---------------------------------------------------------------------

pub fn new_dict() -> ObjRef {
    ObjRef::new(
        types().dict.clone(),
        Payload::Dict(Box::new(Mut::new(DictData::new()))),
    )
}

pub(crate) fn dict_data(d: &ObjRef) -> Option<&Mut<DictData>> {
    match &d.payload {
        Payload::Dict(dd) => Some(dd),
        _ => None,
    }
}

/// `d[key]` for a str key (no Python code involved).
pub fn dict_get_str(d: &ObjRef, key: &str) -> Option<Value> {
    let h = crate::str::hash_str(key);
    dict_data(d)?.with(|dd| dd.get_str(key, h).cloned())
}

/// Sets a str key (no Python code involved).
pub fn dict_set_str(d: &ObjRef, key: &str, value: Value) {
    dict_set_obj(d, intern(key), value)
}

/// Sets a str-object key.
pub fn dict_set_obj(d: &ObjRef, key: ObjRef, value: Value) {
    dict_set_name_hinted(d, key, usize::MAX, value);
}

/// `d[name] = value` for a str `name`, trying entry `hint` first (an
/// attribute cache's guess); returns the entry's index.
#[inline]
pub fn dict_set_name_hinted(d: &ObjRef, key: ObjRef, hint: usize, value: Value) -> usize {
    let h = match &key.payload {
        Payload::Str(s) => s.hash(),
        _ => return usize::MAX,
    };
    let Some(dd) = dict_data(d) else {
        return usize::MAX;
    };
    let (old, ix) = dd.with(|dd| {
        if dd.hint_is(hint, &key) {
            return (Some(dd.set_value_at(hint, value)), hint);
        }
        let k = Value::Obj(key);
        match dd.probe(&k, h) {
            Probe::Found(ix) => (Some(dd.set_value_at(ix, value)), ix),
            // A str key compares natively (a str subclass key with a
            // Python `__eq__` is not equal to a plain str here).
            _ => {
                dd.insert_new(k, h, value);
                (None, dd.entries_len() - 1)
            }
        }
    });
    // The old value is dropped outside the dict's borrow.
    drop(old);
    ix
}

/// `d[name]` for an interned name, trying entry `hint` first: the value
/// and its entry's index.
#[inline]
pub fn dict_get_name_hinted(d: &ObjRef, name: &ObjRef, hint: usize) -> Option<(Value, usize)> {
    let dd = dict_data(d)?;
    dd.with(|dd| {
        if dd.hint_is(hint, name) {
            return Some((dd.value_at(hint).clone(), hint));
        }
        match &name.payload {
            Payload::Str(s) => dd
                .index_of_interned(name, s.as_str(), s.hash())
                .map(|ix| (dd.value_at(ix).clone(), ix)),
            _ => None,
        }
    })
}

pub fn dict_del_str(d: &ObjRef, key: &str) -> Option<Value> {
    let h = crate::str::hash_str(key);
    let k = new_str(key.to_string());
    let dd = dict_data(d)?;
    let removed = dd.with(|dd| match dd.probe(&k, h) {
        Probe::Found(ix) => Some(dd.remove_at(ix)),
        _ => None,
    });
    removed.map(|(_, v)| v)
}

pub fn dict_keys(d: &ObjRef) -> Vec<Value> {
    dict_data(d)
        .map(|dd| dd.with(|dd| dd.keys()))
        .unwrap_or_default()
}

/// `dict[key]` where key is a str object, falling back to full equality.
pub fn dict_get_key_obj(vm: &mut Vm, d: &ObjRef, key: &ObjRef) -> PyResult<Option<Value>> {
    if let (Payload::Str(s), Some(dd)) = (&key.payload, dict_data(d)) {
        let (ks, h) = (s.as_str(), s.hash());
        if let Some(v) = dd.with(|dd| dd.get_interned(key, ks, h).cloned()) {
            return Ok(Some(v));
        }
        return Ok(None);
    }
    dict::dict_get(vm, d, &Value::Obj(key.clone()))
}

/// Whether a dict has the interned name `name` as a key (no Python code).
#[inline]
pub fn dict_has_name(d: &ObjRef, name: &ObjRef) -> bool {
    match (&name.payload, dict_data(d)) {
        (Payload::Str(s), Some(dd)) => {
            dd.with(|dd| dd.get_interned(name, s.as_str(), s.hash()).is_some())
        }
        _ => false,
    }
}

/// `d[name]` for an interned name (no Python code).
#[inline]
pub fn dict_get_name(d: &ObjRef, name: &ObjRef) -> Option<Value> {
    match (&name.payload, dict_data(d)) {
        (Payload::Str(s), Some(dd)) => {
            dd.with(|dd| dd.get_interned(name, s.as_str(), s.hash()).cloned())
        }
        _ => None,
    }
}

/// Looks a name up in a type's own dict (not the MRO).
pub fn dict_get_str_type(t: &ObjRef, name: &str) -> Option<Value> {
    crate::types::lookup_uncached(t, name, crate::str::hash_str(name))
}

// ---- exceptions -----------------------------------------------------------------

/// Whether a raised exception is an instance of `t`.
pub fn exc_matches(e: &PyErr, t: &ObjRef) -> bool {
    crate::types::is_subtype(e.0.type_ref(), t)
}

/// Sets an attribute in an exception's `__dict__`.
pub fn set_exc_attr(e: &PyErr, name: &str, v: Value) {
    if let Some(d) = e.0.dict.get() {
        dict_set_str(&d, name, v);
    }
}

// ---- misc -------------------------------------------------------------------------

/// The length of a built-in container, without Python code.
pub fn native_len(o: &ObjRef) -> Option<usize> {
    Some(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::List(l) => l.with(|l| l.len()),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.with(|d| d.len()),
        Payload::Set(s) => s.with(|s| s.len()),
        Payload::FrozenSet(s) => s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.with(|b| b.len()),
        Payload::Range(r) => return range::range_len_usize(r),
        Payload::DictView(v) => match &v.0.payload {
            Payload::Dict(d) => d.with(|d| d.len()),
            _ => 0,
        },
        _ => return None,
    })
}

/// A new built-in method descriptor for a type's dict.
pub fn method_descriptor(
    owner: &ObjRef,
    name: &'static str,
    func: crate::vm::NativeFn,
    kind: crate::object::MethodKind,
) -> Value {
    Value::Obj(ObjRef::new(
        types().method_descriptor.clone(),
        Payload::MethodDescriptor(Box::new(crate::object::MethodDescriptorData {
            name,
            func,
            owner: owner.clone(),
            kind,
        })),
    ))
}

/// Argument checking for native functions.
pub struct ArgSpec<'a> {
    pub fname: &'a str,
}

/// Checks that a native function got between `min` and `max` positional
/// arguments and no keywords, with CPython's messages.
pub fn check_args(
    vm: &mut Vm,
    args: &FuncArgs,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.new_type_error(msg));
    }
    Ok(())
}

/// Binds a native function's arguments by name: `params` lists the
/// parameter names (positional-or-keyword); returns one slot each (Null if
/// not given). Unknown keywords and surplus positionals raise TypeError.
pub fn bind_native(
    vm: &mut Vm,
    args: &FuncArgs,
    fname: &str,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Value>> {
    let pos = args.pos();
    if pos.len() > params.len() {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out = vec![Value::Null; params.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = v.clone();
    }
    for (name, v) in args.kw() {
        match params.iter().position(|p| *p == name) {
            Some(i) => {
                if !out[i].is_null() {
                    return Err(vm.new_type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = v.clone();
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_null() {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// An int argument (`__index__` honoured), with CPython's TypeError.
pub fn arg_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => num_traits::ToPrimitive::to_i64(b).ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C ssize_t")
            }),
            _ => {
                if let Some(f) = crate::types::lookup(o.type_ref(), &names().__index__) {
                    let r = vm.call(&f, std::slice::from_ref(v))?;
                    return arg_index(vm, &r);
                }
                Err(vm.new_type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        },
        _ => Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// A str argument.
pub fn arg_str<'a>(vm: &mut Vm, v: &'a Value, fname: &str, what: &str) -> PyResult<&'a str> {
    if is_str(v) {
        Ok(str_of(v))
    } else {
        Err(vm.new_type_error(format!(
            "{fname}() argument {what} must be str, not {}",
            vm.type_name(v)
        )))
    }
}
