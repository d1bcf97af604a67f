//! Inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR on instances of
//! Python classes: one entry per instruction, valid for one type while the
//! type-attribute epoch (`types::epoch`, bumped by any change to a class
//! dict or the creation of a class) stays the same.
//!
//! An entry says what the slow path found for that type and name:
//! - `INSTANCE`: the class (MRO) has no attribute of that name and the type
//!   overrides neither `__getattribute__` nor `__setattr__`: the attribute
//!   lives in the instance dict (a miss falls back to the slow path, which
//!   raises AttributeError or calls `__getattr__`).
//! - `METHOD`: the class attribute is a plain Python function (a non-data
//!   descriptor): unless the instance dict shadows it, LOAD_METHOD pushes the
//!   function and the instance, LOAD_ATTR binds a method.

use crate::builtins;
use crate::object::{AttrCache, CodeData, Payload};
use crate::rc::ObjRef;
use crate::types::{lookup, type_data};
use crate::value::Value;

/// Entries per instruction: sites that see a few classes (a method called
/// on instances of several subclasses) stay cached.
pub const ATTR_WAYS: usize = 4;

pub const EMPTY: u8 = 0;
pub const INSTANCE: u8 = 1;
pub const METHOD: u8 = 2;
/// A `__slots__` member of the class (a data descriptor: the instance dict,
/// if any, does not matter): `ptr` is the slot's index in the `Object`
/// payload.
pub const SLOT: u8 = 3;
/// A plain class attribute (a class-level constant whose type has no
/// `__get__`), unless the instance dict shadows it: `ptr` is the object
/// (borrowed, as for METHOD).
pub const CLASS_OBJ: u8 = 4;
/// As CLASS_OBJ for an inline value: `ptr` holds the bits of an int
/// (CLASS_INT), a float (CLASS_FLOAT), a bool (CLASS_BOOL), or None.
pub const CLASS_INT: u8 = 5;
pub const CLASS_FLOAT: u8 = 6;
pub const CLASS_BOOL: u8 = 7;
pub const CLASS_NONE: u8 = 8;
/// LOAD_METHOD on an instance of a built-in type without instance dicts:
/// `ptr` is the method descriptor found on the type.
pub const BUILTIN_METHOD: u8 = 9;

/// The cache entries of instruction `at`.
#[inline(always)]
fn ways(code: &CodeData, at: usize) -> Option<&[std::cell::Cell<AttrCache>]> {
    let slot = *code.attr_index.get(at)? as usize;
    code.attr_cache
        .get(slot * ATTR_WAYS..slot * ATTR_WAYS + ATTR_WAYS)
}

/// The entry for instruction `at` if one applies to `obj` now (with its
/// cell, so that an INSTANCE entry's index hint can be updated).
#[inline(always)]
fn entry_for<'a>(
    code: &'a CodeData,
    at: usize,
    obj: &ObjRef,
) -> Option<(&'a std::cell::Cell<AttrCache>, AttrCache)> {
    let ways = ways(code, at)?;
    let t = obj.type_ref().addr();
    let epoch = crate::types::epoch();
    for w in ways {
        let c = w.get();
        if c.type_addr == t && c.kind != EMPTY && c.epoch == epoch {
            return Some((w, c));
        }
    }
    None
}

/// Records in an INSTANCE entry where the attribute was found.
#[inline(always)]
fn update_hint(cell: &std::cell::Cell<AttrCache>, mut c: AttrCache, ix: usize) {
    if c.ptr != ix {
        c.ptr = ix;
        cell.set(c);
    }
}

/// The cached function of a METHOD entry (a new reference).
#[inline(always)]
fn cached_function(c: &AttrCache) -> ObjRef {
    // SAFETY: the entry matched the object's type and the current epoch, so
    // the class dict that holds this function has not changed since the
    // entry was made (every change bumps the epoch), and the type is alive
    // (the object refers to it); the function is therefore alive too.
    unsafe { ObjRef::from_borrowed(c.ptr as *const crate::object::PyObject) }
}

/// The value of a CLASS_* entry (a new reference).
#[inline(always)]
fn class_value(c: &AttrCache) -> Value {
    match c.kind {
        CLASS_INT => Value::Int(c.ptr as i64),
        CLASS_FLOAT => Value::Float(f64::from_bits(c.ptr as u64)),
        CLASS_BOOL => Value::Bool(c.ptr != 0),
        CLASS_NONE => Value::None,
        // CLASS_OBJ: alive for the reason `cached_function` gives.
        _ => Value::Obj(cached_function(c)),
    }
}

