//! The unpickling engine: a loop over the opcodes of protocols 0 to 5 with
//! CPython's stack-and-marks model and its error messages for malformed
//! input. Reading from a file asks it for exactly the bytes an opcode needs
//! (a whole frame at a time from protocol 4), so a load stops right after
//! its STOP opcode.

use super::{
    copyreg_tables, default_find_class, type_name_of, unpickling_error, UMemo, HIGHEST_PROTOCOL,
};
use baton_vm::builtins::{self, new_bytes, new_list, new_str, new_tuple, types};
use baton_vm::object::Payload;
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;

/// What an unpickling run needs besides the data.
pub(crate) struct LoadOptions {
    /// `file.read` and `file.readline`, or Null when loading bytes.
    pub read: Value,
    pub readline: Value,
    /// An overriding find_class, or Null for the default.
    pub find_class: Value,
    pub persistent_load: Value,
    /// An iterator over the out-of-band buffers, or Null.
    pub buffers: Value,
    pub encoding: String,
    pub errors: String,
    pub fix_imports: bool,
    /// The Unpickler whose protocol is updated by PROTO, or Null.
    pub owner: Value,
}

struct Loader<'m> {
    data: Vec<u8>,
    pos: usize,
    opts: LoadOptions,
    stack: Vec<Value>,
    marks: Vec<usize>,
    memo: &'m mut UMemo,
    proto: u8,
}

/// Unpickles one object from `data` (and then the file, if any).
pub(crate) fn run(
    vm: &mut Vm,
    data: Vec<u8>,
    opts: LoadOptions,
    memo: &mut UMemo,
) -> PyResult<Value> {
    let mut l = Loader {
        data,
        pos: 0,
        opts,
        stack: Vec::with_capacity(64),
        marks: Vec::new(),
        memo,
        proto: 0,
    };
    l.set_owner_proto(0);
    l.load(vm)
}

/// Whether the C allocator would give `n` bytes now (what decides between
/// MemoryError and a truncated pickle when a payload's announced size is
/// larger than the data).
fn can_allocate(n: usize) -> bool {
    if n > isize::MAX as usize {
        return false;
    }
    // SAFETY: malloc has no preconditions; the block is freed at once and
    // never read or written. (black_box keeps the compiler from assuming
    // the allocation succeeds and removing it.)
    unsafe {
        let p = std::hint::black_box(libc::malloc(n.max(1)));
        if p.is_null() {
            return false;
        }
        libc::free(p);
    }
    true
}

fn truncated(vm: &mut Vm) -> PyErr {
    unpickling_error(vm, "pickle data was truncated")
}

fn maxsize() -> u64 {
    isize::MAX as u64
}

