//! A compact binary form of a [`CodeObject`], so that code compiled once
//! (the embedded standard library, at build time) can be loaded without
//! parsing and compiling its source again. The format is private to one
//! build of Baton: it starts with a version word and `load` refuses
//! anything it does not fully understand (the caller then compiles the
//! source instead).

use crate::code::{CodeObject, Constant, ExceptionTableEntry, Location};
use crate::opcode::{Instruction, Opcode};
use num_bigint::BigInt;
use std::sync::Arc;

/// Bumped whenever the layout below or the opcode table changes.
const FORMAT: u32 = 0xBA70_0001 ^ (Opcode::ALL.len() as u32);

/// The bytes of `code` (and of the code objects among its constants).
pub fn dump(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.u32(FORMAT);
    w.code(code);
    w.0
}

/// The code object `dump` made these bytes from; None if they are not
/// exactly such bytes.
pub fn load(bytes: &[u8]) -> Option<CodeObject> {
    let mut r = Reader { b: bytes, at: 0 };
    if r.u32()? != FORMAT {
        return None;
    }
    let code = r.code()?;
    (r.at == bytes.len()).then_some(code)
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(n as u32);
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.u8(0),
            Constant::Bool(b) => {
                self.u8(1);
                self.u8(*b as u8);
            }
            Constant::Int(i) => {
                self.u8(2);
                self.u64(*i as u64);
            }
            Constant::BigInt(b) => {
                self.u8(3);
                self.bytes(&b.to_signed_bytes_le());
            }
            Constant::Float(f) => {
                self.u8(4);
                self.u64(f.to_bits());
            }
            Constant::Complex { real, imag } => {
                self.u8(5);
                self.u64(real.to_bits());
                self.u64(imag.to_bits());
            }
            Constant::Str(s) => {
                self.u8(6);
                self.str(s);
            }
            Constant::Bytes(b) => {
                self.u8(7);
                self.bytes(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.u8(if matches!(c, Constant::Tuple(_)) {
                    8
                } else {
                    9
                });
                self.len(items.len());
                for it in items {
                    self.constant(it);
                }
            }
            Constant::Ellipsis => self.u8(10),
            Constant::Code(code) => {
                self.u8(11);
                self.code(code);
            }
        }
    }
    fn code(&mut self, c: &CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        for v in [
            c.first_line,
            c.flags,
            c.arg_count,
            c.posonly_arg_count,
            c.kwonly_arg_count,
            c.max_stack_depth,
        ] {
            self.u32(v);
        }
        self.len(c.code.len());
        for ins in &c.code {
            self.u8(ins.op as u8);
            self.u32(ins.arg);
        }
        self.len(c.locations.len());
        for l in &c.locations {
            for v in [l.line, l.end_line, l.col, l.end_col] {
                self.u32(v);
            }
        }
        self.len(c.consts.len());
        for k in &c.consts {
            self.constant(k);
        }
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.len(c.cell2arg.len());
        for a in &c.cell2arg {
            self.u32(a.map(|a| a + 1).unwrap_or(0));
        }
        self.len(c.exception_table.len());
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                self.u32(v);
            }
        }
        match &c.docstring {
            Some(d) => {
                self.u8(1);
                self.str(d);
            }
            None => self.u8(0),
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    /// A length, no larger than what is left to read (each item takes at
    /// least a byte), so corrupt input cannot ask for a huge allocation.
    fn len(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        (n <= self.b.len() - self.at).then_some(n)
    }
    fn bytes(&mut self) -> Option<Vec<u8>> {
        let n = self.len()?;
        Some(self.take(n)?.to_vec())
    }
    fn str(&mut self) -> Option<String> {
        String::from_utf8(self.bytes()?).ok()
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }
    fn constant(&mut self) -> Option<Constant> {
        Some(match self.u8()? {
            0 => Constant::None,
            1 => Constant::Bool(self.u8()? != 0),
            2 => Constant::Int(self.u64()? as i64),
            3 => Constant::BigInt(BigInt::from_signed_bytes_le(&self.bytes()?)),
            4 => Constant::Float(f64::from_bits(self.u64()?)),
            5 => Constant::Complex {
                real: f64::from_bits(self.u64()?),
                imag: f64::from_bits(self.u64()?),
            },
            6 => Constant::Str(self.str()?),
            7 => Constant::Bytes(self.bytes()?),
            tag @ (8 | 9) => {
                let n = self.len()?;
                let items = (0..n)
                    .map(|_| self.constant())
                    .collect::<Option<Vec<_>>>()?;
                if tag == 8 {
                    Constant::Tuple(items)
                } else {
                    Constant::FrozenSet(items)
                }
            }
            10 => Constant::Ellipsis,
            11 => Constant::Code(Arc::new(self.code()?)),
            _ => return None,
        })
    }
    fn code(&mut self) -> Option<CodeObject> {
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let first_line = self.u32()?;
        let flags = self.u32()?;
        let arg_count = self.u32()?;
        let posonly_arg_count = self.u32()?;
        let kwonly_arg_count = self.u32()?;
        let max_stack_depth = self.u32()?;
        let n = self.len()?;
        let code = (0..n)
            .map(|_| {
                let op = Opcode::from_u8(self.u8()?)?;
                Some(Instruction {
                    op,
                    arg: self.u32()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let locations = (0..n)
            .map(|_| {
                Some(Location {
                    line: self.u32()?,
                    end_line: self.u32()?,
                    col: self.u32()?,
                    end_col: self.u32()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let consts = (0..n)
            .map(|_| self.constant())
            .collect::<Option<Vec<_>>>()?;
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.len()?;
        let cell2arg = (0..n)
            .map(|_| self.u32().map(|a| a.checked_sub(1)))
            .collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let exception_table = (0..n)
            .map(|_| {
                Some(ExceptionTableEntry {
                    start: self.u32()?,
                    end: self.u32()?,
                    target: self.u32()?,
                    depth: self.u32()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let docstring = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        Some(CodeObject {
            name,
            qualname,
            filename,
            first_line,
            flags,
            arg_count,
            posonly_arg_count,
            kwonly_arg_count,
            code,
            locations,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            exception_table,
            max_stack_depth,
            docstring,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corrupt_input() {
        let src = "import os\nX = (1, 2.5, 'a', b'b', None, ..., 10**30, 3j)\n\
                   def f(a, /, b=2, *c, d, **e):\n    '''doc'''\n    def g(): return a\n    \
                   try:\n        return g() + b\n    except Exception:\n        raise\n\
                   class C:\n    y = {1, 2}\n";
        let code = crate::compile(src, "<test>", crate::Mode::Exec).unwrap();
        let bytes = dump(&code);
        assert_eq!(load(&bytes).as_ref(), Some(&code));
        // Every truncation and a flipped version word are refused, never a panic.
        for n in 0..bytes.len() {
            assert!(load(&bytes[..n]).is_none());
        }
        let mut bad = bytes.clone();
        bad[0] ^= 1;
        assert!(load(&bad).is_none());
        let mut extra = bytes;
        extra.push(0);
        assert!(load(&extra).is_none());
    }
}