/// A `__slots__` value of `o` (None if the slot is empty: the slow path
/// raises AttributeError).
#[inline(always)]
fn slot_value(o: &ObjRef, index: usize) -> Option<Value> {
    match &o.payload {
        Payload::Object(slots) => slots.with(|s| match s.get(index) {
            Some(v) if !v.is_null() => Some(v.clone()),
            _ => None,
        }),
        _ => None,
    }
}

/// LOAD_ATTR's fast path.
#[inline]
pub fn load_attr(code: &CodeData, at: usize, obj: &Value, name: &ObjRef) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let (cell, c) = entry_for(code, at, o)?;
    if c.kind == SLOT {
        return slot_value(o, c.ptr);
    }
    if c.kind == INSTANCE {
        // The instance dict is only borrowed: the lookup runs no Python
        // code (keys are compared by identity or as exact strs).
        let (v, ix) = o
            .dict
            .with(|d| builtins::dict_get_name_hinted(d.as_ref()?, name, c.ptr))?;
        update_hint(cell, c, ix);
        return Some(v);
    }
    let dict = o.dict.get();
    let in_dict = dict.as_ref().and_then(|d| builtins::dict_get_name(d, name));
    match c.kind {
        INSTANCE => in_dict,
        METHOD if in_dict.is_none() => Some(builtins::new_bound_method(
            Value::Obj(cached_function(&c)),
            obj.clone(),
        )),
        CLASS_OBJ..=CLASS_NONE => Some(in_dict.unwrap_or_else(|| class_value(&c))),
        _ => None,
    }
}

/// LOAD_METHOD's fast path: (function, self).
#[inline]
pub fn load_method(
    code: &CodeData,
    at: usize,
    obj: &Value,
    name: &ObjRef,
) -> Option<(Value, Value)> {
    let Value::Obj(o) = obj else { return None };
    let (_, c) = entry_for(code, at, o)?;
    if c.kind == BUILTIN_METHOD {
        return Some((Value::Obj(cached_function(&c)), obj.clone()));
    }
    if c.kind != METHOD {
        return None;
    }
    if o.dict
        .with(|d| d.as_ref().is_some_and(|d| builtins::dict_has_name(d, name)))
    {
        return None;
    }
    Some((Value::Obj(cached_function(&c)), obj.clone()))
}

/// STORE_ATTR's fast path; gives the value back if it does not apply.
#[inline]
pub fn store_attr(
    code: &CodeData,
    at: usize,
    obj: &Value,
    name: &ObjRef,
    value: Value,
) -> Result<(), Value> {
    let Value::Obj(o) = obj else {
        return Err(value);
    };
    let Some((cell, c)) = entry_for(code, at, o) else {
        return Err(value);
    };
    if c.kind == SLOT {
        if let Payload::Object(slots) = &o.payload {
            let old = slots.with(|s| s.get_mut(c.ptr).map(|slot| std::mem::replace(slot, value)));
            // Dropped outside the container's borrow.
            drop(old);
            return Ok(());
        }
        return Err(value);
    }
    if c.kind != INSTANCE {
        return Err(value);
    }
    match o.dict.get() {
        Some(d) => {
            let ix = builtins::dict_set_name_hinted(&d, name.clone(), c.ptr, value);
            update_hint(cell, c, ix);
            Ok(())
        }
        None => Err(value),
    }
}

/// Whether instances of `t` use the generic attribute protocol (no Python
/// `__getattribute__`, and for stores no Python `__setattr__`).
fn generic_type(t: &ObjRef, store: bool) -> bool {
    let td = type_data(t);
    if !td.heap || td.layout != crate::types::Layout::Object {
        return false;
    }
    let ga_ok = lookup(t, &builtins::names().__getattribute__)
        .map(|g| crate::protocol::is_native_getattribute(&g))
        .unwrap_or(true);
    if !ga_ok {
        return false;
    }
    if store {
        return lookup(t, &builtins::names().__setattr__)
            .map(|s| crate::protocol::is_native_slot(&s))
            .unwrap_or(true);
    }
    true
}

/// Whether `v` (found on a class) is a data descriptor: its type defines
/// `__set__` or `__delete__`.
fn is_data_descriptor(v: &Value) -> bool {
    if let Value::Obj(o) = v {
        if matches!(
            o.payload,
            Payload::MemberDescriptor(_) | Payload::GetSetDescriptor(_) | Payload::Property(_)
        ) {
            return true;
        }
    }
    let t = builtins::type_of(v);
    lookup(&t, &builtins::intern("__set__")).is_some()
        || lookup(&t, &builtins::intern("__delete__")).is_some()
}

