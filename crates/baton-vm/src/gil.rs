//! The Global Interpreter Lock of this process: the one instance of
//! `baton_gil::Gil` (the state machine, model-checked with loom, lives in
//! its own crate), and the functions the rest of the VM calls.

pub use baton_gil::{Gil, Stats};
use std::sync::atomic::AtomicU32;
use std::sync::LazyLock;

static GIL: LazyLock<Gil> = LazyLock::new(Gil::new);

#[inline]
pub fn gil() -> &'static Gil {
    &GIL
}

pub fn switch_interval() -> f64 {
    GIL.switch_interval()
}

pub fn set_switch_interval(seconds: f64) {
    GIL.set_switch_interval(seconds)
}

/// See `Gil::fork_with`.
pub fn fork_with(tag: u32, breaker: &AtomicU32, fork: impl FnOnce() -> i32) -> i32 {
    GIL.fork_with(tag, breaker, fork)
}

/// A copy of the statistics.
pub fn stats() -> Stats {
    GIL.stats()
}

pub fn reset_stats() {
    GIL.reset_stats()
}
