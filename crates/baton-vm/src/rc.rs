//! Heap objects and their reference counts: the one module of baton-vm that
//! holds raw pointers.
//!
//! Every heap object is a [`PyObject`]: an [`ObjectHeader`] followed by its
//! instance `__dict__` slot and its payload. The header is laid out for
//! *biased reference counting* (the scheme of CPython 3.13t): the thread that
//! made the object owns it and counts its references in `local` without atomic
//! instructions; other threads count theirs in the atomic `shared` field. An
//! object is dead when `local + shared` reaches zero. In GIL mode the lock
//! serialises every thread, so only `local` is ever touched; the free-threaded
//! mode uses the same layout and takes the biased path.
//!
//! [`ObjRef`] is an owning, counted pointer: cloning it adds a reference,
//! dropping it removes one, and the last drop runs the type's finaliser
//! (`__del__`), drops the payload (releasing what it refers to) and frees the
//! memory. Deallocation of deep structures (a million nested tuples) is made
//! iterative by a per-thread queue, so it cannot overflow the Rust stack.
//!
//! Objects that can hold references to other objects ("containers") are
//! registered in the cycle collector's list (`gc.rs`), at an index stored in
//! the header so that removal is O(1).

use crate::object::{Payload, PyObject};
use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicIsize, AtomicU32, Ordering};

/// The count given to immortal objects (types, None-like singletons, interned
/// names). Increments and decrements still happen, without a branch, but the
/// count cannot reach zero: it would take 2^30 unmatched decrements.
pub const IMMORTAL_REFCOUNT: u32 = 1 << 30;

/// Means "not in the collector's list".
pub const NOT_TRACKED: u32 = u32::MAX;

/// The start of every heap object.
#[repr(C)]
pub struct ObjectHeader {
    /// References held by the owning thread (non-atomic: only it touches it).
    local: Cell<u32>,
    /// Position in the cycle collector's list, or `NOT_TRACKED`.
    pub(crate) gc_index: Cell<u32>,
    /// The owning thread's id (biased reference counting); 0 for immortal objects.
    owner: AtomicU32,
    /// Object flags (`FLAG_*`).
    flags: Cell<u32>,
    /// References held by other threads (may go negative while `local` is positive).
    shared: AtomicIsize,
    /// The object's type: a counted reference to a type object (immortal for
    /// built-in types). Null only while the very first types are being made.
    ob_type: Cell<*const PyObject>,
}

// SAFETY: the non-atomic fields are only touched by the thread that holds the
// GIL (GIL mode) or by the owning thread (free-threaded mode); every other
// field is atomic.
unsafe impl Sync for ObjectHeader {}
// SAFETY: as above; the header holds no thread-bound resource.
unsafe impl Send for ObjectHeader {}

impl ObjectHeader {
    fn new(ob_type: *const PyObject) -> Self {
        ObjectHeader {
            local: Cell::new(1),
            gc_index: Cell::new(NOT_TRACKED),
            owner: AtomicU32::new(current_thread_tag()),
            flags: Cell::new(0),
            shared: AtomicIsize::new(0),
            ob_type: Cell::new(ob_type),
        }
    }
}

/// `__del__` has run (it runs once, even if the object is resurrected).
pub const FLAG_FINALIZED: u32 = 1;
/// Weak references to the object exist (see `weakref.rs`).
pub const FLAG_WEAKREFS: u32 = 2;

/// Marks an object as weakly referenced.
pub(crate) fn set_weakref_flag(obj: &ObjRef) {
    let h = obj.header();
    h.flags.set(h.flags.get() | FLAG_WEAKREFS);
}

impl ObjectHeader {
    pub(crate) fn ob_type_ptr(&self) -> *const PyObject {
        self.ob_type.get()
    }
}

thread_local! {
    static THREAD_TAG: u32 = {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        NEXT.fetch_add(1, Ordering::Relaxed)
    };
    /// Objects whose `__del__` must run at the thread's next safe point.
    static PENDING_FINALIZERS: UnsafeCell<Vec<ObjRef>> = const { UnsafeCell::new(Vec::new()) };
    /// The eval breaker of the thread's VM, to ask it to run them.
    static BREAKER: Cell<*const AtomicU32> = const { Cell::new(std::ptr::null()) };
    /// Objects whose deallocation was postponed to keep the Rust stack shallow.
    static DEALLOC_QUEUE: UnsafeCell<Vec<NonNull<PyObject>>> = const { UnsafeCell::new(Vec::new()) };
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
}

pub(crate) fn current_thread_tag() -> u32 {
    THREAD_TAG.with(|t| *t)
}

/// An owning, counted reference to a heap object.
#[repr(transparent)]
pub struct ObjRef(NonNull<PyObject>);

