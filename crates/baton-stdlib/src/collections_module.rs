//! `_collections`: the native `deque`.
//!
//! A deque is a ring buffer (`VecDeque`) reached through one `Mut` cell, so
//! that each of its operations (append, popleft, ...) is one native call and
//! therefore atomic under the GIL, as CPython's is: `queue.SimpleQueue`,
//! `threading` and `concurrent.futures` rely on that. (A deque written in
//! Python could be preempted in the middle of a `popleft` and lose items.)
//!
//! As in CPython, a `state` counter changes on every change of the deque's
//! length or order (not on item assignment or `reverse`); iterators and the
//! comparing operations (`count`, `index`, `remove`, `in`) raise
//! "deque mutated during iteration" when it moved under them.

use crate::util::native_ref;
use baton_vm::builtins::{self, new_str, types};
use baton_vm::object::{Mut, NativeData, Payload};
use baton_vm::types::{is_subtype, type_data};
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};
use std::collections::VecDeque;
use std::sync::OnceLock;

struct Inner {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    state: u64,
}

pub struct Deque {
    inner: Mut<Inner>,
}

impl NativeData for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.inner.with(|d| d.items.iter().for_each(&mut *visit));
    }
    fn clear(&self) {
        let items = self.inner.with(|d| std::mem::take(&mut d.items));
        drop(items);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Deque {
    fn len(&self) -> usize {
        self.inner.with(|d| d.items.len())
    }
    fn state(&self) -> u64 {
        self.inner.with(|d| d.state)
    }
    fn maxlen(&self) -> Option<usize> {
        self.inner.with(|d| d.maxlen)
    }
    fn snapshot(&self) -> Vec<Value> {
        self.inner.with(|d| d.items.iter().cloned().collect())
    }
    fn get(&self, i: usize) -> Option<Value> {
        self.inner.with(|d| d.items.get(i).cloned())
    }
    /// Appends on the right, dropping from the left past maxlen.
    fn push_back(&self, v: Value) {
        self.push(v, false)
    }
    /// Appends on the left, dropping from the right past maxlen.
    fn push_front(&self, v: Value) {
        self.push(v, true)
    }
    fn push(&self, v: Value, front: bool) {
        let dropped = self.inner.with(|d| {
            d.state = d.state.wrapping_add(1);
            if d.maxlen == Some(0) {
                return Some(v);
            }
            if front {
                d.items.push_front(v);
            } else {
                d.items.push_back(v);
            }
            match d.maxlen {
                Some(m) if d.items.len() > m => {
                    if front {
                        d.items.pop_back()
                    } else {
                        d.items.pop_front()
                    }
                }
                _ => None,
            }
        });
        // Dropped outside the deque's borrow.
        drop(dropped);
    }
    fn clear_items(&self) {
        let old = self.inner.with(|d| {
            d.state = d.state.wrapping_add(1);
            std::mem::take(&mut d.items)
        });
        drop(old);
    }
    fn rotate(&self, n: i64) {
        self.inner.with(|d| {
            d.state = d.state.wrapping_add(1);
            let len = d.items.len() as i64;
            if len <= 1 {
                return;
            }
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        });
    }
}

fn deque_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_base_type(
            "collections",
            "deque",
            &[
                ("__init__", dq_init),
                ("append", dq_append),
                ("appendleft", dq_appendleft),
                ("pop", dq_pop),
                ("popleft", dq_popleft),
                ("extend", dq_extend),
                ("extendleft", dq_extendleft),
                ("clear", dq_clear),
                ("copy", dq_copy),
                ("__copy__", dq_copy),
                ("count", dq_count),
                ("index", dq_index),
                ("insert", dq_insert),
                ("remove", dq_remove),
                ("reverse", dq_reverse),
                ("rotate", dq_rotate),
                ("__len__", dq_len),
                ("__bool__", dq_bool),
                ("__getitem__", dq_getitem),
                ("__setitem__", dq_setitem),
                ("__delitem__", dq_delitem),
                ("__contains__", dq_contains),
                ("__iter__", dq_iter),
                ("__reversed__", dq_reversed),
                ("__repr__", dq_repr),
                ("__eq__", dq_eq),
                ("__ne__", dq_ne),
                ("__lt__", dq_lt),
                ("__le__", dq_le),
                ("__gt__", dq_gt),
                ("__ge__", dq_ge),
                ("__add__", dq_add),
                ("__iadd__", dq_iadd),
                ("__mul__", dq_mul),
                ("__rmul__", dq_mul),
                ("__imul__", dq_imul),
                ("__reduce__", dq_reduce),
                ("__sizeof__", dq_sizeof),
            ],
        );
        type_data(&t)
            .tp_name
            .set(Some("collections.deque".to_string()));
        builtins::types::add_getsets(&t, &[("maxlen", dq_get_maxlen, None)]);
        crate::util::add_static_methods(&t, &[("__new__", dq_new)]);
        builtins::types::add_methods_kind(
            &t,
            &[("__class_getitem__", builtins::type_::class_getitem)],
            baton_vm::object::MethodKind::Class,
        );
        if let Some(d) = t.dict.get() {
            builtins::dict_set_str(&d, "__hash__", Value::None);
            builtins::dict_set_str(
                &d,
                "__doc__",
                new_str("A list-like sequence optimized for data accesses near its endpoints."),
            );
        }
        t
    })
    .clone()
}

