//! `list` (and the indexing shared with `tuple`), with a stable sort.

use super::{arg_index, bind_native, new_list, new_tuple, types};
use crate::object::{MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

fn list_cell(o: &ObjRef) -> Option<&Mut<Vec<Value>>> {
    match &o.payload {
        Payload::List(l) => Some(l),
        _ => None,
    }
}

fn self_list<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::List(_)) => Ok(o),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            name,
            vm.type_name(v)
        ))),
        None => Err(vm.new_type_error(format!("unbound method list.{name}() needs an argument"))),
    }
}

/// `seq[key]` for lists and tuples (index or slice).
pub fn seq_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let is_list = matches!(o.payload, Payload::List(_));
    if let Value::Int(i) = key {
        let item = match &o.payload {
            Payload::List(l) => l.with(|l| {
                let n = l.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j >= 0 && j < n {
                    Some(l[j as usize].clone())
                } else {
                    None
                }
            }),
            Payload::Tuple(t) => {
                let n = t.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j >= 0 && j < n {
                    Some(t[j as usize].clone())
                } else {
                    None
                }
            }
            _ => None,
        };
        return match item {
            Some(v) => Ok(v),
            None => Err(vm.new_index_error(if is_list {
                "list index out of range"
            } else {
                "tuple index out of range"
            })),
        };
    }
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let len = match &o.payload {
                Payload::List(l) => l.with(|l| l.len()),
                Payload::Tuple(t) => t.len(),
                _ => 0,
            };
            // The bounds first (this may run `__index__`), then the items,
            // copied under one borrow; an item gone meanwhile (a list
            // shortened by that `__index__`) ends the copy early.
            let (start, _, step, count) = super::str::slice_indices(vm, sl, len)?;
            let pick = |items: &[Value]| {
                let mut out = Vec::with_capacity(count);
                let mut i = start;
                for _ in 0..count {
                    match items.get(i as usize) {
                        Some(v) => out.push(v.clone()),
                        None => break,
                    }
                    i += step;
                }
                out
            };
            let out = match &o.payload {
                Payload::List(l) => l.with(|l| pick(l)),
                Payload::Tuple(t) => pick(t),
                _ => Vec::new(),
            };
            return Ok(if is_list {
                new_list(out)
            } else {
                new_tuple(out)
            });
        }
    }
    let t = vm.type_of(key);
    let index_like = matches!(key, Value::Bool(_))
        || matches!(key, Value::Obj(k) if matches!(k.payload, Payload::Int(_)))
        || crate::types::lookup(&t, &super::names().__index__).is_some();
    if !index_like {
        let what = if is_list { "list" } else { "tuple" };
        return Err(vm.new_type_error(format!(
            "{} indices must be integers or slices, not {}",
            what,
            vm.type_name(key)
        )));
    }
    let items = super::seq_items(o);
    match super::str::normalize_index(vm, key, items.len())? {
        Some(i) => Ok(items[i].clone()),
        None => Err(vm.new_index_error(if is_list {
            "list index out of range"
        } else {
            "tuple index out of range"
        })),
    }
}

