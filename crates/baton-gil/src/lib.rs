//! baton-gil: the Global Interpreter Lock's state machine, in its own crate
//! so that it can be model-checked with `loom` (see tests/loom.rs);
//! baton-vm owns the process's one instance.
//!
//! One lock per process (one interpreter per process). A thread must hold it
//! to touch Python objects or run bytecode. The protocol is CPython's "new
//! GIL" (3.2+):
//!
//! - A thread that wants the lock waits on a condition variable for at most
//!   one *switch interval* (`sys.getswitchinterval()`, 5 ms by default). If
//!   the lock has not changed hands during that wait, it sets a *drop
//!   request* on the holder's eval breaker.
//! - The holder sees the request at its next check (backward jumps and
//!   calls), drops the lock and, with *forced switching*, waits until another
//!   thread has taken it before it competes again, so the requester is sure to
//!   run.
//! - Blocking calls release the lock through [`crate::Vm::allow_threads`].
//!
//! The state lives under one `Mutex`; the holder's breaker is reached through
//! a raw pointer that is valid while that thread holds the lock (it cannot
//! release without taking the state mutex first).
//!
//! The lock also keeps statistics ([`stats`]): how often it changed hands,
//! how many drops were forced, and the longest time one thread held it while
//! another was waiting for it.

#[cfg(loom)]
use loom::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize};
#[cfg(loom)]
use loom::sync::{Condvar, Mutex, MutexGuard};
use std::sync::atomic::Ordering;
#[cfg(not(loom))]
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize};
#[cfg(not(loom))]
mod pthread;
#[cfg(not(loom))]
use pthread::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The eval-breaker bit a waiting thread sets to ask the holder to drop the lock.
pub const BREAKER_GIL_DROP: u32 = 1;

struct State {
    locked: bool,
    /// Incremented each time the lock is taken by a thread other than the last holder.
    switch_number: u64,
    /// The holder's tag (see `rc::current_thread_tag`), 0 when free.
    holder: u32,
    /// The holder's eval breaker (valid while `locked`).
    holder_breaker: usize,
    /// Threads waiting in `take`.
    waiters: u32,
    /// When the current holder took the lock.
    taken_at: Option<Instant>,
    /// Since when someone has been waiting (the oldest waiter's arrival).
    waiting_since: Option<Instant>,
    /// Statistics.
    stats: Stats,
}

/// What the lock has done since the start (or the last reset).
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Times the lock was taken by a different thread than its last holder.
    pub switches: u64,
    /// Drop requests made by waiting threads.
    pub drop_requests: u64,
    /// Drops made because of a drop request (forced switches).
    pub forced_drops: u64,
    /// Times the lock was taken after a wait.
    pub contended_takes: u64,
    /// Total time threads spent waiting for the lock.
    pub total_wait: Duration,
    /// Longest wait of one thread for the lock.
    pub max_wait: Duration,
    /// Longest time one thread held the lock while another waited for it.
    pub max_hold_while_waited: Duration,
    /// Holds during which another thread waited...
    pub holds_while_waited: u64,
    /// ...and how many of those lasted more than twice the switch interval.
    pub long_holds_while_waited: u64,
}

pub struct Gil {
    state: Mutex<State>,
    /// Signalled when the lock is released.
    released: Condvar,
    /// Signalled when the lock is taken (forced switching waits on it).
    switched: Condvar,
    /// Python threads alive besides the main one (0: nothing to switch to).
    pub other_threads: AtomicUsize,
    /// The switch interval in nanoseconds (`sys.setswitchinterval`).
    interval_ns: AtomicU64,
}

impl Default for Gil {
    fn default() -> Self {
        Self::new()
    }
}

impl Gil {
    pub fn new() -> Gil {
        Gil {
            state: Mutex::new(State {
                locked: false,
                switch_number: 0,
                holder: 0,
                holder_breaker: 0,
                waiters: 0,
                taken_at: None,
                waiting_since: None,
                stats: Stats::default(),
            }),
            released: Condvar::new(),
            switched: Condvar::new(),
            other_threads: AtomicUsize::new(0),
            interval_ns: AtomicU64::new(5_000_000),
        }
    }