impl Loader<'_> {
    fn set_owner_proto(&self, p: u8) {
        if !self.opts.owner.is_null() {
            super::set_unpickler_proto(&self.opts.owner, p);
        }
    }

    // ---- input -------------------------------------------------------------

    #[inline]
    fn avail(&self) -> usize {
        self.data.len() - self.pos
    }

    /// Makes `n` more bytes available at `pos` (reading the file), or fails.
    fn need(&mut self, vm: &mut Vm, n: usize) -> PyResult<()> {
        if self.avail() >= n {
            return Ok(());
        }
        if self.opts.read.is_null() {
            return Err(truncated(vm));
        }
        let want = n - self.avail();
        let chunk = vm.call(
            &self.opts.read,
            &[Value::Int(want.min(i64::MAX as usize) as i64)],
        )?;
        let bytes = match chunk.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.get(),
            _ => {
                return Err(vm.new_type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name_of(&chunk)
                )))
            }
        };
        self.data.drain(..self.pos);
        self.pos = 0;
        self.data.extend_from_slice(&bytes);
        if self.data.len() < n {
            return Err(truncated(vm));
        }
        Ok(())
    }

    /// The start of the next `n` bytes (consumed).
    #[inline]
    fn take(&mut self, vm: &mut Vm, n: usize) -> PyResult<usize> {
        if self.avail() < n {
            self.need(vm, n)?;
        }
        let start = self.pos;
        self.pos += n;
        Ok(start)
    }

    #[inline]
    fn read_u8(&mut self, vm: &mut Vm) -> PyResult<u8> {
        let s = self.take(vm, 1)?;
        Ok(self.data[s])
    }

    fn read_le(&mut self, vm: &mut Vm, width: usize) -> PyResult<u64> {
        let s = self.take(vm, width)?;
        let mut b = [0u8; 8];
        b[..width].copy_from_slice(&self.data[s..s + width]);
        Ok(u64::from_le_bytes(b))
    }

    /// A line, with its newline.
    fn read_line(&mut self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        if let Some(i) = self.data[self.pos..].iter().position(|&b| b == b'\n') {
            let line = self.data[self.pos..self.pos + i + 1].to_vec();
            self.pos += i + 1;
            return Ok(line);
        }
        if self.opts.readline.is_null() {
            return Err(truncated(vm));
        }
        let more = vm.call(&self.opts.readline, &[])?;
        let mut line = self.data[self.pos..].to_vec();
        match more.payload() {
            Some(Payload::Bytes(b)) => line.extend_from_slice(b),
            Some(Payload::ByteArray(b)) => line.extend(b.get()),
            _ => {
                return Err(vm.new_type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name_of(&more)
                )))
            }
        }
        self.data.clear();
        self.pos = 0;
        if line.last() != Some(&b'\n') {
            return Err(truncated(vm));
        }
        Ok(line)
    }

    /// A line of at least one character before its newline.
    fn read_arg_line(&mut self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        let line = self.read_line(vm)?;
        if line.len() < 2 {
            return Err(truncated(vm));
        }
        Ok(line)
    }

    /// A size field of `width` bytes and the check that the payload fits.
    fn read_size(
        &mut self,
        vm: &mut Vm,
        width: usize,
        what: &str,
        overflow: bool,
        allocates: bool,
    ) -> PyResult<usize> {
        let n = self.read_le(vm, width)?;
        if n > maxsize() {
            let msg = format!(
                "{what} exceeds system's maximum size of {} bytes",
                maxsize()
            );
            return Err(if overflow {
                vm.new_overflow_error(&msg)
            } else {
                unpickling_error(vm, &msg)
            });
        }
        let n = n as usize;
        if allocates {
            // CPython allocates a bytes/bytearray payload before reading
            // it (MemoryError if that fails), with a read that fails at the
            // end of the input even when the payload is empty.
            if n > self.avail() && !can_allocate(n) {
                return Err(vm.new_exception_empty(&types().exc.memory_error));
            }
            if n == 0 {
                self.empty_at_end(vm)?;
            }
        }
        if self.avail() < n {
            self.need(vm, n)?;
        }
        Ok(n)
    }

    fn empty_at_end(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.avail() == 0 && self.opts.read.is_null() {
            return Err(truncated(vm));
        }
        Ok(())
    }

    // ---- the stack ---------------------------------------------------------

    #[inline]
    fn fence(&self) -> usize {
        self.marks.last().copied().unwrap_or(0)
    }

    fn underflow(&self, vm: &mut Vm) -> PyErr {
        if self.marks.is_empty() {
            unpickling_error(vm, "unpickling stack underflow")
        } else {
            unpickling_error(vm, "unexpected MARK found")
        }
    }

    #[inline]
    fn pop(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.stack.len() <= self.fence() {
            return Err(self.underflow(vm));
        }
        Ok(self.stack.pop().unwrap_or_default())
    }

    /// The top of the stack (above the last mark).
    #[inline]
    fn top(&self, vm: &mut Vm) -> PyResult<Value> {
        if self.stack.len() <= self.fence() {
            return Err(self.underflow(vm));
        }
        Ok(self.stack.last().cloned().unwrap_or_default())
    }

    /// Requires `n` items above the last mark.
    fn require(&self, vm: &mut Vm, n: usize) -> PyResult<()> {
        if self.stack.len() < self.fence() + n {
            return Err(self.underflow(vm));
        }
        Ok(())
    }

    fn marker(&mut self, vm: &mut Vm) -> PyResult<usize> {
        match self.marks.pop() {
            Some(m) => Ok(m),
            None => Err(unpickling_error(vm, "could not find MARK")),
        }
    }

    /// The items above the last mark (removing them and the mark).
    fn pop_mark(&mut self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        let m = self.marker(vm)?;
        Ok(self.stack.split_off(m.min(self.stack.len())))
    }

    #[inline]
    fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    // ---- the loop ----------------------------------------------------------

    fn next_op_from_file(&mut self, vm: &mut Vm) -> PyResult<u8> {
        if self.opts.read.is_null() {
            return Err(vm.new_exception_msg(&types().exc.eof_error, "Ran out of input".into()));
        }
        match self.need(vm, 1) {
            Ok(()) => {}
            Err(e) if builtins::exc_matches(&e, &super::exc_types().unpickling_error) => {
                return Err(vm.new_exception_msg(&types().exc.eof_error, "Ran out of input".into()))
            }
            Err(e) => return Err(e),
        }
        let b = self.data[self.pos];
        self.pos += 1;
        Ok(b)
    }

    fn load(&mut self, vm: &mut Vm) -> PyResult<Value> {
        loop {
            let op = match self.data.get(self.pos) {
                Some(&b) => {
                    self.pos += 1;
                    b
                }
                None => self.next_op_from_file(vm)?,
            };
            match op {
                b'.' => break,
                b'(' => self.marks.push(self.stack.len()),
                b'N' => self.push(Value::None),
                0x88 => self.push(Value::Bool(true)),
                0x89 => self.push(Value::Bool(false)),
                b')' => self.push(new_tuple(vec![])),
                b']' => self.push(new_list(vec![])),
                b'}' => self.push(Value::Obj(builtins::new_dict())),
                0x8f => self.push(Value::Obj(builtins::new_set_obj())),
                b'K' => {
                    let v = self.read_u8(vm)?;
                    self.push(Value::Int(v as i64));
                }
                b'M' => {
                    let v = self.read_le(vm, 2)?;
                    self.push(Value::Int(v as i64));
                }
                b'J' => {
                    let v = self.read_le(vm, 4)? as u32 as i32;
                    self.push(Value::Int(v as i64));
                }
                b'G' => {
                    let s = self.take(vm, 8)?;
                    let mut b = [0u8; 8];
                    b.copy_from_slice(&self.data[s..s + 8]);
                    self.push(Value::Float(f64::from_bits(u64::from_be_bytes(b))));
                }
                0x8c => {
                    let n = self.read_u8(vm)? as usize;
                    let s = self.take(vm, n)?;
                    let v = utf8_surrogatepass(vm, &self.data[s..s + n])?;
                    self.push(v);
                }
                b'X' => {
                    let n = self.read_size(vm, 4, "BINUNICODE", true, false)?;
                    let s = self.take(vm, n)?;
                    let v = utf8_surrogatepass(vm, &self.data[s..s + n])?;
                    self.push(v);
                }
                0x8d => {
                    let n = self.read_size(vm, 8, "BINUNICODE", true, false)?;
                    let s = self.take(vm, n)?;
                    let v = utf8_surrogatepass(vm, &self.data[s..s + n])?;
                    self.push(v);
                }
                b'C' => {
                    let n = self.read_u8(vm)? as usize;
                    if n == 0 {
                        self.empty_at_end(vm)?;
                    }
                    let s = self.take(vm, n)?;
                    let v = new_bytes(self.data[s..s + n].to_vec());
                    self.push(v);
                }
                b'B' => {
                    let n = self.read_size(vm, 4, "BINBYTES", true, true)?;
                    let s = self.take(vm, n)?;
                    let v = new_bytes(self.data[s..s + n].to_vec());
                    self.push(v);
                }
                0x8e => {
                    let n = self.read_size(vm, 8, "BINBYTES", true, true)?;
                    let s = self.take(vm, n)?;
                    let v = new_bytes(self.data[s..s + n].to_vec());
                    self.push(v);
                }
                0x96 => {
                    let n = self.read_size(vm, 8, "BYTEARRAY8", true, true)?;
                    let s = self.take(vm, n)?;
                    let v = builtins::bytes::new_bytearray(self.data[s..s + n].to_vec());
                    self.push(v);
                }
                b'T' => {
                    let n = self.read_size(vm, 4, "BINSTRING", false, false)?;
                    let s = self.take(vm, n)?;
                    let raw = self.data[s..s + n].to_vec();
                    let v = self.decode_string(vm, raw)?;
                    self.push(v);
                }
                b'U' => {
                    let n = self.read_u8(vm)? as usize;
                    let s = self.take(vm, n)?;
                    let raw = self.data[s..s + n].to_vec();
                    let v = self.decode_string(vm, raw)?;
                    self.push(v);
                }
                0x8a | 0x8b => {
                    let width = if op == 0x8a { 1 } else { 4 };
                    let raw = self.read_le(vm, width)?;
                    // LONG1's count is unsigned, LONG4's signed.
                    let n = if width == 1 {
                        raw as i64
                    } else {
                        raw as u32 as i32 as i64
                    };
                    if n < 0 {
                        return Err(unpickling_error(vm, "LONG pickle has negative byte count"));
                    }
                    let n = n as usize;
                    let s = self.take(vm, n)?;
                    let v = int_from_le(&self.data[s..s + n]);
                    self.push(v);
                }
                0x85 => {
                    let a = self.pop(vm)?;
                    self.push(new_tuple(vec![a]));
                }
                0x86 => {
                    self.require(vm, 2)?;
                    let b = self.stack.pop().unwrap_or_default();
                    let a = self.stack.pop().unwrap_or_default();
                    self.push(new_tuple(vec![a, b]));
                }
                0x87 => {
                    self.require(vm, 3)?;
                    let c = self.stack.pop().unwrap_or_default();
                    let b = self.stack.pop().unwrap_or_default();
                    let a = self.stack.pop().unwrap_or_default();
                    self.push(new_tuple(vec![a, b, c]));
                }
                b't' => {
                    let items = self.pop_mark(vm)?;
                    self.push(new_tuple(items));
                }
                b'l' => {
                    let items = self.pop_mark(vm)?;
                    self.push(new_list(items));
                }
                b'd' => {
                    let items = self.pop_mark(vm)?;
                    if items.len() % 2 == 1 {
                        return Err(unpickling_error(vm, "odd number of items for DICT"));
                    }
                    let d = builtins::new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        builtins::dict::dict_setitem(vm, &d, k, v)?;
                    }
                    self.push(Value::Obj(d));
                }
                0x91 => {
                    let items = self.pop_mark(vm)?;
                    let data = builtins::set::build_data(vm, &new_list(items))?;
                    let fs = builtins::set::new_set_obj_of(&types().frozenset, data);
                    self.push(Value::Obj(fs));
                }
                b'a' => {
                    self.require(vm, 2)?;
                    let x = self.stack.len() - 1;
                    self.do_append(vm, x)?;
                }
                b'e' => {
                    let m = self.marker(vm)?;
                    self.do_append(vm, m)?;
                }
                b's' => {
                    self.require(vm, 3)?;
                    let x = self.stack.len() - 2;
                    self.do_setitems(vm, x)?;
                }
                b'u' => {
                    let m = self.marker(vm)?;
                    self.do_setitems(vm, m)?;
                }
                0x90 => self.load_additems(vm)?,
                b'0' => {
                    let len = self.stack.len();
                    if self.marks.last() == Some(&len) {
                        self.marks.pop();
                    } else if len <= self.fence() {
                        return Err(self.underflow(vm));
                    } else {
                        self.stack.pop();
                    }
                }
                b'1' => {
                    self.pop_mark(vm)?;
                }
                b'2' => {
                    let v = self.top(vm)?;
                    self.push(v);
                }
                0x94 => {
                    let v = self.top(vm)?;
                    let idx = self.memo.len() as u64;
                    self.memo.put(idx, v);
                }
                b'q' => {
                    let idx = self.read_u8(vm)? as u64;
                    let v = self.top(vm)?;
                    self.memo.put(idx, v);
                }
                b'r' => {
                    let idx = self.read_le(vm, 4)?;
                    let v = self.top(vm)?;
                    self.memo.put(idx, v);
                }
                b'p' => {
                    let line = self.read_arg_line(vm)?;
                    let v = self.top(vm)?;
                    let idx = c_int(vm, &line, 10)?;
                    let idx = match idx {
                        Value::Int(i) if i >= 0 => i as u64,
                        Value::Int(_) => {
                            return Err(vm.new_value_error("negative PUT argument".into()))
                        }
                        _ => {
                            let neg = matches!(idx.payload(), Some(Payload::Int(b)) if b.sign() == num_bigint::Sign::Minus);
                            if neg {
                                return Err(vm.new_value_error("negative PUT argument".into()));
                            }
                            return Err(vm.new_overflow_error(
                                "Python int too large to convert to C ssize_t",
                            ));
                        }
                    };
                    self.memo.put(idx, v);
                }
                b'h' => {
                    let idx = self.read_u8(vm)? as u64;
                    self.push_memo(vm, idx)?;
                }
                b'j' => {
                    let idx = self.read_le(vm, 4)?;
                    self.push_memo(vm, idx)?;
                }
                b'g' => {
                    let line = self.read_arg_line(vm)?;
                    let idx = c_int(vm, &line, 10)?;
                    match idx {
                        Value::Int(i) if i >= 0 => self.push_memo(vm, i as u64)?,
                        _ => {
                            let r = vm.repr_string(&idx)?;
                            return Err(unpickling_error(
                                vm,
                                &format!("Memo value not found at index {r}"),
                            ));
                        }
                    }
                }
                b'I' => {
                    let line = self.read_arg_line(vm)?;
                    let v = load_int_line(vm, &line)?;
                    self.push(v);
                }
                b'L' => {
                    let mut line = self.read_arg_line(vm)?;
                    if line[line.len() - 2] == b'L' {
                        line.truncate(line.len() - 2);
                    }
                    // Base 0, as CPython (so 0x10 is 16, and 010 an error).
                    let v = c_int(vm, &line, 0)?;
                    self.push(v);
                }
                b'F' => {
                    let line = self.read_arg_line(vm)?;
                    let v = load_float_line(vm, &line)?;
                    self.push(v);
                }
                b'S' => {
                    let mut line = self.read_line(vm)?;
                    line.pop();
                    let quoted = line.len() >= 2
                        && line[0] == line[line.len() - 1]
                        && (line[0] == b'\'' || line[0] == b'"');
                    if !quoted {
                        return Err(unpickling_error(
                            vm,
                            "the STRING opcode argument must be quoted",
                        ));
                    }
                    let raw = decode_escapes(vm, &line[1..line.len() - 1])?;
                    let v = self.decode_string(vm, raw)?;
                    self.push(v);
                }
                b'V' => {
                    let mut line = self.read_line(vm)?;
                    line.pop();
                    let v = builtins::bytes::decode(vm, &line, "raw_unicode_escape", "strict")?;
                    self.push(v);
                }
                b'c' => {
                    let m = self.read_arg_line(vm)?;
                    let module = builtins::bytes::decode(vm, &m[..m.len() - 1], "utf-8", "strict")?;
                    let n = self.read_arg_line(vm)?;
                    let name = builtins::bytes::decode(vm, &n[..n.len() - 1], "utf-8", "strict")?;
                    let v = self.find_class(vm, module, name)?;
                    self.push(v);
                }
                0x93 => {
                    let name = self.pop(vm)?;
                    let module = self.pop(vm)?;
                    let exact =
                        |v: &Value| matches!(v, Value::Obj(o) if o.type_ref().is(&types().str));
                    if !exact(&name) || !exact(&module) {
                        return Err(unpickling_error(vm, "STACK_GLOBAL requires str"));
                    }
                    let v = self.find_class(vm, module, name)?;
                    self.push(v);
                }
                b'i' => {
                    let items = self.pop_mark(vm)?;
                    let m = self.read_arg_line(vm)?;
                    let module = builtins::bytes::decode(vm, &m[..m.len() - 1], "ascii", "strict")?;
                    let n = self.read_arg_line(vm)?;
                    let name = builtins::bytes::decode(vm, &n[..n.len() - 1], "ascii", "strict")?;
                    let cls = self.find_class(vm, module, name)?;
                    let v = instantiate(vm, &cls, items)?;
                    self.push(v);
                }
                b'o' => {
                    let mut items = self.pop_mark(vm)?;
                    if items.is_empty() {
                        return Err(self.underflow(vm));
                    }
                    let cls = items.remove(0);
                    let v = instantiate(vm, &cls, items)?;
                    self.push(v);
                }
                0x81 => {
                    let args = self.pop(vm)?;
                    let cls = self.pop(vm)?;
                    if !matches!(cls.payload(), Some(Payload::Type(_))) {
                        return Err(unpickling_error(
                            vm,
                            &format!(
                                "NEWOBJ class argument must be a type, not {}",
                                type_name_of(&cls)
                            ),
                        ));
                    }
                    let Some(Payload::Tuple(a)) = args.payload() else {
                        return Err(unpickling_error(
                            vm,
                            &format!(
                                "NEWOBJ args argument must be a tuple, not {}",
                                type_name_of(&args)
                            ),
                        ));
                    };
                    let new = vm.get_attr_str(&cls, "__new__")?;
                    let mut all = vec![cls.clone()];
                    all.extend(a.iter().cloned());
                    let v = vm.call(&new, &all)?;
                    self.push(v);
                }
                0x92 => {
                    let kwargs = self.pop(vm)?;
                    let args = self.pop(vm)?;
                    let cls = self.pop(vm)?;
                    if !matches!(cls.payload(), Some(Payload::Type(_))) {
                        return Err(unpickling_error(
                            vm,
                            &format!(
                                "NEWOBJ_EX class argument must be a type, not {}",
                                type_name_of(&cls)
                            ),
                        ));
                    }
                    let Some(Payload::Tuple(a)) = args.payload() else {
                        return Err(unpickling_error(
                            vm,
                            &format!(
                                "NEWOBJ_EX args argument must be a tuple, not {}",
                                type_name_of(&args)
                            ),
                        ));
                    };
                    let Some(Payload::Dict(kw)) = kwargs.payload() else {
                        return Err(unpickling_error(
                            vm,
                            &format!(
                                "NEWOBJ_EX kwargs argument must be a dict, not {}",
                                type_name_of(&kwargs)
                            ),
                        ));
                    };
                    let new = vm.get_attr_str(&cls, "__new__")?;
                    let mut all = vec![cls.clone()];
                    all.extend(a.iter().cloned());
                    let mut names = Vec::new();
                    for (k, v) in kw.with(|d| d.items()) {
                        if !builtins::is_str(&k) {
                            return Err(vm.new_type_error("keywords must be strings".into()));
                        }
                        names.push(k);
                        all.push(v);
                    }
                    let v = vm.call_args(&new, FuncArgs::with_kw(&all, &names))?;
                    self.push(v);
                }
                b'R' => {
                    let args = self.pop(vm)?;
                    let func = self.pop(vm)?;
                    let Some(Payload::Tuple(a)) = args.payload() else {
                        return Err(vm.new_type_error("argument list must be a tuple".into()));
                    };
                    let a = a.to_vec();
                    let v = vm.call(&func, &a)?;
                    self.push(v);
                }
                b'b' => self.load_build(vm)?,
                0x82..=0x84 => {
                    let width = match op {
                        0x82 => 1,
                        0x83 => 2,
                        _ => 4,
                    };
                    let raw = self.read_le(vm, width)?;
                    let code = if width == 4 {
                        raw as u32 as i32 as i64
                    } else {
                        raw as i64
                    };
                    if code <= 0 {
                        return Err(unpickling_error(vm, "EXT specifies code <= 0"));
                    }
                    let v = self.load_ext(vm, code)?;
                    self.push(v);
                }
                b'P' => {
                    if self.opts.persistent_load.is_null() {
                        return Err(no_persistent_load(vm));
                    }
                    let mut line = self.read_line(vm)?;
                    line.pop();
                    if !line.is_ascii() {
                        return Err(unpickling_error(
                            vm,
                            "persistent IDs in protocol 0 must be ASCII strings",
                        ));
                    }
                    let pid = new_str(String::from_utf8_lossy(&line).into_owned());
                    let f = self.opts.persistent_load.clone();
                    let v = vm.call(&f, &[pid])?;
                    self.push(v);
                }
                b'Q' => {
                    if self.opts.persistent_load.is_null() {
                        return Err(no_persistent_load(vm));
                    }
                    let pid = self.pop(vm)?;
                    let f = self.opts.persistent_load.clone();
                    let v = vm.call(&f, &[pid])?;
                    self.push(v);
                }
                0x80 => {
                    let p = self.read_u8(vm)?;
                    if p > HIGHEST_PROTOCOL {
                        return Err(vm.new_value_error(format!("unsupported pickle protocol: {p}")));
                    }
                    self.proto = p;
                    self.set_owner_proto(p);
                }
                0x95 => {
                    let n = self.read_le(vm, 8)?;
                    if n > maxsize() {
                        return Err(vm.new_overflow_error(&format!(
                            "FRAME length exceeds system's maximum of {} bytes",
                            maxsize()
                        )));
                    }
                    let n = n as usize;
                    if self.avail() < n {
                        self.need(vm, n)?;
                    }
                }
                0x97 => {
                    if self.opts.buffers.is_null() {
                        return Err(unpickling_error(
                            vm,
                            "pickle stream refers to out-of-band data but no *buffers* argument was given",
                        ));
                    }
                    let it = self.opts.buffers.clone();
                    match baton_vm::protocol::iter_next(vm, &it)? {
                        Some(b) => self.push(b),
                        None => return Err(unpickling_error(vm, "not enough out-of-band buffers")),
                    }
                }
                0x98 => {
                    let obj = self.top(vm)?;
                    let view = builtins::memoryview::memoryview_of(vm, &obj)?;
                    let ro = vm.get_attr_str(&view, "readonly")?;
                    if !vm.is_true(&ro)? {
                        let v = vm.call_method(&view, "toreadonly", &[])?;
                        if let Some(last) = self.stack.last_mut() {
                            *last = v;
                        }
                    }
                }
                _ => {
                    let msg = if (0x20..=0x7e).contains(&op) && op != b'\'' && op != b'\\' {
                        format!("invalid load key, '{}'.", op as char)
                    } else {
                        format!("invalid load key, '\\x{op:02x}'.")
                    };
                    return Err(unpickling_error(vm, &msg));
                }
            }
        }
        self.pop(vm)
    }

    fn push_memo(&mut self, vm: &mut Vm, idx: u64) -> PyResult<()> {
        match self.memo.get(idx) {
            Some(v) => {
                let v = v.clone();
                self.push(v);
                Ok(())
            }
            None => Err(unpickling_error(
                vm,
                &format!("Memo value not found at index {idx}"),
            )),
        }
    }

    fn decode_string(&mut self, vm: &mut Vm, raw: Vec<u8>) -> PyResult<Value> {
        if self.opts.encoding == "bytes" {
            return Ok(new_bytes(raw));
        }
        let (enc, errs) = (self.opts.encoding.clone(), self.opts.errors.clone());
        builtins::bytes::decode(vm, &raw, &enc, &errs)
    }

    fn find_class(&mut self, vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
        if !self.opts.find_class.is_null() {
            let f = self.opts.find_class.clone();
            return vm.call(&f, &[module, name]);
        }
        let m = builtins::str_of(&module).to_string();
        let n = builtins::str_of(&name).to_string();
        default_find_class(vm, &m, &n, self.proto, self.opts.fix_imports)
    }

    fn load_ext(&mut self, vm: &mut Vm, code: i64) -> PyResult<Value> {
        let tables = copyreg_tables(vm)?;
        let (cache, inverted) = (
            tables.extension_cache.clone(),
            tables.inverted_registry.clone(),
        );
        let key = Value::Int(code);
        if let Some(v) = builtins::dict::dict_get(vm, &cache, &key)? {
            return Ok(v);
        }
        let Some(pair) = builtins::dict::dict_get(vm, &inverted, &key)? else {
            return Err(vm.new_value_error(format!("unregistered extension code {code}")));
        };
        let ok = match pair.payload() {
            Some(Payload::Tuple(t)) => {
                t.len() == 2 && builtins::is_str(&t[0]) && builtins::is_str(&t[1])
            }
            _ => false,
        };
        if !ok {
            return Err(vm.new_value_error(format!(
                "_inverted_registry[{code}] isn't a 2-tuple of strings"
            )));
        }
        let items = builtins::list_items(&pair);
        let v = self.find_class(vm, items[0].clone(), items[1].clone())?;
        builtins::dict::dict_setitem(vm, &cache, key, v.clone())?;
        Ok(v)
    }

    /// APPEND / APPENDS: the items from stack position `x` onto the list at `x - 1`.
    fn do_append(&mut self, vm: &mut Vm, x: usize) -> PyResult<()> {
        let len = self.stack.len();
        if x > len || x <= self.fence() {
            return Err(self.underflow(vm));
        }
        if x == len {
            return Ok(());
        }
        let target = self.stack[x - 1].clone();
        let items = self.stack.split_off(x);
        if let Value::Obj(o) = &target {
            if let Payload::List(l) = &o.payload {
                if o.type_ref().is(&types().list) {
                    l.with(|l| l.extend(items));
                    return Ok(());
                }
            }
        }
        if let Some(extend) = vm.get_attr_opt(&target, "extend")? {
            vm.call(&extend, &[new_list(items)])?;
        } else {
            let append = vm.get_attr_str(&target, "append")?;
            for item in items {
                vm.call(&append, &[item])?;
            }
        }
        Ok(())
    }

    /// SETITEM / SETITEMS: key/value pairs from stack position `x` into the
    /// mapping at `x - 1`.
    fn do_setitems(&mut self, vm: &mut Vm, x: usize) -> PyResult<()> {
        let len = self.stack.len();
        if x > len || x <= self.fence() {
            return Err(self.underflow(vm));
        }
        if x == len {
            return Ok(());
        }
        if !(len - x).is_multiple_of(2) {
            return Err(unpickling_error(vm, "odd number of items for SETITEMS"));
        }
        let target = self.stack[x - 1].clone();
        let items = self.stack.split_off(x);
        let exact_dict = match &target {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Some(o.clone()),
            _ => None,
        };
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            match &exact_dict {
                Some(d) if d.type_ref().is(&types().dict) => {
                    builtins::dict::dict_setitem(vm, d, k, v)?
                }
                _ => baton_vm::protocol::setitem(vm, &target, k, v)?,
            }
        }
        Ok(())
    }

    fn load_additems(&mut self, vm: &mut Vm) -> PyResult<()> {
        let m = self.marker(vm)?;
        let len = self.stack.len();
        if m > len || m <= self.fence() {
            return Err(self.underflow(vm));
        }
        if m == len {
            return Ok(());
        }
        let target = self.stack[m - 1].clone();
        let items = self.stack.split_off(m);
        if let Value::Obj(o) = &target {
            if matches!(o.payload, Payload::Set(_)) {
                for item in items {
                    builtins::set::set_add(vm, o, item)?;
                }
                return Ok(());
            }
        }
        let add = vm.get_attr_str(&target, "add")?;
        for item in items {
            vm.call(&add, &[item])?;
        }
        Ok(())
    }

    fn load_build(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.require(vm, 2)?;
        let state = self.stack.pop().unwrap_or_default();
        let inst = self.stack.last().cloned().unwrap_or_default();
        if let Some(setstate) = vm.get_attr_opt(&inst, "__setstate__")? {
            vm.call(&setstate, &[state])?;
            return Ok(());
        }
        let is_exc = matches!(&inst, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)));
        if is_exc {
            // BaseException.__setstate__, which Baton's exceptions lack.
            if !state.is_none() {
                let Some(Payload::Dict(d)) = state.payload() else {
                    return Err(vm.new_type_error("state is not a dictionary".into()));
                };
                for (k, v) in d.with(|d| d.items()) {
                    let name = attr_name(vm, &k)?;
                    vm.set_attr(&inst, &name, v)?;
                }
            }
            return Ok(());
        }
        let (state, slotstate) = match state.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => (t[0].clone(), Some(t[1].clone())),
            _ => (state, None),
        };
        if !state.is_none() {
            let Some(Payload::Dict(d)) = state.payload() else {
                return Err(unpickling_error(vm, "state is not a dictionary"));
            };
            let items = d.with(|d| d.items());
            let inst_dict = vm.get_attr_str(&inst, "__dict__")?;
            for (k, v) in items {
                let k = match &k {
                    Value::Obj(o) if o.type_ref().is(&types().str) => {
                        Value::Obj(builtins::intern(builtins::str_of_obj(o)))
                    }
                    _ => k,
                };
                baton_vm::protocol::setitem(vm, &inst_dict, k, v)?;
            }
        }
        if let Some(slots) = slotstate {
            let Some(Payload::Dict(d)) = slots.payload() else {
                return Err(unpickling_error(vm, "slot state is not a dictionary"));
            };
            for (k, v) in d.with(|d| d.items()) {
                let name = attr_name(vm, &k)?;
                vm.set_attr(&inst, &name, v)?;
            }
        }
        Ok(())
    }
}