struct DequeIter {
    deque: Value,
    /// Items handed out so far.
    index: Mut<usize>,
    /// Items left (the deque's length when the iterator was made, minus those given).
    remaining: Mut<usize>,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn iter_type(reverse: bool) -> ObjRef {
    static F: OnceLock<ObjRef> = OnceLock::new();
    static R: OnceLock<ObjRef> = OnceLock::new();
    let cell = if reverse { &R } else { &F };
    cell.get_or_init(|| {
        crate::util::new_native_type(
            "_collections",
            if reverse {
                "_deque_reverse_iterator"
            } else {
                "_deque_iterator"
            },
            None,
            &[
                ("__iter__", it_iter),
                ("__next__", it_next),
                ("__length_hint__", it_length_hint),
            ],
        )
    })
    .clone()
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with("_collections", &[]);
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "deque", Value::Obj(deque_type()));
    builtins::dict_set_str(&d, "_deque_iterator", Value::Obj(iter_type(false)));
    builtins::dict_set_str(&d, "_deque_reverse_iterator", Value::Obj(iter_type(true)));
    Ok(m)
}

// ---- helpers ---------------------------------------------------------------

fn this<'a>(vm: &mut Vm, args: &'a FuncArgs) -> PyResult<&'a Deque> {
    args.args
        .first()
        .and_then(native_ref::<Deque>)
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'collections.deque' object".into()))
}

fn arg(args: &FuncArgs, i: usize) -> Value {
    args.pos().get(i).cloned().unwrap_or(Value::Null)
}

fn no_kw(vm: &mut Vm, args: &FuncArgs, name: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn nargs(vm: &mut Vm, args: &FuncArgs, name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kw(vm, args, name)?;
    let n = args.pos().len() - 1;
    let short = name.trim_start_matches("deque.");
    if n < min || n > max {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        return Err(vm.new_type_error(if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{short}() takes exactly {min} arguments ({n} given)"),
            }
        } else if min == 0 {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        } else if n < min {
            format!(
                "{short}() takes at least {min} argument{} ({n} given)",
                plural(min)
            )
        } else {
            format!(
                "{short}() takes at most {max} argument{} ({n} given)",
                plural(max)
            )
        }));
    }
    Ok(())
}

fn is_deque(v: &Value) -> bool {
    native_ref::<Deque>(v).is_some()
}

fn not_implemented() -> Value {
    Value::Obj(builtins::singletons().not_implemented.clone())
}