/// `list[key] = value` / `del list[key]` (value None).
pub fn list_setitem(vm: &mut Vm, o: &ObjRef, key: &Value, value: Option<Value>) -> PyResult<()> {
    let cell = match list_cell(o) {
        Some(c) => c,
        None => return Ok(()),
    };
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let len = cell.with(|l| l.len());
            let (start, stop, step, count) = super::str::slice_indices(vm, sl, len)?;
            let new_items: Option<Vec<Value>> = match &value {
                Some(v) => Some(vm.iterate(v)?),
                None => None,
            };
            if step == 1 {
                // Clamped again: iterating the new items may have run
                // Python code that shortened the list.
                let new_items = new_items.unwrap_or_default();
                let removed: Vec<Value> = cell.with(|l| {
                    let n = l.len();
                    let lo = (start.max(0) as usize).min(n);
                    let hi = (stop.max(start).max(0) as usize).clamp(lo, n);
                    if hi - lo == new_items.len() {
                        // Same length: the items are swapped in place.
                        let mut old = new_items;
                        l[lo..hi].swap_with_slice(&mut old);
                        old
                    } else {
                        l.splice(lo..hi, new_items).collect()
                    }
                });
                drop(removed);
                return Ok(());
            }
            match new_items {
                None => {
                    let mut idx: Vec<usize> = (0..count)
                        .map(|k| (start + k as isize * step) as usize)
                        .collect();
                    idx.sort_unstable();
                    let removed: Vec<Value> = cell.with(|l| {
                        let mut out = Vec::with_capacity(idx.len());
                        for &i in idx.iter().rev() {
                            if i < l.len() {
                                out.push(l.remove(i));
                            }
                        }
                        out
                    });
                    drop(removed);
                }
                Some(items) => {
                    if items.len() != count {
                        return Err(vm.new_value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            count
                        )));
                    }
                    let old: Vec<Value> = cell.with(|l| {
                        let mut old = Vec::with_capacity(count);
                        for (k, v) in items.into_iter().enumerate() {
                            let i = (start + k as isize * step) as usize;
                            match l.get_mut(i) {
                                Some(slot) => old.push(std::mem::replace(slot, v)),
                                None => old.push(v),
                            }
                        }
                        old
                    });
                    drop(old);
                }
            }
            return Ok(());
        }
    }
    let len = cell.with(|l| l.len());
    let t = vm.type_of(key);
    let index_like = matches!(key, Value::Int(_) | Value::Bool(_))
        || matches!(key, Value::Obj(k) if matches!(k.payload, Payload::Int(_)))
        || crate::types::lookup(&t, &super::names().__index__).is_some();
    if !index_like {
        return Err(vm.new_type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = match super::str::normalize_index(vm, key, len)? {
        Some(i) => i,
        None => return Err(vm.new_index_error("list assignment index out of range")),
    };
    let old = match value {
        Some(v) => cell.with(|l| std::mem::replace(&mut l[i], v)),
        None => cell.with(|l| l.remove(i)),
    };
    drop(old);
    Ok(())
}

/// LIST_EXTEND and list.extend.
pub fn list_extend_value(vm: &mut Vm, list: &Value, it: &Value) -> PyResult<()> {
    let items = match vm.iterate(it) {
        Ok(i) => i,
        Err(e) => {
            if super::exc_matches(&e, &types().exc.type_error)
                && crate::types::lookup(&vm.type_of(it), &super::names().__iter__).is_none()
            {
                return Err(vm.new_type_error(format!(
                    "Value after * must be an iterable, not {}",
                    vm.type_name(it)
                )));
            }
            return Err(e);
        }
    };
    if let Value::Obj(o) = list {
        if let Some(c) = list_cell(o) {
            c.with(|l| l.extend(items));
        }
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().list.clone(),
    };
    let _ = vm;
    let o = ObjRef::new(cls.clone(), Payload::List(Mut::new(Vec::new())));
    if crate::types::type_data(&cls).has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    Ok(Value::Obj(o))
}

fn list_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "__init__")?;
    if args.has_kw() {
        return Err(vm.new_type_error("list() takes no keyword arguments".to_string()));
    }
    let pos = &args.args[1..];
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let items = match pos.first() {
        Some(it) => vm.iterate(it)?,
        None => Vec::new(),
    };
    if let Some(c) = list_cell(l) {
        drop(c.replace(items));
    }
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "append")?;
    if args.args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.args.len() - 1
        )));
    }
    let v = args.args[1].clone();
    if let Some(c) = list_cell(l) {
        c.with(|l| l.push(v));
    }
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "extend")?;
    let it = args.args.get(1).cloned().unwrap_or(Value::None);
    let items = vm.iterate(&it)?;
    if let Some(c) = list_cell(l) {
        c.with(|l| l.extend(items));
    }
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "insert")?;
    if args.args.len() != 3 {
        return Err(vm.new_type_error(format!(
            "insert expected 2 arguments, got {}",
            args.args.len() - 1
        )));
    }
    let i = arg_index(vm, &args.args[1])?;
    let v = args.args[2].clone();
    if let Some(c) = list_cell(l) {
        c.with(|l| {
            let n = l.len() as i64;
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            l.insert(j as usize, v);
        });
    }
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "pop")?;
    let c = list_cell(l).ok_or_else(|| vm.new_type_error("list expected".to_string()))?;
    let len = c.with(|l| l.len());
    if len == 0 {
        return Err(vm.new_index_error("pop from empty list"));
    }
    let i = match args.args.get(1) {
        Some(v) => {
            let i = arg_index(vm, v)?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.new_index_error("pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    Ok(c.with(|l| l.remove(i)))
}

fn list_remove(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "remove")?;
    let x = args.args.get(1).cloned().unwrap_or(Value::None);
    let items = super::seq_items(l);
    for (i, it) in items.iter().enumerate() {
        if crate::protocol::eq(vm, it, &x)? {
            if let Some(c) = list_cell(l) {
                let removed = c.with(|l| if i < l.len() { Some(l.remove(i)) } else { None });
                drop(removed);
            }
            return Ok(Value::None);
        }
    }
    Err(vm.new_value_error("list.remove(x): x not in list".to_string()))
}

fn seq_index(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let o = match args.args.first() {
        Some(Value::Obj(o)) => o.clone(),
        _ => return Err(vm.new_type_error("index() needs a sequence".to_string())),
    };
    let x = args.args.get(1).cloned().unwrap_or(Value::None);
    let items = super::seq_items(&o);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.args.get(2) {
        Some(v) => norm(arg_index(vm, v)?),
        None => 0,
    };
    let stop = match args.args.get(3) {
        Some(v) => norm(arg_index(vm, v)?),
        None => n,
    };
    for i in start..stop {
        if crate::protocol::eq(vm, &items[i as usize], &x)? {
            return Ok(Value::Int(i));
        }
    }
    let is_list = matches!(o.payload, Payload::List(_));
    let msg = if is_list {
        format!("{} is not in list", vm.repr_string(&x)?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    };
    Err(vm.new_value_error(msg))
}

fn seq_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let o = match args.args.first() {
        Some(Value::Obj(o)) => o.clone(),
        _ => return Err(vm.new_type_error("count() needs a sequence".to_string())),
    };
    let x = args.args.get(1).cloned().unwrap_or(Value::None);
    let mut n = 0;
    for it in super::seq_items(&o) {
        if crate::protocol::eq(vm, &it, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "clear")?;
    if let Some(c) = list_cell(l) {
        drop(c.take());
    }
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "copy")?;
    Ok(new_list(super::seq_items(l)))
}

fn list_reverse(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "reverse")?;
    if let Some(c) = list_cell(l) {
        c.with(|l| l.reverse());
    }
    Ok(Value::None)
}

