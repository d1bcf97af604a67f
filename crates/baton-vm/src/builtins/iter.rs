//! The built-in iterators (over sequences, ranges, dicts, sets; enumerate,
//! zip, map, filter, reversed, iter(callable, sentinel)) and generator methods.

use super::{arg_index, new_str, new_tuple, types};
use crate::object::{DictViewKind, IterState, MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};
use num_traits::ToPrimitive;

fn new_iter(t: &ObjRef, state: IterState) -> Value {
    Value::Obj(ObjRef::new(
        t.clone(),
        Payload::Iterator(Box::new(Mut::new(state))),
    ))
}

pub fn new_getitem_iter(seq: Value) -> Value {
    new_iter(&types().seq_iterator, IterState::GetItem { seq, index: 0 })
}

pub fn new_reversed(seq: Value, len: usize) -> Value {
    new_iter(
        &types().reversed,
        IterState::Reversed {
            seq,
            index: len as isize - 1,
        },
    )
}

pub fn new_dict_iter(d: &ObjRef, kind: DictViewKind) -> Value {
    let t = match kind {
        DictViewKind::Keys => &types().dict_keyiterator,
        DictViewKind::Values => &types().dict_valueiterator,
        DictViewKind::Items => &types().dict_itemiterator,
    };
    let len = super::dict::dict_len(d);
    new_iter(
        t,
        IterState::Dict {
            dict: d.clone(),
            pos: 0,
            len,
            kind,
        },
    )
}

/// iter() of a built-in object, without method lookup; None if not built in.
pub fn native_iter(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    let v = Value::Obj(o.clone());
    Ok(Some(match &o.payload {
        Payload::List(_) => new_iter(&types().list_iterator, IterState::Seq { seq: v, index: 0 }),
        Payload::Tuple(_) => new_iter(&types().tuple_iterator, IterState::Seq { seq: v, index: 0 }),
        Payload::Str(_) => new_iter(&types().str_iterator, IterState::Seq { seq: v, index: 0 }),
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            new_iter(&types().bytes_iterator, IterState::Seq { seq: v, index: 0 })
        }
        Payload::Range(r) => match (&r.start, &r.stop, &r.step) {
            (Value::Int(a), Value::Int(b), Value::Int(c)) => new_iter(
                &types().range_iterator,
                IterState::Range {
                    next: *a,
                    stop: *b,
                    step: *c,
                },
            ),
            _ => {
                let b = |v: &Value| super::int::to_bigint(v).unwrap_or_default();
                new_iter(
                    &types().range_iterator,
                    IterState::BigRange {
                        next: b(&r.start),
                        stop: b(&r.stop),
                        step: b(&r.step),
                    },
                )
            }
        },
        Payload::Dict(_) => new_dict_iter(o, DictViewKind::Keys),
        Payload::DictView(dv) => new_dict_iter(&dv.0, dv.1),
        Payload::Set(s) => {
            let len = s.with(|s| s.len());
            new_iter(
                &types().set_iterator,
                IterState::Set {
                    set: o.clone(),
                    pos: 0,
                    len,
                },
            )
        }
        Payload::FrozenSet(s) => new_iter(
            &types().set_iterator,
            IterState::Set {
                set: o.clone(),
                pos: 0,
                len: s.len(),
            },
        ),
        Payload::Iterator(_) | Payload::Generator(_) => v,
        _ => {
            let _ = vm;
            return Ok(None);
        }
    }))
}

