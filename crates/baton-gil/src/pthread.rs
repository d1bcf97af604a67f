//! A mutex and a condition variable on POSIX threads, with the small API of
//! `std::sync` that the GIL uses. They are pthread objects (not futexes) so
//! that valgrind's DRD and helgrind see the GIL's hand-offs as the
//! synchronisation they are (tests/racecheck.sh). Both must not move after
//! first use: the GIL lives in a static.

use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
use std::time::Duration;

/// Never produced (pthread mutexes are not poisoned); mirrors std's
/// `PoisonError` so the GIL's code reads the same with either.
pub struct NeverPoisoned<G>(G);

impl<G> NeverPoisoned<G> {
    pub fn into_inner(self) -> G {
        self.0
    }
}

pub struct Mutex<T> {
    raw: UnsafeCell<libc::pthread_mutex_t>,
    data: UnsafeCell<T>,
}

// SAFETY: the data is only reached through a guard, which holds the mutex.
unsafe impl<T: Send> Sync for Mutex<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Send for Mutex<T> {}

pub struct MutexGuard<'a, T> {
    m: &'a Mutex<T>,
}

impl<T> Mutex<T> {
    pub fn new(data: T) -> Self {
        Mutex {
            raw: UnsafeCell::new(libc::PTHREAD_MUTEX_INITIALIZER),
            data: UnsafeCell::new(data),
        }
    }

    /// Locks the mutex. (Never poisoned: the Result only mirrors std's API.)
    pub fn lock(&self) -> Result<MutexGuard<'_, T>, NeverPoisoned<MutexGuard<'_, T>>> {
        // SAFETY: `raw` is an initialised mutex that does not move while
        // in use (it lives inside the static GIL).
        unsafe { libc::pthread_mutex_lock(self.raw.get()) };
        Ok(MutexGuard { m: self })
    }
}

impl<T> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        // SAFETY: this guard holds the mutex.
        unsafe { libc::pthread_mutex_unlock(self.m.raw.get()) };
    }
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the guard holds the mutex, so no one else touches the data.
        unsafe { &*self.m.data.get() }
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as above, and the guard is borrowed mutably.
        unsafe { &mut *self.m.data.get() }
    }
}

pub struct Condvar {
    raw: UnsafeCell<libc::pthread_cond_t>,
}

// SAFETY: pthread condition variables are made to be shared between threads.
unsafe impl Sync for Condvar {}
// SAFETY: as above.
unsafe impl Send for Condvar {}

pub struct WaitTimeoutResult(bool);

/// What `Condvar::wait_timeout` returns (shaped like std's).
pub type TimedWait<'a, T> = Result<
    (MutexGuard<'a, T>, WaitTimeoutResult),
    NeverPoisoned<(MutexGuard<'a, T>, WaitTimeoutResult)>,
>;

impl WaitTimeoutResult {
    pub fn timed_out(&self) -> bool {
        self.0
    }
}

impl Default for Condvar {
    fn default() -> Self {
        Self::new()
    }
}

impl Condvar {
    pub fn new() -> Self {
        Condvar {
            raw: UnsafeCell::new(libc::PTHREAD_COND_INITIALIZER),
        }
    }

    pub fn wait<'a, T>(
        &self,
        guard: MutexGuard<'a, T>,
    ) -> Result<MutexGuard<'a, T>, NeverPoisoned<MutexGuard<'a, T>>> {
        // SAFETY: the guard holds `guard.m`; both objects are initialised
        // and do not move while in use.
        unsafe { libc::pthread_cond_wait(self.raw.get(), guard.m.raw.get()) };
        Ok(guard)
    }

    pub fn wait_timeout<'a, T>(&self, guard: MutexGuard<'a, T>, dur: Duration) -> TimedWait<'a, T> {
        let mut now = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `now` is a valid out-pointer.
        unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut now) };
        let mut sec = now
            .tv_sec
            .saturating_add(dur.as_secs().min(1 << 40) as libc::time_t);
        let mut nsec = now.tv_nsec + dur.subsec_nanos() as libc::c_long;
        if nsec >= 1_000_000_000 {
            nsec -= 1_000_000_000;
            sec += 1;
        }
        let deadline = libc::timespec {
            tv_sec: sec,
            tv_nsec: nsec,
        };
        // SAFETY: as in `wait`; `deadline` outlives the call.
        let r =
            unsafe { libc::pthread_cond_timedwait(self.raw.get(), guard.m.raw.get(), &deadline) };
        Ok((guard, WaitTimeoutResult(r == libc::ETIMEDOUT)))
    }

    pub fn notify_one(&self) {
        // SAFETY: an initialised condition variable.
        unsafe { libc::pthread_cond_signal(self.raw.get()) };
    }

    pub fn notify_all(&self) {
        // SAFETY: an initialised condition variable.
        unsafe { libc::pthread_cond_broadcast(self.raw.get()) };
    }
}