    fn lock_state(&self) -> MutexGuard<'_, State> {
        // A poisoned state mutex means a panic happened while it was held;
        // the state itself is plain data and stays consistent, so keep going.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn switch_interval(&self) -> f64 {
        self.interval_ns.load(Ordering::Relaxed) as f64 / 1e9
    }

    pub fn set_switch_interval(&self, seconds: f64) {
        // CPython keeps microseconds; at least 1 us.
        let ns = (seconds * 1e9).clamp(1000.0, 1e18) as u64;
        self.interval_ns.store(ns, Ordering::Relaxed);
    }

    /// A copy of the statistics.
    pub fn stats(&self) -> Stats {
        self.lock_state().stats
    }

    pub fn reset_stats(&self) {
        self.lock_state().stats = Stats::default();
    }

    /// Threads waiting for the lock now.
    pub fn waiters(&self) -> u32 {
        self.lock_state().waiters
    }

    /// The tag of the thread holding the lock (0 when free).
    pub fn holder(&self) -> u32 {
        let st = self.lock_state();
        if st.locked {
            st.holder
        } else {
            0
        }
    }

    /// Runs `fork` (which calls fork(2)) holding the lock's state mutex, so
    /// the child does not inherit it locked by a thread that no longer
    /// exists. In the child (`fork` returned 0), the calling thread is the
    /// only thread: it holds the lock and nobody waits.
    pub fn fork_with(&self, tag: u32, breaker: &AtomicU32, fork: impl FnOnce() -> i32) -> i32 {
        let mut st = self.lock_state();
        let pid = fork();
        if pid == 0 {
            st.locked = true;
            st.holder = tag;
            st.holder_breaker = breaker as *const AtomicU32 as usize;
            st.waiters = 0;
            st.waiting_since = None;
            st.taken_at = Some(Instant::now());
            self.other_threads.store(0, Ordering::Release);
        }
        drop(st);
        pid
    }

    /// Takes the lock for the calling thread, waiting for it if needed.
    /// `tag` identifies the thread, `breaker` is its eval breaker.
    pub fn take(&self, tag: u32, breaker: &AtomicU32) {
        self.take_with(tag, breaker, false)
    }

    /// As `take`, for a thread coming back from a blocking call (I/O
    /// priority): if the lock is held, the holder is asked to drop it at
    /// once rather than after a switch interval. A thread whose recv() has
    /// returned then runs within microseconds even while CPU-bound threads
    /// run, instead of waiting up to an interval per call (the convoy
    /// effect of CPython's lock). The holder still drops it only at its next
    /// check, and forced switching still lets it take the lock back.
    pub fn take_after_blocking(&self, tag: u32, breaker: &AtomicU32) {
        self.take_with(tag, breaker, true)
    }

    fn request_drop(st: &mut State) {
        let b = st.holder_breaker as *const AtomicU32;
        if !b.is_null() {
            // SAFETY: `holder_breaker` points to the eval breaker of the
            // thread holding the lock; that thread keeps its VM alive while
            // it holds the lock, and it cannot release the lock (and then
            // free the VM) without taking the state mutex, which we hold.
            let prev = unsafe { (*b).fetch_or(BREAKER_GIL_DROP, Ordering::SeqCst) };
            if prev & BREAKER_GIL_DROP == 0 {
                st.stats.drop_requests += 1;
            }
        }
    }

    fn take_with(&self, tag: u32, breaker: &AtomicU32, urgent: bool) {
        let mut st = self.lock_state();
        if st.locked {
            let arrived = Instant::now();
            st.waiters += 1;
            if st.waiting_since.is_none() {
                st.waiting_since = Some(arrived);
            }
            if urgent {
                Self::request_drop(&mut st);
            }
            while st.locked {
                let interval = Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed));
                let before = st.switch_number;
                let (g, res) = self
                    .released
                    .wait_timeout(st, interval)
                    .unwrap_or_else(|p| p.into_inner());
                st = g;
                // A whole interval without a switch, or a holder that has had
                // the lock for an interval already (another waiter may have
                // been served meanwhile): ask the holder to drop it.
                let held_long = st
                    .taken_at
                    .map(|t| t.elapsed() >= interval)
                    .unwrap_or(false);
                if res.timed_out() && st.locked && (st.switch_number == before || held_long) {
                    Self::request_drop(&mut st);
                }
            }
            st.waiters -= 1;
            let waited = arrived.elapsed();
            st.stats.contended_takes += 1;
            st.stats.total_wait += waited;
            if waited > st.stats.max_wait {
                st.stats.max_wait = waited;
            }
            st.waiting_since = if st.waiters > 0 {
                Some(Instant::now())
            } else {
                None
            };
        }
        st.locked = true;
        if st.holder != tag {
            st.switch_number += 1;
            st.stats.switches += 1;
        }
        st.holder = tag;
        st.holder_breaker = breaker as *const AtomicU32 as usize;
        st.taken_at = Some(Instant::now());
        // A drop request aimed at this thread during an earlier hold is stale.
        breaker.fetch_and(!BREAKER_GIL_DROP, Ordering::SeqCst);
        drop(st);
        self.switched.notify_all();
    }

    /// Releases the lock. With `forced` (the holder obeys a drop request),
    /// waits until another thread has taken it.
    pub fn drop_lock(&self, forced: bool) {
        let mut st = self.lock_state();
        if !st.locked {
            return;
        }
        let now = Instant::now();
        if let (Some(taken), Some(since)) = (st.taken_at, st.waiting_since) {
            let from = if since > taken { since } else { taken };
            let held = now.saturating_duration_since(from);
            if held > st.stats.max_hold_while_waited {
                st.stats.max_hold_while_waited = held;
            }
            st.stats.holds_while_waited += 1;
            let twice = Duration::from_nanos(2 * self.interval_ns.load(Ordering::Relaxed));
            if held > twice {
                st.stats.long_holds_while_waited += 1;
            }
        }
        st.locked = false;
        st.holder_breaker = 0;
        st.taken_at = None;
        if forced {
            st.stats.forced_drops += 1;
        }
        self.released.notify_one();
        if forced && st.waiters > 0 {
            let sw = st.switch_number;
            while st.switch_number == sw && st.waiters > 0 {
                st = self.switched.wait(st).unwrap_or_else(|p| p.into_inner());
            }
        }
    }

    /// Whether some thread holds the lock.
    pub fn is_locked(&self) -> bool {
        self.lock_state().locked
    }
}
