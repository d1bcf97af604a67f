//! `dict` and its views.

use super::{bind_native, new_list, new_str, new_tuple, types};
use crate::dict::{DictData, Probe};
use crate::object::{DictViewKind, MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

fn cell(d: &ObjRef) -> Option<&Mut<DictData>> {
    match &d.payload {
        Payload::Dict(dd) => Some(dd),
        _ => None,
    }
}

/// The entry index of `key`, comparing with Python `==` where needed.
fn find(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let dd = match cell(d) {
        Some(c) => c,
        None => return Ok(None),
    };
    match dd.with(|x| x.probe(key, hash)) {
        Probe::Found(ix) => Ok(Some(ix)),
        Probe::Missing => Ok(None),
        Probe::Candidates(cands) => {
            for ck in cands {
                if crate::protocol::eq(vm, &ck, key)? {
                    if let Some(ix) = dd.with(|x| x.find_identical(&ck, hash)) {
                        return Ok(Some(ix));
                    }
                }
            }
            Ok(None)
        }
    }
}

pub fn dict_get(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    let ix = find(vm, d, key, h)?;
    Ok(ix.and_then(|ix| cell(d).map(|c| c.with(|x| x.value_at(ix).clone()))))
}

pub fn dict_setitem(vm: &mut Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    let ix = find(vm, d, &key, h)?;
    if let Some(c) = cell(d) {
        let old = c.with(|x| match ix {
            Some(ix) => Some(x.set_value_at(ix, value)),
            None => {
                x.insert_new(key, h, value);
                None
            }
        });
        drop(old);
    }
    Ok(())
}

pub fn dict_remove(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    let ix = find(vm, d, key, h)?;
    Ok(match (ix, cell(d)) {
        (Some(ix), Some(c)) => Some(c.with(|x| x.remove_at(ix)).1),
        _ => None,
    })
}

pub fn dict_items_of(d: &ObjRef) -> Vec<(Value, Value)> {
    cell(d).map(|c| c.with(|x| x.items())).unwrap_or_default()
}

pub fn dict_len(d: &ObjRef) -> usize {
    cell(d).map(|c| c.with(|x| x.len())).unwrap_or(0)
}

/// DICT_UPDATE / DICT_MERGE / dict.update(mapping).
pub fn dict_merge(vm: &mut Vm, d: &ObjRef, m: &Value, no_dupes: bool) -> PyResult<()> {
    if let Value::Obj(mo) = m {
        if let Payload::Dict(_) = &mo.payload {
            for (k, v) in dict_items_of(mo) {
                if no_dupes && dict_get(vm, d, &k)?.is_some() {
                    let kr = vm.repr_string(&k)?;
                    let _ = kr;
                    return Err(vm.new_type_error(format!(
                        "got multiple values for keyword argument '{}'",
                        super::str_of(&k)
                    )));
                }
                dict_setitem(vm, d, k, v)?;
            }
            return Ok(());
        }
    }
    // A mapping with keys(), or (when not a call's **) an iterable of pairs.
    if let Some(keys) = vm.get_attr_opt(m, "keys")? {
        let ks = vm.call(&keys, &[])?;
        for k in vm.iterate(&ks)? {
            let v = crate::protocol::getitem(vm, m, &k)?;
            if no_dupes && dict_get(vm, d, &k)?.is_some() {
                return Err(vm.new_type_error(format!(
                    "got multiple values for keyword argument '{}'",
                    super::str_of(&k)
                )));
            }
            dict_setitem(vm, d, k, v)?;
        }
        return Ok(());
    }
    if no_dupes {
        return Err(vm.new_type_error(format!(
            "argument after ** must be a mapping, not {}",
            vm.type_name(m)
        )));
    }
    let items = vm.iterate(m)?;
    for (i, item) in items.iter().enumerate() {
        let pair = match vm.iterate(item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.new_type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
        };
        if pair.len() != 2 {
            return Err(vm.new_value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        if let (Some(k), Some(v)) = (it.next(), it.next()) {
            dict_setitem(vm, d, k, v)?;
        }
    }
    Ok(())
}

pub fn dict_eq(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    for (k, v) in dict_items_of(a) {
        match dict_get(vm, b, &k)? {
            Some(w) => {
                if !crate::protocol::eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

pub fn dict_or(vm: &mut Vm, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    let (ao, bo) = match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => (x, y),
        _ => return Ok(Value::None),
    };
    let target = if inplace {
        ao.clone()
    } else {
        let d = super::new_dict();
        for (k, v) in dict_items_of(ao) {
            dict_setitem(vm, &d, k, v)?;
        }
        d
    };
    for (k, v) in dict_items_of(bo) {
        dict_setitem(vm, &target, k, v)?;
    }
    Ok(Value::Obj(target))
}

pub fn new_view(d: &ObjRef, kind: DictViewKind) -> Value {
    let t = match kind {
        DictViewKind::Keys => types().dict_keys.clone(),
        DictViewKind::Values => types().dict_values.clone(),
        DictViewKind::Items => types().dict_items.clone(),
    };
    Value::Obj(ObjRef::new(
        t,
        Payload::DictView(Box::new((d.clone(), kind))),
    ))
}

pub fn view_contains(vm: &mut Vm, v: &(ObjRef, DictViewKind), item: &Value) -> PyResult<bool> {
    match v.1 {
        DictViewKind::Keys => Ok(dict_get(vm, &v.0, item)?.is_some()),
        DictViewKind::Values => {
            for (_, val) in dict_items_of(&v.0) {
                if crate::protocol::eq(vm, &val, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictViewKind::Items => {
            let pair = match item {
                Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
                    super::tuple_items(o).to_vec()
                }
                _ => return Ok(false),
            };
            if pair.len() != 2 {
                return Ok(false);
            }
            match dict_get(vm, &v.0, &pair[0])? {
                Some(val) => crate::protocol::eq(vm, &val, &pair[1]),
                None => Ok(false),
            }
        }
    }
}

fn self_dict<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
            name,
            vm.type_name(v)
        ))),
        None => Err(vm.new_type_error(format!("unbound method dict.{name}() needs an argument"))),
    }
}

fn dict_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let _ = vm;
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().dict.clone(),
    };
    let o = ObjRef::new(
        cls.clone(),
        Payload::Dict(Box::new(Mut::new(DictData::new()))),
    );
    if crate::types::type_data(&cls).has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    Ok(Value::Obj(o))
}

fn dict_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__init__")?.clone();
    dict_update_impl(vm, &d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_update_impl(vm: &mut Vm, d: &ObjRef, args: &FuncArgs, name: &str) -> PyResult<()> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{} expected at most 1 argument, got {}",
            name,
            pos.len()
        )));
    }
    if let Some(m) = pos.first() {
        dict_merge(vm, d, m, false)?;
    }
    for (k, v) in args.kw() {
        dict_setitem(vm, d, new_str(k), v.clone())?;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "update")?.clone();
    dict_update_impl(vm, &d, &args, "update")?;
    Ok(Value::None)
}

