//! The pickling engine: writes CPython's exact opcode stream (framing, memo
//! opcodes, batching of APPENDS/SETITEMS/ADDITEMS, short/long forms).
//!
//! Built-in types are written here without Python code; everything else goes
//! through the reduce protocol (reducer_override, dispatch tables,
//! `__reduce_ex__`, `__reduce__`), which calls back into Python.

use super::{
    codecs_encode, copyreg_tables, deep_lookup, import_module_checked, pickle_buffer_data,
    pickling_error, split_dotted, type_name_of, Memo, FRAME_SIZE_MIN, FRAME_SIZE_TARGET,
};
use baton_vm::builtins::{self, new_bytes, new_str, new_tuple, types};
use baton_vm::object::Payload;
use baton_vm::types::{is_subtype, lookup};
use baton_vm::{ObjRef, PyResult, Value, Vm};
use std::collections::HashMap;

const BATCHSIZE: usize = 1000;

/// What a pickling run needs besides the object.
pub(crate) struct SaveOptions {
    pub proto: u8,
    /// `file.write`, or Null to return the bytes.
    pub write: Value,
    pub fast: bool,
    /// The hooks, or Null.
    pub persistent_id: Value,
    pub reducer_override: Value,
    pub dispatch_table: Value,
    pub buffer_callback: Value,
    pub fix_imports: bool,
}

pub(crate) struct Saver<'m> {
    proto: u8,
    bin: bool,
    out: Vec<u8>,
    framing: bool,
    /// Where the open frame's 9-byte header is reserved in `out`.
    frame_start: usize,
    write: Value,
    memo: &'m mut Memo,
    /// Module names of built-in functions, one str object per name (so that
    /// repeated names hit the memo as they do in CPython).
    bf_modnames: &'m mut HashMap<String, Value>,
    fast: bool,
    pers_func: Value,
    reducer_override: Value,
    dispatch_table: Value,
    buffer_callback: Value,
    fix_imports: bool,
}

/// Pickles `obj`: the bytes (when `opts.write` is Null) or None.
pub(crate) fn run(
    vm: &mut Vm,
    obj: &Value,
    opts: SaveOptions,
    memo: &mut Memo,
    bf_modnames: &mut HashMap<String, Value>,
) -> PyResult<Value> {
    let mut s = Saver {
        proto: opts.proto,
        bin: opts.proto > 0,
        out: Vec::with_capacity(256),
        framing: false,
        frame_start: 0,
        write: opts.write,
        memo,
        bf_modnames,
        fast: opts.fast,
        pers_func: opts.persistent_id,
        reducer_override: opts.reducer_override,
        dispatch_table: opts.dispatch_table,
        buffer_callback: opts.buffer_callback,
        fix_imports: opts.fix_imports,
    };
    if s.proto >= 2 {
        s.out.push(0x80);
        s.out.push(s.proto);
    }
    if s.proto >= 4 {
        s.framing = true;
        s.start_frame();
    }
    s.save(vm, obj)?;
    s.out.push(b'.');
    s.commit_frame();
    s.framing = false;
    let out = std::mem::take(&mut s.out);
    if s.write.is_null() {
        Ok(new_bytes(out))
    } else {
        vm.call(&s.write, &[new_bytes(out)])?;
        Ok(Value::None)
    }
}

fn u32_le(n: usize) -> [u8; 4] {
    (n as u32).to_le_bytes()
}

fn u64_le(n: usize) -> [u8; 8] {
    (n as u64).to_le_bytes()
}

