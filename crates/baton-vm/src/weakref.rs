//! Weak references (`_weakref`): `ref` objects that refer to an object
//! without keeping it alive, cleared when it dies, with an optional callback.
//!
//! The referent does not know its weak references through a field: a
//! registry (serialised by the GIL) maps the address of every object that
//! has weak references to them, and the header flag `FLAG_WEAKREFS` tells
//! `free_object` to look there. When the object is freed, its weak
//! references are cleared and their callbacks queued; they run at the
//! thread's next safe point (with the `__del__` finalisers), never inside
//! the Rust code that dropped the last reference.

use crate::builtins::{self, new_str, types};
use crate::object::{Mut, NativeData, Payload, PyObject};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};
use std::cell::UnsafeCell;
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct WeakRef {
    /// The referent's address; 0 once it has died.
    target: Mut<usize>,
    pub callback: Mut<Value>,
    hash: Mut<Option<i64>>,
    /// This weakref object's own address (for the registry).
    own: Mut<usize>,
}

impl NativeData for WeakRef {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.callback.get());
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        let target = self.target.get();
        let own = self.own.get();
        if target != 0 {
            registry().unregister(target, own);
        }
    }
}

#[derive(Default)]
struct Registry {
    refs: HashMap<usize, Vec<usize>>,
}

impl Registry {
    fn unregister(&mut self, target: usize, own: usize) {
        if let Some(v) = self.refs.get_mut(&target) {
            v.retain(|&w| w != own);
            if v.is_empty() {
                self.refs.remove(&target);
            }
        }
    }
}

struct GilCell(UnsafeCell<Option<Registry>>);
// SAFETY: the registry is only touched by the thread holding the GIL.
unsafe impl Sync for GilCell {}
static REGISTRY: GilCell = GilCell(UnsafeCell::new(None));

#[allow(clippy::mut_from_ref)]
fn registry() -> &'static mut Registry {
    // SAFETY: only the GIL holder calls this, and no caller keeps the
    // reference across a call that could re-enter the registry.
    unsafe { (*REGISTRY.0.get()).get_or_insert_with(Registry::default) }
}

thread_local! {
    /// Callbacks of cleared weak references, run at the next safe point.
    static PENDING: UnsafeCell<Vec<(Value, ObjRef)>> = const { UnsafeCell::new(Vec::new()) };
}

/// Called by `free_object` for an object flagged as weakly referenced:
/// clears its weak references and queues their callbacks.
pub(crate) fn clear_weakrefs(addr: usize) {
    let Some(list) = registry().refs.remove(&addr) else {
        return;
    };
    let mut queued = false;
    for w in list {
        // SAFETY: a weakref in the registry is alive (it unregisters itself
        // when it is freed), so taking a new reference to it is sound.
        let wobj = unsafe { ObjRef::from_borrowed(w as *const PyObject) };
        if let Payload::Native(n) = &wobj.payload {
            if let Some(wr) = n.as_any().downcast_ref::<WeakRef>() {
                wr.target.set(0);
                let cb = wr.callback.get();
                if !cb.is_none() && !cb.is_null() {
                    // SAFETY: thread-local; not borrowed elsewhere during the push.
                    PENDING.with(|p| unsafe { (*p.get()).push((cb, wobj.clone())) });
                    queued = true;
                }
            }
        }
    }
    if queued {
        crate::rc::signal_breaker_pub(crate::vm::BREAKER_FINALIZERS);
    }
}

/// Runs the queued callbacks; returns whether there were any.
pub fn run_pending_callbacks(vm: &mut Vm) -> bool {
    // SAFETY: thread-local; the borrow ends within the closure.
    let pending = PENDING.with(|p| unsafe { std::mem::take(&mut *p.get()) });
    if pending.is_empty() {
        return false;
    }
    for (cb, w) in pending {
        if let Err(e) = vm.call(&cb, &[Value::Obj(w)]) {
            let d = vm.repr_string(&cb).unwrap_or_default();
            vm.write_unraisable(&e, &format!("Exception ignored in: {d}"));
        }
    }
    true
}