fn mutated(vm: &mut Vm) -> baton_vm::PyErr {
    vm.new_runtime_error("deque mutated during iteration")
}

/// A new, empty deque of class `cls`.
fn new_deque(cls: ObjRef, maxlen: Option<usize>) -> Value {
    let has_dict = type_data(&cls).has_dict;
    let o = ObjRef::new(
        cls,
        Payload::Native(Box::new(Deque {
            inner: Mut::new(Inner {
                items: VecDeque::new(),
                maxlen,
                state: 0,
            }),
        })),
    );
    if has_dict {
        o.dict.set(Some(builtins::new_dict()));
    }
    Value::Obj(o)
}

/// An index argument of `d[i]`: `__index__` honoured, negative from the end.
fn item_index(vm: &mut Vm, d: &Deque, i: &Value) -> PyResult<usize> {
    let int_like = match i {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                || baton_vm::types::lookup(o.type_ref(), &builtins::intern("__index__")).is_some()
        }
        _ => false,
    };
    if !int_like {
        return Err(vm.new_type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(i)
        )));
    }
    let n = d.len() as i64;
    let mut k = builtins::arg_index(vm, i)?;
    if k < 0 {
        k += n;
    }
    if k < 0 || k >= n {
        return Err(vm.new_index_error("deque index out of range"));
    }
    Ok(k as usize)
}

fn parse_maxlen(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    let int_like = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)),
        _ => false,
    };
    if !int_like {
        return Err(vm.new_type_error("an integer is required".into()));
    }
    let m = builtins::arg_index(vm, v)?;
    if m < 0 {
        return Err(vm.new_value_error("maxlen must be non-negative".into()));
    }
    Ok(Some(m as usize))
}

/// The items of an iterable to add to `d` (a copy first when it is `d`).
fn items_of(vm: &mut Vm, d_val: &Value, iterable: &Value) -> PyResult<Vec<Value>> {
    if iterable.is(d_val) {
        if let Some(d) = native_ref::<Deque>(d_val) {
            return Ok(d.snapshot());
        }
    }
    vm.iterate(iterable)
}

// ---- construction ------------------------------------------------------------

fn dq_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            if !is_subtype(c, &deque_type()) {
                return Err(vm.new_type_error(format!(
                    "deque.__new__({}): {} is not a subtype of deque",
                    type_data(c).name(),
                    type_data(c).name()
                )));
            }
            Ok(new_deque(c.clone(), None))
        }
        _ => Err(vm.new_type_error("deque.__new__(X): X is not a type object".into())),
    }
}

fn dq_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    this(vm, &args)?;
    let b = builtins::bind_native(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        "deque",
        &["iterable", "maxlen"],
        0,
    )?;
    let maxlen = parse_maxlen(vm, &b[1])?;
    let d = this(vm, &args)?;
    d.inner.with(|i| i.maxlen = maxlen);
    if d.len() > 0 {
        d.clear_items();
    }
    if !b[0].is_null() {
        let items = items_of(vm, &args.args[0], &b[0])?;
        let d = this(vm, &args)?;
        for v in items {
            d.push_back(v);
        }
    }
    Ok(Value::None)
}

fn dq_get_maxlen(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match native_ref::<Deque>(v) {
        Some(d) => Ok(d.maxlen().map_or(Value::None, |m| Value::Int(m as i64))),
        None => Err(vm.new_type_error("descriptor requires a 'collections.deque' object".into())),
    }
}

// ---- the ends ------------------------------------------------------------------

fn dq_append(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.append", 1, 1)?;
    this(vm, &args)?.push_back(arg(&args, 1));
    Ok(Value::None)
}

fn dq_appendleft(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.appendleft", 1, 1)?;
    this(vm, &args)?.push_front(arg(&args, 1));
    Ok(Value::None)
}

