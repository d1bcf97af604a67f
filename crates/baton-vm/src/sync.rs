//! The lock under Python's locks (`_thread.LockType`, `RLock`, the import
//! locks, thread sentinels): a word-sized mutex on Linux futexes that any
//! thread may release, with timeouts, and whose waits are interrupted by
//! signals so that Ctrl-C reaches a main thread blocked in `acquire()`.
//!
//! The state word is 0 (free), 1 (held, no waiter) or 2 (held, maybe waiters)
//! — the classic three-state futex mutex. Waiting never happens with the GIL
//! held: callers go through [`crate::Vm::allow_threads`].

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

pub struct RawLock {
    state: AtomicU32,
}

/// How a timed acquire ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Acquire {
    Acquired,
    TimedOut,
    /// A signal handler ran while waiting (the caller may run the Python
    /// handlers and wait again).
    Interrupted,
}

fn futex_wait(word: &AtomicU32, expected: u32, timeout: Option<Duration>) -> i32 {
    let ts = timeout.map(|d| libc::timespec {
        tv_sec: d.as_secs().min(i64::MAX as u64 / 2) as libc::time_t,
        tv_nsec: d.subsec_nanos() as libc::c_long,
    });
    let tsp = match &ts {
        Some(t) => t as *const libc::timespec,
        None => std::ptr::null(),
    };
    // SAFETY: FUTEX_WAIT reads the aligned u32 behind `word`, which lives as
    // long as the lock; the timespec (if any) outlives the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
            expected,
            tsp,
        )
    };
    if r == 0 {
        0
    } else {
        std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
    }
}

fn futex_wake(word: &AtomicU32, n: i32) {
    // SAFETY: FUTEX_WAKE only uses the address as a key.
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
            n,
        );
    }
}

impl Default for RawLock {
    fn default() -> Self {
        Self::new()
    }
}

impl RawLock {
    pub const fn new() -> Self {
        RawLock {
            state: AtomicU32::new(0),
        }
    }

    /// Takes the lock if it is free.
    #[inline]
    pub fn try_acquire(&self) -> bool {
        self.state
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    /// Waits for the lock until `deadline` (None: forever). With
    /// `interruptible`, a signal handler running on this thread ends the wait
    /// with `Interrupted`.
    pub fn acquire_until(&self, deadline: Option<Instant>, interruptible: bool) -> Acquire {
        if self.try_acquire() {
            return Acquire::Acquired;
        }
        let mut c = self.state.swap(2, Ordering::Acquire);
        while c != 0 {
            let timeout = match deadline {
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return Acquire::TimedOut;
                    }
                    Some(d - now)
                }
                None => None,
            };
            let err = futex_wait(&self.state, 2, timeout);
            if err == libc::EINTR && interruptible {
                return Acquire::Interrupted;
            }
            c = self.state.swap(2, Ordering::Acquire);
        }
        Acquire::Acquired
    }

    /// Releases the lock; false if it was not held.
    pub fn release(&self) -> bool {
        let mut c = self.state.load(Ordering::Relaxed);
        loop {
            if c == 0 {
                return false;
            }
            match self
                .state
                .compare_exchange_weak(c, 0, Ordering::Release, Ordering::Relaxed)
            {
                Ok(_) => break,
                Err(now) => c = now,
            }
        }
        if c == 2 {
            futex_wake(&self.state, 1);
        }
        true
    }

    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) != 0
    }

    /// Makes the lock free again without waking anyone (after fork).
    pub fn reinit(&self) {
        self.state.store(0, Ordering::Relaxed);
    }
}
