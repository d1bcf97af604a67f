//! Frames: the state of one running code object. A frame is owned by the
//! thread running it (by the eval loop, or by a suspended generator), never
//! shared, so it needs no locking. Frames are recycled through a per-thread
//! pool so a call does not allocate.

use crate::object::{CodeData, Payload};
use crate::rc::ObjRef;
use crate::value::Value;

pub struct Frame {
    /// The code object (a `Payload::Code`).
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of module and class-body frames; Null in functions.
    pub locals: Value,
    /// Index of the next instruction.
    pub pc: usize,
    /// Index of the instruction executing (or last executed).
    pub lasti: usize,
    /// Local slots (`nlocalsplus` of them: varnames, cells, frees), then the value stack.
    pub values: Vec<Value>,
    pub nlocalsplus: usize,
    /// Keyword names set by KW_NAMES for the next CALL.
    pub kwnames: Option<ObjRef>,
    /// For generators: the exception being handled inside the generator while it is suspended.
    pub gen_exc_state: Value,
    pub started: bool,
    /// For a frame running `__init__` of a class being called: the new
    /// instance, which the call returns (Null otherwise).
    pub init_instance: Value,
    /// A generator frame (YIELD_VALUE allowed).
    pub is_generator: bool,
    /// The frame object made for this frame by `sys._getframe()` and the
    /// like, while the frame runs (see frame_object.rs); detached and
    /// cleared when the frame leaves the frame stack.
    pub frame_obj: std::cell::UnsafeCell<Option<ObjRef>>,
}

impl Frame {
    pub fn code_data(&self) -> &CodeData {
        match &self.code.payload {
            Payload::Code(c) => c,
            _ => crate::builtins::unreachable_payload(),
        }
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.code_data().code.line_of(self.lasti)
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Obj(self.code.clone()));
        visit(&Value::Obj(self.globals.clone()));
        visit(&self.locals);
        visit(&self.gen_exc_state);
        for v in &self.values {
            visit(v);
        }
    }

    /// A fresh frame for `code` (taking one from the pool if there is one).
    pub fn new(
        pool: &mut Vec<Box<Frame>>,
        code: ObjRef,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
    ) -> Box<Frame> {
        let mut f = Self::new_empty(pool, &code, &globals, &builtins, locals);
        let n = f.nlocalsplus;
        f.values.resize(n, Value::Null);
        f
    }

    /// As `new`, but with an empty value vector (capacity reserved): the
    /// caller pushes the `nlocalsplus` local slots itself.
    #[inline]
    pub fn new_empty(
        pool: &mut Vec<Box<Frame>>,
        code: &ObjRef,
        globals: &ObjRef,
        builtins: &ObjRef,
        locals: Value,
    ) -> Box<Frame> {
        let (nlocalsplus, stack, is_generator) = match &code.payload {
            Payload::Code(c) => (
                c.code.nlocalsplus(),
                c.code.max_stack_depth as usize,
                c.code.is_generator(),
            ),
            _ => (0, 0, false),
        };
        match pool.pop() {
            Some(mut f) => {
                // A pooled frame was emptied by `recycle`: only the fields
                // that differ need writing.
                // A recursive call usually finds a frame of the same code
                // and module: no reference to move then.
                if !f.code.is(code) {
                    f.code = code.clone();
                }
                if !f.globals.is(globals) {
                    f.globals = globals.clone();
                }
                if !f.builtins.is(builtins) {
                    f.builtins = builtins.clone();
                }
                if !locals.is_null() {
                    f.locals = locals;
                }
                f.pc = 0;
                f.lasti = 0;
                f.values.reserve(nlocalsplus + stack + 1);
                f.nlocalsplus = nlocalsplus;
                f.started = false;
                f.is_generator = is_generator;
                f
            }
            None => Box::new(Frame {
                code: code.clone(),
                globals: globals.clone(),
                builtins: builtins.clone(),
                locals,
                pc: 0,
                lasti: 0,
                values: Vec::with_capacity(nlocalsplus + stack + 1),
                nlocalsplus,
                kwnames: None,
                gen_exc_state: Value::None,
                started: false,
                is_generator,
                init_instance: Value::Null,
                frame_obj: std::cell::UnsafeCell::new(None),
            }),
        }
    }

    /// Returns a finished frame to the pool, dropping what it refers to.
    pub fn recycle(pool: &mut Vec<Box<Frame>>, mut f: Box<Frame>) {
        f.values.clear();
        // Keep nothing alive from a finished frame but its code and globals
        // (which its function keeps alive anyway).
        if !f.locals.is_null() {
            f.locals = Value::Null;
        }
        if f.kwnames.is_some() {
            f.kwnames = None;
        }
        if !matches!(f.gen_exc_state, Value::None) {
            f.gen_exc_state = Value::None;
        }
        if !f.init_instance.is_null() {
            f.init_instance = Value::Null;
        }
        if pool.len() < 64 {
            pool.push(f);
        }
    }
}