/// Whether weak references to `v` are allowed (as CPython: not to ints,
/// strs, tuples, or exact lists and dicts, ...).
fn weakrefable(v: &Value) -> Option<&ObjRef> {
    let Value::Obj(o) = v else { return None };
    let heap = crate::types::type_data(o.type_ref()).heap;
    match &o.payload {
        Payload::Object(_)
        | Payload::Function(_)
        | Payload::Type(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Module(_)
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::BoundMethod(_)
        | Payload::Property(_)
        | Payload::Exception(_)
        | Payload::Native(_)
        | Payload::BuiltinFunction(_) => Some(o),
        Payload::List(_) | Payload::Dict(_) | Payload::Int(_) | Payload::Str(_) if heap => Some(o),
        _ => None,
    }
}

fn weakref_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a WeakRef> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(w) = n.as_any().downcast_ref::<WeakRef>() {
                return Ok(w);
            }
        }
    }
    Err(vm.new_type_error("descriptor requires a 'weakref.ReferenceType' object".to_string()))
}

impl WeakRef {
    /// The referent, if alive.
    pub fn get(&self) -> Option<ObjRef> {
        match self.target.get() {
            0 => None,
            // SAFETY: a non-zero target is alive: its `free_object` clears
            // every weakref's target before the memory goes.
            a => Some(unsafe { ObjRef::from_borrowed(a as *const PyObject) }),
        }
    }
}

pub fn ref_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = builtins::types::new_type_object(
            &types().type_,
            "ReferenceType",
            crate::types::Layout::Other,
            Some(&types().object),
            false,
        );
        if let Some(d) = t.dict.get() {
            builtins::dict_set_str(&d, "__module__", new_str("weakref"));
        }
        builtins::types::add_methods_kind(
            &t,
            &[("__new__", ref_new)],
            crate::object::MethodKind::Static,
        );
        builtins::types::add_methods(
            &t,
            &[
                ("__call__", ref_call),
                ("__hash__", ref_hash),
                ("__eq__", ref_eq),
                ("__ne__", ref_ne),
                ("__repr__", ref_repr),
            ],
        );
        builtins::types::add_getsets(&t, &[("__callback__", g_callback, None)]);
        t
    })
    .clone()
}

/// `weakref.ref(obj, callback=None)`.
pub fn new_ref(vm: &mut Vm, target: &Value, callback: Value) -> PyResult<Value> {
    let Some(o) = weakrefable(target) else {
        let tn = vm.type_name(target);
        return Err(vm.new_type_error(format!("cannot create weak reference to '{tn}' object")));
    };
    let addr = o.addr();
    let reg = registry();
    if callback.is_none() {
        // A callback-less reference is shared, as CPython's.
        if let Some(list) = reg.refs.get(&addr) {
            for &w in list {
                // SAFETY: registered weakrefs are alive (see clear_weakrefs).
                let wobj = unsafe { ObjRef::from_borrowed(w as *const PyObject) };
                if let Payload::Native(n) = &wobj.payload {
                    if let Some(wr) = n.as_any().downcast_ref::<WeakRef>() {
                        if wr.callback.get().is_none() {
                            return Ok(Value::Obj(wobj.clone()));
                        }
                    }
                }
            }
        }
    }
    let w = ObjRef::new(
        ref_type(),
        Payload::Native(Box::new(WeakRef {
            target: Mut::new(addr),
            callback: Mut::new(callback),
            hash: Mut::new(None),
            own: Mut::new(0),
        })),
    );
    if let Payload::Native(n) = &w.payload {
        if let Some(wr) = n.as_any().downcast_ref::<WeakRef>() {
            wr.own.set(w.addr());
        }
    }
    registry().refs.entry(addr).or_default().push(w.addr());
    crate::rc::set_weakref_flag(o);
    Ok(Value::Obj(w))
}

