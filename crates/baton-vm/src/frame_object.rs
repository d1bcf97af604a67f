//! Frame objects (`sys._getframe()`, `inspect.currentframe()`, `f_back`).
//!
//! A frame object made for a running frame is *live*: it points at the
//! frame, and `f_locals`, `f_lineno` and `f_lasti` read the frame as it is
//! when they are asked, as in CPython. The frame keeps its object in
//! `Frame::frame_obj` (so asking twice gives the same object), and when the
//! frame leaves the thread's frame stack (it returns, raises or, for a
//! generator, yields) the object is *detached*: it keeps the frame's last
//! line, locals and caller from then on.
//!
//! Frames of suspended generators and of tracebacks are shown by detached
//! objects made on demand (`snapshot`).

use crate::builtins::{self, types};
use crate::frame::Frame;
use crate::object::{Mut, NativeData, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

/// A pointer to a frame on its thread's frame stack.
struct LiveFrame(*const Frame);

// SAFETY: the pointer is only dereferenced by the thread that owns the frame
// (FrameObject::live checks `owner`), while the frame is on that thread's
// frame stack: the frame detaches its object before it leaves the stack.
unsafe impl Send for LiveFrame {}
// SAFETY: as for Send; other threads never dereference it.
unsafe impl Sync for LiveFrame {}

enum State {
    Live {
        frame: LiveFrame,
        owner: std::thread::ThreadId,
    },
    Detached {
        lineno: u32,
        lasti: i64,
        back: Value,
    },
}

pub struct FrameObject {
    code: ObjRef,
    globals: ObjRef,
    builtins: ObjRef,
    /// The f_locals mapping: a module or class body's namespace, or for a
    /// function a dict refreshed from the local slots on each access.
    locals: Mut<Value>,
    state: Mut<State>,
}

impl NativeData for FrameObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Obj(self.code.clone()));
        visit(&Value::Obj(self.globals.clone()));
        visit(&Value::Obj(self.builtins.clone()));
        visit(&self.locals.get());
        let back = self.state.with(|s| match s {
            State::Detached { back, .. } => back.clone(),
            State::Live { .. } => Value::None,
        });
        visit(&back);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl FrameObject {
    /// The frame itself, if it is still running on this thread.
    fn live(&self) -> Option<*const Frame> {
        self.state.with(|s| match s {
            State::Live { frame, owner } if *owner == std::thread::current().id() => Some(frame.0),
            _ => None,
        })
    }
}

fn data(v: &Value) -> Option<&FrameObject> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<FrameObject>(),
            _ => None,
        },
        _ => None,
    }
}

fn new_frame_object(code: &ObjRef, globals: &ObjRef, builtins: &ObjRef, state: State) -> ObjRef {
    ObjRef::new(
        types().frame.clone(),
        Payload::Native(Box::new(FrameObject {
            code: code.clone(),
            globals: globals.clone(),
            builtins: builtins.clone(),
            locals: Mut::new(Value::None),
            state: Mut::new(state),
        })),
    )
}

/// f_locals of a running frame: its namespace, or (in a function) the
/// object's dict refilled from the local slots.
fn refresh_locals(fo: &FrameObject, f: &Frame) -> Value {
    if !f.locals.is_null() {
        fo.locals.set(f.locals.clone());
        return f.locals.clone();
    }
    let fresh = builtins::module::frame_locals_dict(f);
    match fo.locals.get() {
        Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => {
            // The same dict each time, as CPython: unbound names removed,
            // the others updated in place.
            for k in builtins::dict_keys(&d) {
                if let Value::Obj(ko) = &k {
                    if let Payload::Str(s) = &ko.payload {
                        if builtins::dict_get_str(&fresh, s.as_str()).is_none() {
                            builtins::dict_del_str(&d, s.as_str());
                        }
                    }
                }
            }
            let items = builtins::dict_data(&fresh)
                .map(|dd| dd.with(|dd| dd.items()))
                .unwrap_or_default();
            for (k, v) in items {
                if let Value::Obj(ko) = k {
                    builtins::dict_set_obj(&d, ko, v);
                }
            }
            Value::Obj(d)
        }
        _ => {
            fo.locals.set(Value::Obj(fresh.clone()));
            Value::Obj(fresh)
        }
    }
}

/// The line of the instruction `f` is executing: on the full dispatch path
/// (where Python code can run) `pc` is kept in the frame, one past it.
fn current_line(f: &Frame) -> u32 {
    f.code_data().code.line_of(f.pc.saturating_sub(1))
}

/// The frame object of `f` (made on first use), `f` being on this thread's
/// frame stack.
fn object_of(f: &Frame) -> ObjRef {
    // SAFETY: `frame_obj` is only touched by the frame's own thread.
    let slot = unsafe { &mut *f.frame_obj.get() };
    if let Some(o) = slot {
        return o.clone();
    }
    let o = new_frame_object(
        &f.code,
        &f.globals,
        &f.builtins,
        State::Live {
            frame: LiveFrame(f as *const Frame),
            owner: std::thread::current().id(),
        },
    );
    *slot = Some(o.clone());
    o
}