/// Removes and returns the item at one end.
fn pop_end(vm: &mut Vm, args: &FuncArgs, name: &str, front: bool) -> PyResult<Value> {
    nargs(vm, args, name, 0, 0)?;
    let d = this(vm, args)?;
    let v = d.inner.with(|i| {
        let v = if front {
            i.items.pop_front()
        } else {
            i.items.pop_back()
        };
        if v.is_some() {
            i.state = i.state.wrapping_add(1);
        }
        v
    });
    v.ok_or_else(|| vm.new_index_error("pop from an empty deque"))
}

fn dq_pop(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pop_end(vm, &args, "deque.pop", false)
}

fn dq_popleft(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pop_end(vm, &args, "deque.popleft", true)
}

fn dq_extend(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.extend", 1, 1)?;
    this(vm, &args)?;
    let items = items_of(vm, &args.args[0], &arg(&args, 1))?;
    let d = this(vm, &args)?;
    for v in items {
        d.push_back(v);
    }
    Ok(Value::None)
}

fn dq_extendleft(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.extendleft", 1, 1)?;
    this(vm, &args)?;
    let items = items_of(vm, &args.args[0], &arg(&args, 1))?;
    let d = this(vm, &args)?;
    for v in items {
        d.push_front(v);
    }
    Ok(Value::None)
}

fn dq_clear(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.clear", 0, 0)?;
    this(vm, &args)?.clear_items();
    Ok(Value::None)
}

fn dq_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.copy", 0, 0)?;
    let d = this(vm, &args)?;
    let me = &args.args[0];
    let cls = builtins::type_of(me);
    let maxlen = d.maxlen();
    if cls.is(&deque_type()) {
        let items = d.inner.with(|i| i.items.clone());
        let new = new_deque(cls, maxlen);
        if let Some(nd) = native_ref::<Deque>(&new) {
            nd.inner.with(|i| i.items = items);
        }
        return Ok(new);
    }
    // A subclass: through its constructor, as CPython does.
    let c = Value::Obj(cls);
    match maxlen {
        None => vm.call(&c, std::slice::from_ref(me)),
        Some(m) => vm.call(&c, &[me.clone(), Value::Int(m as i64)]),
    }
}

// ---- searching -------------------------------------------------------------------

/// The index of the first item equal to `x` in [start, stop), checking
/// that the deque does not change under the comparisons.
fn find(vm: &mut Vm, me: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let (state, len) = match native_ref::<Deque>(me) {
        Some(d) => (d.state(), d.len()),
        None => return Ok(None),
    };
    for i in start..stop.min(len) {
        let Some(item) = native_ref::<Deque>(me).and_then(|d| d.get(i)) else {
            return Err(mutated(vm));
        };
        let eq = item.is(x) || baton_vm::protocol::eq(vm, &item, x)?;
        if native_ref::<Deque>(me).map(|d| d.state()) != Some(state) {
            return Err(mutated(vm));
        }
        if eq {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn dq_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.count", 1, 1)?;
    let d = this(vm, &args)?;
    let (state, len) = (d.state(), d.len());
    let me = args.args[0].clone();
    let x = arg(&args, 1);
    let mut n = 0i64;
    for i in 0..len {
        let Some(item) = native_ref::<Deque>(&me).and_then(|d| d.get(i)) else {
            return Err(mutated(vm));
        };
        if item.is(&x) || baton_vm::protocol::eq(vm, &item, &x)? {
            n += 1;
        }
        if native_ref::<Deque>(&me).map(|d| d.state()) != Some(state) {
            return Err(mutated(vm));
        }
    }
    Ok(Value::Int(n))
}

fn dq_index(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.index", 1, 3)?;
    let len = this(vm, &args)?.len() as i64;
    let bound = |vm: &mut Vm, v: Value, default: i64| -> PyResult<usize> {
        if v.is_null() {
            return Ok(default as usize);
        }
        let mut k = builtins::arg_index(vm, &v)?;
        if k < 0 {
            k += len;
        }
        Ok(k.clamp(0, len) as usize)
    };
    let start = bound(vm, arg(&args, 2), 0)?;
    let stop = bound(vm, arg(&args, 3), len)?;
    let x = arg(&args, 1);
    match find(vm, &args.args[0], &x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&x)?;
            Err(vm.new_value_error(format!("{r} is not in deque")))
        }
    }
}

