//! `set` and `frozenset`.

use super::{new_str, types};
use crate::object::{MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::set::{SetData, SetProbe};
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};
use baton_compiler::{BinaryOperator, ComparisonOperator};

pub fn new_set_obj_of(t: &ObjRef, data: SetData) -> ObjRef {
    let frozen = crate::types::is_subtype(t, &types().frozenset);
    let o = if frozen {
        ObjRef::new(t.clone(), Payload::FrozenSet(Box::new(data)))
    } else {
        ObjRef::new(t.clone(), Payload::Set(Box::new(Mut::new(data))))
    };
    if crate::types::type_data(t).has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    o
}

fn data_of(o: &ObjRef) -> Option<SetData> {
    match &o.payload {
        Payload::Set(s) => Some(s.with(|s| s.clone())),
        Payload::FrozenSet(s) => Some((**s).clone()),
        _ => None,
    }
}

/// Membership with Python `==` for the keys that need it.
fn contains_in(vm: &mut Vm, data: &SetData, key: &Value, hash: i64) -> PyResult<bool> {
    match data.probe(key, hash) {
        SetProbe::Found => Ok(true),
        SetProbe::Missing => Ok(false),
        SetProbe::Candidates(c) => {
            for k in c {
                if crate::protocol::eq(vm, &k, key)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn hashable(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    vm.hash(key)
}

pub fn set_add(vm: &mut Vm, s: &ObjRef, key: Value) -> PyResult<()> {
    let h = hashable(vm, &key)?;
    let cell = match &s.payload {
        Payload::Set(c) => c,
        _ => return Ok(()),
    };
    let probe = cell.with(|d| d.probe(&key, h));
    let present = match probe {
        SetProbe::Found => true,
        SetProbe::Missing => false,
        SetProbe::Candidates(c) => {
            let mut found = false;
            for k in c {
                if crate::protocol::eq(vm, &k, &key)? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    if !present {
        cell.with(|d| d.insert_new(key, h));
    }
    Ok(())
}

fn data_add(vm: &mut Vm, d: &mut SetData, key: Value) -> PyResult<()> {
    let h = hashable(vm, &key)?;
    if !contains_in(vm, d, &key, h)? {
        d.insert_new(key, h);
    }
    Ok(())
}

pub fn set_update(vm: &mut Vm, s: &ObjRef, it: &Value) -> PyResult<()> {
    let items = iter_items(vm, it)?;
    if let Payload::Set(c) = &s.payload {
        c.with(|d| d.reserve_for(0));
    }
    for k in items {
        set_add(vm, s, k)?;
    }
    Ok(())
}

fn iter_items(vm: &mut Vm, it: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = it {
        if let Some(d) = data_of(o) {
            return Ok(d.iter().cloned().collect());
        }
        if let Payload::Dict(d) = &o.payload {
            return Ok(d.with(|d| d.keys()));
        }
    }
    vm.iterate(it)
}

/// A set built from any iterable, as set(x) does (including the table sizing).
pub fn build_data(vm: &mut Vm, it: &Value) -> PyResult<SetData> {
    let mut d = SetData::new();
    if let Value::Obj(o) = it {
        if let Some(src) = data_of(o) {
            d.reserve_for(src.len());
            for (k, h) in src.iter_with_hash() {
                d.insert_new(k.clone(), h);
            }
            return Ok(d);
        }
        if let Payload::Dict(dd) = &o.payload {
            let items = dd.with(|x| x.entries_cloned());
            d.reserve_for(items.len());
            for e in items {
                d.insert_new(e.key, e.hash);
            }
            return Ok(d);
        }
    }
    for k in vm.iterate(it)? {
        data_add(vm, &mut d, k)?;
    }
    Ok(d)
}

pub fn new_set_from(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    let d = build_data(vm, it)?;
    Ok(Value::Obj(new_set_obj_of(&types().set, d)))
}

pub fn set_contains(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = match vm.hash(key) {
        Ok(h) => h,
        Err(e) => {
            // A set as a key is looked up as the equivalent frozenset.
            if let Value::Obj(k) = key {
                if let Payload::Set(c) = &k.payload {
                    let fz = Value::Obj(ObjRef::new(
                        types().frozenset.clone(),
                        Payload::FrozenSet(Box::new(c.with(|d| d.clone()))),
                    ));
                    return set_contains(vm, s, &fz);
                }
            }
            return Err(e);
        }
    };
    // Probe in place (no copy of the table); only candidates whose equality
    // needs Python code are compared outside the borrow.
    let probe = match &s.payload {
        Payload::Set(c) => c.with(|d| d.probe(key, h)),
        Payload::FrozenSet(d) => d.probe(key, h),
        _ => return Ok(false),
    };
    match probe {
        SetProbe::Found => Ok(true),
        SetProbe::Missing => Ok(false),
        SetProbe::Candidates(c) => {
            for k in c {
                if crate::protocol::eq(vm, &k, key)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn frozenset_hash(s: &SetData) -> i64 {
    // CPython's frozenset hash: shuffle each element hash, xor, then mix.
    let mut hash: u64 = 0;
    for (_, h) in s.iter_with_hash() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    if s.len() & 1 != 0 {
        // Nothing: CPython xors in hashes of the "missing" entries of an odd table; see below.
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

fn result_type(a: &Value) -> ObjRef {
    match a {
        Value::Obj(o) if crate::types::is_subtype(o.type_ref(), &types().frozenset) => {
            types().frozenset.clone()
        }
        _ => types().set.clone(),
    }
}

pub fn set_binary(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinaryOperator,
    inplace: bool,
) -> PyResult<Value> {
    let (ao, bo) = match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => (x, y),
        _ => return Ok(Value::None),
    };
    let ad = data_of(ao).unwrap_or_default();
    let bd = data_of(bo).unwrap_or_default();
    let mut out = match op {
        BinaryOperator::Or => {
            let mut d = ad.clone();
            for (k, h) in bd.iter_with_hash() {
                if !contains_in(vm, &d, k, h)? {
                    d.insert_new(k.clone(), h);
                }
            }
            d
        }
        BinaryOperator::And => {
            let (small, large) = if ad.len() > bd.len() {
                (&bd, &ad)
            } else {
                (&ad, &bd)
            };
            let mut d = SetData::new();
            for (k, h) in small.iter_with_hash() {
                if contains_in(vm, large, k, h)? {
                    d.insert_new(k.clone(), h);
                }
            }
            d
        }
        BinaryOperator::Subtract => {
            let mut d = SetData::new();
            for (k, h) in ad.iter_with_hash() {
                if !contains_in(vm, &bd, k, h)? {
                    d.insert_new(k.clone(), h);
                }
            }
            d
        }
        BinaryOperator::Xor => {
            let mut d = ad.clone();
            for (k, h) in bd.iter_with_hash() {
                if contains_in(vm, &d, k, h)? {
                    d.remove_matching(k, h);
                } else {
                    d.insert_new(k.clone(), h);
                }
            }
            d
        }
        _ => return Ok(Value::None),
    };
    if inplace {
        if let Payload::Set(c) = &ao.payload {
            let fresh = std::mem::take(&mut out);
            drop(c.replace(fresh));
            return Ok(a.clone());
        }
    }
    Ok(Value::Obj(new_set_obj_of(&result_type(a), out)))
}

fn is_subset(vm: &mut Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (k, h) in a.iter_with_hash() {
        if !contains_in(vm, b, k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: ComparisonOperator) -> PyResult<bool> {
    let ad = data_of(a).unwrap_or_default();
    let bd = data_of(b).unwrap_or_default();
    use ComparisonOperator::*;
    Ok(match op {
        Equal => ad.len() == bd.len() && is_subset(vm, &ad, &bd)?,
        NotEqual => !(ad.len() == bd.len() && is_subset(vm, &ad, &bd)?),
        LessEqual => is_subset(vm, &ad, &bd)?,
        Less => ad.len() < bd.len() && is_subset(vm, &ad, &bd)?,
        GreaterEqual => is_subset(vm, &bd, &ad)?,
        Greater => ad.len() > bd.len() && is_subset(vm, &bd, &ad)?,
    })
}

fn self_set<'a>(vm: &mut Vm, args: &FuncArgs<'a>) -> PyResult<&'a ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => {
            Ok(o)
        }
        _ => Err(vm.new_type_error("descriptor requires a 'set' object".to_string())),
    }
}

fn set_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().set.clone(),
    };
    let frozen = crate::types::is_subtype(&cls, &types().frozenset);
    if frozen {
        let pos = &args.pos()[1..];
        let data = match pos.first() {
            Some(it) => {
                if let Value::Obj(o) = it {
                    if o.type_ref().is(&types().frozenset) && cls.is(&types().frozenset) {
                        return Ok(it.clone());
                    }
                }
                build_data(vm, it)?
            }
            None => SetData::new(),
        };
        return Ok(Value::Obj(new_set_obj_of(&cls, data)));
    }
    Ok(Value::Obj(new_set_obj_of(&cls, SetData::new())))
}

fn set_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    if args.has_kw() {
        return Err(vm.new_type_error("set() takes no keyword arguments".to_string()));
    }
    let pos = &args.args[1..];
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "set expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Payload::Set(c) = &s.payload {
        let data = match pos.first() {
            Some(it) => build_data(vm, it)?,
            None => SetData::new(),
        };
        drop(c.replace(data));
    }
    Ok(Value::None)
}

fn set_add_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    set_add(vm, &s, args.args.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn set_remove_impl(vm: &mut Vm, args: FuncArgs, must: bool) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    let h = vm.hash(&key)?;
    let c = match &s.payload {
        Payload::Set(c) => c,
        _ => return Ok(Value::None),
    };
    let probe = c.with(|d| d.probe(&key, h));
    let target = match probe {
        SetProbe::Found => Some(key.clone()),
        SetProbe::Missing => None,
        SetProbe::Candidates(cands) => {
            let mut t = None;
            for k in cands {
                if crate::protocol::eq(vm, &k, &key)? {
                    t = Some(k);
                    break;
                }
            }
            t
        }
    };
    let removed = match target {
        Some(t) => c.with(|d| d.remove_matching(&t, h)),
        None => None,
    };
    if removed.is_none() && must {
        return Err(vm.new_key_error(key));
    }
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    set_remove_impl(vm, args, true)
}
fn set_discard(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    set_remove_impl(vm, args, false)
}

fn set_pop(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?;
    if let Payload::Set(c) = &s.payload {
        if let Some(k) = c.with(|d| d.pop_first()) {
            return Ok(k);
        }
    }
    Err(vm.new_exception_msg(&types().exc.key_error, "pop from an empty set".to_string()))
}

fn set_clear(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?;
    if let Payload::Set(c) = &s.payload {
        let old = c.with(|d| d.clear());
        drop(old);
    }
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?;
    if matches!(s.payload, Payload::FrozenSet(_)) && crate::types::is_exact_builtin(s) {
        return Ok(Value::Obj(s.clone()));
    }
    let d = data_of(s).unwrap_or_default();
    Ok(Value::Obj(new_set_obj_of(&result_type(&args.args[0]), d)))
}

fn multi_op(vm: &mut Vm, args: FuncArgs, op: BinaryOperator, inplace: bool) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    let mut acc = if inplace {
        Value::Obj(s.clone())
    } else {
        Value::Obj(new_set_obj_of(
            &result_type(&args.args[0]),
            data_of(&s).unwrap_or_default(),
        ))
    };
    for other in &args.args[1..] {
        let o = new_set_from(vm, other)?;
        let r = set_binary(vm, &acc, &o, op, true)?;
        acc = r;
    }
    if inplace {
        return Ok(Value::None);
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    multi_op(vm, args, BinaryOperator::Or, false)
}
fn set_intersection(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    multi_op(vm, args, BinaryOperator::And, false)
}
fn set_difference(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    multi_op(vm, args, BinaryOperator::Subtract, false)
}
fn set_symmetric_difference(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    multi_op(vm, args, BinaryOperator::Xor, false)
}
fn set_update_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    for other in &args.args[1..] {
        set_update(vm, &s, other)?;
    }
    Ok(Value::None)
}
fn set_intersection_update(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    multi_op(vm, args, BinaryOperator::And, true)
}
fn set_difference_update(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    multi_op(vm, args, BinaryOperator::Subtract, true)
}
fn set_symmetric_difference_update(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    multi_op(vm, args, BinaryOperator::Xor, true)
}

fn set_rel(vm: &mut Vm, args: FuncArgs, op: ComparisonOperator) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    let other = new_set_from(vm, args.args.get(1).unwrap_or(&Value::None))?;
    let o = match &other {
        Value::Obj(o) => o.clone(),
        _ => return Ok(Value::Bool(false)),
    };
    Ok(Value::Bool(set_compare(vm, &s, &o, op)?))
}

fn set_issubset(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    set_rel(vm, args, ComparisonOperator::LessEqual)
}
fn set_issuperset(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    set_rel(vm, args, ComparisonOperator::GreaterEqual)
}
fn set_isdisjoint(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    let d = data_of(&s).unwrap_or_default();
    for k in iter_items(vm, args.args.get(1).unwrap_or(&Value::None))? {
        let h = vm.hash(&k)?;
        if contains_in(vm, &d, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?;
    Ok(Value::Int(super::native_len(s).unwrap_or(0) as i64))
}

fn set_contains_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?.clone();
    Ok(Value::Bool(set_contains(
        vm,
        &s,
        args.args.get(1).unwrap_or(&Value::None),
    )?))
}

fn set_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?;
    Ok(super::iter::native_iter(vm, s)?.unwrap_or(Value::None))
}

fn set_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    Ok(new_str(
        super::repr::payload_repr(vm, &v)?.unwrap_or_default(),
    ))
}

fn set_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_set(vm, &args)?;
    Ok(Value::Int(frozenset_hash(&data_of(s).unwrap_or_default())))
}

fn set_dunder_op(
    vm: &mut Vm,
    args: FuncArgs,
    op: BinaryOperator,
    inplace: bool,
) -> PyResult<Value> {
    match args.pos() {
        [a, b @ Value::Obj(bo)]
            if matches!(bo.payload, Payload::Set(_) | Payload::FrozenSet(_)) =>
        {
            set_binary(vm, a, b, op, inplace)
        }
        _ => Ok(Value::Obj(super::singletons().not_implemented.clone())),
    }
}

macro_rules! set_dunders {
    ($($name:ident => $op:ident, $inplace:literal;)*) => {
        $(fn $name(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> { set_dunder_op(vm, args, BinaryOperator::$op, $inplace) })*
    };
}
set_dunders! {
    set_or => Or, false; set_and => And, false; set_sub => Subtract, false; set_xor => Xor, false;
    set_ior => Or, true; set_iand => And, true; set_isub => Subtract, true; set_ixor => Xor, true;
}

fn set_cmp(vm: &mut Vm, args: FuncArgs, op: ComparisonOperator) -> PyResult<Value> {
    match args.pos() {
        [Value::Obj(a), Value::Obj(b)]
            if matches!(b.payload, Payload::Set(_) | Payload::FrozenSet(_)) =>
        {
            Ok(Value::Bool(set_compare(vm, a, b, op)?))
        }
        _ => Ok(Value::Obj(super::singletons().not_implemented.clone())),
    }
}

macro_rules! set_cmps {
    ($($name:ident => $op:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> { set_cmp(vm, args, ComparisonOperator::$op) })*
    };
}
set_cmps! { set_eq => Equal; set_ne => NotEqual; set_lt => Less; set_le => LessEqual; set_gt => Greater; set_ge => GreaterEqual; }

pub fn register() {
    let t = types();
    for ty in [&t.set, &t.frozenset] {
        super::types::add_methods_kind(ty, &[("__new__", set_new)], MethodKind::Static);
        super::types::add_methods(
            ty,
            &[
                ("copy", set_copy),
                ("union", set_union),
                ("intersection", set_intersection),
                ("difference", set_difference),
                ("symmetric_difference", set_symmetric_difference),
                ("issubset", set_issubset),
                ("issuperset", set_issuperset),
                ("isdisjoint", set_isdisjoint),
                ("__len__", set_len),
                ("__contains__", set_contains_m),
                ("__iter__", set_iter),
                ("__repr__", set_repr),
                ("__or__", set_or),
                ("__and__", set_and),
                ("__sub__", set_sub),
                ("__xor__", set_xor),
                ("__ror__", set_or),
                ("__rand__", set_and),
                ("__eq__", set_eq),
                ("__ne__", set_ne),
                ("__lt__", set_lt),
                ("__le__", set_le),
                ("__gt__", set_gt),
                ("__ge__", set_ge),
            ],
        );
    }
    super::types::add_methods(
        &t.set,
        &[
            ("__init__", set_init),
            ("add", set_add_m),
            ("remove", set_remove),
            ("discard", set_discard),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update_m),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update,
            ),
            ("__ior__", set_ior),
            ("__iand__", set_iand),
            ("__isub__", set_isub),
            ("__ixor__", set_ixor),
        ],
    );
    super::types::add_methods(&t.frozenset, &[("__hash__", set_hash)]);
    if let Some(d) = t.set.dict.get() {
        super::dict_set_str(&d, "__hash__", Value::None);
    }
}
