//! The `dict` table: insertion-ordered, compact (an index table pointing into
//! a dense entry array, as CPython's), with open addressing and CPython's
//! perturbed probe sequence.
//!
//! Key equality may need Python code (`__eq__`), which must not run while the
//! table is borrowed. So lookups are two-phase: [`DictData::probe`] settles
//! every key whose equality is known natively (identity, str, numbers, tuples
//! of those) and returns the other same-hash keys as candidates; the VM
//! compares those outside the borrow, then settles by identity.

use crate::object::Payload;
use crate::value::Value;

/// CPython's open-addressing probe sequence over a table of `mask + 1` slots.
struct ProbeSeq {
    i: usize,
    mask: usize,
    perturb: u64,
}

impl ProbeSeq {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> Self {
        ProbeSeq {
            i: (hash as u64 as usize) & mask,
            mask,
            perturb: hash as u64,
        }
    }

    #[inline(always)]
    fn first(&self) -> usize {
        self.i
    }

    #[inline(always)]
    fn next_slot(&mut self) -> usize {
        self.perturb >>= 5;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & self.mask;
        self.i
    }
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// Null for a deleted entry.
    pub key: Value,
    pub value: Value,
}

pub struct DictData {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Index slots that are not EMPTY (live entries and DUMMY tombstones):
    /// growth is decided on this, so a probe always meets an EMPTY slot.
    fill: usize,
    /// Bumped by every change of keys or values, for iterators and caches.
    pub version: u64,
    /// Unique for the life of the process (caches key on it, not on the
    /// address, which a new dict may reuse).
    pub uid: u64,
}

static NEXT_DICT_UID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Default for DictData {
    fn default() -> Self {
        DictData {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            fill: 0,
            version: 0,
            uid: NEXT_DICT_UID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }
}

/// The result of the native phase of a lookup.
pub enum Probe {
    /// The entry index of the key.
    Found(usize),
    Missing,
    /// Keys with the same hash whose equality needs Python code.
    Candidates(Vec<Value>),
}

/// Equality of two keys when it can be decided without Python code.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y && (*y as i64) == *x)
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(*x as i64 as f64 == *y)
        }
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.is(y) {
                return Some(true);
            }
            let exact = crate::types::is_exact_builtin(x) && crate::types::is_exact_builtin(y);
            if !exact {
                return None;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
                (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
                (Payload::Int(s), Payload::Int(t)) => Some(s == t),
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        match native_eq(p, q) {
                            Some(true) => {}
                            other => return other,
                        }
                    }
                    Some(true)
                }
                (Payload::FrozenSet(_), _) | (_, Payload::FrozenSet(_)) => None,
                (Payload::Str(_), _) | (_, Payload::Str(_)) => Some(false),
                (Payload::Tuple(_), _) | (_, Payload::Tuple(_)) => Some(false),
                _ => None,
            }
        }
        (Value::Obj(o), other) | (other, Value::Obj(o)) => {
            if !crate::types::is_exact_builtin(o) {
                return None;
            }
            match (&o.payload, other) {
                (Payload::Int(_), Value::Int(_) | Value::Bool(_)) => Some(false),
                (Payload::Int(_), _) => None,
                (Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_), _) => Some(false),
                _ => None,
            }
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        _ => None,
    }
}