impl Saver<'_> {
    // ---- output and framing ------------------------------------------------

    fn start_frame(&mut self) {
        if self.framing {
            self.frame_start = self.out.len();
            self.out.extend_from_slice(&[0u8; 9]);
        }
    }

    /// Closes the open frame: fills in its header, or drops the reserved
    /// bytes when the frame is too small to be worth one.
    fn commit_frame(&mut self) {
        if !self.framing {
            return;
        }
        let fs = self.frame_start;
        let n = self.out.len().saturating_sub(fs + 9);
        if n >= FRAME_SIZE_MIN {
            self.out[fs] = 0x95;
            self.out[fs + 1..fs + 9].copy_from_slice(&u64_le(n));
        } else if self.out.len() >= fs + 9 {
            self.out.drain(fs..fs + 9);
        }
    }

    fn flush(&mut self, vm: &mut Vm) -> PyResult<()> {
        let out = std::mem::take(&mut self.out);
        vm.call(&self.write, &[new_bytes(out)])?;
        Ok(())
    }

    fn frame_boundary(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.commit_frame();
        if !self.write.is_null() {
            self.flush(vm)?;
        }
        self.start_frame();
        Ok(())
    }

    /// An opcode with a payload that may be large: a large payload goes out
    /// of any frame (and straight to the file when there is one).
    fn write_large(&mut self, vm: &mut Vm, header: &[u8], payload: &[u8]) -> PyResult<()> {
        if payload.len() >= FRAME_SIZE_TARGET {
            self.commit_frame();
            self.out.extend_from_slice(header);
            if !self.write.is_null() {
                self.flush(vm)?;
                vm.call(&self.write, &[new_bytes(payload.to_vec())])?;
            } else {
                self.out.extend_from_slice(payload);
            }
            self.start_frame();
        } else {
            self.out.extend_from_slice(header);
            self.out.extend_from_slice(payload);
        }
        Ok(())
    }

    #[inline]
    fn op(&mut self, b: u8) {
        self.out.push(b);
    }

    // ---- memo --------------------------------------------------------------

    #[inline]
    fn memo_get(&self, obj: &Value) -> Option<usize> {
        self.memo.get(obj)
    }

    fn memo_put(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fast {
            return Ok(());
        }
        let idx = self.memo.len();
        self.memo.insert(obj, idx);
        if self.proto >= 4 {
            self.op(0x94);
        } else if self.bin {
            if idx < 256 {
                self.op(b'q');
                self.op(idx as u8);
            } else if idx <= u32::MAX as usize {
                self.op(b'r');
                self.out.extend_from_slice(&u32_le(idx));
            } else {
                return Err(pickling_error(vm, "memo id too large for LONG_BINPUT"));
            }
        } else {
            self.out.extend_from_slice(format!("p{idx}\n").as_bytes());
        }
        Ok(())
    }

    fn write_get(&mut self, vm: &mut Vm, idx: usize) -> PyResult<()> {
        if self.bin {
            if idx < 256 {
                self.op(b'h');
                self.op(idx as u8);
            } else if idx <= u32::MAX as usize {
                self.op(b'j');
                self.out.extend_from_slice(&u32_le(idx));
            } else {
                return Err(pickling_error(vm, "memo id too large for LONG_BINGET"));
            }
        } else {
            self.out.extend_from_slice(format!("g{idx}\n").as_bytes());
        }
        Ok(())
    }

    // ---- save ----------------------------------------------------------------

    /// save(): the persistent_id hook first, then the object itself.
    pub(crate) fn save(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if !self.pers_func.is_null() {
            let pid = vm.call(&self.pers_func, std::slice::from_ref(obj))?;
            if !pid.is_none() {
                return self.save_pers(vm, &pid);
            }
        }
        self.save_body(vm, obj)
    }

    fn save_pers(&mut self, vm: &mut Vm, pid: &Value) -> PyResult<()> {
        if self.bin {
            self.save_body(vm, pid)?;
            self.op(b'Q');
        } else {
            let s = vm.str_string(pid)?;
            if !s.is_ascii() {
                return Err(pickling_error(
                    vm,
                    "persistent IDs in protocol 0 must be ASCII strings",
                ));
            }
            self.op(b'P');
            self.out.extend_from_slice(s.as_bytes());
            self.op(b'\n');
        }
        Ok(())
    }

    fn save_body(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.framing && self.out.len() >= self.frame_start + 9 + FRAME_SIZE_TARGET {
            self.frame_boundary(vm)?;
        }
        match obj {
            Value::None => {
                self.op(b'N');
                Ok(())
            }
            Value::Bool(b) => {
                self.save_bool(*b);
                Ok(())
            }
            Value::Int(i) => self.save_int(vm, *i),
            Value::Float(f) => self.save_float(vm, *f),
            Value::Null => Err(vm.new_system_error("NULL object passed to the pickler")),
            Value::Obj(o) => {
                // As CPython's save(): a depth limit instead of a crash on
                // deeply nested data.
                if vm.recursion_depth >= vm.recursion_limit() || super::stack_exhausted(vm) {
                    return Err(vm.new_exception_msg(
                        &types().exc.recursion_error,
                        "maximum recursion depth exceeded while pickling an object".to_string(),
                    ));
                }
                vm.recursion_depth += 1;
                let r = self.save_obj(vm, obj, o);
                vm.recursion_depth -= 1;
                r
            }
        }
    }

    fn save_obj(&mut self, vm: &mut Vm, obj: &Value, o: &ObjRef) -> PyResult<()> {
        let ty = types();
        let t = o.type_ref();
        match &o.payload {
            Payload::Str(s) if t.is(&ty.str) => {
                if let Some(x) = self.memo_get(obj) {
                    return self.write_get(vm, x);
                }
                return self.save_str(vm, obj, s.as_str());
            }
            Payload::Int(b) if t.is(&ty.int) => {
                if let Some(i) = num_traits::ToPrimitive::to_i64(b) {
                    return self.save_int(vm, i);
                }
                return self.save_long_big(vm, obj, b.to_signed_bytes_le());
            }
            Payload::Float(f) if t.is(&ty.float) => return self.save_float(vm, *f),
            _ => {}
        }
        if let Some(x) = self.memo_get(obj) {
            return self.write_get(vm, x);
        }
        match &o.payload {
            Payload::Tuple(items) if t.is(&ty.tuple) => self.save_tuple(vm, obj, items),
            Payload::List(_) if t.is(&ty.list) => self.save_list(vm, obj, o),
            Payload::Dict(_) if t.is(&ty.dict) => self.save_dict(vm, obj, o),
            Payload::Bytes(b) if t.is(&ty.bytes) => self.save_bytes(vm, obj, b),
            Payload::ByteArray(b) if t.is(&ty.bytearray) => {
                let data = b.get();
                self.save_bytearray(vm, obj, &data)
            }
            Payload::Set(_) if t.is(&ty.set) => self.save_set(vm, obj, o),
            Payload::FrozenSet(_) if t.is(&ty.frozenset) => self.save_frozenset(vm, obj, o),
            Payload::Native(_) if t.is(&super::pickle_buffer_type()) => {
                self.save_picklebuffer(vm, obj)
            }
            _ => self.save_other(vm, obj, o),
        }
    }

    fn save_bool(&mut self, b: bool) {
        if self.proto >= 2 {
            self.op(if b { 0x88 } else { 0x89 });
        } else {
            self.out
                .extend_from_slice(if b { b"I01\n" } else { b"I00\n" });
        }
    }

    fn save_int(&mut self, vm: &mut Vm, v: i64) -> PyResult<()> {
        if (-0x8000_0000..0x8000_0000).contains(&v) {
            if self.bin {
                if (0..256).contains(&v) {
                    self.op(b'K');
                    self.op(v as u8);
                } else if (0..65536).contains(&v) {
                    self.op(b'M');
                    self.out.extend_from_slice(&(v as u16).to_le_bytes());
                } else {
                    self.op(b'J');
                    self.out.extend_from_slice(&(v as i32).to_le_bytes());
                }
            } else {
                self.out.extend_from_slice(format!("I{v}\n").as_bytes());
            }
            return Ok(());
        }
        // The shortest two's complement little-endian form.
        let mut bytes = v.to_le_bytes().to_vec();
        while bytes.len() > 1 {
            let last = bytes[bytes.len() - 1];
            let prev = bytes[bytes.len() - 2];
            if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
                bytes.pop();
            } else {
                break;
            }
        }
        self.save_long_big(vm, &Value::Int(v), bytes)
    }

    /// An int outside the 32-bit range: LONG1/LONG4 (protocol 2+) or the
    /// text form `L...L`.
    fn save_long_big(&mut self, vm: &mut Vm, obj: &Value, bytes: Vec<u8>) -> PyResult<()> {
        if self.proto >= 2 {
            let n = bytes.len();
            if n > 0x7fff_ffff {
                return Err(vm.new_overflow_error("int too large to pickle"));
            }
            if n < 256 {
                self.op(0x8a);
                self.op(n as u8);
            } else {
                self.op(0x8b);
                self.out.extend_from_slice(&u32_le(n));
            }
            self.out.extend_from_slice(&bytes);
        } else {
            let text = vm.repr_string(obj)?;
            self.op(b'L');
            self.out.extend_from_slice(text.as_bytes());
            self.out.extend_from_slice(b"L\n");
        }
        Ok(())
    }

    fn save_float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        if self.bin {
            self.op(b'G');
            self.out
                .extend_from_slice(&baton_vm::builtins::float::canonical_bits(f).to_be_bytes());
        } else {
            let text = vm.repr_string(&Value::Float(f))?;
            self.op(b'F');
            self.out.extend_from_slice(text.as_bytes());
            self.op(b'\n');
        }
        Ok(())
    }

    fn save_str(&mut self, vm: &mut Vm, obj: &Value, s: &str) -> PyResult<()> {
        let data = s.as_bytes();
        let n = data.len();
        if self.bin {
            if n < 256 && self.proto >= 4 {
                self.op(0x8c);
                self.op(n as u8);
                self.out.extend_from_slice(data);
            } else if n <= u32::MAX as usize {
                let mut h = [b'X', 0, 0, 0, 0];
                h[1..].copy_from_slice(&u32_le(n));
                self.write_large(vm, &h, data)?;
            } else if self.proto >= 4 {
                let mut h = [0x8d, 0, 0, 0, 0, 0, 0, 0, 0];
                h[1..].copy_from_slice(&u64_le(n));
                self.write_large(vm, &h, data)?;
            } else {
                return Err(vm.new_overflow_error(
                    "serializing a string larger than 4 GiB requires pickle protocol 4 or higher",
                ));
            }
        } else {
            self.op(b'V');
            raw_unicode_escape(s, &mut self.out);
            self.op(b'\n');
        }
        self.memo_put(vm, obj)
    }

    fn save_bytes(&mut self, vm: &mut Vm, obj: &Value, data: &[u8]) -> PyResult<()> {
        if self.proto < 3 {
            let bytes_t = Value::Obj(types().bytes.clone());
            if data.is_empty() {
                return self.save_reduce(
                    vm,
                    &bytes_t,
                    &new_tuple(vec![]),
                    &Reduce::default(),
                    Some(obj),
                );
            }
            // _codecs.encode(str(obj, 'latin1'), 'latin1'), as CPython.
            let text: String = data.iter().map(|&b| b as char).collect();
            let latin1 = Value::Obj(builtins::intern("latin1"));
            let args = new_tuple(vec![new_str(text), latin1]);
            return self.save_reduce(vm, &codecs_encode(), &args, &Reduce::default(), Some(obj));
        }
        self.save_bytes_data(vm, data)?;
        self.memo_put(vm, obj)
    }

    fn save_bytes_data(&mut self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        let n = data.len();
        if n < 256 {
            self.op(b'C');
            self.op(n as u8);
            self.out.extend_from_slice(data);
        } else if n <= u32::MAX as usize {
            let mut h = [b'B', 0, 0, 0, 0];
            h[1..].copy_from_slice(&u32_le(n));
            self.write_large(vm, &h, data)?;
        } else if self.proto >= 4 {
            let mut h = [0x8e, 0, 0, 0, 0, 0, 0, 0, 0];
            h[1..].copy_from_slice(&u64_le(n));
            self.write_large(vm, &h, data)?;
        } else {
            return Err(vm.new_overflow_error(
                "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher",
            ));
        }
        Ok(())
    }

    fn save_bytearray(&mut self, vm: &mut Vm, obj: &Value, data: &[u8]) -> PyResult<()> {
        if self.proto < 5 {
            let t = Value::Obj(types().bytearray.clone());
            let args = if data.is_empty() {
                new_tuple(vec![])
            } else {
                new_tuple(vec![new_bytes(data.to_vec())])
            };
            return self.save_reduce(vm, &t, &args, &Reduce::default(), Some(obj));
        }
        let mut h = [0x96, 0, 0, 0, 0, 0, 0, 0, 0];
        h[1..].copy_from_slice(&u64_le(data.len()));
        self.write_large(vm, &h, data)?;
        self.memo_put(vm, obj)
    }

    fn save_picklebuffer(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.proto < 5 {
            return Err(pickling_error(
                vm,
                "PickleBuffer can only pickled with protocol >= 5",
            ));
        }
        let (data, readonly) = pickle_buffer_data(vm, obj)?;
        let mut in_band = true;
        if !self.buffer_callback.is_null() {
            let r = vm.call(&self.buffer_callback, std::slice::from_ref(obj))?;
            in_band = vm.is_true(&r)?;
        }
        if in_band {
            if readonly {
                self.save_bytes_data(vm, &data)?;
            } else {
                let mut h = [0x96, 0, 0, 0, 0, 0, 0, 0, 0];
                h[1..].copy_from_slice(&u64_le(data.len()));
                self.write_large(vm, &h, &data)?;
            }
            self.memo_put(vm, obj)
        } else {
            self.op(0x97);
            if readonly {
                self.op(0x98);
            }
            Ok(())
        }
    }

    fn save_tuple(&mut self, vm: &mut Vm, obj: &Value, items: &[Value]) -> PyResult<()> {
        let n = items.len();
        if n == 0 {
            if self.bin {
                self.op(b')');
            } else {
                self.out.extend_from_slice(b"(t");
            }
            return Ok(());
        }
        if n <= 3 && self.proto >= 2 {
            for item in items {
                self.save(vm, item)?;
            }
            if let Some(x) = self.memo_get(obj) {
                // The tuple is part of a cycle and was saved meanwhile.
                for _ in 0..n {
                    self.op(b'0');
                }
                return self.write_get(vm, x);
            }
            self.op([0, 0x85, 0x86, 0x87][n]);
        } else {
            self.op(b'(');
            for item in items {
                self.save(vm, item)?;
            }
            if let Some(x) = self.memo_get(obj) {
                if self.bin {
                    self.op(b'1');
                } else {
                    for _ in 0..=n {
                        self.op(b'0');
                    }
                }
                return self.write_get(vm, x);
            }
            self.op(b't');
        }
        self.memo_put(vm, obj)
    }

    fn save_list(&mut self, vm: &mut Vm, obj: &Value, o: &ObjRef) -> PyResult<()> {
        if self.bin {
            self.op(b']');
        } else {
            self.out.extend_from_slice(b"(l");
        }
        self.memo_put(vm, obj)?;
        let len = |o: &ObjRef| match &o.payload {
            Payload::List(l) => l.with(|l| l.len()),
            _ => 0,
        };
        let item = |o: &ObjRef, i: usize| match &o.payload {
            Payload::List(l) => l.with(|l| l.get(i).cloned()),
            _ => None,
        };
        if len(o) == 0 {
            return Ok(());
        }
        if !self.bin {
            let mut i = 0;
            while let Some(v) = item(o, i) {
                self.save(vm, &v)?;
                self.op(b'a');
                i += 1;
            }
            return Ok(());
        }
        if len(o) == 1 {
            if let Some(v) = item(o, 0) {
                self.save(vm, &v)?;
            }
            self.op(b'a');
            return Ok(());
        }
        let mut total = 0;
        loop {
            self.op(b'(');
            let mut this_batch = 0;
            while let Some(v) = item(o, total) {
                self.save(vm, &v)?;
                total += 1;
                this_batch += 1;
                if this_batch == BATCHSIZE {
                    break;
                }
            }
            self.op(b'e');
            if total >= len(o) {
                return Ok(());
            }
        }
    }

    fn save_dict(&mut self, vm: &mut Vm, obj: &Value, o: &ObjRef) -> PyResult<()> {
        if self.bin {
            self.op(b'}');
        } else {
            self.out.extend_from_slice(b"(d");
        }
        self.memo_put(vm, obj)?;
        let n = dict_len(o);
        if n == 0 {
            return Ok(());
        }
        let mut pos = 0;
        if !self.bin {
            while let Some((k, v)) = dict_next(o, &mut pos) {
                self.save(vm, &k)?;
                self.save(vm, &v)?;
                self.op(b's');
            }
            if dict_len(o) != n {
                return Err(vm.new_runtime_error("dictionary changed size during iteration"));
            }
            return Ok(());
        }
        if n == 1 {
            if let Some((k, v)) = dict_next(o, &mut pos) {
                self.save(vm, &k)?;
                self.save(vm, &v)?;
            }
            self.op(b's');
            return Ok(());
        }
        loop {
            self.op(b'(');
            let mut i = 0;
            while let Some((k, v)) = dict_next(o, &mut pos) {
                self.save(vm, &k)?;
                self.save(vm, &v)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.op(b'u');
            if dict_len(o) != n {
                return Err(vm.new_runtime_error("dictionary changed size during iteration"));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_set(&mut self, vm: &mut Vm, obj: &Value, o: &ObjRef) -> PyResult<()> {
        if self.proto < 4 {
            let items = set_items(o);
            let args = new_tuple(vec![builtins::new_list(items)]);
            let t = Value::Obj(types().set.clone());
            return self.save_reduce(vm, &t, &args, &Reduce::default(), Some(obj));
        }
        self.op(0x8f);
        self.memo_put(vm, obj)?;
        let n = set_len(o);
        if n == 0 {
            return Ok(());
        }
        let mut pos = 0;
        loop {
            self.op(b'(');
            let mut i = 0;
            while let Some(k) = set_next(o, &mut pos) {
                self.save(vm, &k)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.op(0x90);
            if set_len(o) != n {
                return Err(vm.new_runtime_error("set changed size during iteration"));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_frozenset(&mut self, vm: &mut Vm, obj: &Value, o: &ObjRef) -> PyResult<()> {
        if self.proto < 4 {
            let items = set_items(o);
            let args = new_tuple(vec![builtins::new_list(items)]);
            let t = Value::Obj(types().frozenset.clone());
            return self.save_reduce(vm, &t, &args, &Reduce::default(), Some(obj));
        }
        self.op(b'(');
        for item in set_items(o) {
            self.save(vm, &item)?;
        }
        if let Some(x) = self.memo_get(obj) {
            self.op(b'1');
            return self.write_get(vm, x);
        }
        self.op(0x91);
        self.memo_put(vm, obj)
    }

    // ---- globals -------------------------------------------------------------

    fn save_type(&mut self, vm: &mut Vm, obj: &Value, o: &ObjRef) -> PyResult<()> {
        let ty = types();
        let single = if o.is(&ty.none_type) {
            Some(Value::None)
        } else if o.is(&ty.ellipsis_type) {
            Some(Value::Obj(builtins::singletons().ellipsis.clone()))
        } else if o.is(&ty.not_implemented_type) {
            Some(Value::Obj(builtins::singletons().not_implemented.clone()))
        } else {
            None
        };
        match single {
            Some(v) => {
                let t = Value::Obj(ty.type_.clone());
                self.save_reduce(vm, &t, &new_tuple(vec![v]), &Reduce::default(), Some(obj))
            }
            None => self.save_global(vm, obj, None),
        }
    }

    pub(crate) fn save_global(
        &mut self,
        vm: &mut Vm,
        obj: &Value,
        name: Option<&Value>,
    ) -> PyResult<()> {
        let name = match name {
            Some(n) => n.clone(),
            None => match vm.get_attr_opt(obj, "__qualname__")? {
                Some(n) => n,
                None => vm.get_attr_str(obj, "__name__")?,
            },
        };
        if !builtins::is_str(&name) {
            return Err(vm.new_type_error(format!("must be str, not {}", type_name_of(&name))));
        }
        let name_text = builtins::str_of(&name).to_string();
        let parts = split_dotted(vm, &name_text, None)?;
        let module_name: Value;
        let parent_is_module: bool;
        let mut parent = Value::None;
        if obj.is(&codecs_encode()) {
            module_name = new_str("_codecs");
            parent_is_module = true;
        } else {
            module_name = whichmodule(vm, obj, &parts)?;
            let mtext = vm.str_string(&module_name)?;
            let module = match import_module_checked(vm, &mtext) {
                Ok(m) => m,
                Err(_) => {
                    let r = vm.repr_string(obj)?;
                    let mr = vm.repr_string(&module_name)?;
                    return Err(pickling_error(
                        vm,
                        &format!("Can't pickle {r}: import of module {mr} failed"),
                    ));
                }
            };
            let Some((p, value)) = deep_lookup(vm, &module, &parts) else {
                let r = vm.repr_string(obj)?;
                return Err(pickling_error(
                    vm,
                    &format!("Can't pickle {r}: attribute lookup {name_text} on {mtext} failed"),
                ));
            };
            if !value.is(obj) {
                let r = vm.repr_string(obj)?;
                return Err(pickling_error(
                    vm,
                    &format!("Can't pickle {r}: it's not the same object as {mtext}.{name_text}"),
                ));
            }
            parent_is_module = p.is(&module);
            parent = p;
        }
        if self.proto >= 2 {
            let reg = copyreg_tables(vm)?.extension_registry.clone();
            let key = new_tuple(vec![module_name.clone(), name.clone()]);
            if let Some(code) = builtins::dict::dict_get(vm, &reg, &key)? {
                let r = vm.repr_string(obj)?;
                let c = match code {
                    Value::Int(c) => c,
                    Value::Bool(b) => b as i64,
                    Value::Obj(ref o) if matches!(o.payload, Payload::Int(_)) => i64::MAX,
                    _ => {
                        let cr = vm.repr_string(&code)?;
                        return Err(pickling_error(
                            vm,
                            &format!("Can't pickle {r}: extension code {cr} isn't an integer"),
                        ));
                    }
                };
                if !(1..=0x7fff_ffff).contains(&c) {
                    let cr = vm.repr_string(&code)?;
                    return Err(pickling_error(
                        vm,
                        &format!("Can't pickle {r}: extension code {cr} is out of range"),
                    ));
                }
                if c <= 0xff {
                    self.op(0x82);
                    self.op(c as u8);
                } else if c <= 0xffff {
                    self.op(0x83);
                    self.out.extend_from_slice(&(c as u16).to_le_bytes());
                } else {
                    self.op(0x84);
                    self.out.extend_from_slice(&(c as u32).to_le_bytes());
                }
                return Ok(());
            }
        }
        let lastname = parts.last().cloned().unwrap_or_default();
        let global_name = if parent_is_module {
            new_str(lastname.as_str())
        } else {
            name.clone()
        };
        if self.proto >= 4 {
            let module_value = if builtins::is_str(&module_name) {
                let text = builtins::str_of(&module_name).to_string();
                let is_bf =
                    matches!(obj, Value::Obj(o) if o.type_ref().is(&types().builtin_function));
                if is_bf {
                    self.bf_modnames
                        .entry(text)
                        .or_insert_with(|| module_name.clone())
                        .clone()
                } else {
                    Value::Obj(builtins::intern(&text))
                }
            } else {
                module_name.clone()
            };
            self.save(vm, &module_value)?;
            self.save(vm, &global_name)?;
            self.op(0x93);
        } else if !parent_is_module {
            let getattr = builtin("getattr");
            let args = new_tuple(vec![parent, new_str(lastname.as_str())]);
            self.save_reduce(vm, &getattr, &args, &Reduce::default(), None)?;
        } else {
            self.op(b'c');
            let mut mtext = vm.str_string(&module_name)?;
            let mut gtext = builtins::str_of(&global_name).to_string();
            if self.proto < 3 && self.fix_imports {
                let (m, g) = super::reverse_mapping(vm, &mtext, &gtext)?;
                mtext = m;
                gtext = g;
            }
            let proto3 = self.proto == 3;
            let ok = |s: &str| proto3 || s.is_ascii();
            if !ok(&mtext) {
                return Err(pickling_error(
                    vm,
                    &format!(
                        "can't pickle module identifier '{mtext}' using pickle protocol {}",
                        self.proto
                    ),
                ));
            }
            self.out.extend_from_slice(mtext.as_bytes());
            self.op(b'\n');
            if !ok(&gtext) {
                return Err(pickling_error(
                    vm,
                    &format!(
                        "can't pickle global identifier '{gtext}' using pickle protocol {}",
                        self.proto
                    ),
                ));
            }
            self.out.extend_from_slice(gtext.as_bytes());
            self.op(b'\n');
        }
        self.memo_put(vm, obj)
    }

    // ---- the reduce protocol -------------------------------------------------

    fn save_other(&mut self, vm: &mut Vm, obj: &Value, o: &ObjRef) -> PyResult<()> {
        if !self.reducer_override.is_null() {
            let rv = vm.call(&self.reducer_override, std::slice::from_ref(obj))?;
            if !baton_vm::protocol::is_not_implemented(&rv) {
                return self.save_reduce_value(vm, obj, &rv);
            }
        }
        let ty = types();
        let t = o.type_ref().clone();
        if t.is(&ty.type_) {
            return self.save_type(vm, obj, o);
        }
        if t.is(&ty.function) {
            return self.save_global(vm, obj, None);
        }
        let tv = Value::Obj(t.clone());
        let reduce = if self.dispatch_table.is_null() {
            let table = copyreg_tables(vm)?.dispatch_table.clone();
            builtins::dict::dict_get(vm, &table, &tv)?
        } else {
            match baton_vm::protocol::getitem(vm, &self.dispatch_table, &tv) {
                Ok(f) => Some(f),
                Err(e) if builtins::exc_matches(&e, &ty.exc.key_error) => None,
                Err(e) => return Err(e),
            }
        };
        let rv = if let Some(f) = reduce {
            vm.call(&f, std::slice::from_ref(obj))?
        } else if is_subtype(&t, &ty.type_) {
            return self.save_global(vm, obj, None);
        } else if let Some(rv) = builtin_reduce(vm, obj, &t)? {
            rv
        } else if let Some(f) = vm.get_attr_opt(obj, "__reduce_ex__")? {
            vm.call(&f, &[Value::Int(self.proto as i64)])?
        } else if let Some(f) = vm.get_attr_opt(obj, "__reduce__")? {
            vm.call(&f, &[])?
        } else {
            let r = vm.repr_string(obj)?;
            let tn = baton_vm::types::type_data(&t).name();
            return Err(pickling_error(
                vm,
                &format!("can't pickle '{tn}' object: {r}"),
            ));
        };
        self.save_reduce_value(vm, obj, &rv)
    }

    fn save_reduce_value(&mut self, vm: &mut Vm, obj: &Value, rv: &Value) -> PyResult<()> {
        match rv.payload() {
            Some(Payload::Str(_)) => self.save_global(vm, obj, Some(rv)),
            Some(Payload::Tuple(items)) => {
                let items = items.to_vec();
                self.save_reduce_tuple(vm, &items, obj)
            }
            _ => Err(pickling_error(
                vm,
                "__reduce__ must return a string or tuple",
            )),
        }
    }

    fn save_reduce_tuple(&mut self, vm: &mut Vm, rv: &[Value], obj: &Value) -> PyResult<()> {
        let size = rv.len();
        if !(2..=6).contains(&size) {
            return Err(pickling_error(
                vm,
                "tuple returned by __reduce__ must contain 2 through 6 elements",
            ));
        }
        let opt = |i: usize| rv.get(i).filter(|v| !v.is_none()).cloned();
        let func = rv[0].clone();
        let args = rv[1].clone();
        let extra = Reduce {
            state: opt(2),
            listitems: opt(3),
            dictitems: opt(4),
            state_setter: opt(5),
        };
        if !builtins::module::is_callable(&func) {
            return Err(pickling_error(
                vm,
                "first item of the tuple returned by __reduce__ must be callable",
            ));
        }
        if !matches!(args.payload(), Some(Payload::Tuple(_))) {
            return Err(pickling_error(
                vm,
                "second item of the tuple returned by __reduce__ must be a tuple",
            ));
        }
        for (v, which) in [(&extra.listitems, "fourth"), (&extra.dictitems, "fifth")] {
            if let Some(v) = v {
                let t = builtins::type_of(v);
                if lookup(&t, &builtins::intern("__next__")).is_none() {
                    return Err(pickling_error(
                        vm,
                        &format!(
                            "{which} element of the tuple returned by __reduce__ must be an iterator, not {}",
                            type_name_of(v)
                        ),
                    ));
                }
            }
        }
        if let Some(s) = &extra.state_setter {
            if !builtins::module::is_callable(s) {
                return Err(pickling_error(
                    vm,
                    &format!(
                        "sixth element of the tuple returned by __reduce__ must be a function, not {}",
                        type_name_of(s)
                    ),
                ));
            }
        }
        self.save_reduce(vm, &func, &args, &extra, Some(obj))
    }

    /// The reduce value (func, args, extra): NEWOBJ / NEWOBJ_EX / REDUCE,
    /// the memo, then list and dict items and the state.
    fn save_reduce(
        &mut self,
        vm: &mut Vm,
        func: &Value,
        args: &Value,
        extra: &Reduce,
        obj: Option<&Value>,
    ) -> PyResult<()> {
        let args_items: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let mut use_newobj = false;
        let mut use_newobj_ex = false;
        if self.proto >= 2 {
            if let Some(n) = vm.get_attr_opt(func, "__name__")? {
                if builtins::is_str(&n) {
                    match builtins::str_of(&n) {
                        "__newobj_ex__" => use_newobj_ex = true,
                        "__newobj__" => use_newobj = true,
                        _ => {}
                    }
                }
            }
        }
        if use_newobj_ex {
            if args_items.len() != 3 {
                return Err(pickling_error(
                    vm,
                    &format!(
                        "length of the NEWOBJ_EX argument tuple must be exactly 3, not {}",
                        args_items.len()
                    ),
                ));
            }
            let (cls, cargs, kwargs) = (&args_items[0], &args_items[1], &args_items[2]);
            if !matches!(cls.payload(), Some(Payload::Type(_))) {
                return Err(pickling_error(
                    vm,
                    &format!(
                        "first item from NEWOBJ_EX argument tuple must be a class, not {}",
                        type_name_of(cls)
                    ),
                ));
            }
            if !matches!(cargs.payload(), Some(Payload::Tuple(_))) {
                return Err(pickling_error(
                    vm,
                    &format!(
                        "second item from NEWOBJ_EX argument tuple must be a tuple, not {}",
                        type_name_of(cargs)
                    ),
                ));
            }
            if !matches!(kwargs.payload(), Some(Payload::Dict(_))) {
                return Err(pickling_error(
                    vm,
                    &format!(
                        "third item from NEWOBJ_EX argument tuple must be a dict, not {}",
                        type_name_of(kwargs)
                    ),
                ));
            }
            if self.proto >= 4 {
                self.save(vm, cls)?;
                self.save(vm, cargs)?;
                self.save(vm, kwargs)?;
                self.op(0x92);
            } else {
                // partial(cls.__new__, cls, *args, **kwargs)()
                let functools = baton_vm::import::import_module(vm, "functools")?;
                let partial = vm.get_attr_str(&functools, "partial")?;
                let new = vm.get_attr_str(cls, "__new__")?;
                let mut call_args = vec![new, cls.clone()];
                call_args.extend(builtins::list_items(cargs));
                let mut kwnames = Vec::new();
                if let Some(Payload::Dict(d)) = kwargs.payload() {
                    for (k, v) in d.with(|d| d.items()) {
                        kwnames.push(k);
                        call_args.push(v);
                    }
                }
                let p =
                    vm.call_args(&partial, baton_vm::FuncArgs::with_kw(&call_args, &kwnames))?;
                self.save(vm, &p)?;
                self.save(vm, &new_tuple(vec![]))?;
                self.op(b'R');
            }
        } else if use_newobj {
            let Some(cls) = args_items.first() else {
                return Err(pickling_error(vm, "__newobj__ arglist is empty"));
            };
            if !matches!(cls.payload(), Some(Payload::Type(_))) {
                return Err(pickling_error(
                    vm,
                    "args[0] from __newobj__ args is not a type",
                ));
            }
            if let Some(obj) = obj {
                let class = match vm.get_attr_opt(obj, "__class__")? {
                    Some(c) => c,
                    None => Value::Obj(builtins::type_of(obj)),
                };
                if !class.is(cls) {
                    return Err(pickling_error(
                        vm,
                        "args[0] from __newobj__ args has the wrong class",
                    ));
                }
            }
            self.save(vm, cls)?;
            self.save(vm, &new_tuple(args_items[1..].to_vec()))?;
            self.op(0x81);
        } else {
            self.save(vm, func)?;
            self.save(vm, args)?;
            self.op(b'R');
        }
        if let Some(obj) = obj {
            if let Some(x) = self.memo_get(obj) {
                self.op(b'0');
                return self.write_get(vm, x);
            }
            self.memo_put(vm, obj)?;
        }
        if let Some(items) = &extra.listitems {
            self.batch_list(vm, items)?;
        }
        if let Some(items) = &extra.dictitems {
            self.batch_dict(vm, items)?;
        }
        if let Some(state) = &extra.state {
            match &extra.state_setter {
                None => {
                    self.save(vm, state)?;
                    self.op(b'b');
                }
                Some(setter) => {
                    self.save(vm, setter)?;
                    self.save(vm, obj.unwrap_or(&Value::None))?;
                    self.save(vm, state)?;
                    self.out.extend_from_slice(b"\x86R0");
                }
            }
        }
        Ok(())
    }

    fn batch_list(&mut self, vm: &mut Vm, items: &Value) -> PyResult<()> {
        let next = |vm: &mut Vm| baton_vm::protocol::iter_next(vm, items);
        if !self.bin {
            while let Some(item) = next(vm)? {
                self.save(vm, &item)?;
                self.op(b'a');
            }
            return Ok(());
        }
        loop {
            let Some(first) = next(vm)? else {
                return Ok(());
            };
            let Some(second) = next(vm)? else {
                self.save(vm, &first)?;
                self.op(b'a');
                return Ok(());
            };
            self.op(b'(');
            self.save(vm, &first)?;
            self.save(vm, &second)?;
            let mut n = 2;
            while n < BATCHSIZE {
                let Some(item) = next(vm)? else { break };
                self.save(vm, &item)?;
                n += 1;
            }
            self.op(b'e');
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn batch_dict(&mut self, vm: &mut Vm, items: &Value) -> PyResult<()> {
        let next = |vm: &mut Vm| baton_vm::protocol::iter_next(vm, items);
        if !self.bin {
            while let Some(item) = next(vm)? {
                let (k, v) = pair(vm, &item)?;
                self.save(vm, &k)?;
                self.save(vm, &v)?;
                self.op(b's');
            }
            return Ok(());
        }
        loop {
            let Some(first) = next(vm)? else {
                return Ok(());
            };
            let (k1, v1) = pair(vm, &first)?;
            let Some(second) = next(vm)? else {
                self.save(vm, &k1)?;
                self.save(vm, &v1)?;
                self.op(b's');
                return Ok(());
            };
            self.op(b'(');
            self.save(vm, &k1)?;
            self.save(vm, &v1)?;
            let (k2, v2) = pair(vm, &second)?;
            self.save(vm, &k2)?;
            self.save(vm, &v2)?;
            let mut n = 2;
            while n < BATCHSIZE {
                let Some(item) = next(vm)? else { break };
                let (k, v) = pair(vm, &item)?;
                self.save(vm, &k)?;
                self.save(vm, &v)?;
                n += 1;
            }
            self.op(b'u');
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }
}

/// The optional parts of a reduce value.
#[derive(Default)]
struct Reduce {
    state: Option<Value>,
    listitems: Option<Value>,
    dictitems: Option<Value>,
    state_setter: Option<Value>,
}

fn pair(vm: &mut Vm, item: &Value) -> PyResult<(Value, Value)> {
    if let Some(Payload::Tuple(t)) = item.payload() {
        if t.len() == 2 {
            return Ok((t[0].clone(), t[1].clone()));
        }
    }
    Err(vm.new_type_error("dict items iterator must return 2-tuples".to_string()))
}

fn builtin(name: &str) -> Value {
    builtins::dict_get_str(&baton_vm::vm::runtime().builtins_dict, name).unwrap_or(Value::None)
}

/// How CPython reduces the built-in types whose `__reduce_ex__` Baton's
/// objects lack (functions and methods of built-in types, modules,
/// Ellipsis, NotImplemented). None: not one of them.
fn builtin_reduce(vm: &mut Vm, obj: &Value, t: &ObjRef) -> PyResult<Option<Value>> {
    let ty = types();
    let getattr_of = |owner: Value, name: Value| {
        new_tuple(vec![builtin("getattr"), new_tuple(vec![owner, name])])
    };
    if t.is(&ty.builtin_function) {
        let owner = vm.get_attr_opt(obj, "__self__")?.unwrap_or(Value::None);
        let name = vm.get_attr_str(obj, "__name__")?;
        let is_module = matches!(owner.payload(), Some(Payload::Module(_)));
        if owner.is_none() || is_module {
            return Ok(Some(name));
        }
        return Ok(Some(getattr_of(owner, name)));
    }
    if t.is(&ty.method) {
        let owner = vm.get_attr_str(obj, "__self__")?;
        let func = vm.get_attr_str(obj, "__func__")?;
        let name = vm.get_attr_str(&func, "__name__")?;
        return Ok(Some(getattr_of(owner, name)));
    }
    if t.is(&ty.method_descriptor) {
        let Some(owner) = vm.get_attr_opt(obj, "__objclass__")? else {
            return Err(vm.new_type_error("cannot pickle 'method_descriptor' object".to_string()));
        };
        let name = vm.get_attr_str(obj, "__name__")?;
        return Ok(Some(getattr_of(owner, name)));
    }
    if t.is(&ty.module) {
        return Err(vm.new_type_error("cannot pickle 'module' object".to_string()));
    }
    if t.is(&ty.ellipsis_type) {
        return Ok(Some(new_str("Ellipsis")));
    }
    if t.is(&ty.not_implemented_type) {
        return Ok(Some(new_str("NotImplemented")));
    }
    Ok(None)
}

/// The name of the module `obj` lives in: its `__module__`, else the first
/// module of sys.modules holding it under `parts`, else `__main__`.
fn whichmodule(vm: &mut Vm, obj: &Value, parts: &[String]) -> PyResult<Value> {
    if let Some(m) = vm.get_attr_opt(obj, "__module__")? {
        if !m.is_none() {
            return Ok(m);
        }
    }
    let modules = baton_vm::vm::runtime().modules.clone();
    let items = builtins::dict::dict_items_of(&modules);
    for (name, module) in items {
        if builtins::str_of(&name) == "__main__" || module.is_none() {
            continue;
        }
        let mut value = module;
        let mut found = true;
        for part in parts {
            match vm.get_attr_opt(&value, part) {
                Ok(Some(v)) => value = v,
                _ => {
                    found = false;
                    break;
                }
            }
        }
        if found && value.is(obj) {
            return Ok(name);
        }
    }
    Ok(new_str("__main__"))
}

fn dict_len(o: &ObjRef) -> usize {
    match &o.payload {
        Payload::Dict(d) => d.with(|d| d.len()),
        _ => 0,
    }
}

/// The next (key, value) of a dict from entry position `pos` (which it
/// advances); the dict is read afresh each time, as Python code may run
/// between two calls.
fn dict_next(o: &ObjRef, pos: &mut usize) -> Option<(Value, Value)> {
    let Payload::Dict(d) = &o.payload else {
        return None;
    };
    d.with(|d| {
        while *pos < d.entries_len() {
            let p = *pos;
            *pos += 1;
            if let Some(e) = d.entry_at(p) {
                return Some((e.key.clone(), e.value.clone()));
            }
        }
        None
    })
}

fn set_len(o: &ObjRef) -> usize {
    match &o.payload {
        Payload::Set(s) => s.with(|s| s.len()),
        Payload::FrozenSet(s) => s.len(),
        _ => 0,
    }
}

fn set_next(o: &ObjRef, pos: &mut usize) -> Option<Value> {
    let Payload::Set(s) = &o.payload else {
        return None;
    };
    s.with(|s| {
        while *pos < s.table_len() {
            let p = *pos;
            *pos += 1;
            if let Some(k) = s.slot_key(p) {
                return Some(k.clone());
            }
        }
        None
    })
}

fn set_items(o: &ObjRef) -> Vec<Value> {
    match &o.payload {
        Payload::Set(s) => s.with(|s| s.iter().cloned().collect()),
        Payload::FrozenSet(s) => s.iter().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Protocol 0's UNICODE argument: raw-unicode-escape, with `\uXXXX` for the
/// characters that would break the line-based format.
fn raw_unicode_escape(s: &str, out: &mut Vec<u8>) {
    use std::io::Write;
    for c in s.chars() {
        let u = c as u32;
        match c {
            '\\' | '\n' | '\r' | '\0' | '\x1a' => {
                let _ = write!(out, "\\u{u:04x}");
            }
            _ if u < 256 => out.push(u as u8),
            _ if u < 0x10000 => {
                let _ = write!(out, "\\u{u:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{u:08x}");
            }
        }
    }
}