/// Sorts values stably by `keys` (already computed), using `<`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let keys_ref: &[Value] = match &keys {
        Some(k) => k,
        None => &items,
    };
    // Fast paths: all ints, all floats, all strs.
    let all_int = keys_ref.iter().all(|v| matches!(v, Value::Int(_)));
    let all_str = keys_ref.iter().all(|v| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && crate::types::is_exact_builtin(o)));
    let all_float = keys_ref
        .iter()
        .all(|v| matches!(v, Value::Float(f) if !f.is_nan()));
    if all_int {
        let k: Vec<i64> = keys_ref
            .iter()
            .map(|v| if let Value::Int(i) = v { *i } else { 0 })
            .collect();
        if reverse {
            idx.sort_by(|a, b| k[*b].cmp(&k[*a]));
        } else {
            idx.sort_by(|a, b| k[*a].cmp(&k[*b]));
        }
    } else if all_str {
        if reverse {
            idx.sort_by(|a, b| super::str_of(&keys_ref[*b]).cmp(super::str_of(&keys_ref[*a])));
        } else {
            idx.sort_by(|a, b| super::str_of(&keys_ref[*a]).cmp(super::str_of(&keys_ref[*b])));
        }
    } else if all_float {
        let k: Vec<f64> = keys_ref
            .iter()
            .map(|v| if let Value::Float(f) = v { *f } else { 0.0 })
            .collect();
        if reverse {
            idx.sort_by(|a, b| {
                k[*b]
                    .partial_cmp(&k[*a])
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        } else {
            idx.sort_by(|a, b| {
                k[*a]
                    .partial_cmp(&k[*b])
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        }
    } else if simple_tuple_kinds(keys_ref).is_some() {
        // Tuples of ints, floats and strs, each position of one kind: their
        // order is total and needs no Python code (a stable sort with the
        // same comparisons CPython's `<` makes).
        if reverse {
            idx.sort_by(|a, b| simple_tuple_cmp(&keys_ref[*b], &keys_ref[*a]));
        } else {
            idx.sort_by(|a, b| simple_tuple_cmp(&keys_ref[*a], &keys_ref[*b]));
        }
    } else {
        // A merge sort calling `<`, stopping at the first error.
        let mut err = None;
        let mut buf = idx.clone();
        merge_sort(vm, &mut idx, &mut buf, keys_ref, reverse, &mut err);
        if let Some(e) = err {
            return Err(e);
        }
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    Ok(idx
        .into_iter()
        .map(|i| slots[i].take().unwrap_or(Value::None))
        .collect())
}

/// The kind of a simple sort-key item.
#[derive(Clone, Copy, PartialEq)]
enum SimpleKind {
    Int,
    Float,
    Str,
}

fn simple_kind(v: &Value) -> Option<SimpleKind> {
    match v {
        Value::Int(_) => Some(SimpleKind::Int),
        Value::Float(f) if !f.is_nan() => Some(SimpleKind::Float),
        Value::Obj(o)
            if matches!(o.payload, Payload::Str(_)) && crate::types::is_exact_builtin(o) =>
        {
            Some(SimpleKind::Str)
        }
        _ => None,
    }
}

/// If every key is an exact tuple of machine ints, non-NaN floats and exact
/// strs, with one kind per position across all keys: those kinds.
fn simple_tuple_kinds(keys: &[Value]) -> Option<Vec<SimpleKind>> {
    let mut kinds: Vec<SimpleKind> = Vec::new();
    for k in keys {
        let Value::Obj(o) = k else { return None };
        let Payload::Tuple(items) = &o.payload else {
            return None;
        };
        if !crate::types::is_exact_builtin(o) {
            return None;
        }
        for (i, item) in items.iter().enumerate() {
            let kind = simple_kind(item)?;
            match kinds.get(i) {
                Some(k) if *k != kind => return None,
                Some(_) => {}
                None => kinds.push(kind),
            }
        }
    }
    Some(kinds)
}

/// Lexicographic order of two keys accepted by `simple_tuple_kinds`.
fn simple_tuple_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    fn items(v: &Value) -> &[Value] {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => t,
                _ => &[],
            },
            _ => &[],
        }
    }
    let (x, y) = (items(a), items(b));
    for (p, q) in x.iter().zip(y.iter()) {
        let o = match (p, q) {
            (Value::Int(m), Value::Int(n)) => m.cmp(n),
            (Value::Float(m), Value::Float(n)) => m.partial_cmp(n).unwrap_or(Ordering::Equal),
            _ => super::str_of(p).cmp(super::str_of(q)),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    x.len().cmp(&y.len())
}

fn merge_sort(
    vm: &mut Vm,
    idx: &mut [usize],
    buf: &mut [usize],
    keys: &[Value],
    reverse: bool,
    err: &mut Option<crate::vm::PyErr>,
) {
    let n = idx.len();
    if n <= 1 || err.is_some() {
        return;
    }
    if n <= 8 {
        // Insertion sort for short runs.
        for i in 1..n {
            let mut j = i;
            while j > 0 {
                let less = if reverse {
                    lt(vm, keys, idx[j - 1], idx[j], err)
                } else {
                    lt(vm, keys, idx[j], idx[j - 1], err)
                };
                if !less || err.is_some() {
                    break;
                }
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, l, bl, keys, reverse, err);
        merge_sort(vm, r, br, keys, reverse, err);
    }
    if err.is_some() {
        return;
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        // Take from the right only if strictly less (stability).
        let take_right = if reverse {
            lt(vm, keys, buf[i], buf[j], err)
        } else {
            lt(vm, keys, buf[j], buf[i], err)
        };
        if err.is_some() {
            return;
        }
        if take_right {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
}

fn lt(vm: &mut Vm, keys: &[Value], a: usize, b: usize, err: &mut Option<crate::vm::PyErr>) -> bool {
    match crate::protocol::lt(vm, &keys[a], &keys[b]) {
        Ok(r) => r,
        Err(e) => {
            *err = Some(e);
            false
        }
    }
}

/// Computes sort keys with `key` (None for identity).
pub fn sort_keys(vm: &mut Vm, items: &[Value], key: &Value) -> PyResult<Option<Vec<Value>>> {
    if key.is_none() || key.is_null() {
        return Ok(None);
    }
    let mut keys = Vec::with_capacity(items.len());
    for it in items {
        keys.push(vm.call(key, std::slice::from_ref(it))?);
    }
    Ok(Some(keys))
}

fn list_sort(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "sort")?.clone();
    if !args.pos()[1..].is_empty() {
        return Err(vm.new_type_error("sort() takes no positional arguments".to_string()));
    }
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "sort", &["key", "reverse"], 0)?;
    let reverse = if a[1].is_null() {
        false
    } else {
        vm.is_true(&a[1])?
    };
    let c = list_cell(&l).ok_or_else(|| vm.new_type_error("list expected".to_string()))?;
    // The list is empty while it is sorted, as in CPython.
    let items = c.take();
    let keys = match sort_keys(vm, &items, &a[0]) {
        Ok(k) => k,
        Err(e) => {
            c.set(items);
            return Err(e);
        }
    };
    let sorted = sort_values(vm, items.clone(), keys, reverse);
    let modified = c.with(|l| !l.is_empty());
    match sorted {
        Ok(s) => {
            drop(c.replace(s));
            if modified {
                return Err(vm.new_value_error("list modified during sort".to_string()));
            }
            Ok(Value::None)
        }
        Err(e) => {
            drop(c.replace(items));
            Err(e)
        }
    }
}

fn list_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "__len__")?;
    Ok(Value::Int(
        list_cell(l).map(|c| c.with(|l| l.len())).unwrap_or(0) as i64,
    ))
}

fn list_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "__getitem__")?;
    seq_getitem(vm, l, args.args.get(1).unwrap_or(&Value::None))
}