fn attr_name(vm: &mut Vm, k: &Value) -> PyResult<ObjRef> {
    match k {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o.clone()),
        _ => Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(k)
        ))),
    }
}

fn no_persistent_load(vm: &mut Vm) -> PyErr {
    unpickling_error(
        vm,
        "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.",
    )
}

/// OBJ / INST: `cls.__new__(cls)` for a class without `__getinitargs__`
/// given no arguments, else `cls(*args)`.
fn instantiate(vm: &mut Vm, cls: &Value, args: Vec<Value>) -> PyResult<Value> {
    if args.is_empty() && matches!(cls.payload(), Some(Payload::Type(_))) {
        let has = vm.get_attr_opt(cls, "__getinitargs__")?.is_some();
        if !has {
            let new = vm.get_attr_str(cls, "__new__")?;
            return vm.call(&new, std::slice::from_ref(cls));
        }
    }
    vm.call(cls, &args)
}

/// BINUNICODE's text: UTF-8, with surrogates let through.
fn utf8_surrogatepass(vm: &mut Vm, b: &[u8]) -> PyResult<Value> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(new_str(s)),
        Err(_) => builtins::bytes::decode(vm, b, "utf-8", "surrogatepass"),
    }
}

/// int.from_bytes(b, 'little', signed=True).
fn int_from_le(b: &[u8]) -> Value {
    if b.is_empty() {
        return Value::Int(0);
    }
    if b.len() <= 8 {
        let fill = if b[b.len() - 1] & 0x80 != 0 { 0xff } else { 0 };
        let mut w = [fill; 8];
        w[..b.len()].copy_from_slice(b);
        return Value::Int(i64::from_le_bytes(w));
    }
    builtins::int::bigint_to_value(BigInt::from_signed_bytes_le(b))
}

