//! Type objects: their data, the C3 method resolution order, and attribute
//! lookup along the MRO with a per-type cache.
//!
//! A type's attributes live in its `__dict__` (the object's `dict` slot).
//! Lookups along the MRO are cached per type, keyed by the interned name's
//! address; any change to any type's dict or bases bumps a global epoch that
//! invalidates every cache (changes to classes after creation are rare).

use crate::object::{Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// What the instances of a type hold (the built-in base they inherit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    Property,
    ClassMethod,
    StaticMethod,
    /// Built-in types that cannot be instantiated from Python as a base.
    Other,
}

pub struct TypeData {
    pub name: Mut<String>,
    pub qualname: Mut<String>,
    /// The name error messages give (CPython's `tp_name`) when it is not
    /// `name`: native module types show as `module.name` (`collections.deque`).
    pub tp_name: Mut<Option<String>>,
    pub bases: Mut<Vec<ObjRef>>,
    pub mro: Mut<Vec<ObjRef>>,
    pub layout: Layout,
    /// A class statement made it (as opposed to a built-in type).
    pub heap: bool,
    /// Can be subclassed.
    pub basetype: bool,
    /// Instances carry a `__dict__`.
    pub has_dict: bool,
    /// Some class in the MRO defines `__del__`.
    pub has_del: Cell<bool>,
    /// Number of `__slots__` values instances carry (inherited ones included).
    pub nslots: usize,
    /// Addresses of the live direct subclasses (for __subclasses__).
    pub subclasses: Mut<Vec<usize>>,
    cache: Mut<AttrCache>,
}

// SAFETY: the Cell is only touched under the GIL.
unsafe impl Sync for TypeData {}

/// A direct-mapped cache of MRO lookups, keyed by the interned name's address.
const CACHE_SLOTS: usize = 128;

struct AttrCache {
    epoch: u64,
    /// (name address, result); address 0 marks an empty slot.
    entries: Vec<(usize, Option<Value>)>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            epoch: 0,
            entries: vec![(0, None); CACHE_SLOTS],
        }
    }
}

#[inline(always)]
fn cache_slot(addr: usize) -> usize {
    // Fibonacci hashing of the address: interned names are allocated close
    // together, so their low bits alone collide.
    (((addr >> 4) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 7)) as usize % CACHE_SLOTS
}

static EPOCH: AtomicU64 = AtomicU64::new(1);

/// The current type-attribute epoch (changes whenever any class dict
/// changes or a class is made).
#[inline(always)]
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

/// Invalidates every type's attribute cache.
pub fn bump_epoch() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

impl TypeData {
    pub fn new(
        name: &str,
        layout: Layout,
        heap: bool,
        basetype: bool,
        has_dict: bool,
        nslots: usize,
    ) -> Self {
        TypeData {
            name: Mut::new(name.to_string()),
            qualname: Mut::new(name.to_string()),
            tp_name: Mut::new(None),
            bases: Mut::new(Vec::new()),
            mro: Mut::new(Vec::new()),
            layout,
            heap,
            basetype,
            has_dict,
            has_del: Cell::new(false),
            nslots,
            subclasses: Mut::new(Vec::new()),
            cache: Mut::new(AttrCache::default()),
        }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.bases
            .with(|b| b.iter().for_each(|t| visit(&Value::Obj(t.clone()))));
        // The MRO starts with the type itself: skip that self-reference.
        self.mro
            .with(|m| m.iter().skip(1).for_each(|t| visit(&Value::Obj(t.clone()))));
        self.cache.with(|c| {
            c.entries
                .iter()
                .filter_map(|(_, v)| v.as_ref())
                .for_each(&mut *visit)
        });
    }

    pub fn clear(&self) {
        drop(self.bases.take());
        drop(self.mro.take());
        self.cache
            .with(|c| c.entries.iter_mut().for_each(|e| *e = (0, None)));
    }

    /// The name in error messages: `tp_name` if set, else `__name__`.
    pub fn name(&self) -> String {
        match self.tp_name.get() {
            Some(n) => n,
            None => self.name.get(),
        }
    }
}

/// Forgets a type that is being freed in its bases' subclass lists.
pub fn forget_subclass(addr: usize, td: &TypeData) {
    td.bases.with(|bases| {
        for b in bases.iter() {
            if let Payload::Type(bt) = &b.payload {
                bt.subclasses.with(|s| s.retain(|x| *x != addr));
            }
        }
    });
}

/// The `TypeData` of a type object.
#[inline(always)]
pub fn type_data(t: &ObjRef) -> &TypeData {
    match &t.payload {
        Payload::Type(td) => td,
        _ => unreachable_type(),
    }
}

#[cold]
fn unreachable_type() -> ! {
    // Every object's type pointer designates a type object; this is only
    // reachable through memory corruption.
    std::process::abort()
}

/// Whether `obj` is an instance of a built-in type itself (not a subclass
/// made by a class statement), so its behaviour is the native one.
#[inline(always)]
pub fn is_exact_builtin(obj: &ObjRef) -> bool {
    !type_data(obj.type_ref()).heap
}

/// Looks `name` up along `t`'s MRO (cached). `name` should be interned.
pub fn lookup(t: &ObjRef, name: &ObjRef) -> Option<Value> {
    let td = type_data(t);
    let key = name.addr();
    let epoch = EPOCH.load(Ordering::Relaxed);
    let slot = cache_slot(key);
    // Two-way set associative: the name may sit in `slot` or its neighbour.
    let slot2 = slot ^ 1;
    let cached = td.cache.with(|c| {
        if c.epoch != epoch {
            c.entries.iter_mut().for_each(|e| *e = (0, None));
            c.epoch = epoch;
            None
        } else if c.entries[slot].0 == key {
            Some(c.entries[slot].1.clone())
        } else if c.entries[slot2].0 == key {
            Some(c.entries[slot2].1.clone())
        } else {
            None
        }
    });
    if let Some(found) = cached {
        return found;
    }
    let s = match &name.payload {
        Payload::Str(s) => s,
        _ => return None,
    };
    let found = lookup_uncached(t, s.as_str(), s.hash());
    // The cache keeps the name alive through the value it maps (names used
    // as keys are interned, hence immortal).
    if name.is_immortal() {
        // The newest entry goes to `slot`; what was there moves to its
        // neighbour (evicting the older one).
        let old = td.cache.with(|c| {
            let prev = std::mem::replace(&mut c.entries[slot], (key, found.clone()));
            if prev.0 != 0 && prev.0 != key {
                std::mem::replace(&mut c.entries[slot2], prev)
            } else {
                prev
            }
        });
        drop(old);
    }
    found
}

/// Looks a name up along the MRO without the cache.
pub fn lookup_uncached(t: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let mro = type_data(t).mro.get();
    for cls in mro.iter() {
        if let Some(d) = cls.dict.get() {
            if let Payload::Dict(d) = &d.payload {
                if let Some(v) = d.with(|d| d.get_str(name, hash).cloned()) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// `issubclass(a, b)` by MRO.
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if a.is(b) {
        return true;
    }
    type_data(a).mro.with(|m| m.iter().any(|t| t.is(b)))
}

/// C3 linearisation of a new class with `bases`; Err with CPython's message
/// on an inconsistent hierarchy.
pub fn compute_mro(this: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| type_data(b).mro.get()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen: Option<ObjRef> = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        match chosen {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_data(&s[0]).name();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}