/// One step of a built-in iterator.
pub fn iterator_next(vm: &mut Vm, o: &ObjRef, state: &Mut<IterState>) -> PyResult<Option<Value>> {
    // Steps that need no Python code run inside the borrow.
    enum Slow {
        GetItem(Value, usize),
        Reversed(Value, isize),
        Callable(Value, Value),
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
    }
    let fast: Result<Option<Value>, Slow> = state.with(|st| match st {
        IterState::Seq { seq, index } => {
            let r = match seq {
                Value::Obj(s) => match &s.payload {
                    Payload::List(l) => l.with(|l| l.get(*index).cloned()),
                    Payload::Tuple(t) => t.get(*index).cloned(),
                    Payload::Str(ps) => {
                        if ps.is_ascii() {
                            ps.as_str()
                                .as_bytes()
                                .get(*index)
                                .map(|b| super::str::char_str(*b as char))
                        } else {
                            // Walk by byte offset: `index` counts bytes for non-ASCII strs.
                            let rest = &ps.as_str()[(*index).min(ps.as_str().len())..];
                            rest.chars().next().map(|c| {
                                *index += c.len_utf8() - 1;
                                super::str::char_str(c)
                            })
                        }
                    }
                    Payload::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                    Payload::ByteArray(b) => {
                        b.with(|b| b.get(*index).map(|x| Value::Int(*x as i64)))
                    }
                    _ => None,
                },
                _ => None,
            };
            match r {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Range { next, stop, step } => {
            let more = if *step > 0 {
                *next < *stop
            } else {
                *next > *stop
            };
            if more {
                let v = *next;
                match next.checked_add(*step) {
                    Some(n) => *next = n,
                    None => *next = *stop,
                }
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::BigRange { next, stop, step } => {
            let more = if *step > num_bigint::BigInt::from(0) {
                *next < *stop
            } else {
                *next > *stop
            };
            if more {
                let v = next.clone();
                *next += &*step;
                Ok(Some(super::int::bigint_to_value(v)))
            } else {
                Ok(None)
            }
        }
        IterState::Dict {
            dict,
            pos,
            len,
            kind,
        } => {
            if let Payload::Dict(d) = &dict.payload {
                d.with(|d| {
                    if d.len() != *len {
                        *len = usize::MAX;
                        return Ok(None);
                    }
                    while *pos < d.entries_len() {
                        let p = *pos;
                        *pos += 1;
                        if let Some(e) = d.entry_at(p) {
                            return Ok(Some(match kind {
                                DictViewKind::Keys => e.key.clone(),
                                DictViewKind::Values => e.value.clone(),
                                DictViewKind::Items => {
                                    new_tuple(vec![e.key.clone(), e.value.clone()])
                                }
                            }));
                        }
                    }
                    Ok(None)
                })
            } else {
                Ok(None)
            }
        }
        IterState::Set { set, pos, len } => {
            let step = |s: &crate::set::SetData, pos: &mut usize, len: &mut usize| {
                if s.len() != *len {
                    *len = usize::MAX;
                    return None;
                }
                while *pos < s.table_len() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(k) = s.slot_key(p) {
                        return Some(k.clone());
                    }
                }
                None
            };
            match &set.payload {
                Payload::Set(s) => Ok(s.with(|s| step(s, pos, len))),
                Payload::FrozenSet(s) => Ok(step(s, pos, len)),
                _ => Ok(None),
            }
        }
        IterState::GetItem { seq, index } => Err(Slow::GetItem(seq.clone(), *index)),
        IterState::Reversed { seq, index } => Err(Slow::Reversed(seq.clone(), *index)),
        IterState::Callable { func, sentinel } => {
            Err(Slow::Callable(func.clone(), sentinel.clone()))
        }
        IterState::Enumerate { iter, count } => Err(Slow::Enumerate(iter.clone(), count.clone())),
        IterState::Zip { iters, strict } => Err(Slow::Zip(iters.clone(), *strict)),
        IterState::Map { func, iters } => Err(Slow::Map(func.clone(), iters.clone())),
        IterState::Filter { func, iter } => Err(Slow::Filter(func.clone(), iter.clone())),
        IterState::Exhausted => Ok(None),
    });
    let slow = match fast {
        Ok(r) => {
            // A dict or set that changed size while iterated.
            let changed = state.with(|st| {
                matches!(
                    st,
                    IterState::Dict {
                        len: usize::MAX,
                        ..
                    } | IterState::Set {
                        len: usize::MAX,
                        ..
                    }
                )
            });
            if changed {
                let is_dict = state.with(|st| matches!(st, IterState::Dict { .. }));
                state.set(IterState::Exhausted);
                return Err(vm.new_runtime_error(if is_dict {
                    "dictionary changed size during iteration"
                } else {
                    "Set changed size during iteration"
                }));
            }
            return Ok(r);
        }
        Err(s) => s,
    };
    let _ = o;
    match slow {
        Slow::GetItem(seq, index) => {
            match crate::protocol::getitem(vm, &seq, &Value::Int(index as i64)) {
                Ok(v) => {
                    state.set(IterState::GetItem {
                        seq,
                        index: index + 1,
                    });
                    Ok(Some(v))
                }
                Err(e)
                    if super::exc_matches(&e, &types().exc.index_error)
                        || super::exc_matches(&e, &types().exc.stop_iteration) =>
                {
                    state.set(IterState::Exhausted);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Slow::Reversed(seq, index) => {
            if index < 0 {
                state.set(IterState::Exhausted);
                return Ok(None);
            }
            match crate::protocol::getitem(vm, &seq, &Value::Int(index as i64)) {
                Ok(v) => {
                    state.set(IterState::Reversed {
                        seq,
                        index: index - 1,
                    });
                    Ok(Some(v))
                }
                Err(e)
                    if super::exc_matches(&e, &types().exc.index_error)
                        || super::exc_matches(&e, &types().exc.stop_iteration) =>
                {
                    state.set(IterState::Exhausted);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Slow::Callable(func, sentinel) => {
            let v = match vm.call(&func, &[]) {
                Ok(v) => v,
                Err(e) if super::exc_matches(&e, &types().exc.stop_iteration) => {
                    state.set(IterState::Exhausted);
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if crate::protocol::eq(vm, &v, &sentinel)? {
                state.set(IterState::Exhausted);
                return Ok(None);
            }
            Ok(Some(v))
        }
        Slow::Enumerate(iter, count) => match crate::protocol::iter_next(vm, &iter)? {
            Some(v) => {
                let next = crate::protocol::binary_op(
                    vm,
                    &count,
                    &Value::Int(1),
                    baton_compiler::BinaryOperator::Add,
                    false,
                )?;
                state.set(IterState::Enumerate { iter, count: next });
                Ok(Some(new_tuple(vec![count, v])))
            }
            None => Ok(None),
        },
        Slow::Zip(iters, strict) => {
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match crate::protocol::iter_next(vm, it)? {
                    Some(v) => out.push(v),
                    None => {
                        state.set(IterState::Exhausted);
                        if strict {
                            if i > 0 {
                                let s = if i == 1 { " " } else { "s 1-" };
                                let upto = if i == 1 {
                                    "1".to_string()
                                } else {
                                    i.to_string()
                                };
                                return Err(vm.new_value_error(format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    i + 1,
                                    s,
                                    upto
                                )));
                            }
                            for (j, rest) in iters.iter().enumerate().skip(1) {
                                if crate::protocol::iter_next(vm, rest)?.is_some() {
                                    let s = if j == 1 { " " } else { "s 1-" };
                                    let upto = if j == 1 {
                                        "1".to_string()
                                    } else {
                                        j.to_string()
                                    };
                                    return Err(vm.new_value_error(format!(
                                        "zip() argument {} is longer than argument{}{}",
                                        j + 1,
                                        s,
                                        upto
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(new_tuple(out)))
        }
        Slow::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match crate::protocol::iter_next(vm, it)? {
                    Some(v) => args.push(v),
                    None => {
                        state.set(IterState::Exhausted);
                        return Ok(None);
                    }
                }
            }
            vm.call(&func, &args).map(Some)
        }
        Slow::Filter(func, iter) => loop {
            match crate::protocol::iter_next(vm, &iter)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        vm.is_true(&v)?
                    } else {
                        let r = vm.call(&func, std::slice::from_ref(&v))?;
                        vm.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
    }
}

fn it_iter(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

fn it_next(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let it = args.args.first().cloned().unwrap_or(Value::None);
    match crate::protocol::iter_next(vm, &it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_empty(&types().exc.stop_iteration)),
    }
}

fn it_length_hint(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let _ = vm;
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::Iterator(st) = &o.payload {
            let n = st.with(|st| match st {
                IterState::Seq {
                    seq: Value::Obj(s),
                    index,
                } => super::native_len(s).map(|n| n.saturating_sub(*index)),
                IterState::Range { next, stop, step } => {
                    let (stop, next, step) = (*stop as i128, *next as i128, *step as i128);
                    let n = if step > 0 {
                        (stop - next + step - 1) / step
                    } else {
                        (next - stop - step - 1) / (-step)
                    };
                    Some(n.max(0) as usize)
                }
                IterState::Reversed { index, .. } => Some((*index + 1).max(0) as usize),
                _ => None,
            });
            if let Some(n) = n {
                return Ok(Value::Int(n as i64));
            }
        }
    }
    Ok(Value::Obj(super::singletons().not_implemented.clone()))
}

fn enumerate_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = super::bind_native(vm, &rest, "enumerate", &["iterable", "start"], 1)?;
    let it = vm.get_iter(&a[0])?;
    let start = if a[1].is_null() {
        Value::Int(0)
    } else {
        a[1].clone()
    };
    if super::int::to_bigint(&start).is_none() {
        return Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&start)
        )));
    }
    Ok(new_iter(
        &types().enumerate,
        IterState::Enumerate {
            iter: it,
            count: start,
        },
    ))
}

fn zip_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let mut iters = Vec::new();
    for a in &args.pos()[1..] {
        iters.push(vm.get_iter(a)?);
    }
    let strict = match args.kwarg("strict") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    for (k, _) in args.kw() {
        if k != "strict" {
            return Err(
                vm.new_type_error(format!("'{k}' is an invalid keyword argument for zip()"))
            );
        }
    }
    Ok(new_iter(&types().zip, IterState::Zip { iters, strict }))
}

fn map_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() < 2 {
        return Err(vm.new_type_error("map() must have at least two arguments.".to_string()));
    }
    let mut iters = Vec::new();
    for a in &pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(
        &types().map,
        IterState::Map {
            func: pos[0].clone(),
            iters,
        },
    ))
}

fn filter_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let it = vm.get_iter(&pos[1])?;
    Ok(new_iter(
        &types().filter,
        IterState::Filter {
            func: pos[0].clone(),
            iter: it,
        },
    ))
}

fn reversed_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = &pos[0];
    let t = vm.type_of(seq);
    if let Some(r) = crate::types::lookup(&t, &super::names().__reversed__) {
        if r.is_none() {
            return Err(
                vm.new_type_error(format!("'{}' object is not reversible", vm.type_name(seq)))
            );
        }
        return vm.call(&r, std::slice::from_ref(seq));
    }
    if crate::types::lookup(&t, &super::names().__getitem__).is_none()
        || matches!(seq, Value::Obj(o) if matches!(o.payload, Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_)))
    {
        return Err(vm.new_type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)?;
    Ok(new_reversed(seq.clone(), n))
}

/// iter(callable, sentinel).
pub fn new_callable_iter(func: Value, sentinel: Value) -> Value {
    new_iter(
        &types().callable_iterator,
        IterState::Callable { func, sentinel },
    )
}

// ---- generators ---------------------------------------------------------------

fn gen_of<'a>(vm: &mut Vm, args: &FuncArgs<'a>) -> PyResult<&'a ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o),
        _ => Err(vm.new_type_error("generator expected".to_string())),
    }
}

fn gen_result(vm: &mut Vm, r: crate::generator::SendResult) -> PyResult<Value> {
    match r {
        crate::generator::SendResult::Yielded(v) => Ok(v),
        crate::generator::SendResult::Returned(v) => Err(vm.new_stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let g = gen_of(vm, &args)?.clone();
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    let r = crate::generator::resume(vm, &g, v, None)?;
    gen_result(vm, r)
}

fn gen_next(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let g = gen_of(vm, &args)?.clone();
    let r = crate::generator::resume(vm, &g, Value::None, None)?;
    gen_result(vm, r)
}

fn gen_throw(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let g = gen_of(vm, &args)?.clone();
    let typ = args.args.get(1).cloned().unwrap_or(Value::None);
    let val = args.args.get(2).cloned().unwrap_or(Value::None);
    let exc = if crate::exceptions::is_exception_class(&typ) {
        if val.is_none() {
            vm.call(&typ, &[])?
        } else if matches!(&val, Value::Obj(o) if matches!(o.payload, Payload::Exception(_))) {
            val
        } else {
            vm.call(&typ, &[val])?
        }
    } else if matches!(&typ, Value::Obj(o) if matches!(o.payload, Payload::Exception(_))) {
        typ
    } else {
        return Err(vm.new_type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + &vm.type_name(&typ),
        ));
    };
    let e = match exc {
        Value::Obj(o) => crate::vm::PyErr(o),
        _ => return Err(vm.new_system_error("throw")),
    };
    let r = crate::generator::throw(vm, &g, e)?;
    gen_result(vm, r)
}

fn gen_close(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let g = gen_of(vm, &args)?.clone();
    crate::generator::close(vm, &g)
}

fn gen_del(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let g = gen_of(vm, &args)?.clone();
    crate::generator::close(vm, &g)
}

fn gen_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let g = gen_of(vm, &args)?;
    if let Payload::Generator(gd) = &g.payload {
        return Ok(new_str(format!(
            "<generator object {} at {:#x}>",
            super::str_of(&gd.qualname.get()),
            g.addr()
        )));
    }
    Ok(new_str("<generator>"))
}

fn gen_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Generator(g) => Ok(g.name.get()),
            _ => Err(vm.new_type_error("generator expected".to_string())),
        },
        _ => Err(vm.new_type_error("generator expected".to_string())),
    }
}