// SAFETY: objects are designed to be shared between threads: their mutable
// parts sit behind `Mut` cells whose access is serialised by the GIL (or by a
// per-object lock in free-threaded mode), and the counts are biased/atomic.
unsafe impl Send for ObjRef {}
// SAFETY: as above.
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// Allocates a new object of type `ob_type` (whose reference this takes)
    /// with a reference count of one.
    pub fn new(ob_type: ObjRef, payload: Payload) -> ObjRef {
        let type_ptr = ob_type.into_raw();
        Self::alloc(type_ptr, payload)
    }

    /// Allocates an object whose type pointer is set later (bootstrapping the
    /// first type objects).
    #[allow(dead_code)]
    pub(crate) fn new_untyped(payload: Payload) -> ObjRef {
        Self::alloc(std::ptr::null(), payload)
    }

    fn alloc(type_ptr: *const PyObject, payload: Payload) -> ObjRef {
        let track = payload.is_container();
        let boxed = Box::new(PyObject {
            header: ObjectHeader::new(type_ptr),
            dict: crate::object::Mut::new(None),
            payload,
        });
        // SAFETY: Box::into_raw never returns null.
        let obj = ObjRef(unsafe { NonNull::new_unchecked(Box::into_raw(boxed)) });
        if track {
            crate::gc::track(&obj);
        }
        obj
    }

    /// Sets the type of an object made with `new_untyped` (takes the reference).
    pub(crate) fn set_type_raw(&self, ob_type: ObjRef) {
        let old = self.header().ob_type.replace(ob_type.into_raw());
        if !old.is_null() {
            // SAFETY: `old` was a counted reference this header owned.
            drop(unsafe { ObjRef::from_raw(old) });
        }
    }

    /// Gives an object made before its type existed its type.
    pub(crate) fn set_type_raw_if_null(&self, t: ObjRef) {
        if self.header_type_is_null() {
            self.set_type_raw(t);
        }
    }

    pub(crate) fn header_type_is_null(&self) -> bool {
        self.header().ob_type.get().is_null()
    }

    /// Gives up ownership without decrementing.
    pub fn into_raw(self) -> *const PyObject {
        let p = self.0.as_ptr() as *const PyObject;
        std::mem::forget(self);
        p
    }

    /// Takes ownership of one reference.
    ///
    /// # Safety
    /// `p` must come from `into_raw` (or otherwise carry a reference the
    /// caller owns) and point to a live object.
    pub unsafe fn from_raw(p: *const PyObject) -> ObjRef {
        // SAFETY: the caller guarantees p is a live object pointer (non-null).
        ObjRef(unsafe { NonNull::new_unchecked(p as *mut PyObject) })
    }

    /// A new counted reference to the object behind a borrowed pointer.
    ///
    /// # Safety
    /// `p` must point to a live object.
    pub unsafe fn from_borrowed(p: *const PyObject) -> ObjRef {
        // SAFETY: the caller guarantees p is live; we add the reference we return.
        let r = ManuallyDropRef(unsafe { NonNull::new_unchecked(p as *mut PyObject) });
        r.incref();
        ObjRef(r.0)
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const PyObject {
        self.0.as_ptr()
    }

    #[inline(always)]
    pub fn header(&self) -> &ObjectHeader {
        &self.deref_obj().header
    }

    #[inline(always)]
    fn deref_obj(&self) -> &PyObject {
        // SAFETY: an ObjRef always owns a reference, so the object is live
        // for at least as long as `self` is.
        unsafe { self.0.as_ref() }
    }

    #[inline(always)]
    fn incref(&self) {
        let h = self.header();
        h.local.set(h.local.get().wrapping_add(1));
    }

    /// Same object?
    #[inline(always)]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The object's type, borrowed.
    #[inline(always)]
    pub fn type_ref(&self) -> &ObjRef {
        let cell = &self.header().ob_type;
        // SAFETY: `Cell<*const PyObject>` has the layout of `*const PyObject`,
        // and ObjRef is a transparent non-null pointer; the type pointer is
        // set (non-null) for every object once bootstrapping is done, and the
        // header owns a reference to it for as long as the object lives.
        unsafe { &*(cell.as_ptr() as *const ObjRef) }
    }

    /// Total reference count (as `sys.getrefcount` sees it, minus its own).
    pub fn refcount(&self) -> isize {
        let h = self.header();
        h.local.get() as isize + h.shared.load(Ordering::Relaxed)
    }

    /// Whether the cycle collector tracks the object.
    pub fn is_gc_tracked(&self) -> bool {
        self.header().gc_index.get() != NOT_TRACKED
    }

    pub fn is_immortal(&self) -> bool {
        self.header().local.get() >= IMMORTAL_REFCOUNT / 2
    }

    /// Makes the object live for ever (built-in types, singletons, interned names).
    pub fn make_immortal(&self) {
        self.header().local.set(IMMORTAL_REFCOUNT);
        self.header().owner.store(0, Ordering::Relaxed);
    }

    /// The object's address, for `id()` and reprs.
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        self.deref_obj()
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> Self {
        self.incref();
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.local.get().wrapping_sub(1);
        h.local.set(n);
        if n == 0 && h.shared.load(Ordering::Relaxed) == 0 {
            dealloc(self.0);
        }
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object at {:#x}>", self.addr())
    }
}

/// A non-owning handle used only to bump a count.
struct ManuallyDropRef(NonNull<PyObject>);
impl ManuallyDropRef {
    fn incref(&self) {
        // SAFETY: callers hold the object live.
        let h = unsafe { &self.0.as_ref().header };
        h.local.set(h.local.get().wrapping_add(1));
    }
}

/// Frees an object whose count reached zero: finaliser, payload, memory.
#[cold]
#[inline(never)]
fn dealloc(ptr: NonNull<PyObject>) {
    // An object with `__del__` is kept alive (one reference, held by the
    // queue) until its thread reaches a safe point and runs the finaliser
    // there: never inside the Rust code that happened to drop the last
    // reference, which may be in the middle of mutating a container.
    // SAFETY: the count just reached zero, so we are the only user.
    let obj = unsafe { ptr.as_ref() };
    if obj.header.flags.get() & FLAG_FINALIZED == 0 && crate::object::needs_finalizer(obj) {
        obj.header
            .flags
            .set(obj.header.flags.get() | FLAG_FINALIZED);
        obj.header.local.set(1);
        let pending = ObjRef(ptr);
        // SAFETY: thread-local, not borrowed elsewhere during this push.
        PENDING_FINALIZERS.with(|q| unsafe { (*q.get()).push(pending) });
        signal_breaker(crate::vm::BREAKER_FINALIZERS);
        return;
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth > 200 {
        // SAFETY: the queue is only touched on this thread, never re-entrantly
        // while borrowed (push happens outside any other borrow of it).
        DEALLOC_QUEUE.with(|q| unsafe { (*q.get()).push(ptr) });
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    free_object(ptr);
    if depth == 0 {
        // The outermost deallocation drains what the inner ones postponed.
        loop {
            // SAFETY: as above; the borrow ends before `free_object` runs.
            let next = DEALLOC_QUEUE.with(|q| unsafe { (*q.get()).pop() });
            match next {
                Some(p) => free_object(p),
                None => break,
            }
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// Registers the eval breaker of the VM running on this thread.
pub(crate) fn set_thread_breaker(b: *const AtomicU32) {
    BREAKER.with(|c| c.set(b));
}

/// Sets a bit in this thread's eval breaker.
pub(crate) fn signal_breaker(bit: u32) {
    let b = BREAKER.with(|c| c.get());
    if !b.is_null() {
        // SAFETY: the VM that registered the breaker outlives its thread's
        // use of it (it clears the registration when it is dropped).
        unsafe { (*b).fetch_or(bit, Ordering::Relaxed) };
    }
}

/// Sets a bit in this thread's eval breaker (for other modules of the crate).
pub(crate) fn signal_breaker_pub(bit: u32) {
    signal_breaker(bit);
}

/// Marks an object's `__del__` as run; false if it already was.
pub(crate) fn mark_finalized(obj: &ObjRef) -> bool {
    let h = obj.header();
    let was = h.flags.get() & FLAG_FINALIZED != 0;
    h.flags.set(h.flags.get() | FLAG_FINALIZED);
    !was
}

/// Takes the objects waiting for their `__del__` on this thread.
pub(crate) fn take_pending_finalizers() -> Vec<ObjRef> {
    // SAFETY: thread-local, and the borrow ends within this call.
    PENDING_FINALIZERS.with(|q| unsafe { std::mem::take(&mut *q.get()) })
}

fn free_object(ptr: NonNull<PyObject>) {
    // SAFETY: the object is dead (count zero, no resurrection): we own it
    // exclusively, and it was allocated by `Box::new` in `alloc`.
    let boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
    if boxed.header.flags.get() & FLAG_WEAKREFS != 0 {
        crate::weakref::clear_weakrefs(ptr.as_ptr() as usize);
    }
    if boxed.header.gc_index.get() != NOT_TRACKED {
        crate::gc::untrack_raw(&boxed);
    }
    if let crate::object::Payload::Type(td) = &boxed.payload {
        crate::types::forget_subclass(ptr.as_ptr() as usize, td);
    }
    let type_ptr = boxed.header.ob_type.get();
    drop(boxed);
    if !type_ptr.is_null() {
        // SAFETY: the header owned one reference to its type.
        drop(unsafe { ObjRef::from_raw(type_ptr) });
    }
}

/// A bitwise copy of an inline (non-object) value.
#[inline(always)]
pub(crate) fn copy_inline_value(v: &crate::value::Value) -> crate::value::Value {
    debug_assert!(!matches!(v, crate::value::Value::Obj(_)));
    // SAFETY: the inline variants hold no owned resource (no reference to
    // count, nothing to drop), so duplicating their bytes is a valid copy.
    unsafe { std::ptr::read(v) }
}

#[cfg(test)]
mod tests {
    // Object-level tests live in tests/object_core.rs (they need the VM's types).
}
