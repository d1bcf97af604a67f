//! The per-thread VM (`Vm`, CPython's thread state) and the process-wide
//! runtime it belongs to: the built-in types, the interned names, the module
//! table.
//!
//! One interpreter runs per process (multiprocessing uses processes), so the
//! runtime is a process global, built once by [`init_runtime`]. Each OS thread
//! that runs Python code owns one `Vm`: its frame stack, its recursion depth,
//! the exception being handled, and its eval breaker.

use crate::object::{BuiltinFunctionData, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

/// A raised Python exception (an exception instance).
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T = Value> = Result<T, PyErr>;

/// Arguments of a call to native code: positional values then keyword
/// values, the last `kwnames.len()` of `args` being keywords.
#[derive(Clone, Copy)]
pub struct FuncArgs<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> FuncArgs<'a> {
    pub fn new(args: &'a [Value]) -> Self {
        FuncArgs { args, kwnames: &[] }
    }

    pub fn with_kw(args: &'a [Value], kwnames: &'a [Value]) -> Self {
        FuncArgs { args, kwnames }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// (name, value) of each keyword argument.
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.args.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .zip(self.args[start..].iter())
            .map(|(n, v)| (crate::builtins::str_of(n), v))
    }

    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The value of keyword `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// A function written in Rust.
pub type NativeFn = fn(&mut Vm, FuncArgs) -> PyResult<Value>;

/// Bits of the eval breaker.
pub const BREAKER_GIL_DROP: u32 = baton_gil::BREAKER_GIL_DROP;
pub const BREAKER_FINALIZERS: u32 = 2;
pub const BREAKER_SIGNALS: u32 = 4;
pub const BREAKER_GC: u32 = 8;
pub const BREAKER_ASYNC_EXC: u32 = 16;

/// The process-wide runtime.
pub struct Runtime {
    /// `sys.modules`.
    pub modules: ObjRef,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    pub sys: ObjRef,
    pub recursion_limit: AtomicU32,
}

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

pub fn runtime() -> &'static Runtime {
    match RUNTIME.get() {
        Some(r) => r,
        None => {
            eprintln!("baton: the runtime is used before it is initialised");
            std::process::abort()
        }
    }
}

/// Options the command line gives the runtime.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    pub xoptions: Vec<(String, Option<String>)>,
    pub unbuffered: bool,
    pub path0: Option<String>,
    pub executable: String,
    pub interactive: bool,
}

/// Builds the runtime: types, builtins, sys. Call once, before any `Vm`.
pub fn init_runtime(config: &Config) {
    crate::builtins::types::init_types();
    let modules = crate::builtins::new_dict();
    let builtins = crate::builtins::module::make_builtins_module();
    let builtins_dict = builtins.dict.get().expect("builtins has a dict");
    let sys = crate::stdlib_sys::make_sys_module(config);
    let rt = Runtime {
        modules,
        builtins,
        builtins_dict,
        sys,
        recursion_limit: AtomicU32::new(1000),
    };
    if RUNTIME.set(rt).is_err() {
        return;
    }
    let rt = runtime();
    crate::builtins::dict_set_str(&rt.modules, "builtins", Value::Obj(rt.builtins.clone()));
    crate::builtins::dict_set_str(&rt.modules, "sys", Value::Obj(rt.sys.clone()));
}

/// A handled exception: the stack of `except` blocks being run.
pub struct Vm {
    /// The frames being executed on this thread, innermost last.
    pub frames: Vec<*const crate::frame::Frame>,
    pub recursion_depth: u32,
    /// The exception currently being handled (sys.exc_info()), or None.
    pub handled_exception: Value,
    pub eval_breaker: Arc<AtomicU32>,
    /// Lowest usable address of this thread's stack (guards native recursion).
    pub stack_limit: usize,
    pub thread_id: u64,
    /// This thread's tag (the owner id of the objects it allocates).
    pub tag: u32,
    pub frame_pool: Vec<Box<crate::frame::Frame>>,
    /// Run (with the GIL held) when the thread's state is destroyed, e.g. to
    /// release the sentinel locks of `_thread._set_sentinel()`.
    pub at_thread_exit: Vec<Box<dyn FnOnce() + Send>>,
}

impl Vm {
    /// A VM for the current thread (whose stack is `crate::STACK_SIZE`).
    pub fn new() -> Vm {
        Self::with_stack_size(crate::STACK_SIZE)
    }

    /// A VM for the current thread, whose Rust stack has `stack_size` bytes.
    /// It does not hold the GIL yet: see [`Vm::take_gil`].
    pub fn with_stack_size(stack_size: usize) -> Vm {
        let breaker = Arc::new(AtomicU32::new(0));
        crate::rc::set_thread_breaker(Arc::as_ptr(&breaker));
        let here = &breaker as *const _ as usize;
        let reserve = (stack_size / 8).clamp(64 * 1024, 512 * 1024);
        Vm {
            frames: Vec::with_capacity(64),
            recursion_depth: 0,
            handled_exception: Value::None,
            eval_breaker: breaker,
            stack_limit: here.saturating_sub(stack_size.saturating_sub(reserve)),
            thread_id: thread_ident(),
            tag: crate::rc::current_thread_tag(),
            frame_pool: Vec::new(),
            at_thread_exit: Vec::new(),
        }
    }

    /// Takes the GIL for this thread (waiting for it).
    pub fn take_gil(&self) {
        crate::gil::gil().take(self.tag, &self.eval_breaker);
    }

    /// Releases the GIL. The thread must not touch Python objects until it
    /// takes the lock again.
    pub fn release_gil(&self) {
        crate::gil::gil().drop_lock(false);
    }

    /// Runs `f` with the GIL released: the one way to make a blocking call.
    /// `f` must not touch Python objects (values, object references, their
    /// payloads): other threads run meanwhile.
    #[inline]
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        if crate::gil::gil().other_threads.load(Ordering::Acquire) == 0 {
            // No other thread exists, and none can start while this one
            // holds the lock: nobody would take it.
            return f();
        }
        self.release_gil();
        let r = f();
        crate::gil::gil().take_after_blocking(self.tag, &self.eval_breaker);
        r
    }

    /// Whether this is the main thread (where signal handlers run).
    pub fn is_main_thread(&self) -> bool {
        self.thread_id == main_thread_ident()
    }

    /// Acquires a Python-level lock, releasing the GIL while waiting.
    /// `timeout` None waits forever; Some(ZERO) does not wait. In the main
    /// thread a signal interrupts the wait, its Python handler runs (and may
    /// raise, e.g. KeyboardInterrupt), then the wait goes on.
    pub fn acquire_lock(
        &mut self,
        lock: &crate::sync::RawLock,
        timeout: Option<std::time::Duration>,
    ) -> PyResult<bool> {
        if lock.try_acquire() {
            return Ok(true);
        }
        if timeout == Some(std::time::Duration::ZERO) {
            return Ok(false);
        }
        let deadline = timeout.map(|t| std::time::Instant::now() + t);
        loop {
            let interruptible = self.is_main_thread();
            let r = self.allow_threads(|| lock.acquire_until(deadline, interruptible));
            match r {
                crate::sync::Acquire::Acquired => return Ok(true),
                crate::sync::Acquire::TimedOut => return Ok(false),
                crate::sync::Acquire::Interrupted => crate::signals::run_pending(self)?,
            }
        }
    }

    /// Runs what the eval breaker asks for (finalisers, collection, signals).
    #[cold]
    pub fn handle_eval_breaker(&mut self) -> PyResult<()> {
        let bits = self.eval_breaker.swap(0, Ordering::Relaxed);
        if bits & BREAKER_GIL_DROP != 0 {
            // Another thread asked for the lock: let it run (forced switch).
            crate::gil::gil().drop_lock(true);
            self.take_gil();
        }
        if bits & BREAKER_FINALIZERS != 0 {
            self.run_pending_finalizers();
        }
        if bits & BREAKER_GC != 0 {
            crate::gc::collect_if_enabled(self);
        }
        if bits & BREAKER_SIGNALS != 0 {
            crate::signals::run_pending(self)?;
        }
        Ok(())
    }

    pub fn run_pending_finalizers(&mut self) {
        loop {
            let pending = crate::rc::take_pending_finalizers();
            let callbacks = crate::weakref::run_pending_callbacks(self);
            if pending.is_empty() && !callbacks {
                break;
            }
            for obj in pending {
                self.call_finalizer(&obj);
                drop(obj);
            }
        }
    }

    /// Calls `obj.__del__()`, reporting an error as CPython's "Exception ignored in".
    pub fn call_finalizer(&mut self, obj: &ObjRef) {
        let name = crate::builtins::names().__del__.clone();
        if let Some(del) = crate::types::lookup(obj.type_ref(), &name) {
            if let Err(e) = self.call(&del, &[Value::Obj(obj.clone())]) {
                let desc = match &del {
                    Value::Obj(f) => match &f.payload {
                        Payload::Function(fd) => {
                            format!(
                                "<function {} at {:#x}>",
                                crate::builtins::str_of(&fd.qualname.get()),
                                f.addr()
                            )
                        }
                        _ => "__del__".to_string(),
                    },
                    _ => "__del__".to_string(),
                };
                self.write_unraisable(&e, &format!("Exception ignored in: {desc}"));
            }
        }
    }

    /// Prints an error that cannot propagate (as `sys.unraisablehook` does).
    pub fn write_unraisable(&mut self, err: &PyErr, header: &str) {
        let text = crate::traceback::format_exception(self, err);
        crate::builtins::io::write_stderr(self, &format!("{header}\n{text}"));
    }

    /// Makes a builtin function object.
    pub fn new_builtin_function(
        name: &'static str,
        func: NativeFn,
        bound: Value,
        module: Option<&'static str>,
    ) -> ObjRef {
        ObjRef::new(
            crate::builtins::types().builtin_function.clone(),
            Payload::BuiltinFunction(Box::new(BuiltinFunctionData {
                name,
                func,
                bound,
                module,
                doc: None,
            })),
        )
    }

    pub fn recursion_limit(&self) -> u32 {
        runtime().recursion_limit.load(Ordering::Relaxed)
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        crate::rc::set_thread_breaker(std::ptr::null());
    }
}

static MAIN_THREAD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn set_main_thread(id: u64) {
    MAIN_THREAD.store(id, Ordering::Relaxed);
}

pub fn main_thread_ident() -> u64 {
    MAIN_THREAD.load(Ordering::Relaxed)
}

/// An identifier for the current OS thread (`threading.get_ident()`).
pub fn thread_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// A cell for values created lazily and shared by all threads.
pub struct Lazy<T> {
    cell: OnceLock<T>,
}

impl<T> Lazy<T> {
    pub const fn new() -> Self {
        Lazy {
            cell: OnceLock::new(),
        }
    }
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.cell.get_or_init(f)
    }
}

impl<T> Default for Lazy<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub type MutValue = Mut<Value>;