fn dict_get_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "get")?;
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.new_type_error(format!(
            "get expected at least 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(dict_get(vm, d, &pos[1])?.unwrap_or_else(|| pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "setdefault")?;
    let pos = args.pos();
    let key = pos.get(1).cloned().unwrap_or(Value::None);
    let default = pos.get(2).cloned().unwrap_or(Value::None);
    if let Some(v) = dict_get(vm, d, &key)? {
        return Ok(v);
    }
    dict_setitem(vm, d, key, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "pop")?;
    let pos = args.pos();
    let key = pos.get(1).cloned().unwrap_or(Value::None);
    match dict_remove(vm, d, &key)? {
        Some(v) => Ok(v),
        None => match pos.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(vm.new_key_error(key)),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "popitem")?;
    let c = cell(d).ok_or_else(|| vm.new_type_error("dict expected".to_string()))?;
    let r = c.with(|x| x.last_index().map(|ix| x.remove_at(ix)));
    match r {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(vm.new_exception_msg(
            &types().exc.key_error,
            "popitem(): dictionary is empty".to_string(),
        )),
    }
}

fn dict_keys(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(new_view(self_dict(vm, &args, "keys")?, DictViewKind::Keys))
}
fn dict_values(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(new_view(
        self_dict(vm, &args, "values")?,
        DictViewKind::Values,
    ))
}
fn dict_items(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(new_view(
        self_dict(vm, &args, "items")?,
        DictViewKind::Items,
    ))
}

fn dict_clear(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "clear")?;
    if let Some(c) = cell(d) {
        let old = c.with(|x| x.clear());
        drop(old);
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "copy")?;
    let n = super::new_dict();
    if let (Some(src), Some(dst)) = (cell(d), cell(&n)) {
        let entries = src.with(|x| x.entries_cloned());
        dst.with(|x| {
            for e in entries {
                x.insert_new(e.key, e.hash, e.value);
            }
        });
    }
    Ok(Value::Obj(n))
}

fn dict_fromkeys(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let keys = args.args.get(1).cloned().unwrap_or(Value::None);
    let value = args.args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[])?;
    for k in vm.iterate(&keys)? {
        crate::protocol::setitem(vm, &d, k, value.clone())?;
    }
    Ok(d)
}

fn dict_len_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(dict_len(self_dict(vm, &args, "__len__")?) as i64))
}

