//! Starting OS threads that run Python code (`_thread.start_new_thread`).
//!
//! A new thread gets its own [`Vm`] (its thread state), takes the GIL, calls
//! the function, reports an exception other than SystemExit as CPython does
//! ("Exception ignored in thread started by: ..."), runs its thread-exit
//! hooks and drops everything it owns while it still holds the lock, then
//! releases the lock for good. Signals are blocked in these threads so that
//! the process's signals reach the main thread, where Python handlers run.

use crate::builtins;
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Threads started by `start_new_thread` that have not finished (`_thread._count()`).
pub static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The stack size for new threads (`_thread.stack_size()`; 0 = default).
pub static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// The default Rust stack of a thread running Python: deep enough for native
/// code calling back into Python a few hundred levels deep.
pub const DEFAULT_THREAD_STACK: usize = 32 << 20;

/// What a new thread runs, moved to it while the spawning thread holds the GIL.
struct Start {
    func: Value,
    args: Value,
    kwargs: Value,
}

// SAFETY: the values are only touched by the new thread after it has taken
// the GIL (which orders it after everything the spawning thread did).
unsafe impl Send for Start {}

/// Blocks every signal on the calling thread, so the process's signals are
/// delivered to the main thread.
fn block_signals() {
    // SAFETY: sigfillset initialises the local set; pthread_sigmask changes
    // only the calling thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Starts `func(*args, **kwargs)` in a new OS thread; returns its ident.
pub fn start_new_thread(vm: &mut Vm, func: Value, args: Value, kwargs: Value) -> PyResult<u64> {
    let start = Start { func, args, kwargs };
    let size = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_THREAD_STACK,
        n => n.max(DEFAULT_THREAD_STACK / 8),
    };
    crate::gil::gil()
        .other_threads
        .fetch_add(1, Ordering::AcqRel);
    RUNNING.fetch_add(1, Ordering::AcqRel);
    let spawned = std::thread::Builder::new()
        .stack_size(size)
        .spawn(move || thread_main(start, size));
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            #[allow(clippy::unnecessary_cast)] // pthread_t is u64 only on some targets
            let ident = handle.as_pthread_t() as u64;
            drop(handle); // detached
            Ok(ident)
        }
        Err(_) => {
            crate::gil::gil()
                .other_threads
                .fetch_sub(1, Ordering::AcqRel);
            RUNNING.fetch_sub(1, Ordering::AcqRel);
            Err(vm.new_runtime_error("can't start new thread"))
        }
    }
}

fn thread_main(start: Start, stack_size: usize) {
    block_signals();
    let mut vm = Vm::with_stack_size(stack_size);
    vm.take_gil();
    run(&mut vm, start);
    vm.run_pending_finalizers();
    for hook in std::mem::take(&mut vm.at_thread_exit) {
        hook();
    }
    vm.run_pending_finalizers();
    drop(vm);
    RUNNING.fetch_sub(1, Ordering::AcqRel);
    crate::gil::gil()
        .other_threads
        .fetch_sub(1, Ordering::AcqRel);
    crate::gil::gil().drop_lock(false);
}

fn run(vm: &mut Vm, start: Start) {
    let Start { func, args, kwargs } = start;
    let pos: Vec<Value> = match &args {
        Value::Obj(o) => match &o.payload {
            crate::object::Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let r = call_with_kwargs(vm, &func, &pos, &kwargs);
    if let Err(e) = r {
        if !builtins::exc_matches(&e, &builtins::types().exc.system_exit) {
            let desc = vm
                .repr_string(&func)
                .unwrap_or_else(|_| "<object>".to_string());
            vm.write_unraisable(
                &e,
                &format!("Exception ignored in thread started by: {desc}"),
            );
        }
    }
}

fn call_with_kwargs(vm: &mut Vm, func: &Value, pos: &[Value], kwargs: &Value) -> PyResult<Value> {
    let d: Option<ObjRef> = match kwargs {
        Value::Obj(o) if matches!(o.payload, crate::object::Payload::Dict(_)) => Some(o.clone()),
        _ => None,
    };
    match d {
        Some(d) if builtins::dict::dict_len(&d) > 0 => {
            let mut all = pos.to_vec();
            let mut names = Vec::new();
            for (k, v) in builtins::dict::dict_items_of(&d) {
                names.push(k);
                all.push(v);
            }
            vm.call_args(func, crate::vm::FuncArgs::with_kw(&all, &names))
        }
        _ => vm.call(func, pos),
    }
}

/// `os.fork()` at the level of the runtime: forks with the GIL's state
/// consistent, then, in the child, makes the calling thread the only one
/// (the main thread, with signals unblocked) and forgets the other threads'
/// imports in progress. Returns fork's result; -1 with errno set on failure.
pub fn fork_process(vm: &mut Vm) -> i32 {
    let breaker = vm.eval_breaker.clone();
    // SAFETY: fork has no memory-safety preconditions of its own; the child
    // continues on this thread only, and the state that other threads could
    // have held locked (the GIL's state mutex) is held by us across the call.
    let pid = crate::gil::fork_with(vm.tag, &breaker, || unsafe { libc::fork() });
    if pid == 0 {
        RUNNING.store(0, Ordering::Release);
        crate::vm::set_main_thread(vm.thread_id);
        // SAFETY: sigemptyset/sigfillset initialise the local set;
        // pthread_sigmask changes only this thread's mask.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigfillset(&mut set);
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        }
        crate::signals::set_main_breaker(vm);
        crate::import::after_fork(vm);
        FORKED_CHILD.store(true, Ordering::Release);
    }
    pid
}

/// Whether this process is a child made by `os.fork()` (its original main
/// thread does not exist: the interpreter thread must exit the process itself).
pub static FORKED_CHILD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