fn call_int(vm: &mut Vm, text: String, base: i64) -> PyResult<Value> {
    let int_t = Value::Obj(types().int.clone());
    vm.call(&int_t, &[new_str(text), Value::Int(base)])
}

/// int() of bytes the way C's PyLong_FromString sees them: up to the
/// first NUL, decoded as UTF-8.
fn c_int(vm: &mut Vm, s: &[u8], base: i64) -> PyResult<Value> {
    let s = match s.iter().position(|&b| b == 0) {
        Some(i) => &s[..i],
        None => s,
    };
    // The common case (memo indexes, decimal ints): plain digits.
    let body = s.strip_suffix(b"\n").unwrap_or(s);
    let (neg, digits) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let plain = !digits.is_empty()
        && digits.len() <= 18
        && digits.iter().all(u8::is_ascii_digit)
        && (base == 10 || (base == 0 && (digits[0] != b'0' || digits.len() == 1)));
    if plain {
        let v = digits
            .iter()
            .fold(0i64, |acc, &d| acc * 10 + (d - b'0') as i64);
        return Ok(Value::Int(if neg { -v } else { v }));
    }
    let text = builtins::bytes::decode(vm, s, "utf-8", "strict")?;
    let text = builtins::str_of(&text).to_string();
    if c_number_text(&text) {
        match call_int(vm, text.clone(), base) {
            Err(e) if builtins::exc_matches(&e, &types().exc.value_error) => {}
            r => return r,
        }
    }
    // C's PyLong_FromString names the base it settled on.
    let shown_base = if base != 0 {
        base
    } else {
        let t = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
        let t = t.strip_prefix(['+', '-']).unwrap_or(t);
        let mut c = t.chars();
        match (c.next(), c.next()) {
            (Some('0'), Some('x' | 'X')) => 16,
            (Some('0'), Some('o' | 'O')) => 8,
            (Some('0'), Some('b' | 'B')) => 2,
            (Some('0'), _) => 0,
            _ => 10,
        }
    };
    let head: String = text.chars().take(200).collect();
    let r = vm.repr_string(&new_str(head))?;
    let r: String = r.chars().take(200).collect();
    Err(vm.new_value_error(format!(
        "invalid literal for int() with base {shown_base}: {r}"
    )))
}

