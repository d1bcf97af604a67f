//! The `set`/`frozenset` table. It follows CPython's layout and probing
//! (linear probes of 9 slots, then a perturbed jump; growth at 60% fill) so
//! that a set iterates — and prints — in the same order as CPython's. Key
//! equality is settled as in `dict.rs`: natively where possible, otherwise by
//! candidates the VM compares outside the borrow.

use crate::dict::native_eq;
use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;
const DUMMY_HASH: i64 = -1;

#[derive(Clone, Default)]
struct Slot {
    hash: i64,
    /// Null: unused (hash 0) or dummy (hash -1).
    key: Value,
}

#[derive(Clone)]
pub struct SetData {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    pub version: u64,
}

impl Default for SetData {
    fn default() -> Self {
        SetData {
            table: vec![Slot::default(); MIN_SIZE],
            fill: 0,
            used: 0,
            version: 0,
        }
    }
}

pub enum SetProbe {
    Found,
    Missing,
    Candidates(Vec<Value>),
}

impl SetData {
    pub fn new() -> Self {
        Self::default()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn table_len(&self) -> usize {
        self.table.len()
    }

    /// The key in slot `pos`, if active.
    pub fn slot_key(&self, pos: usize) -> Option<&Value> {
        self.table.get(pos).map(|s| &s.key).filter(|k| !k.is_null())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().map(|s| &s.key).filter(|k| !k.is_null())
    }

    pub fn iter_with_hash(&self) -> impl Iterator<Item = (&Value, i64)> {
        self.table
            .iter()
            .filter(|s| !s.key.is_null())
            .map(|s| (&s.key, s.hash))
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.iter().for_each(visit);
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The native phase of a membership test.
    pub fn probe(&self, key: &Value, hash: i64) -> SetProbe {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut candidates = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let s = &self.table[i + j];
                if s.key.is_null() {
                    if s.hash == 0 {
                        return if candidates.is_empty() {
                            SetProbe::Missing
                        } else {
                            SetProbe::Candidates(candidates)
                        };
                    }
                    continue;
                }
                if s.hash == hash {
                    if s.key.is(key) {
                        return SetProbe::Found;
                    }
                    match native_eq(&s.key, key) {
                        Some(true) => return SetProbe::Found,
                        Some(false) => {}
                        None => candidates.push(s.key.clone()),
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds a key known to be absent (CPython's `set_add_entry` placement).
    pub fn insert_new(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        let pos = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let s = &self.table[i + j];
                if s.key.is_null() && s.hash == 0 {
                    break 'search i + j;
                }
                if s.key.is_null() && s.hash == DUMMY_HASH && freeslot.is_none() {
                    freeslot = Some(i + j);
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        self.version = self.version.wrapping_add(1);
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = Slot { hash, key };
            return;
        }
        self.fill += 1;
        self.used += 1;
        self.table[pos] = Slot { hash, key };
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// CPython's `set_table_resize`.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::default(); newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for s in old.into_iter().filter(|s| !s.key.is_null()) {
            Self::insert_clean(&mut self.table, mask, s.key, s.hash);
        }
    }

    fn insert_clean(table: &mut [Slot], mask: usize, key: Value, hash: i64) {
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            if table[i].key.is_null() {
                table[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_null() {
                        table[i + j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Makes room before adding `n` more keys (as CPython's set_update for dicts and sets).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Removes the key that is this very object (after a match), or one
    /// natively equal to it.
    pub fn remove_matching(&mut self, key: &Value, hash: i64) -> Option<Value> {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let s = &mut self.table[i + j];
                if s.key.is_null() {
                    if s.hash == 0 {
                        return None;
                    }
                    continue;
                }
                if s.hash == hash && (s.key.is(key) || native_eq(&s.key, key) == Some(true)) {
                    let k = std::mem::take(&mut s.key);
                    s.hash = DUMMY_HASH;
                    self.used -= 1;
                    self.version = self.version.wrapping_add(1);
                    return Some(k);
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Pops an arbitrary element (CPython pops from a moving finger; we take the first).
    pub fn pop_first(&mut self) -> Option<Value> {
        for s in self.table.iter_mut() {
            if !s.key.is_null() {
                let k = std::mem::take(&mut s.key);
                s.hash = DUMMY_HASH;
                self.used -= 1;
                self.version = self.version.wrapping_add(1);
                return Some(k);
            }
        }
        None
    }

    pub fn clear(&mut self) -> SetData {
        let v = self.version.wrapping_add(1);
        let old = std::mem::take(self);
        self.version = v;
        old
    }
}