fn dq_contains(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__contains__", 1, 1)?;
    let len = this(vm, &args)?.len();
    Ok(Value::Bool(
        find(vm, &args.args[0], &arg(&args, 1), 0, len)?.is_some(),
    ))
}

fn dq_remove(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.remove", 1, 1)?;
    let len = this(vm, &args)?.len();
    let x = arg(&args, 1);
    match find(vm, &args.args[0], &x, 0, len)? {
        Some(i) => {
            let d = this(vm, &args)?;
            let v = d.inner.with(|inner| {
                inner.state = inner.state.wrapping_add(1);
                inner.items.remove(i)
            });
            drop(v);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr_string(&x)?;
            Err(vm.new_value_error(format!("{r} is not in deque")))
        }
    }
}

// ---- reordering ---------------------------------------------------------------------

fn dq_insert(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.insert", 2, 2)?;
    let mut i = builtins::arg_index(vm, &arg(&args, 1))?;
    let d = this(vm, &args)?;
    let len = d.len();
    if d.maxlen() == Some(len) {
        return Err(vm.new_index_error("deque already at its maximum size"));
    }
    let n = len as i64;
    if i < 0 {
        i = (i + n).max(0);
    }
    let at = i.min(n) as usize;
    let v = arg(&args, 2);
    d.inner.with(|inner| {
        inner.state = inner.state.wrapping_add(1);
        inner.items.insert(at, v);
    });
    Ok(Value::None)
}

fn dq_reverse(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.reverse", 0, 0)?;
    this(vm, &args)?
        .inner
        .with(|i| i.items.make_contiguous().reverse());
    Ok(Value::None)
}

fn dq_rotate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "deque.rotate", 0, 1)?;
    let n = match arg(&args, 1) {
        v if v.is_null() => 1,
        v => builtins::arg_index(vm, &v)?,
    };
    this(vm, &args)?.rotate(n);
    Ok(Value::None)
}

// ---- the sequence protocol -------------------------------------------------------------

fn dq_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.len() as i64))
}

fn dq_bool(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args)?.len() > 0))
}

fn dq_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__getitem__", 1, 1)?;
    let d = this(vm, &args)?;
    let i = item_index(vm, d, &arg(&args, 1))?;
    d.get(i)
        .ok_or_else(|| vm.new_index_error("deque index out of range"))
}

fn dq_setitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__setitem__", 2, 2)?;
    let d = this(vm, &args)?;
    let i = item_index(vm, d, &arg(&args, 1))?;
    let v = arg(&args, 2);
    let old = d.inner.with(|inner| {
        inner
            .items
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, v))
    });
    drop(old);
    Ok(Value::None)
}

fn dq_delitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__delitem__", 1, 1)?;
    let d = this(vm, &args)?;
    let i = item_index(vm, d, &arg(&args, 1))?;
    let old = d.inner.with(|inner| {
        inner.state = inner.state.wrapping_add(1);
        inner.items.remove(i)
    });
    drop(old);
    Ok(Value::None)
}

fn make_iter(vm: &mut Vm, args: &FuncArgs, reverse: bool) -> PyResult<Value> {
    let d = this(vm, args)?;
    Ok(Value::Obj(ObjRef::new(
        iter_type(reverse),
        Payload::Native(Box::new(DequeIter {
            deque: args.args[0].clone(),
            index: Mut::new(0),
            remaining: Mut::new(d.len()),
            state: d.state(),
            reverse,
        })),
    )))
}

fn dq_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    make_iter(vm, &args, false)
}

