//! The `str` payload and the hash functions that must agree with CPython's.
//!
//! Text is stored as UTF-8 with its length in code points (so `len()` is
//! O(1)) and an ASCII flag (so indexing ASCII text is O(1)). Hashes follow
//! CPython 3.11 with `PYTHONHASHSEED=0`: SipHash-1-3 with a zero key over the
//! PEP 393 representation, so sets of strings iterate in CPython's order.

use std::sync::atomic::{AtomicI64, Ordering};

pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: AtomicI64,
    /// Non-ASCII strings: the byte offset of every `CHECKPOINT`-th code point,
    /// made on first indexing, so `s[i]` and slicing are O(1) amortised
    /// rather than a scan from the start.
    checkpoints: std::sync::OnceLock<Box<[u32]>>,
}

/// Code points between two entries of `PyStr::checkpoints`.
const CHECKPOINT: usize = 64;

const HASH_UNSET: i64 = -1;

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: AtomicI64::new(HASH_UNSET),
            checkpoints: std::sync::OnceLock::new(),
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(index).map(|b| *b as char)
        } else if index >= self.char_len {
            None
        } else {
            self.s[self.byte_offset(index)..].chars().next()
        }
    }

    /// Byte offset of code point `index` (`index <= char_len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.s.len());
        }
        if index >= self.char_len {
            return self.s.len();
        }
        let (base, skip) = if self.char_len > CHECKPOINT && self.s.len() <= u32::MAX as usize {
            let cps = self.checkpoints.get_or_init(|| {
                self.s
                    .char_indices()
                    .step_by(CHECKPOINT)
                    .map(|(b, _)| b as u32)
                    .collect()
            });
            (cps[index / CHECKPOINT] as usize, index % CHECKPOINT)
        } else {
            (0, index)
        };
        self.s[base..]
            .char_indices()
            .nth(skip)
            .map(|(b, _)| base + b)
            .unwrap_or(self.s.len())
    }
}

/// CPython's hash of a str (with hash randomisation off).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf: Vec<u8> = Vec::with_capacity(s.len() * 2);
    if max < 0x100 {
        buf.extend(s.chars().map(|c| c as u32 as u8));
    } else if max < 0x10000 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32 as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    fix_hash(siphash13(&buf) as i64)
}

/// CPython's hash of bytes.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix_hash(siphash13(b) as i64)
}

#[inline]
pub fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// SipHash-1-3 with a zero key (CPython's `_Py_HashSecret` when PYTHONHASHSEED=0).
fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    #[inline(always)]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    }
    let chunks = data.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut t = [0u8; 8];
    t[..tail.len()].copy_from_slice(tail);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(t);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// The modulus of CPython's numeric hash: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int that fits an i64.
pub fn hash_i64(i: i64) -> i64 {
    let neg = i < 0;
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    fix_hash(if neg { -m } else { m })
}

/// CPython's hash of a float.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        // CPython 3.11 hashes NaN by identity; 0 is what a fresh NaN gives modulo that.
        return 0;
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign = if v < 0.0 { -1i64 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    fix_hash(x as i64 * sign)
}

/// Splits `v` (finite, >= 0) into a mantissa in [0.5, 1) and an exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based) over the items' hashes.
pub fn hash_tuple(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc as i64 == -1 {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython_with_seed_zero() {
        // Values printed by `PYTHONHASHSEED=0 python3 -c 'print(hash("a"))'` etc.
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("hello"), -2096571579003691106);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("日本"), 6243316497235261705);
        assert_eq!(hash_str("😀x"), -8926728262118538918);
        assert_eq!(hash_bytes(b"abc"), -4594863902769663758);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-0.5), -1152921504606846976);
        assert_eq!(hash_tuple([].into_iter()), 5740354900026072187);
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
    }
}