/// Called as `f` leaves the frame stack (after `vm.frames.pop()`): its frame
/// object, if it has one, keeps what the frame was at this point.
pub fn detach(vm: &mut Vm, f: &Frame) {
    // SAFETY: `frame_obj` is only touched by the frame's own thread.
    let Some(o) = (unsafe { &mut *f.frame_obj.get() }).take() else {
        return;
    };
    let Payload::Native(n) = &o.payload else {
        return;
    };
    let Some(fo) = n.as_any().downcast_ref::<FrameObject>() else {
        return;
    };
    refresh_locals(fo, f);
    // The caller, now the top of the stack (if this frame was not a
    // generator's frame resumed from elsewhere).
    let back = match vm.frames.last() {
        // SAFETY: frames listed on the VM are live.
        Some(&p) => Value::Obj(object_of(unsafe { &*p })),
        None => Value::None,
    };
    let lasti = f.pc.saturating_sub(1) as i64 * 2;
    fo.state.set(State::Detached {
        lineno: current_line(f),
        lasti,
        back,
    });
}

/// A detached frame object for code that ran (tracebacks, suspended
/// generators).
pub fn snapshot(
    _vm: &mut Vm,
    code: &ObjRef,
    lineno: u32,
    lasti: i64,
    globals: &ObjRef,
    locals: Value,
) -> PyResult<Value> {
    let builtins = crate::vm::runtime().builtins_dict.clone();
    let o = new_frame_object(
        code,
        globals,
        &builtins,
        State::Detached {
            lineno,
            lasti,
            back: Value::None,
        },
    );
    let locals = if locals.is_null() || locals.is_none() {
        Value::Obj(builtins::new_dict())
    } else {
        locals
    };
    if let Some(fo) = data(&Value::Obj(o.clone())) {
        fo.locals.set(locals);
    }
    Ok(Value::Obj(o))
}

/// The frame object for the frame `depth` levels up from the innermost.
pub fn frame_at(vm: &mut Vm, depth: usize) -> PyResult<Value> {
    let n = vm.frames.len();
    if depth >= n {
        return Err(vm.new_value_error("call stack is not deep enough".to_string()));
    }
    // SAFETY: frames listed on the VM are live.
    let f = unsafe { &*vm.frames[n - 1 - depth] };
    Ok(Value::Obj(object_of(f)))
}

// ---- attributes ---------------------------------------------------------------

fn this<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FrameObject> {
    match data(v) {
        Some(fo) => Ok(fo),
        None => Err(vm.new_type_error("descriptor requires a 'frame' object".to_string())),
    }
}

fn f_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(this(vm, v)?.code.clone()))
}

fn f_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(this(vm, v)?.globals.clone()))
}

fn f_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(this(vm, v)?.builtins.clone()))
}

fn f_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = this(vm, v)?;
    match fo.live() {
        // SAFETY: `live` returns the frame only while it is on this thread's stack.
        Some(p) => Ok(refresh_locals(fo, unsafe { &*p })),
        None => Ok(fo.locals.get()),
    }
}

fn f_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = this(vm, v)?;
    if let Some(p) = fo.live() {
        // SAFETY: as in f_locals.
        return Ok(Value::Int(current_line(unsafe { &*p }) as i64));
    }
    Ok(fo.state.with(|s| match s {
        State::Detached { lineno, .. } => Value::Int(*lineno as i64),
        State::Live { .. } => Value::None,
    }))
}

fn f_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = this(vm, v)?;
    if let Some(p) = fo.live() {
        // SAFETY: as in f_locals.
        return Ok(Value::Int(unsafe { &*p }.pc.saturating_sub(1) as i64 * 2));
    }
    Ok(fo.state.with(|s| match s {
        State::Detached { lasti, .. } => Value::Int(*lasti),
        State::Live { .. } => Value::Int(-1),
    }))
}

fn f_back(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = this(vm, v)?;
    if let Some(p) = fo.live() {
        let pos = vm.frames.iter().position(|&q| std::ptr::eq(q, p));
        return Ok(match pos {
            Some(i) if i > 0 => {
                // SAFETY: frames listed on the VM are live.
                Value::Obj(object_of(unsafe { &*vm.frames[i - 1] }))
            }
            _ => Value::None,
        });
    }
    Ok(fo.state.with(|s| match s {
        State::Detached { back, .. } => back.clone(),
        State::Live { .. } => Value::None,
    }))
}

fn f_trace(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

fn frame_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let fo = this(vm, &v)?;
    let (file, name) = match &fo.code.payload {
        Payload::Code(c) => (c.code.filename.clone(), c.code.name.clone()),
        _ => (String::new(), String::new()),
    };
    let line = f_lineno(vm, &v)?;
    let line = match line {
        Value::Int(i) => i,
        _ => 0,
    };
    let addr = match &v {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    Ok(builtins::new_str(format!(
        "<frame at {addr:#x}, file '{file}', line {line}, code {name}>"
    )))
}

fn frame_clear(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let fo = this(vm, &v)?;
    if fo.live().is_some() {
        return Err(vm.new_runtime_error("cannot clear an executing frame"));
    }
    fo.locals.set(Value::Obj(builtins::new_dict()));
    Ok(Value::None)
}

pub fn register() {
    let t = types();
    builtins::types::add_getsets(
        &t.frame,
        &[
            ("f_code", f_code, None),
            ("f_globals", f_globals, None),
            ("f_builtins", f_builtins, None),
            ("f_locals", f_locals, None),
            ("f_lineno", f_lineno, None),
            ("f_lasti", f_lasti, None),
            ("f_back", f_back, None),
            ("f_trace", f_trace, None),
        ],
    );
    builtins::types::add_methods(
        &t.frame,
        &[("__repr__", frame_repr), ("clear", frame_clear)],
    );
}