fn gen_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Generator(g) => Ok(g.qualname.get()),
            _ => Err(vm.new_type_error("generator expected".to_string())),
        },
        _ => Err(vm.new_type_error("generator expected".to_string())),
    }
}

fn gen_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::Generator(g) if g.running.get())),
    ))
}

fn gen_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::Generator(g) = &o.payload {
            let snap = g.frame.with(|f| {
                f.as_ref().map(|f| {
                    (
                        f.code.clone(),
                        f.line(),
                        // -1 before the first instruction, as CPython.
                        if f.pc == 0 { -1 } else { f.lasti as i64 * 2 },
                        f.globals.clone(),
                        super::module::frame_locals_dict(f),
                    )
                })
            });
            if let Some((code, line, lasti, globals, locals)) = snap {
                return crate::frame_object::snapshot(
                    vm,
                    &code,
                    line,
                    lasti,
                    &globals,
                    Value::Obj(locals),
                );
            }
        }
    }
    Ok(Value::None)
}

fn gen_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Generator(g) => Ok(Value::Obj(g.code.clone())),
            _ => Ok(Value::None),
        },
        _ => Ok(Value::None),
    }
}

pub fn register() {
    let t = types();
    let iter_types = [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.callable_iterator,
        &t.reversed,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
    ];
    for it in iter_types {
        super::types::add_methods(
            it,
            &[
                ("__iter__", it_iter),
                ("__next__", it_next),
                ("__length_hint__", it_length_hint),
            ],
        );
    }
    super::types::add_methods_kind(
        &t.enumerate,
        &[("__new__", enumerate_new)],
        MethodKind::Static,
    );
    super::types::add_methods_kind(&t.zip, &[("__new__", zip_new)], MethodKind::Static);
    super::types::add_methods_kind(&t.map, &[("__new__", map_new)], MethodKind::Static);
    super::types::add_methods_kind(&t.filter, &[("__new__", filter_new)], MethodKind::Static);
    super::types::add_methods_kind(
        &t.reversed,
        &[("__new__", reversed_new)],
        MethodKind::Static,
    );
    super::types::add_methods(
        &t.generator,
        &[
            ("__iter__", it_iter),
            ("__next__", gen_next),
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__del__", gen_del),
            ("__repr__", gen_repr),
        ],
    );
    super::types::add_getsets(
        &t.generator,
        &[
            ("__name__", gen_name, None),
            ("__qualname__", gen_qualname, None),
            ("gi_running", gen_running, None),
            ("gi_frame", gen_frame, None),
            ("gi_code", gen_code, None),
        ],
    );
    if let Payload::Type(td) = &t.generator.payload {
        td.has_del.set(true);
    }
    let _ = (arg_index, ToPrimitive::to_i64(&0i64));
}
