//! The run-time side of `match` statements (MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS, MATCH_CLASS): which subjects are sequences and mappings, and
//! how mapping keys and class attributes are read, as CPython 3.11 does.

use crate::builtins::{self, types};
use crate::object::Payload;
use crate::rc::ObjRef;
use crate::types::is_subtype;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// isinstance(v, collections.abc.<name>), for the objects whose type does not
/// settle it (user classes registered with or derived from the ABCs).
fn abc_instance(vm: &mut Vm, v: &Value, name: &str) -> PyResult<bool> {
    let m = crate::import::import_module(vm, "_collections_abc")?;
    match vm.get_attr_opt(&m, name)? {
        Some(abc) => builtins::module::isinstance(vm, v, &abc),
        None => Ok(false),
    }
}

/// Whether a `[...]` pattern applies: lists, tuples, ranges, memoryviews,
/// collections.abc.Sequence; never str, bytes or bytearray.
pub fn is_sequence(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let Value::Obj(o) = v else {
        return Ok(false);
    };
    match &o.payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) => Ok(true),
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..) => Ok(false),
        _ => abc_instance(vm, v, "Sequence"),
    }
}

/// Whether a `{...}` pattern applies: dicts and collections.abc.Mapping.
pub fn is_mapping(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let Value::Obj(o) = v else {
        return Ok(false);
    };
    match &o.payload {
        Payload::Dict(_) => Ok(true),
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Range(_)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..) => Ok(false),
        _ => abc_instance(vm, v, "Mapping"),
    }
}

/// MATCH_KEYS: the tuple of `subject[key]` for each key (read with the
/// mapping's `get`), or None if one is missing. A key given twice is a
/// ValueError, as in CPython.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys: Vec<Value> = match keys {
        Value::Obj(t) if matches!(t.payload, Payload::Tuple(_)) => {
            builtins::tuple_items(t).to_vec()
        }
        _ => return Err(vm.new_system_error("MATCH_KEYS without a tuple of keys")),
    };
    if keys.is_empty() {
        return Ok(builtins::new_tuple(Vec::new()));
    }
    let get = vm.get_attr(subject, &builtins::intern("get"))?;
    // A fresh object no mapping can hold: "missing".
    let dummy = crate::builtins::object::new_instance(vm, &types().object)?;
    let Value::Obj(seen) = builtins::set::new_set_from(vm, &builtins::new_tuple(Vec::new()))?
    else {
        return Err(vm.new_system_error("MATCH_KEYS: no set"));
    };
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        if builtins::set::set_contains(vm, &seen, &k)? {
            let r = vm.repr(&k)?;
            return Err(vm.new_value_error(format!(
                "mapping pattern checks duplicate key ({})",
                builtins::str_of(&r)
            )));
        }
        builtins::set::set_add(vm, &seen, k.clone())?;
        let v = vm.call(&get, &[k, dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(Value::None);
        }
        values.push(v);
    }
    Ok(builtins::new_tuple(values))
}

/// The built-in types whose instances match a single positional
/// sub-pattern themselves (`case int(x)`), subclasses included.
fn matches_self(cls: &ObjRef) -> bool {
    let t = types();
    [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|b| is_subtype(cls, b))
}

fn type_name_of(cls: &ObjRef) -> String {
    crate::types::type_data(cls).name.get()
}

/// MATCH_CLASS: for `cls(p1, ..., pn, k1=..., ...)`, the tuple of subject's
/// attributes to match (positional ones named by `cls.__match_args__`), or
/// None if subject is not an instance of cls or lacks an attribute.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    names: &Value,
    nargs: usize,
) -> PyResult<Value> {
    let cls_obj = match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.new_type_error("called match pattern must be a type".to_string())),
    };
    if !builtins::module::isinstance(vm, subject, cls)? {
        return Ok(Value::None);
    }
    let kw_names: Vec<Value> = match names {
        Value::Obj(t) if matches!(t.payload, Payload::Tuple(_)) => {
            builtins::tuple_items(t).to_vec()
        }
        _ => Vec::new(),
    };
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::with_capacity(nargs + kw_names.len());
    let mut positional: Vec<Value> = Vec::new();
    let mut match_self = false;
    if nargs > 0 {
        match vm.get_attr_opt(cls, "__match_args__")? {
            Some(Value::Obj(t)) if matches!(t.payload, Payload::Tuple(_)) => {
                positional = builtins::tuple_items(&t).to_vec();
            }
            Some(other) => {
                let tn = vm.type_name(&other);
                return Err(vm.new_type_error(format!(
                    "{}.__match_args__ must be a tuple (got {tn})",
                    type_name_of(&cls_obj)
                )));
            }
            None => {
                if matches_self(&cls_obj) {
                    match_self = true;
                }
            }
        }
        let allowed = if match_self { 1 } else { positional.len() };
        if nargs > allowed {
            let s = if allowed == 1 { "" } else { "s" };
            return Err(vm.new_type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{s} ({nargs} given)",
                type_name_of(&cls_obj)
            )));
        }
    }
    if match_self {
        attrs.push(subject.clone());
    } else {
        for name in positional.iter().take(nargs) {
            if !builtins::is_str(name) {
                let tn = vm.type_name(name);
                return Err(vm.new_type_error(format!(
                    "__match_args__ elements must be strings (got {tn})"
                )));
            }
            let n = builtins::str_of(name).to_string();
            match take_attr(vm, subject, &n, &mut seen, &cls_obj)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
    }
    for name in &kw_names {
        let n = builtins::str_of(name).to_string();
        match take_attr(vm, subject, &n, &mut seen, &cls_obj)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(builtins::new_tuple(attrs))
}

/// getattr(subject, name), None for AttributeError; each attribute once.
fn take_attr(
    vm: &mut Vm,
    subject: &Value,
    name: &str,
    seen: &mut Vec<String>,
    cls: &ObjRef,
) -> PyResult<Option<Value>> {
    if seen.iter().any(|s| s == name) {
        return Err(vm.new_type_error(format!(
            "{}() got multiple sub-patterns for attribute '{name}'",
            type_name_of(cls)
        )));
    }
    seen.push(name.to_string());
    vm.get_attr_opt(subject, name)
}