fn dict_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__getitem__")?;
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    match dict_get(vm, d, &key)? {
        Some(v) => Ok(v),
        None => {
            if !crate::types::is_exact_builtin(d) {
                if let Some(m) = crate::types::lookup(d.type_ref(), &super::names().__missing__) {
                    return vm.call(&m, &[Value::Obj(d.clone()), key]);
                }
            }
            Err(vm.new_key_error(key))
        }
    }
}

fn dict_setitem_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__setitem__")?;
    dict_setitem(
        vm,
        d,
        args.args.get(1).cloned().unwrap_or(Value::None),
        args.args.get(2).cloned().unwrap_or(Value::None),
    )?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__delitem__")?;
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    if dict_remove(vm, d, &key)?.is_none() {
        return Err(vm.new_key_error(key));
    }
    Ok(Value::None)
}

fn dict_contains(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__contains__")?;
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(dict_get(vm, d, &key)?.is_some()))
}

fn dict_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__iter__")?;
    Ok(super::iter::new_dict_iter(d, DictViewKind::Keys))
}

fn dict_reversed(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = self_dict(vm, &args, "__reversed__")?;
    let keys: Vec<Value> = cell(d).map(|c| c.with(|x| x.keys())).unwrap_or_default();
    let l = new_list(keys);
    Ok(super::iter::new_reversed(
        l.clone(),
        super::list_items(&l).len(),
    ))
}

fn dict_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    Ok(new_str(
        super::repr::payload_repr(vm, &v)?.unwrap_or_default(),
    ))
}

fn dict_eq_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [Value::Obj(a), Value::Obj(b)] if matches!(b.payload, Payload::Dict(_)) => {
            Ok(Value::Bool(dict_eq(vm, a, b)?))
        }
        _ => Ok(Value::Obj(super::singletons().not_implemented.clone())),
    }
}

fn dict_ne_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [Value::Obj(a), Value::Obj(b)] if matches!(b.payload, Payload::Dict(_)) => {
            Ok(Value::Bool(!dict_eq(vm, a, b)?))
        }
        _ => Ok(Value::Obj(super::singletons().not_implemented.clone())),
    }
}

fn dict_or_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a, b @ Value::Obj(bo)] if matches!(bo.payload, Payload::Dict(_)) => {
            dict_or(vm, a, b, false)
        }
        _ => Ok(Value::Obj(super::singletons().not_implemented.clone())),
    }
}

fn dict_ior_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a @ Value::Obj(ao), b] => {
            dict_merge(vm, ao, b, false)?;
            Ok(a.clone())
        }
        _ => Ok(Value::Obj(super::singletons().not_implemented.clone())),
    }
}

// ---- views --------------------------------------------------------------------

fn view_of<'a>(vm: &mut Vm, args: &FuncArgs<'a>) -> PyResult<&'a (ObjRef, DictViewKind)> {
    match args.args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::DictView(v) => Ok(v),
            _ => Err(vm.new_type_error("dict view expected".to_string())),
        },
        _ => Err(vm.new_type_error("dict view expected".to_string())),
    }
}

fn view_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    Ok(Value::Int(dict_len(&v.0) as i64))
}

fn view_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    Ok(super::iter::new_dict_iter(&v.0, v.1))
}

fn view_contains_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    let item = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(view_contains(vm, v, &item)?))
}

fn view_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    Ok(new_str(
        super::repr::payload_repr(vm, &v)?.unwrap_or_default(),
    ))
}

fn view_reversed(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    let items: Vec<Value> = match v.1 {
        DictViewKind::Keys => cell(&v.0).map(|c| c.with(|x| x.keys())).unwrap_or_default(),
        DictViewKind::Values => cell(&v.0)
            .map(|c| c.with(|x| x.values()))
            .unwrap_or_default(),
        DictViewKind::Items => dict_items_of(&v.0)
            .into_iter()
            .map(|(k, val)| new_tuple(vec![k, val]))
            .collect(),
    };
    let n = items.len();
    Ok(super::iter::new_reversed(new_list(items), n))
}

/// Set operations on keys/items views: the result is a set.
fn view_setop(vm: &mut Vm, args: FuncArgs, op: baton_compiler::BinaryOperator) -> PyResult<Value> {
    let a = args.args.first().cloned().unwrap_or(Value::None);
    let b = args.args.get(1).cloned().unwrap_or(Value::None);
    let sa = super::set::new_set_from(vm, &a)?;
    let sb = super::set::new_set_from(vm, &b)?;
    super::set::set_binary(vm, &sa, &sb, op, false)
}

fn view_and(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_setop(vm, args, baton_compiler::BinaryOperator::And)
}
fn view_or(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_setop(vm, args, baton_compiler::BinaryOperator::Or)
}
fn view_sub(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_setop(vm, args, baton_compiler::BinaryOperator::Subtract)
}
fn view_xor(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_setop(vm, args, baton_compiler::BinaryOperator::Xor)
}