fn ref_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 || args.has_kw() {
        return Err(vm.new_type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let cb = pos.get(2).cloned().unwrap_or(Value::None);
    new_ref(vm, &pos[1], cb)
}

fn ref_call(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let w = weakref_of(vm, args.args.first())?;
    if args.args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "weakref() takes exactly 0 arguments ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(w.get().map(Value::Obj).unwrap_or(Value::None))
}

fn ref_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let w = weakref_of(vm, args.args.first())?;
    if let Some(h) = w.hash.get() {
        return Ok(Value::Int(h));
    }
    match w.get() {
        Some(o) => {
            let h = vm.hash(&Value::Obj(o))?;
            let w = weakref_of(vm, args.args.first())?;
            w.hash.set(Some(h));
            Ok(Value::Int(h))
        }
        None => Err(vm.new_type_error("weak object has gone away".to_string())),
    }
}

fn ref_eq_impl(vm: &mut Vm, args: &FuncArgs) -> PyResult<Option<bool>> {
    builtins::check_args(vm, args, "__eq__", 2, 2)?;
    let a = weakref_of(vm, args.args.first())?;
    let b = match weakref_of(vm, args.args.get(1)) {
        Ok(b) => b,
        Err(_) => return Ok(None),
    };
    match (a.get(), b.get()) {
        (Some(x), Some(y)) => Ok(Some(crate::protocol::eq(
            vm,
            &Value::Obj(x),
            &Value::Obj(y),
        )?)),
        _ => Ok(Some(args.args[0].is(&args.args[1]))),
    }
}

fn ref_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(match ref_eq_impl(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(builtins::singletons().not_implemented.clone()),
    })
}

fn ref_ne(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(match ref_eq_impl(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(builtins::singletons().not_implemented.clone()),
    })
}

fn ref_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let w = weakref_of(vm, args.args.first())?;
    let own = match &args.args[0] {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    Ok(new_str(match w.get() {
        None => format!("<weakref at {own:#x}; dead>"),
        Some(o) => {
            let tn = crate::types::type_data(o.type_ref()).name().to_string();
            format!("<weakref at {own:#x}; to '{tn}' at {:#x}>", o.addr())
        }
    }))
}

fn g_callback(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = weakref_of(vm, Some(v))?;
    Ok(w.callback.get())
}

fn live_refs(target: &Value) -> Vec<Value> {
    let Value::Obj(o) = target else {
        return Vec::new();
    };
    let Some(list) = registry().refs.get(&o.addr()) else {
        return Vec::new();
    };
    list.iter()
        // SAFETY: registered weakrefs are alive.
        .map(|&w| Value::Obj(unsafe { ObjRef::from_borrowed(w as *const PyObject) }))
        .collect()
}

fn m_getweakrefcount(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getweakrefcount", 1, 1)?;
    Ok(Value::Int(live_refs(&args.args[0]).len() as i64))
}

fn m_getweakrefs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getweakrefs", 1, 1)?;
    Ok(builtins::new_list(live_refs(&args.args[0])))
}

fn m_remove_dead_weakref(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "_remove_dead_weakref", 2, 2)?;
    let d = match &args.args[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        _ => {
            return Err(
                vm.new_type_error("_remove_dead_weakref() argument 1 must be dict".to_string())
            )
        }
    };
    if let Some(v) = builtins::dict::dict_get(vm, &d, &args.args[1])? {
        let dead = match &v {
            Value::Obj(o) => match &o.payload {
                Payload::Native(n) => n
                    .as_any()
                    .downcast_ref::<WeakRef>()
                    .map(|w| w.target.get() == 0)
                    .unwrap_or(false),
                _ => false,
            },
            _ => false,
        };
        if dead {
            builtins::dict::dict_remove(vm, &d, &args.args[1])?;
        }
    }
    Ok(Value::None)
}

/// The `_weakref` module.
pub fn init_module(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::import::new_module("_weakref");
    let d = crate::import::module_dict(&m);
    for (n, f) in [
        ("getweakrefcount", m_getweakrefcount as crate::vm::NativeFn),
        ("getweakrefs", m_getweakrefs),
        ("_remove_dead_weakref", m_remove_dead_weakref),
    ] {
        let bf = Vm::new_builtin_function(n, f, Value::Null, Some("_weakref"));
        builtins::dict_set_str(&d, n, Value::Obj(bf));
    }
    builtins::dict_set_str(&d, "ref", Value::Obj(ref_type()));
    builtins::dict_set_str(&d, "ReferenceType", Value::Obj(ref_type()));
    Ok(m)
}