/// After the slow path of LOAD_ATTR / LOAD_METHOD / STORE_ATTR at `at`
/// succeeded on `obj`: records what applies to its type, if anything.
pub fn fill(code: &CodeData, at: usize, obj: &Value, name: &ObjRef, store: bool) {
    let Some(ways) = ways(code, at) else {
        return;
    };
    let Value::Obj(o) = obj else { return };
    if matches!(o.payload, Payload::Type(_) | Payload::Super(_)) {
        return;
    }
    let has_dict = o.dict.get().is_some();
    let t = o.type_ref();
    let td = type_data(t);
    if !store && !td.heap && !td.has_dict && !has_dict {
        // A method of a built-in type (whose dict never changes).
        if let Some(Value::Obj(m)) = lookup(t, name) {
            if matches!(&m.payload, Payload::MethodDescriptor(md) if md.kind == crate::object::MethodKind::Instance)
            {
                set_entry(
                    ways,
                    AttrCache {
                        type_addr: t.addr(),
                        epoch: crate::types::epoch(),
                        kind: BUILTIN_METHOD,
                        ptr: m.as_ptr() as usize,
                    },
                );
            }
        }
        return;
    }
    if !generic_type(t, store) {
        return;
    }
    let epoch = crate::types::epoch();
    let found = lookup(t, name);
    // A `__slots__` member: the slot is read and written directly.
    if let Some(Value::Obj(m)) = &found {
        if let (Payload::MemberDescriptor(md), Payload::Object(_)) = (&m.payload, &o.payload) {
            set_entry(
                ways,
                AttrCache {
                    type_addr: t.addr(),
                    epoch,
                    kind: SLOT,
                    ptr: md.index,
                },
            );
            return;
        }
    }
    if !has_dict {
        return;
    }
    let entry = match found {
        None => AttrCache {
            type_addr: t.addr(),
            epoch,
            kind: INSTANCE,
            ptr: 0,
        },
        // A store over a class attribute that is not a data descriptor (a
        // class-level default, a method) still goes to the instance dict.
        Some(v) if store && !is_data_descriptor(&v) => AttrCache {
            type_addr: t.addr(),
            epoch,
            kind: INSTANCE,
            ptr: 0,
        },
        Some(Value::Obj(f)) if !store && matches!(f.payload, Payload::Function(_)) => AttrCache {
            type_addr: t.addr(),
            epoch,
            kind: METHOD,
            ptr: f.as_ptr() as usize,
        },
        // A class-level constant: an object whose type has no `__get__`.
        Some(v) if !store && !has_get(&v) => {
            let (kind, ptr) = match &v {
                Value::Obj(c) => (CLASS_OBJ, c.as_ptr() as usize),
                Value::Int(i) => (CLASS_INT, *i as usize),
                Value::Float(x) => (CLASS_FLOAT, x.to_bits() as usize),
                Value::Bool(b) => (CLASS_BOOL, *b as usize),
                Value::None => (CLASS_NONE, 0),
                Value::Null => return,
            };
            AttrCache {
                type_addr: t.addr(),
                epoch,
                kind,
                ptr,
            }
        }
        _ => return,
    };
    set_entry(ways, entry);
}

/// Whether the type of `v` defines `__get__` (a descriptor).
fn has_get(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            if matches!(
                o.payload,
                Payload::Function(_)
                    | Payload::MemberDescriptor(_)
                    | Payload::GetSetDescriptor(_)
                    | Payload::Property(_)
                    | Payload::MethodDescriptor(_)
                    | Payload::ClassMethod(_)
                    | Payload::StaticMethod(_)
            ) {
                return true;
            }
            lookup(o.type_ref(), &builtins::intern("__get__")).is_some()
        }
        _ => false,
    }
}

/// Stores `entry` in one of `ways`.
fn set_entry(ways: &[std::cell::Cell<AttrCache>], entry: AttrCache) {
    let epoch = entry.epoch;
    // The way for this type if it has one (stale), else an empty or stale
    // way, else the last one (the others shift down: oldest out).
    let pos = ways
        .iter()
        .position(|w| w.get().type_addr == entry.type_addr)
        .or_else(|| {
            ways.iter()
                .position(|w| w.get().kind == EMPTY || w.get().epoch != epoch)
        });
    match pos {
        Some(i) => ways[i].set(entry),
        None => {
            for i in 0..ways.len() - 1 {
                ways[i].set(ways[i + 1].get());
            }
            ways[ways.len() - 1].set(entry);
        }
    }
}