impl DictData {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut d = Self::default();
        if n > 0 {
            let size = (n * 3 / 2 + 1).next_power_of_two().max(MIN_SIZE);
            d.indices = vec![EMPTY; size];
            d.entries.reserve(n);
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Upper bound of entry positions (for iteration by position).
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !e.key.is_null())
    }

    pub fn entry_at_mut(&mut self, pos: usize) -> Option<&mut Entry> {
        self.entries.get_mut(pos).filter(|e| !e.key.is_null())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for e in self.iter() {
            visit(&e.key);
            visit(&e.value);
        }
    }

    /// The native phase of a lookup.
    pub fn probe(&self, key: &Value, hash: i64) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mut seq = ProbeSeq::new(hash, self.indices.len() - 1);
        let mut i = seq.first();
        let mut candidates = Vec::new();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                break;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if e.key.is(key) {
                        return Probe::Found(ix as usize);
                    }
                    match native_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => candidates.push(e.key.clone()),
                    }
                }
            }
            i = seq.next_slot();
        }
        if candidates.is_empty() {
            Probe::Missing
        } else {
            Probe::Candidates(candidates)
        }
    }

    /// The entry index of the first key with this hash that `matches`.
    #[inline(always)]
    fn find_index(&self, hash: i64, matches: impl Fn(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mut seq = ProbeSeq::new(hash, self.indices.len() - 1);
        let mut i = seq.first();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash && matches(&e.key) {
                    return Some(ix as usize);
                }
            }
            i = seq.next_slot();
        }
    }

    /// The entry whose key is this very object (after a Python-level match).
    pub fn find_identical(&self, key: &Value, hash: i64) -> Option<usize> {
        self.find_index(hash, |k| k.is(key))
    }

    /// The entry index of an interned name (identity first, then content).
    #[inline]
    pub fn index_of_interned(
        &self,
        name: &crate::rc::ObjRef,
        key: &str,
        hash: i64,
    ) -> Option<usize> {
        self.find_index(hash, |k| match k {
            Value::Obj(o) => {
                o.is(name) || matches!(&o.payload, Payload::Str(s) if s.as_str() == key)
            }
            _ => false,
        })
    }

    /// Whether entry `hint` has the key `name` itself (an attribute
    /// cache's guess of where an instance attribute lives).
    #[inline(always)]
    pub fn hint_is(&self, hint: usize, name: &crate::rc::ObjRef) -> bool {
        matches!(self.entries.get(hint), Some(Entry { key: Value::Obj(k), .. }) if k.is(name))
    }

    /// Looks up an interned name: identity first, then content.
    #[inline]
    pub fn get_interned(&self, name: &crate::rc::ObjRef, key: &str, hash: i64) -> Option<&Value> {
        self.index_of_interned(name, key, hash)
            .map(|ix| &self.entries[ix].value)
    }

    /// Looks up a str key by content.
    pub fn get_str(&self, key: &str, hash: i64) -> Option<&Value> {
        self.find_index(hash, |k| matches!(k, Value::Obj(o) if matches!(&o.payload, Payload::Str(s) if s.as_str() == key)))
            .map(|ix| &self.entries[ix].value)
    }

    /// Inserts a key known to be absent (after a Missing probe).
    pub fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if self.indices.is_empty()
            || (self.fill.max(self.entries.len()) + 1) * 3 >= self.indices.len() * 2
        {
            self.grow();
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version = self.version.wrapping_add(1);
        self.place_index(hash, ix);
    }

    fn place_index(&mut self, hash: i64, ix: u32) {
        let mut seq = ProbeSeq::new(hash, self.indices.len() - 1);
        let mut i = seq.first();
        while self.indices[i] != EMPTY {
            i = seq.next_slot();
        }
        self.indices[i] = ix;
        self.fill += 1;
    }

    fn grow(&mut self) {
        // Compact out deleted entries, then rebuild the index table.
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        let size = ((self.used + 1) * 3).next_power_of_two().max(MIN_SIZE);
        self.indices = vec![EMPTY; size];
        self.fill = self.entries.len();
        for (ix, e) in self.entries.iter().enumerate() {
            let hash = e.hash;
            let mut seq = ProbeSeq::new(hash, size - 1);
            let mut i = seq.first();
            while self.indices[i] != EMPTY {
                i = seq.next_slot();
            }
            self.indices[i] = ix as u32;
        }
    }

    /// Replaces the value of entry `ix`, returning the old value.
    pub fn set_value_at(&mut self, ix: usize, value: Value) -> Value {
        self.version = self.version.wrapping_add(1);
        std::mem::replace(&mut self.entries[ix].value, value)
    }

    pub fn value_at(&self, ix: usize) -> &Value {
        &self.entries[ix].value
    }

    /// Removes entry `ix`, returning its key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let hash = self.entries[ix].hash;
        let mut seq = ProbeSeq::new(hash, self.indices.len() - 1);
        let mut i = seq.first();
        while self.indices[i] != ix as u32 {
            i = seq.next_slot();
        }
        self.indices[i] = DUMMY;
        let e = &mut self.entries[ix];
        let key = std::mem::take(&mut e.key);
        let value = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        // Trailing deleted entries can go at once (keeps popitem O(1)).
        while matches!(self.entries.last(), Some(e) if e.key.is_null()) {
            self.entries.pop();
            if self.entries.len() < self.used {
                break;
            }
        }
        if self.used == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|i| *i = EMPTY);
            self.fill = 0;
        }
        (key, value)
    }

    /// The last entry's index (for popitem).
    pub fn last_index(&self) -> Option<usize> {
        (0..self.entries.len())
            .rev()
            .find(|i| !self.entries[*i].key.is_null())
    }

    pub fn clear(&mut self) -> DictData {
        let mut old = std::mem::take(self);
        self.version = old.version.wrapping_add(1);
        old.version = 0;
        old
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn entries_cloned(&self) -> Vec<Entry> {
        self.iter().cloned().collect()
    }
}