/// Whether every item of `a` is `in` b (CPython's `all_contained_in`: an
/// items view answers `in` by key lookup, so its values need no hash).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for item in vm.iterate(a)? {
        if !crate::protocol::contains(vm, b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of a dict view with a set or another view, as sets.
fn view_cmp(
    vm: &mut Vm,
    args: FuncArgs,
    op: baton_compiler::ComparisonOperator,
) -> PyResult<Value> {
    use baton_compiler::ComparisonOperator as C;
    let a = args.args.first().cloned().unwrap_or(Value::None);
    let b = args.args.get(1).cloned().unwrap_or(Value::None);
    let ok = |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(_)));
    if !ok(&b) {
        return Ok(Value::Obj(super::singletons().not_implemented.clone()));
    }
    let (la, lb) = (vm.len(&a)?, vm.len(&b)?);
    let r = match op {
        C::Equal | C::NotEqual => {
            let eq = la == lb && all_contained_in(vm, &a, &b)?;
            eq == matches!(op, C::Equal)
        }
        C::Less => la < lb && all_contained_in(vm, &a, &b)?,
        C::LessEqual => la <= lb && all_contained_in(vm, &a, &b)?,
        C::Greater => la > lb && all_contained_in(vm, &b, &a)?,
        C::GreaterEqual => la >= lb && all_contained_in(vm, &b, &a)?,
    };
    Ok(Value::Bool(r))
}

fn view_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_cmp(vm, args, baton_compiler::ComparisonOperator::Equal)
}

fn view_le(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_cmp(vm, args, baton_compiler::ComparisonOperator::LessEqual)
}
fn view_lt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_cmp(vm, args, baton_compiler::ComparisonOperator::Less)
}
fn view_ge(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_cmp(vm, args, baton_compiler::ComparisonOperator::GreaterEqual)
}
fn view_gt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_cmp(vm, args, baton_compiler::ComparisonOperator::Greater)
}
fn view_ne(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_cmp(vm, args, baton_compiler::ComparisonOperator::NotEqual)
}

fn view_isdisjoint(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = args.args.first().cloned().unwrap_or(Value::None);
    let b = args.args.get(1).cloned().unwrap_or(Value::None);
    for x in vm.iterate(&b)? {
        if crate::protocol::contains(vm, &a, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_mapping(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::DictView(d) => Ok(Value::Obj(d.0.clone())),
            _ => Err(vm.new_type_error("dict view expected".to_string())),
        },
        _ => Err(vm.new_type_error("dict view expected".to_string())),
    }
}

pub fn register() {
    let t = types();
    super::types::add_methods_kind(&t.dict, &[("__new__", dict_new)], MethodKind::Static);
    super::types::add_methods_kind(&t.dict, &[("fromkeys", dict_fromkeys)], MethodKind::Class);
    super::types::add_methods(
        &t.dict,
        &[
            ("__init__", dict_init),
            ("update", dict_update),
            ("get", dict_get_m),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("clear", dict_clear),
            ("copy", dict_copy),
            ("__len__", dict_len_m),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem_m),
            ("__delitem__", dict_delitem),
            ("__contains__", dict_contains),
            ("__iter__", dict_iter),
            ("__reversed__", dict_reversed),
            ("__repr__", dict_repr),
            ("__eq__", dict_eq_m),
            ("__ne__", dict_ne_m),
            ("__or__", dict_or_m),
            ("__ior__", dict_ior_m),
        ],
    );
    if let Some(d) = t.dict.dict.get() {
        super::dict_set_str(&d, "__hash__", Value::None);
    }
    for vt in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        super::types::add_getsets(vt, &[("mapping", view_mapping, None)]);
        super::types::add_methods(
            vt,
            &[
                ("__len__", view_len),
                ("__iter__", view_iter),
                ("__contains__", view_contains_m),
                ("__repr__", view_repr),
                ("__reversed__", view_reversed),
            ],
        );
    }
    for vt in [&t.dict_keys, &t.dict_items] {
        super::types::add_methods(
            vt,
            &[
                ("__and__", view_and),
                ("__or__", view_or),
                ("__sub__", view_sub),
                ("__xor__", view_xor),
                ("__rand__", view_and),
                ("__ror__", view_or),
                ("__rxor__", view_xor),
                ("__eq__", view_eq),
                ("__ne__", view_ne),
                ("__le__", view_le),
                ("__lt__", view_lt),
                ("__ge__", view_ge),
                ("__gt__", view_gt),
                ("isdisjoint", view_isdisjoint),
            ],
        );
        if let Some(d) = vt.dict.get() {
            super::dict_set_str(&d, "__hash__", Value::None);
        }
    }
    let _ = bind_native;
}