/// Whether int() of this text parses it as C's PyLong_FromString parses
/// bytes: Python's int() of a str also takes non-ASCII digits and spaces,
/// and the separators \x1c-\x1f as spaces; C code does not.
fn c_number_text(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii() && !(0x1c..=0x1f).contains(&b))
}

enum Strtol {
    Overflow,
    Value(i64, usize),
}

/// C's strtol(s, &end, 0) on bytes.
fn strtol(s: &[u8]) -> Strtol {
    let n = s.len();
    let mut i = 0;
    while i < n && b" \t\n\x0b\x0c\r".contains(&s[i]) {
        i += 1;
    }
    let mut neg = false;
    if i < n && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let mut base = 10u32;
    if i < n && s[i] == b'0' {
        if i + 2 < n && (s[i + 1] == b'x' || s[i + 1] == b'X') && s[i + 2].is_ascii_hexdigit() {
            base = 16;
            i += 2;
        } else {
            base = 8;
        }
    }
    let start = i;
    let mut v: i128 = 0;
    let mut overflow = false;
    while i < n {
        let Some(d) = (s[i] as char).to_digit(16) else {
            break;
        };
        if d >= base {
            break;
        }
        if !overflow {
            v = v * base as i128 + d as i128;
            if v > (1i128 << 64) {
                overflow = true;
            }
        }
        i += 1;
    }
    if i == start {
        return Strtol::Value(0, 0);
    }
    if neg {
        v = -v;
    }
    if overflow || v < i64::MIN as i128 || v > i64::MAX as i128 {
        return Strtol::Overflow;
    }
    Strtol::Value(v as i64, i)
}

