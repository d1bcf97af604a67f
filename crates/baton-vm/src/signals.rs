//! Signals: the C-level handler only records the signal and sets the main
//! thread's eval breaker; the main thread runs the Python-level handler (or
//! raises KeyboardInterrupt for SIGINT) at its next safe point.

use crate::value::Value;
use crate::vm::{PyResult, Vm, BREAKER_SIGNALS};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};
use std::sync::Mutex;

const NSIG: usize = 65;

static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// Set (after the signal's own flag) whenever any signal arrives, so that
/// the common case of nothing pending costs one load, not NSIG swaps.
static ANY_PENDING: AtomicBool = AtomicBool::new(false);
static MAIN_BREAKER: AtomicPtr<AtomicU32> = AtomicPtr::new(std::ptr::null_mut());
/// Python-level handlers, by signal number (None: default action).
pub static HANDLERS: Mutex<Vec<Option<Value>>> = Mutex::new(Vec::new());

extern "C" fn on_signal(sig: libc::c_int) {
    let s = sig as usize;
    if s < NSIG {
        PENDING[s].store(true, Ordering::SeqCst);
        ANY_PENDING.store(true, Ordering::SeqCst);
    }
    let b = MAIN_BREAKER.load(Ordering::SeqCst);
    if !b.is_null() {
        // SAFETY: the main VM registered its breaker and keeps it alive for
        // the life of the process; fetch_or is async-signal-safe.
        unsafe { (*b).fetch_or(BREAKER_SIGNALS, Ordering::SeqCst) };
    }
}

/// Called once by the main thread's VM: installs the SIGINT handler.
pub fn init_main(vm: &Vm) {
    set_main_breaker(vm);
    install(libc::SIGINT);
}

/// Makes `vm`'s thread the one signals are reported to (the main thread;
/// after a fork, the forking thread).
pub fn set_main_breaker(vm: &Vm) {
    // Leak one reference so the breaker outlives every signal.
    let arc = vm.eval_breaker.clone();
    let p = std::sync::Arc::into_raw(arc) as *mut AtomicU32;
    MAIN_BREAKER.store(p, Ordering::SeqCst);
}

/// Routes signal `sig` to the VM (for signal.signal()). As CPython, the
/// handler is installed without SA_RESTART, so a blocking call in the main
/// thread returns EINTR and the Python handler runs promptly (PEP 475 retries).
pub fn install(sig: i32) {
    // SAFETY: the sigaction struct is zero-initialised then filled; the
    // handler only touches atomics (async-signal-safe) and has the C ABI.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_signal as *const () as libc::sighandler_t;
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig, &sa, std::ptr::null_mut());
    }
}

/// Simulates the arrival of signal `sig` (`_thread.interrupt_main`).
pub fn trip(sig: i32) {
    on_signal(sig);
}

/// Whether a signal is waiting for its Python handler.
pub fn any_pending() -> bool {
    ANY_PENDING.load(Ordering::Relaxed) && PENDING.iter().any(|p| p.load(Ordering::Relaxed))
}

/// Runs what the signal handler recorded (main thread only).
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    if !ANY_PENDING.load(Ordering::SeqCst) || vm.thread_id != crate::vm::main_thread_ident() {
        return Ok(());
    }
    // Cleared before the scan: a signal arriving during it sets it again.
    ANY_PENDING.store(false, Ordering::SeqCst);
    for (sig, flag) in PENDING.iter().enumerate() {
        if flag.swap(false, Ordering::SeqCst) {
            let handler = HANDLERS
                .lock()
                .ok()
                .and_then(|h| h.get(sig).cloned().flatten());
            match handler {
                Some(Value::Int(_)) | Some(Value::Bool(_)) => {}
                Some(h) if !h.is_none() => {
                    if let Err(e) = vm.call(&h, &[Value::Int(sig as i64), Value::None]) {
                        // Other signals may still be flagged: scan again next time.
                        ANY_PENDING.store(true, Ordering::SeqCst);
                        return Err(e);
                    }
                }
                _ => {
                    if sig == libc::SIGINT as usize {
                        ANY_PENDING.store(true, Ordering::SeqCst);
                        return Err(vm.new_exception_empty(
                            &crate::builtins::types().exc.keyboard_interrupt,
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}
