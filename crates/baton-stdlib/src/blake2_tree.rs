//! BLAKE2b and BLAKE2s with the full parameter block (RFC 7693 and the
//! BLAKE2 paper): fanout, depth, leaf size, node offset, node depth, inner
//! size and the last-node flag, which the blake2 crate cannot set. Used by
//! `_blake2` only when one of those tree-hashing parameters is not its
//! default; sequential hashing goes through the blake2 crate.

/// The message-word permutations of the rounds.
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The tree-hashing parameters (and the rest of the parameter block).
#[derive(Clone, Copy)]
pub struct Params<'a> {
    pub digest_size: usize,
    pub key: &'a [u8],
    pub salt: &'a [u8],
    pub person: &'a [u8],
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

macro_rules! blake2_variant {
    ($name:ident, $word:ty, $bytes:expr, $rounds:expr, $r:expr, $iv:expr, $param_block:ident) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$word; 8],
            /// Bytes compressed so far (the counter t).
            t: u128,
            /// Pending input: up to one block, kept until more arrives (the
            /// last block is compressed with the final flag).
            buf: Vec<u8>,
            last_node: bool,
            out_len: usize,
        }

        impl $name {
            const BLOCK: usize = 16 * $bytes;

            pub fn new(p: &Params) -> Self {
                let block = $param_block(p);
                let mut h = $iv;
                for (i, w) in h.iter_mut().enumerate() {
                    let mut b = [0u8; $bytes];
                    b.copy_from_slice(&block[i * $bytes..(i + 1) * $bytes]);
                    *w ^= <$word>::from_le_bytes(b);
                }
                let mut s = $name {
                    h,
                    t: 0,
                    buf: Vec::with_capacity(Self::BLOCK),
                    last_node: p.last_node,
                    out_len: p.digest_size,
                };
                if !p.key.is_empty() {
                    let mut k = vec![0u8; Self::BLOCK];
                    k[..p.key.len()].copy_from_slice(p.key);
                    s.update(&k);
                }
                s
            }

            pub fn out_len(&self) -> usize {
                self.out_len
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                let mut m = [0 as $word; 16];
                for (i, w) in m.iter_mut().enumerate() {
                    let mut b = [0u8; $bytes];
                    b.copy_from_slice(&block[i * $bytes..(i + 1) * $bytes]);
                    *w = <$word>::from_le_bytes(b);
                }
                let iv = $iv;
                let mut v = [0 as $word; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&iv);
                v[12] ^= self.t as $word;
                v[13] ^= (self.t >> (8 * $bytes)) as $word;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                let g = |v: &mut [$word; 16],
                         a: usize,
                         b: usize,
                         c: usize,
                         d: usize,
                         x: $word,
                         y: $word| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right($r[0]);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r[1]);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right($r[2]);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r[3]);
                };
                for r in 0..$rounds {
                    let s = &SIGMA[r % 10];
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            pub fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.buf.len() == Self::BLOCK {
                        // More input follows: the buffered block is not the last.
                        self.t = self.t.wrapping_add(Self::BLOCK as u128);
                        let block = std::mem::take(&mut self.buf);
                        self.compress(&block, false);
                        self.buf = block;
                        self.buf.clear();
                    }
                    let n = (Self::BLOCK - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..n]);
                    data = &data[n..];
                }
            }

            pub fn finish(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.t = s.t.wrapping_add(s.buf.len() as u128);
                let mut block = std::mem::take(&mut s.buf);
                block.resize(Self::BLOCK, 0);
                s.compress(&block, true);
                let mut out = Vec::with_capacity(8 * $bytes);
                for w in &s.h {
                    out.extend_from_slice(&w.to_le_bytes());
                }
                out.truncate(s.out_len);
                out
            }
        }
    };
}

fn param_block_b(p: &Params) -> [u8; 64] {
    let mut b = [0u8; 64];
    b[0] = p.digest_size as u8;
    b[1] = p.key.len() as u8;
    b[2] = p.fanout;
    b[3] = p.depth;
    b[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
    b[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
    b[16] = p.node_depth;
    b[17] = p.inner_size;
    b[32..32 + p.salt.len()].copy_from_slice(p.salt);
    b[48..48 + p.person.len()].copy_from_slice(p.person);
    b
}

fn param_block_s(p: &Params) -> [u8; 32] {
    let mut b = [0u8; 32];
    b[0] = p.digest_size as u8;
    b[1] = p.key.len() as u8;
    b[2] = p.fanout;
    b[3] = p.depth;
    b[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
    b[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
    b[14] = p.node_depth;
    b[15] = p.inner_size;
    b[16..16 + p.salt.len()].copy_from_slice(p.salt);
    b[24..24 + p.person.len()].copy_from_slice(p.person);
    b
}

blake2_variant!(
    TreeBlake2b,
    u64,
    8,
    12,
    [32, 24, 16, 63],
    [
        0x6a09e667f3bcc908u64,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179
    ],
    param_block_b
);

blake2_variant!(
    TreeBlake2s,
    u32,
    4,
    10,
    [16, 12, 8, 7],
    [
        0x6a09e667u32,
        0xbb67ae85,
        0x3c6ef372,
        0xa54ff53a,
        0x510e527f,
        0x9b05688c,
        0x1f83d9ab,
        0x5be0cd19
    ],
    param_block_s
);

#[cfg(test)]
mod tests {
    use super::*;

    fn params(digest_size: usize) -> Params<'static> {
        Params {
            digest_size,
            key: b"",
            salt: b"",
            person: b"",
            fanout: 1,
            depth: 1,
            leaf_size: 0,
            node_offset: 0,
            node_depth: 0,
            inner_size: 0,
            last_node: false,
        }
    }

    #[test]
    fn rfc7693_abc() {
        let mut b = TreeBlake2b::new(&params(64));
        b.update(b"abc");
        assert_eq!(
            b.finish()[..8],
            [0xba, 0x80, 0xa5, 0x3f, 0x98, 0x1c, 0x4d, 0x0d]
        );
        let mut s = TreeBlake2s::new(&params(32));
        s.update(b"abc");
        assert_eq!(
            s.finish()[..8],
            [0x50, 0x8c, 0x5e, 0x8c, 0x32, 0x7c, 0x14, 0xe2]
        );
    }
}