fn dq_reversed(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    make_iter(vm, &args, true)
}

fn it_this<'a>(vm: &mut Vm, args: &'a FuncArgs) -> PyResult<&'a DequeIter> {
    args.args
        .first()
        .and_then(native_ref::<DequeIter>)
        .ok_or_else(|| vm.new_type_error("descriptor requires a deque iterator".into()))
}

fn it_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    it_this(vm, &args)?;
    Ok(args.args[0].clone())
}

fn it_next(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let it = it_this(vm, &args)?;
    let Some(d) = native_ref::<Deque>(&it.deque) else {
        return Err(vm.new_stop_iteration(Value::None));
    };
    if d.state() != it.state {
        it.remaining.set(0);
        return Err(mutated(vm));
    }
    if it.remaining.get() == 0 {
        return Err(vm.new_stop_iteration(Value::None));
    }
    let k = it.index.get();
    let len = d.len();
    let pos = if it.reverse { len - 1 - k } else { k };
    it.index.set(k + 1);
    it.remaining.set(it.remaining.get() - 1);
    d.get(pos).ok_or_else(|| vm.new_stop_iteration(Value::None))
}

fn it_length_hint(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(it_this(vm, &args)?.remaining.get() as i64))
}

// ---- repr, comparisons, arithmetic ----------------------------------------------------

fn dq_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = this(vm, &args)?;
    let me = &args.args[0];
    let items = d.snapshot();
    let maxlen = d.maxlen();
    let name = type_data(&builtins::type_of(me)).name.get();
    let id = me.id() as usize;
    let s = builtins::repr::guarded(vm, id, "[...]", |vm| {
        let inner = builtins::repr::join_reprs(vm, &items)?;
        Ok(match maxlen {
            None => format!("{name}([{inner}])"),
            Some(m) => format!("{name}([{inner}], maxlen={m})"),
        })
    })?;
    Ok(new_str(s))
}

fn compare(
    vm: &mut Vm,
    args: &FuncArgs,
    op: baton_compiler::opcode::ComparisonOperator,
) -> PyResult<Value> {
    use baton_compiler::opcode::ComparisonOperator as C;
    nargs(vm, args, "__eq__", 1, 1)?;
    let (a, b) = (args.args[0].clone(), arg(args, 1));
    let (Some(da), Some(db)) = (native_ref::<Deque>(&a), native_ref::<Deque>(&b)) else {
        return Ok(not_implemented());
    };
    let (x, y) = (da.snapshot(), db.snapshot());
    if matches!(op, C::Equal | C::NotEqual) && x.len() != y.len() {
        return Ok(Value::Bool(op == C::NotEqual));
    }
    // The first differing position decides, as for lists.
    for (p, q) in x.iter().zip(y.iter()) {
        if p.is(q) {
            continue;
        }
        if !baton_vm::protocol::eq(vm, p, q)? {
            return match op {
                C::Equal => Ok(Value::Bool(false)),
                C::NotEqual => Ok(Value::Bool(true)),
                _ => baton_vm::protocol::rich_compare(vm, p, q, op),
            };
        }
    }
    let (m, n) = (x.len(), y.len());
    Ok(Value::Bool(match op {
        C::Equal => true,
        C::NotEqual => false,
        C::Less => m < n,
        C::LessEqual => m <= n,
        C::Greater => m > n,
        C::GreaterEqual => m >= n,
    }))
}

fn dq_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    compare(vm, &args, baton_compiler::opcode::ComparisonOperator::Equal)
}
fn dq_ne(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    compare(
        vm,
        &args,
        baton_compiler::opcode::ComparisonOperator::NotEqual,
    )
}
fn dq_lt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    compare(vm, &args, baton_compiler::opcode::ComparisonOperator::Less)
}
fn dq_le(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    compare(
        vm,
        &args,
        baton_compiler::opcode::ComparisonOperator::LessEqual,
    )
}
fn dq_gt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    compare(
        vm,
        &args,
        baton_compiler::opcode::ComparisonOperator::Greater,
    )
}
fn dq_ge(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    compare(
        vm,
        &args,
        baton_compiler::opcode::ComparisonOperator::GreaterEqual,
    )
}