/// The value of an INT opcode's argument line (ending in a newline).
fn load_int_line(vm: &mut Vm, line: &[u8]) -> PyResult<Value> {
    let s = match line.iter().position(|&b| b == 0) {
        Some(i) => &line[..i],
        None => line,
    };
    if let Strtol::Value(x, stop) = strtol(s) {
        if stop == s.len() || s.get(stop) == Some(&b'\n') {
            if line.len() == 3 && (x == 0 || x == 1) {
                return Ok(Value::Bool(x == 1));
            }
            return Ok(Value::Int(x));
        }
    }
    let text: String = s.iter().map(|&b| b as char).collect();
    if !c_number_text(&text) {
        return Err(vm.new_value_error("could not convert string to int".into()));
    }
    match call_int(vm, text, 0) {
        Ok(v) => Ok(v),
        Err(e) if builtins::exc_matches(&e, &types().exc.value_error) => {
            Err(vm.new_value_error("could not convert string to int".into()))
        }
        Err(e) => Err(e),
    }
}

fn call_float(vm: &mut Vm, text: &str) -> PyResult<f64> {
    let float_t = Value::Obj(types().float.clone());
    let v = vm.call(&float_t, &[new_str(text)])?;
    Ok(builtins::float::to_f64(&v).unwrap_or(f64::NAN))
}

