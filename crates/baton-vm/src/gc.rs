//! The cycle collector. Reference counting frees everything but cycles; this
//! finds groups of container objects that only reference each other.
//!
//! Containers are registered in one list (their index kept in the header, so
//! removal is O(1)). A collection subtracts, from each object's reference
//! count, the references coming from other tracked objects; what still has
//! references left is reachable from outside (a root), and so is everything
//! reachable from a root. The rest is garbage: finalisers run first, then each
//! object's references are cleared, which frees the cycle by plain reference
//! counting.
//!
//! Collections run at safe points of the eval loop (the eval breaker), when
//! the number of tracked objects has grown past twice what survived the last
//! collection (amortised O(1) per allocation), or on `gc.collect()`.

use crate::object::PyObject;
use crate::rc::{ObjRef, NOT_TRACKED};
use crate::value::Value;
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

struct Registry {
    objects: Vec<*const PyObject>,
}

// SAFETY: the pointers are only dereferenced by the collector, under the GIL.
unsafe impl Send for Registry {}

/// The registry is reached only by the thread holding the GIL (every
/// allocation and deallocation of a container happens while running Python
/// code), so it needs no lock of its own. The free-threaded mode will give
/// each thread its own registry.
struct GilCell(std::cell::UnsafeCell<Registry>);

// SAFETY: see above: access is serialised by the GIL.
unsafe impl Sync for GilCell {}

static REGISTRY: GilCell = GilCell(std::cell::UnsafeCell::new(Registry {
    objects: Vec::new(),
}));

/// Runs `f` with the registry (never re-entrantly: `f` does not allocate objects).
#[inline(always)]
fn with_registry<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    // SAFETY: the GIL serialises callers, and no caller re-enters (the
    // closures passed here only push, pop or copy pointers).
    f(unsafe { &mut *REGISTRY.0.get() })
}
static ENABLED: AtomicBool = AtomicBool::new(true);
static THRESHOLD: AtomicUsize = AtomicUsize::new(10_000);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static COLLECTING: AtomicBool = AtomicBool::new(false);

pub fn track(obj: &ObjRef) {
    let n = with_registry(|r| {
        obj.header().gc_index.set(r.objects.len() as u32);
        r.objects.push(obj.as_ptr());
        r.objects.len()
    });
    if n > THRESHOLD.load(Ordering::Relaxed) && ENABLED.load(Ordering::Relaxed) {
        crate::rc::signal_breaker(crate::vm::BREAKER_GC);
    }
    ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
}

pub(crate) fn untrack_raw(obj: &PyObject) {
    let idx = obj.header.gc_index.get() as usize;
    obj.header.gc_index.set(NOT_TRACKED);
    with_registry(|r| {
        if idx < r.objects.len() {
            r.objects.swap_remove(idx);
            if let Some(moved) = r.objects.get(idx) {
                // SAFETY: every pointer in the registry is a live tracked object.
                unsafe { (**moved).header.gc_index.set(idx as u32) };
            }
        }
    });
}

pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}
pub fn disable() {
    ENABLED.store(false, Ordering::Relaxed);
}
pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Objects tracked now (gc.get_count()'s first figure, roughly).
/// Every object the collector tracks (gc.get_objects()).
pub fn tracked_objects() -> Vec<ObjRef> {
    let ptrs = with_registry(|r| r.objects.clone());
    // SAFETY: registered pointers are live tracked objects; we add the
    // references we return.
    ptrs.into_iter()
        .map(|p| unsafe { ObjRef::from_borrowed(p) })
        .collect()
}

pub fn tracked_count() -> usize {
    with_registry(|r| r.objects.len())
}

pub fn allocations() -> usize {
    ALLOCATIONS.load(Ordering::Relaxed)
}

pub fn collect_if_enabled(vm: &mut Vm) {
    if is_enabled() && tracked_count() > THRESHOLD.load(Ordering::Relaxed) {
        collect(vm);
    }
}

fn visit_all(obj: &PyObject, visit: &mut dyn FnMut(&Value)) {
    obj.traverse(visit);
    // Instances of classes hold a reference to their class.
    let t = obj.header.ob_type_ptr();
    if !t.is_null() {
        // SAFETY: the header owns a reference to its type.
        let tobj = unsafe { &*t };
        if let crate::object::Payload::Type(td) = &tobj.payload {
            if td.heap {
                // SAFETY: t is live (see above); we add the reference we hand out.
                let tref = unsafe { ObjRef::from_borrowed(t) };
                visit(&Value::Obj(tref));
            }
        }
    }
}

/// A full collection; returns the number of unreachable objects found.
pub fn collect(vm: &mut Vm) -> usize {
    if COLLECTING.swap(true, Ordering::Relaxed) {
        return 0;
    }
    vm.run_pending_finalizers();
    let objects: Vec<*const PyObject> = with_registry(|r| r.objects.clone());
    let n = objects.len();
    // gc_refs: the count minus references from tracked objects.
    let mut refs: Vec<isize> = objects
        .iter()
        // SAFETY: registered pointers are live objects (the registry lock is
        // not needed: deallocation cannot happen while we only read counts).
        .map(|p| unsafe { ObjRef::from_borrowed(*p) }.refcount() - 1)
        .collect();
    for p in &objects {
        // SAFETY: as above.
        let obj = unsafe { &**p };
        visit_all(obj, &mut |v| {
            if let Value::Obj(o) = v {
                let gi = o.header().gc_index.get();
                if gi != NOT_TRACKED && (gi as usize) < n && objects[gi as usize] == o.as_ptr() {
                    refs[gi as usize] -= 1;
                }
            }
        });
    }
    // Everything reachable from a root is alive.
    let mut reachable = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|i| refs[*i] > 0).collect();
    for i in &stack {
        reachable[*i] = true;
    }
    while let Some(i) = stack.pop() {
        // SAFETY: as above.
        let obj = unsafe { &*objects[i] };
        visit_all(obj, &mut |v| {
            if let Value::Obj(o) = v {
                let gi = o.header().gc_index.get();
                if gi != NOT_TRACKED
                    && (gi as usize) < n
                    && objects[gi as usize] == o.as_ptr()
                    && !reachable[gi as usize]
                {
                    reachable[gi as usize] = true;
                    stack.push(gi as usize);
                }
            }
        });
    }
    // Hold the garbage with strong references while we break it up.
    let garbage: Vec<ObjRef> = (0..n)
        .filter(|i| !reachable[*i])
        // SAFETY: as above.
        .map(|i| unsafe { ObjRef::from_borrowed(objects[i]) })
        .collect();
    let owned_dicts: std::collections::HashSet<usize> = garbage
        .iter()
        .filter_map(|g| g.dict.get().map(|d| d.addr()))
        .collect();
    let found = garbage
        .iter()
        .filter(|g| !owned_dicts.contains(&g.addr()))
        .count();
    for g in &garbage {
        if crate::object::needs_finalizer(g) && crate::rc::mark_finalized(g) {
            vm.call_finalizer(g);
        }
    }
    for g in &garbage {
        if let Some(d) = g.dict.take() {
            if let crate::object::Payload::Dict(dd) = &d.payload {
                drop(dd.take());
            }
            drop(d);
        }
        g.payload.clear();
    }
    drop(garbage);
    let survivors = tracked_count();
    THRESHOLD.store((survivors * 2).max(10_000), Ordering::Relaxed);
    COLLECTING.store(false, Ordering::Relaxed);
    vm.run_pending_finalizers();
    found
}