fn dq_add(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__add__", 1, 1)?;
    let other = arg(&args, 1);
    if !is_deque(&other) {
        return Err(vm.new_type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&other)
        )));
    }
    let new = dq_copy(vm, FuncArgs::new(&args.args[..1]))?;
    let items = native_ref::<Deque>(&other)
        .map(|d| d.snapshot())
        .unwrap_or_default();
    if let Some(nd) = native_ref::<Deque>(&new) {
        for v in items {
            nd.push_back(v);
        }
    }
    Ok(new)
}

fn dq_iadd(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    dq_extend(vm, FuncArgs::new(args.args))?;
    Ok(args.args[0].clone())
}

/// Repeats the items `n` times in place (keeping the last maxlen of them).
fn repeat_in_place(vm: &mut Vm, me: &Value, n: &Value) -> PyResult<()> {
    let int_like = match n {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                || baton_vm::types::lookup(o.type_ref(), &builtins::intern("__index__")).is_some()
        }
        _ => false,
    };
    if !int_like {
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    }
    let n = builtins::arg_index(vm, n)?;
    let Some(d) = native_ref::<Deque>(me) else {
        return Ok(());
    };
    if n <= 0 {
        d.clear_items();
        return Ok(());
    }
    let items = d.snapshot();
    let maxlen = d.maxlen();
    let total = (items.len() as u128) * (n as u128);
    let keep = match maxlen {
        Some(m) => total.min(m as u128),
        None => total,
    };
    if keep > (isize::MAX as u128) / 16 || (maxlen.is_none() && total > (1u128 << 40)) {
        return Err(vm.new_exception_empty(&types().exc.memory_error));
    }
    if items.is_empty() || n == 1 {
        return Ok(());
    }
    let mut out: VecDeque<Value> = VecDeque::with_capacity(keep as usize);
    // The last `keep` items of the repetition.
    let skip = (total - keep) as usize;
    let len = items.len();
    for k in skip..(total as usize) {
        out.push_back(items[k % len].clone());
    }
    let old = d.inner.with(|i| {
        i.state = i.state.wrapping_add(1);
        std::mem::replace(&mut i.items, out)
    });
    drop(old);
    Ok(())
}

fn dq_mul(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__mul__", 1, 1)?;
    let new = dq_copy(vm, FuncArgs::new(&args.args[..1]))?;
    repeat_in_place(vm, &new, &arg(&args, 1))?;
    Ok(new)
}

fn dq_imul(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__imul__", 1, 1)?;
    repeat_in_place(vm, &args.args[0], &arg(&args, 1))?;
    Ok(args.args[0].clone())
}

fn dq_reduce(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    nargs(vm, &args, "__reduce__", 0, 0)?;
    let d = this(vm, &args)?;
    let me = &args.args[0];
    let cls = Value::Obj(builtins::type_of(me));
    let ctor_args = match d.maxlen() {
        None => builtins::new_tuple(vec![]),
        Some(m) => builtins::new_tuple(vec![builtins::new_tuple(vec![]), Value::Int(m as i64)]),
    };
    let state = match me.as_obj().and_then(|o| o.dict.get()) {
        Some(dict) if vm.len(&Value::Obj(dict.clone()))? > 0 => Value::Obj(dict),
        _ => Value::None,
    };
    let it = make_iter(vm, &FuncArgs::new(&args.args[..1]), false)?;
    Ok(builtins::new_tuple(vec![cls, ctor_args, state, it]))
}

fn dq_sizeof(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = this(vm, &args)?;
    let cap = d.inner.with(|i| i.items.capacity());
    Ok(Value::Int((64 + cap * std::mem::size_of::<Value>()) as i64))
}