fn py_strip_is_noop(vm: &mut Vm, text: &str) -> PyResult<bool> {
    let s = new_str(text);
    let stripped = vm.call_method(&s, "strip", &[])?;
    Ok(builtins::str_of(&stripped) == text)
}

/// Python's float() of `text` if it is the whole argument of a FLOAT
/// opcode (no surrounding space, no underscores); None if it is not a
/// float.
fn parse_float_text(vm: &mut Vm, text: &str) -> PyResult<Option<f64>> {
    if text.is_empty() {
        return Ok(None);
    }
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        // Plain decimal text: Rust's parser accepts exactly what Python's
        // does here.
        return Ok(text.parse::<f64>().ok());
    }
    if text.contains('_') || !py_strip_is_noop(vm, text)? {
        return Ok(None);
    }
    match call_float(vm, text) {
        Ok(v) => Ok(Some(v)),
        Err(e) if builtins::exc_matches(&e, &types().exc.value_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The value of a FLOAT opcode's argument line, with CPython's errors.
fn load_float_line(vm: &mut Vm, line: &[u8]) -> PyResult<Value> {
    let nul = line.iter().position(|&b| b == 0);
    let body = match nul {
        Some(i) => &line[..i],
        None => &line[..line.len() - 1],
    };
    let text: String = body.iter().map(|&b| b as char).collect();
    let Some(value) = parse_float_text(vm, &text)? else {
        // A number at the start of the text gives CPython's short message.
        let chars: Vec<char> = text.chars().collect();
        for k in (1..=chars.len().min(64)).rev() {
            let prefix: String = chars[..k].iter().collect();
            if parse_float_text(vm, &prefix)?.is_some() {
                return Err(vm.new_value_error("could not convert string to float".into()));
            }
        }
        let shown = match nul {
            Some(i) => &line[..i],
            None => line,
        };
        let shown = String::from_utf8_lossy(shown);
        return Err(vm.new_value_error(format!("could not convert string to float: '{shown}'")));
    };
    if value.is_infinite() && !text.to_ascii_lowercase().contains("inf") {
        let shown = String::from_utf8_lossy(line);
        return Err(
            vm.new_overflow_error(&format!("value too large to convert to float: '{shown}'"))
        );
    }
    Ok(Value::Float(value))
}

/// The backslash escapes of a bytes literal (STRING's argument).
fn decode_escapes(vm: &mut Vm, s: &[u8]) -> PyResult<Vec<u8>> {
    if !s.contains(&b'\\') {
        return Ok(s.to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let n = s.len();
    let mut i = 0;
    while i < n {
        let Some(off) = s[i..].iter().position(|&b| b == b'\\') else {
            out.extend_from_slice(&s[i..]);
            break;
        };
        let j = i + off;
        out.extend_from_slice(&s[i..j]);
        i = j + 1;
        if i >= n {
            return Err(vm.new_value_error("Trailing \\ in string".into()));
        }
        let c = s[i];
        let simple: Option<&[u8]> = match c {
            b'\n' => Some(b""),
            b'\\' => Some(b"\\"),
            b'\'' => Some(b"'"),
            b'"' => Some(b"\""),
            b'a' => Some(b"\x07"),
            b'b' => Some(b"\x08"),
            b'f' => Some(b"\x0c"),
            b'n' => Some(b"\n"),
            b'r' => Some(b"\r"),
            b't' => Some(b"\t"),
            b'v' => Some(b"\x0b"),
            _ => None,
        };
        if let Some(rep) = simple {
            out.extend_from_slice(rep);
            i += 1;
        } else if (b'0'..=b'7').contains(&c) {
            let mut v = (c - b'0') as u32;
            i += 1;
            for _ in 0..2 {
                if i < n && (b'0'..=b'7').contains(&s[i]) {
                    v = v * 8 + (s[i] - b'0') as u32;
                    i += 1;
                } else {
                    break;
                }
            }
            out.push((v & 0xff) as u8);
        } else if c == b'x' {
            let h = &s[(i + 1).min(n)..(i + 3).min(n)];
            if h.len() == 2 && h[0].is_ascii_hexdigit() && h[1].is_ascii_hexdigit() {
                let v = u8::from_str_radix(std::str::from_utf8(h).unwrap_or("0"), 16).unwrap_or(0);
                out.push(v);
                i += 3;
            } else {
                return Err(vm.new_value_error(format!("invalid \\x escape at position {j}")));
            }
        } else {
            out.push(b'\\');
        }
    }
    Ok(out)
}