fn list_setitem_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "__setitem__")?;
    list_setitem(
        vm,
        l,
        args.args.get(1).unwrap_or(&Value::None),
        Some(args.args.get(2).cloned().unwrap_or(Value::None)),
    )?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "__delitem__")?;
    list_setitem(vm, l, args.args.get(1).unwrap_or(&Value::None), None)?;
    Ok(Value::None)
}

fn seq_contains(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let o = match args.args.first() {
        Some(Value::Obj(o)) => o.clone(),
        _ => return Ok(Value::Bool(false)),
    };
    let x = args.args.get(1).cloned().unwrap_or(Value::None);
    for it in super::seq_items(&o) {
        if crate::protocol::eq(vm, &it, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn seq_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Obj(o)) => Ok(super::iter::native_iter(vm, o)?.unwrap_or(Value::None)),
        _ => Err(vm.new_type_error("iter expected".to_string())),
    }
}

fn list_reversed(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let l = self_list(vm, &args, "__reversed__")?;
    Ok(super::iter::new_reversed(
        Value::Obj(l.clone()),
        super::native_len(l).unwrap_or(0),
    ))
}

fn seq_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let s = super::repr::payload_repr(vm, &v)?.unwrap_or_default();
    Ok(super::new_str(s))
}

fn list_imul(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a, b] => Ok(super::ops::native_binary(
            vm,
            a,
            b,
            baton_compiler::BinaryOperator::Multiply,
            true,
        )?
        .unwrap_or(Value::None)),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

pub fn register() {
    let t = &types().list;
    super::types::add_methods_kind(t, &[("__new__", list_new)], MethodKind::Static);
    super::types::add_methods(
        t,
        &[
            ("__init__", list_init),
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", seq_index),
            ("count", seq_count),
            ("clear", list_clear),
            ("copy", list_copy),
            ("reverse", list_reverse),
            ("sort", list_sort),
            ("__len__", list_len),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem_m),
            ("__delitem__", list_delitem),
            ("__contains__", seq_contains),
            ("__iter__", seq_iter),
            ("__reversed__", list_reversed),
            ("__repr__", seq_repr),
            ("__imul__", list_imul),
        ],
    );
    super::ops::register_dunders(t, &["__add__", "__iadd__", "__mul__", "__rmul__"]);
    super::ops::register_dunders(t, super::ops::COMPARE_DUNDERS);
    if let Some(d) = t.dict.get() {
        super::dict_set_str(&d, "__hash__", Value::None);
    }
    super::tuple::register_with(seq_index, seq_count, seq_contains, seq_iter, seq_repr);
}
