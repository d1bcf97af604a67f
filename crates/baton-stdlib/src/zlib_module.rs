//! The `zlib` module over zlib itself (`libz-sys`: the system's libz, the
//! one CPython links, so compressed bytes are identical to CPython's).
//!
//! The loops follow CPython's `zlibmodule.c` call for call (the same
//! `deflate`/`inflate` calls with the same flush modes and the same input),
//! so the output and the error messages match. Work on inputs of 2 KiB or
//! more runs with the GIL released, on a copy of the input; a stream object's
//! state sits behind a real mutex that is waited for without the GIL.

use crate::util::{bytes_copy, bytes_len, native_ref, new_native_type, with_bytes};
use baton_vm::builtins::{self, new_bytes, new_str, types};
use baton_vm::object::{NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use libz_sys as z;
use std::ffi::{c_int, c_uint, c_void, CStr};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// Inputs at least this long are processed with the GIL released.
const GIL_MINSIZE: usize = 2048;
const DEF_BUF_SIZE: usize = 16384;
const DEF_MEM_LEVEL: c_int = 8;
const MAX_WBITS: c_int = 15;
const DEFLATED: c_int = 8;

// ---- the z_stream ---------------------------------------------------------------------

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: calloc has no preconditions; zlib checks for NULL.
    unsafe { libc::calloc(items as libc::size_t, size as libc::size_t) }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: zlib frees only what zalloc returned.
    unsafe { libc::free(p) }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Deflate,
    Inflate,
}

/// A z_stream on the heap (zlib keeps a pointer back to it, so it must not
/// move), ended when dropped.
struct Stream {
    strm: Box<z::z_stream>,
    kind: Kind,
    /// Initialised and not yet ended.
    live: bool,
}

// SAFETY: the raw pointers inside the z_stream point to zlib's own state
// (owned by this stream) or, during a call, to buffers of that call; the
// stream is only used by one thread at a time (behind a Mutex).
unsafe impl Send for Stream {}

impl Stream {
    fn blank(kind: Kind) -> Stream {
        Stream {
            strm: Box::new(z::z_stream {
                next_in: std::ptr::null_mut(),
                avail_in: 0,
                total_in: 0,
                next_out: std::ptr::null_mut(),
                avail_out: 0,
                total_out: 0,
                msg: std::ptr::null_mut(),
                state: std::ptr::null_mut(),
                zalloc,
                zfree,
                opaque: std::ptr::null_mut(),
                data_type: 0,
                adler: 0,
                reserved: 0,
            }),
            kind,
            live: false,
        }
    }

    fn deflate_init(
        level: c_int,
        method: c_int,
        wbits: c_int,
        mem: c_int,
        strategy: c_int,
    ) -> (Stream, c_int) {
        let mut s = Stream::blank(Kind::Deflate);
        // SAFETY: `strm` is a valid z_stream with allocators set; the
        // version and size are those of the header we were built against.
        let err = unsafe {
            z::deflateInit2_(
                &mut *s.strm,
                level,
                method,
                wbits,
                mem,
                strategy,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        s.live = err == z::Z_OK;
        (s, err)
    }

    fn inflate_init(wbits: c_int) -> (Stream, c_int) {
        let mut s = Stream::blank(Kind::Inflate);
        // SAFETY: as for deflate_init.
        let err = unsafe {
            z::inflateInit2_(
                &mut *s.strm,
                wbits,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        s.live = err == z::Z_OK;
        (s, err)
    }

    /// Ends the stream (deflateEnd/inflateEnd); returns zlib's code.
    fn end(&mut self) -> c_int {
        if !self.live {
            return z::Z_OK;
        }
        self.live = false;
        // SAFETY: the stream was initialised and not ended yet.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(&mut *self.strm),
                Kind::Inflate => z::inflateEnd(&mut *self.strm),
            }
        }
    }

    /// A copy of a live stream (deflateCopy/inflateCopy).
    fn copy(&mut self) -> Result<Stream, c_int> {
        let mut c = Stream::blank(self.kind);
        // SAFETY: `self.strm` is live (checked by the callers) and `c.strm` is
        // a fresh z_stream that the copy initialises.
        let err = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateCopy(&mut *c.strm, &mut *self.strm),
                Kind::Inflate => z::inflateCopy(&mut *c.strm, &mut *self.strm),
            }
        };
        if err != z::Z_OK {
            return Err(err);
        }
        c.live = true;
        Ok(c)
    }

    fn set_dictionary(&mut self, dict: &[u8]) -> c_int {
        let len = dict.len().min(c_uint::MAX as usize) as c_uint;
        // SAFETY: `dict` is readable for `len` bytes; zlib copies it. On an
        // ended stream zlib returns Z_STREAM_ERROR.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
                Kind::Inflate => z::inflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
            }
        }
    }

    /// zlib's message for the last error, if it set one.
    fn msg(&self) -> Option<String> {
        if self.strm.msg.is_null() {
            return None;
        }
        // SAFETY: zlib sets msg to a static NUL-terminated string.
        Some(
            unsafe { CStr::from_ptr(self.strm.msg) }
                .to_string_lossy()
                .into_owned(),
        )
    }

    /// Points the stream's input at `input[pos..]` (at most UINT_MAX bytes).
    fn set_input(&mut self, input: &[u8], pos: usize) {
        let rest = &input[pos..];
        self.strm.next_in = rest.as_ptr() as *mut u8;
        self.strm.avail_in = rest.len().min(c_uint::MAX as usize) as c_uint;
    }

    /// How far into `input` the stream has read.
    fn input_pos(&self, input: &[u8]) -> usize {
        (self.strm.next_in as usize).wrapping_sub(input.as_ptr() as usize)
    }

    /// One deflate/inflate call writing into `out`'s spare capacity (grown
    /// to hold at least one more byte, up to `limit` in all).
    fn step(&mut self, out: &mut Vec<u8>, limit: usize, flush: c_int) -> c_int {
        if out.len() == out.capacity() {
            let grow = out.capacity().clamp(DEF_BUF_SIZE, 1 << 24);
            let target = (out.len() + grow).min(limit.max(out.len() + 1));
            out.reserve_exact(target - out.len());
        }
        let spare = (out.capacity() - out.len())
            .min(limit.saturating_sub(out.len()))
            .min(c_uint::MAX as usize);
        let len = out.len();
        // SAFETY: the pointer is within `out`'s allocation, `spare` bytes
        // of capacity follow it; zlib writes at most avail_out bytes there.
        self.strm.next_out = unsafe { out.as_mut_ptr().add(len) };
        self.strm.avail_out = spare as c_uint;
        // SAFETY: the stream is a valid z_stream (zlib rejects one that was
        // ended), next_in/avail_in describe a live input buffer (set by the
        // caller) and next_out/avail_out the spare capacity above.
        let err = unsafe {
            match self.kind {
                Kind::Deflate => z::deflate(&mut *self.strm, flush),
                Kind::Inflate => z::inflate(&mut *self.strm, flush),
            }
        };
        let produced = spare - self.strm.avail_out as usize;
        // SAFETY: zlib initialised `produced` bytes after the old length.
        unsafe { out.set_len(len + produced) };
        err
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.end();
    }
}

// ---- errors ----------------------------------------------------------------------------

fn zlib_error_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        crate::util::new_exception_type("zlib", "error", &[types().exc.exception.clone()])
    })
    .clone()
}

/// CPython's zlib_error: "Error <code> <what>[: <zlib's message>]".
fn zlib_error(vm: &mut Vm, msg: Option<String>, err: c_int, what: &str) -> PyErr {
    let zmsg = if err == z::Z_VERSION_ERROR {
        Some("library version mismatch".to_string())
    } else {
        msg.or_else(|| match err {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream".to_string()),
            z::Z_STREAM_ERROR => Some("inconsistent stream state".to_string()),
            z::Z_DATA_ERROR => Some("invalid input data".to_string()),
            _ => None,
        })
    };
    let text = match zmsg {
        Some(m) => format!("Error {err} {what}: {m}"),
        None => format!("Error {err} {what}"),
    };
    vm.new_exception_msg(&zlib_error_type(), text)
}

fn simple_error(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_exception_msg(&zlib_error_type(), msg.to_string())
}

fn not_bytes(vm: &mut Vm, v: &Value) -> PyErr {
    let tn = vm.type_name(v);
    vm.new_type_error(format!("a bytes-like object is required, not '{tn}'"))
}

/// A C int argument.
fn c_int_arg(vm: &mut Vm, v: &Value, default: c_int) -> PyResult<c_int> {
    if v.is_null() {
        return Ok(default);
    }
    if matches!(v, Value::Float(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Float(_)))
    {
        return Err(
            vm.new_type_error("'float' object cannot be interpreted as an integer".to_string())
        );
    }
    let n = builtins::arg_index(vm, v).map_err(|e| {
        if builtins::exc_matches(&e, &types().exc.overflow_error) {
            vm.new_overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    c_int::try_from(n)
        .map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))
}

/// A Py_ssize_t argument.
fn ssize_arg(vm: &mut Vm, v: &Value, default: i64) -> PyResult<i64> {
    if v.is_null() {
        return Ok(default);
    }
    if matches!(v, Value::Float(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Float(_)))
    {
        return Err(
            vm.new_type_error("'float' object cannot be interpreted as an integer".to_string())
        );
    }
    builtins::arg_index(vm, v)
}

/// Positional-only arguments: `fname(a, b=.., /)` with CPython's messages.
fn positional(
    vm: &mut Vm,
    args: &FuncArgs,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<Vec<Value>> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n > max {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    if n < min {
        let how = if min == max { "exactly" } else { "at least" };
        return Err(vm.new_type_error(format!(
            "{fname}() takes {how} {min} positional argument{} ({n} given)",
            plural(min)
        )));
    }
    let mut out = args.args.to_vec();
    out.resize(max, Value::Null);
    Ok(out)
}

/// Arguments with a positional-only first parameter (`data, /, ...`).
fn data_then_kw(vm: &mut Vm, args: &FuncArgs, fname: &str, names: &[&str]) -> PyResult<Vec<Value>> {
    let pos = args.pos();
    if args.args.len() > names.len() + 1 {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len() + 1,
            args.args.len()
        )));
    }
    if pos.is_empty() {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at least 1 positional argument (0 given)"
        )));
    }
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let mut b = builtins::bind_native(vm, &rest, fname, names, 0)?;
    b.insert(0, pos[0].clone());
    Ok(b)
}

// ---- one-shot functions ----------------------------------------------------------------

/// Runs `f` on the bytes of `data`, with the GIL released if they are long.
fn run_on_data<R: Send>(
    vm: &mut Vm,
    data: &Value,
    f: impl FnOnce(&[u8]) -> R + Send,
) -> PyResult<R> {
    let Some(len) = bytes_len(data) else {
        return Err(not_bytes(vm, data));
    };
    if len >= GIL_MINSIZE {
        if let Value::Obj(o) = data {
            if let Payload::Bytes(b) = &o.payload {
                // bytes are immutable and `data` (held by our caller) keeps
                // the object alive: work on them in place, no copy.
                let bytes: &[u8] = b;
                return Ok(vm.allow_threads(|| f(bytes)));
            }
        }
        // A copy: a bytearray could change while the GIL is released.
        let copy = bytes_copy(data).unwrap_or_default();
        Ok(vm.allow_threads(|| f(&copy)))
    } else {
        Ok(with_bytes(data, f).expect("bytes-like"))
    }
}

enum OneShot {
    Ok(Vec<u8>),
    /// (zlib's message, code, what)
    Err(Option<String>, c_int, &'static str),
    /// A zlib.error with exactly this message.
    Plain(&'static str),
    NoMemory,
}

fn compress_bytes(input: &[u8], level: c_int, wbits: c_int) -> OneShot {
    let (mut s, err) =
        Stream::deflate_init(level, DEFLATED, wbits, DEF_MEM_LEVEL, z::Z_DEFAULT_STRATEGY);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return OneShot::NoMemory,
        z::Z_STREAM_ERROR => return OneShot::Plain("Bad compression level"),
        _ => return OneShot::Err(s.msg(), err, "while compressing data"),
    }
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        s.set_input(input, pos);
        let last = pos + s.strm.avail_in as usize == input.len();
        let flush = if last { z::Z_FINISH } else { z::Z_NO_FLUSH };
        loop {
            let err = s.step(&mut out, usize::MAX, flush);
            if err == z::Z_STREAM_ERROR {
                let m = s.msg();
                s.end();
                return OneShot::Err(m, err, "while compressing data");
            }
            if s.strm.avail_out != 0 {
                break;
            }
        }
        let newpos = s.input_pos(input);
        if last || newpos <= pos {
            break;
        }
        pos = newpos;
    }
    let err = s.end();
    if err == z::Z_OK {
        OneShot::Ok(out)
    } else {
        OneShot::Err(s.msg(), err, "while finishing compression")
    }
}

fn decompress_bytes(input: &[u8], wbits: c_int, bufsize: usize) -> OneShot {
    let (mut s, err) = Stream::inflate_init(wbits);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return OneShot::NoMemory,
        _ => return OneShot::Err(s.msg(), err, "while preparing to decompress data"),
    }
    let mut out = Vec::with_capacity(bufsize.clamp(1, 1 << 24));
    let mut pos = 0;
    let mut err;
    loop {
        s.set_input(input, pos);
        let chunk = s.strm.avail_in as usize;
        let flush = if pos + chunk == input.len() {
            z::Z_FINISH
        } else {
            z::Z_NO_FLUSH
        };
        loop {
            err = s.step(&mut out, usize::MAX, flush);
            match err {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_MEM_ERROR => return OneShot::NoMemory,
                _ => {
                    let m = s.msg();
                    s.end();
                    return OneShot::Err(m, err, "while decompressing data");
                }
            }
            if s.strm.avail_out != 0 {
                break;
            }
        }
        let newpos = s.input_pos(input);
        if err == z::Z_STREAM_END || pos + chunk >= input.len() || newpos <= pos {
            break;
        }
        pos = newpos;
    }
    if err != z::Z_STREAM_END {
        let m = s.msg();
        s.end();
        return OneShot::Err(m, err, "while decompressing data");
    }
    let err = s.end();
    if err != z::Z_OK {
        return OneShot::Err(s.msg(), err, "while finishing decompression");
    }
    OneShot::Ok(out)
}

fn one_shot_result(vm: &mut Vm, r: OneShot, nomem: &str) -> PyResult<Value> {
    match r {
        OneShot::Ok(v) => Ok(new_bytes(v)),
        OneShot::Err(m, err, what) => Err(zlib_error(vm, m, err, what)),
        OneShot::Plain(m) => Err(simple_error(vm, m)),
        OneShot::NoMemory => {
            Err(vm.new_exception_msg(&types().exc.memory_error, nomem.to_string()))
        }
    }
}

/// `compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)`.
fn zlib_compress(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = data_then_kw(vm, &args, "compress", &["level", "wbits"])?;
    let level = c_int_arg(vm, &b[1], z::Z_DEFAULT_COMPRESSION)?;
    let wbits = c_int_arg(vm, &b[2], MAX_WBITS)?;
    let r = run_on_data(vm, &b[0], |d| compress_bytes(d, level, wbits))?;
    one_shot_result(vm, r, "Out of memory while compressing data")
}

/// `decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)`.
fn zlib_decompress(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = data_then_kw(vm, &args, "decompress", &["wbits", "bufsize"])?;
    let wbits = c_int_arg(vm, &b[1], MAX_WBITS)?;
    let bufsize = ssize_arg(vm, &b[2], DEF_BUF_SIZE as i64)?;
    if bufsize < 0 {
        return Err(vm.new_value_error("bufsize must be non-negative".to_string()));
    }
    if bytes_len(&b[0]).is_none() {
        return Err(not_bytes(vm, &b[0]));
    }
    let bufsize = (bufsize as usize).max(1);
    let r = run_on_data(vm, &b[0], |d| decompress_bytes(d, wbits, bufsize))?;
    one_shot_result(vm, r, "Out of memory while decompressing data")
}

/// crc32/adler32's `value`: an unsigned int, masked as CPython does.
fn checksum_start(vm: &mut Vm, v: &Value, default: u32) -> PyResult<u32> {
    if v.is_null() {
        return Ok(default);
    }
    let n = crate::math_module::index_bigint(vm, v)?;
    let mask = num_bigint::BigInt::from(0xffff_ffffu32);
    let m = num_traits::ToPrimitive::to_u32(&(n & mask)).unwrap_or(0);
    Ok(m)
}

fn checksum(data: &[u8], start: u32, crc: bool) -> u32 {
    let mut v = start as std::ffi::c_ulong;
    for chunk in data.chunks(c_uint::MAX as usize) {
        // SAFETY: `chunk` is readable for its length (which fits a uInt).
        v = unsafe {
            if crc {
                z::crc32(v, chunk.as_ptr(), chunk.len() as c_uint)
            } else {
                z::adler32(v, chunk.as_ptr(), chunk.len() as c_uint)
            }
        };
    }
    v as u32
}

/// crc32/adler32's arguments: `(data, value, /)`.
fn checksum_args(vm: &mut Vm, args: &FuncArgs, fname: &str) -> PyResult<Vec<Value>> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("zlib.{fname}() takes no keyword arguments")));
    }
    builtins::check_args(vm, args, fname, 1, 2)?;
    let mut b = args.args.to_vec();
    b.resize(2, Value::Null);
    Ok(b)
}

fn zlib_crc32(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = checksum_args(vm, &args, "crc32")?;
    let start = checksum_start(vm, &b[1], 0)?;
    let r = run_on_data(vm, &b[0], |d| checksum(d, start, true))?;
    Ok(Value::Int(r as i64))
}

fn zlib_adler32(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = checksum_args(vm, &args, "adler32")?;
    let start = checksum_start(vm, &b[1], 1)?;
    let r = run_on_data(vm, &b[0], |d| checksum(d, start, false))?;
    Ok(Value::Int(r as i64))
}

// ---- stream objects --------------------------------------------------------------------

struct CompState {
    stream: Stream,
}

struct DecompState {
    stream: Stream,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
    zdict: Option<Vec<u8>>,
}

/// zlib.Compress / zlib.Decompress.
struct ZObject<T> {
    state: Mutex<T>,
}

impl<T: Send + 'static> NativeData for ZObject<T> {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl<T> ZObject<T> {
    /// The state, waited for without the GIL if another thread has it.
    fn lock(&self, vm: &mut Vm) -> MutexGuard<'_, T> {
        match self.state.try_lock() {
            Ok(g) => g,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => {
                vm.allow_threads(|| self.state.lock().unwrap_or_else(|p| p.into_inner()))
            }
        }
    }
}

fn comp_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_native_type(
            "zlib",
            "Compress",
            None,
            &[
                ("compress", c_compress),
                ("flush", c_flush),
                ("copy", c_copy),
                ("__copy__", c_copy),
                ("__deepcopy__", c_deepcopy),
            ],
        );
        crate::util::add_static_methods(&t, &[("__new__", no_new)]);
        t
    })
    .clone()
}

fn decomp_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_native_type(
            "zlib",
            "Decompress",
            None,
            &[
                ("decompress", d_decompress),
                ("flush", d_flush),
                ("copy", d_copy),
                ("__copy__", d_copy),
                ("__deepcopy__", d_deepcopy),
            ],
        );
        builtins::types::add_getsets(
            &t,
            &[
                ("unused_data", g_unused_data, None),
                ("unconsumed_tail", g_unconsumed_tail, None),
                ("eof", g_eof, None),
            ],
        );
        crate::util::add_static_methods(&t, &[("__new__", no_new)]);
        t
    })
    .clone()
}

fn no_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = match args.args.first() {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => {
            baton_vm::types::type_data(t).name().to_string()
        }
        _ => "Compress".to_string(),
    };
    Err(vm.new_type_error(format!("cannot create 'zlib.{name}' instances")))
}

fn new_comp(st: CompState) -> Value {
    Value::Obj(ObjRef::new(
        comp_type(),
        Payload::Native(Box::new(ZObject {
            state: Mutex::new(st),
        })),
    ))
}

fn new_decomp(st: DecompState) -> Value {
    Value::Obj(ObjRef::new(
        decomp_type(),
        Payload::Native(Box::new(ZObject {
            state: Mutex::new(st),
        })),
    ))
}

fn comp_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a ZObject<CompState>> {
    v.and_then(native_ref::<ZObject<CompState>>).ok_or_else(|| {
        vm.new_type_error("descriptor requires a 'zlib.Compress' object".to_string())
    })
}

fn decomp_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a ZObject<DecompState>> {
    v.and_then(native_ref::<ZObject<DecompState>>)
        .ok_or_else(|| {
            vm.new_type_error("descriptor requires a 'zlib.Decompress' object".to_string())
        })
}

/// `compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS,
/// memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
fn zlib_compressobj(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = builtins::bind_native(
        vm,
        &args,
        "compressobj",
        &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
    )?;
    let level = c_int_arg(vm, &b[0], z::Z_DEFAULT_COMPRESSION)?;
    let method = c_int_arg(vm, &b[1], DEFLATED)?;
    let wbits = c_int_arg(vm, &b[2], MAX_WBITS)?;
    let mem = c_int_arg(vm, &b[3], DEF_MEM_LEVEL)?;
    let strategy = c_int_arg(vm, &b[4], z::Z_DEFAULT_STRATEGY)?;
    let zdict = if b[5].is_null() || b[5].is_none() {
        None
    } else {
        match bytes_copy(&b[5]) {
            Some(d) => Some(d),
            None => return Err(not_bytes(vm, &b[5])),
        }
    };
    let (mut s, err) = Stream::deflate_init(level, method, wbits, mem, strategy);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => {
            return Err(vm.new_exception_msg(
                &types().exc.memory_error,
                "Can't allocate memory for compression object".to_string(),
            ))
        }
        z::Z_STREAM_ERROR => {
            return Err(vm.new_value_error("Invalid initialization option".to_string()))
        }
        _ => {
            return Err(zlib_error(
                vm,
                s.msg(),
                err,
                "while creating compression object",
            ))
        }
    }
    if let Some(d) = zdict {
        let err = s.set_dictionary(&d);
        if err != z::Z_OK {
            return Err(vm.new_value_error("Invalid dictionary".to_string()));
        }
    }
    Ok(new_comp(CompState { stream: s }))
}

/// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
fn zlib_decompressobj(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = builtins::bind_native(vm, &args, "decompressobj", &["wbits", "zdict"], 0)?;
    let wbits = c_int_arg(vm, &b[0], MAX_WBITS)?;
    let zdict = if b[1].is_null() {
        None
    } else {
        match bytes_copy(&b[1]) {
            Some(d) => Some(d),
            None => {
                return Err(vm
                    .new_type_error("zdict argument must support the buffer protocol".to_string()))
            }
        }
    };
    let (mut s, err) = Stream::inflate_init(wbits);
    match err {
        z::Z_OK => {}
        z::Z_STREAM_ERROR => {
            return Err(vm.new_value_error("Invalid initialization option".to_string()))
        }
        z::Z_MEM_ERROR => {
            return Err(vm.new_exception_msg(
                &types().exc.memory_error,
                "Can't allocate memory for decompression object".to_string(),
            ))
        }
        _ => {
            return Err(zlib_error(
                vm,
                s.msg(),
                err,
                "while creating decompression object",
            ))
        }
    }
    if let Some(d) = &zdict {
        if wbits < 0 {
            // Raw streams never ask for the dictionary: set it now.
            let err = s.set_dictionary(d);
            if err != z::Z_OK {
                return Err(zlib_error(vm, s.msg(), err, "while setting zdict"));
            }
        }
    }
    Ok(new_decomp(DecompState {
        stream: s,
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
        eof: false,
        zdict,
    }))
}

/// Runs `f` on the locked state: with the GIL released when `big`.
fn with_state<T: Send, R: Send>(
    vm: &mut Vm,
    obj: &ZObject<T>,
    big: bool,
    f: impl FnOnce(&mut T) -> R + Send,
) -> R {
    if big {
        vm.allow_threads(|| f(&mut obj.state.lock().unwrap_or_else(|p| p.into_inner())))
    } else {
        f(&mut obj.lock(vm))
    }
}

/// The data argument of a stream method, copied; whether it is long.
fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<(Vec<u8>, bool)> {
    match bytes_copy(v) {
        Some(d) => {
            let big = d.len() >= GIL_MINSIZE;
            Ok((d, big))
        }
        None => Err(not_bytes(vm, v)),
    }
}

/// A zlib failure: (zlib's message, its code, what was being done).
type ZFail = (Option<String>, c_int, &'static str);

type StreamResult = Result<Vec<u8>, ZFail>;

fn stream_result(vm: &mut Vm, r: StreamResult) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(new_bytes(v)),
        Err((m, err, what)) => Err(zlib_error(vm, m, err, what)),
    }
}

fn c_compress(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = comp_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let b = positional(vm, &rest, "compress", 1, 1)?;
    let (data, big) = data_arg(vm, &b[0])?;
    let r = with_state(vm, obj, big, |st| -> StreamResult {
        let s = &mut st.stream;
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            s.set_input(&data, pos);
            loop {
                let err = s.step(&mut out, usize::MAX, z::Z_NO_FLUSH);
                if err == z::Z_STREAM_ERROR {
                    return Err((s.msg(), err, "while compressing data"));
                }
                if s.strm.avail_out != 0 {
                    break;
                }
            }
            let newpos = s.input_pos(&data);
            if newpos >= data.len() || newpos <= pos {
                break;
            }
            pos = newpos;
        }
        Ok(out)
    });
    stream_result(vm, r)
}

fn c_flush(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = comp_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let b = positional(vm, &rest, "flush", 0, 1)?;
    let mode = c_int_arg(vm, &b[0], z::Z_FINISH)?;
    if mode == z::Z_NO_FLUSH {
        return Ok(new_bytes(Vec::new()));
    }
    let r = with_state(vm, obj, false, |st| -> StreamResult {
        let s = &mut st.stream;
        let mut out = Vec::new();
        s.strm.next_in = std::ptr::null_mut();
        s.strm.avail_in = 0;
        let mut err;
        loop {
            err = s.step(&mut out, usize::MAX, mode);
            if err == z::Z_STREAM_ERROR {
                return Err((s.msg(), err, "while flushing"));
            }
            if s.strm.avail_out != 0 {
                break;
            }
        }
        if err == z::Z_STREAM_END && mode == z::Z_FINISH {
            let e = s.end();
            if e != z::Z_OK {
                return Err((s.msg(), e, "while finishing compression"));
            }
        } else if err != z::Z_OK && err != z::Z_BUF_ERROR {
            return Err((s.msg(), err, "while flushing"));
        }
        Ok(out)
    });
    stream_result(vm, r)
}

fn c_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = comp_of(vm, args.args.first())?;
    let r = {
        let mut st = obj.lock(vm);
        if !st.stream.live {
            None
        } else {
            Some(st.stream.copy().map_err(|e| (st.stream.msg(), e)))
        }
    };
    match r {
        None => Err(vm.new_value_error("Inconsistent stream state".to_string())),
        Some(Ok(s)) => Ok(new_comp(CompState { stream: s })),
        Some(Err((_, z::Z_STREAM_ERROR))) => {
            Err(vm.new_value_error("Inconsistent stream state".to_string()))
        }
        Some(Err((_, z::Z_MEM_ERROR))) => Err(vm.new_exception_msg(
            &types().exc.memory_error,
            "Can't allocate memory for compression object".to_string(),
        )),
        Some(Err((m, e))) => Err(zlib_error(vm, m, e, "while copying compression object")),
    }
}

fn c_deepcopy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    c_copy(vm, FuncArgs::new(&args.args[..1.min(args.args.len())]))
}

/// Keeps what the inflater did not read (CPython's save_unconsumed_input).
fn save_unconsumed(st: &mut DecompState, input: &[u8], err: c_int) {
    let pos = st.stream.input_pos(input).min(input.len());
    if err == z::Z_STREAM_END && st.stream.strm.avail_in > 0 {
        st.unused_data.extend_from_slice(&input[pos..]);
        st.stream.strm.avail_in = 0;
        st.unconsumed_tail.clear();
        return;
    }
    if st.stream.strm.avail_in > 0 || !st.unconsumed_tail.is_empty() {
        st.unconsumed_tail = input[pos..].to_vec();
    }
}

/// The inflate loop shared by decompress() and flush().
fn inflate_loop(
    st: &mut DecompState,
    input: &[u8],
    limit: usize,
    first_buf: usize,
    finish_when_empty: bool,
) -> (Vec<u8>, c_int, Option<ZFail>) {
    let mut out: Vec<u8> = Vec::with_capacity(first_buf.min(limit).max(1));
    let mut pos = 0;
    let mut err = z::Z_OK;
    'outer: loop {
        st.stream.set_input(input, pos);
        let chunk_end = pos + st.stream.strm.avail_in as usize;
        let flush = if finish_when_empty && chunk_end == input.len() {
            z::Z_FINISH
        } else if finish_when_empty {
            z::Z_NO_FLUSH
        } else {
            z::Z_SYNC_FLUSH
        };
        loop {
            if out.len() >= limit {
                // Output limit reached: keep the rest as unconsumed_tail.
                break 'outer;
            }
            err = st.stream.step(&mut out, limit, flush);
            match err {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_NEED_DICT if st.zdict.is_some() => {
                    let d = st.zdict.clone().unwrap_or_default();
                    let e = st.stream.set_dictionary(&d);
                    if e != z::Z_OK {
                        return (out, err, Some((st.stream.msg(), e, "while setting zdict")));
                    }
                    continue;
                }
                _ => break 'outer,
            }
            if st.stream.strm.avail_out != 0 {
                break;
            }
        }
        let newpos = st.stream.input_pos(input);
        if err == z::Z_STREAM_END || chunk_end >= input.len() || newpos <= pos {
            break;
        }
        pos = newpos;
    }
    (out, err, None)
}

fn d_decompress(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = decomp_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let b = data_then_kw(vm, &rest, "decompress", &["max_length"])?;
    let max_length = ssize_arg(vm, &b[1], 0)?;
    if max_length < 0 {
        return Err(vm.new_value_error("max_length must be non-negative".to_string()));
    }
    let (data, big) = data_arg(vm, &b[0])?;
    let limit = if max_length == 0 {
        usize::MAX
    } else {
        max_length as usize
    };
    let r = with_state(vm, obj, big, |st| -> StreamResult {
        let (out, err, fail) = inflate_loop(st, &data, limit, DEF_BUF_SIZE, false);
        if let Some(f) = fail {
            return Err(f);
        }
        save_unconsumed(st, &data, err);
        if err == z::Z_STREAM_END {
            st.eof = true;
        } else if err != z::Z_OK && err != z::Z_BUF_ERROR {
            return Err((st.stream.msg(), err, "while decompressing data"));
        }
        Ok(out)
    });
    stream_result(vm, r)
}

fn d_flush(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = decomp_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let b = positional(vm, &rest, "flush", 0, 1)?;
    let length = ssize_arg(vm, &b[0], DEF_BUF_SIZE as i64)?;
    if length <= 0 {
        return Err(vm.new_value_error("length must be greater than zero".to_string()));
    }
    let big = obj.lock(vm).unconsumed_tail.len() >= GIL_MINSIZE;
    let r = with_state(vm, obj, big, |st| -> StreamResult {
        let data = st.unconsumed_tail.clone();
        let (out, err, fail) = inflate_loop(st, &data, usize::MAX, length as usize, true);
        if let Some(f) = fail {
            return Err(f);
        }
        save_unconsumed(st, &data, err);
        if err == z::Z_STREAM_END {
            st.eof = true;
            let e = st.stream.end();
            if e != z::Z_OK {
                return Err((st.stream.msg(), e, "while finishing decompression"));
            }
        }
        Ok(out)
    });
    stream_result(vm, r)
}

fn d_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = decomp_of(vm, args.args.first())?;
    let r = {
        let mut st = obj.lock(vm);
        if !st.stream.live {
            None
        } else {
            Some(match st.stream.copy() {
                Ok(s) => Ok(DecompState {
                    stream: s,
                    unused_data: st.unused_data.clone(),
                    unconsumed_tail: st.unconsumed_tail.clone(),
                    eof: st.eof,
                    zdict: st.zdict.clone(),
                }),
                Err(e) => Err((st.stream.msg(), e)),
            })
        }
    };
    match r {
        None => Err(vm.new_value_error("Inconsistent stream state".to_string())),
        Some(Ok(s)) => Ok(new_decomp(s)),
        Some(Err((_, z::Z_STREAM_ERROR))) => {
            Err(vm.new_value_error("Inconsistent stream state".to_string()))
        }
        Some(Err((_, z::Z_MEM_ERROR))) => Err(vm.new_exception_msg(
            &types().exc.memory_error,
            "Can't allocate memory for decompression object".to_string(),
        )),
        Some(Err((m, e))) => Err(zlib_error(vm, m, e, "while copying decompression object")),
    }
}

fn d_deepcopy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    d_copy(vm, FuncArgs::new(&args.args[..1.min(args.args.len())]))
}

fn g_unused_data(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let obj = decomp_of(vm, Some(v))?;
    let d = obj.lock(vm).unused_data.clone();
    Ok(new_bytes(d))
}

fn g_unconsumed_tail(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let obj = decomp_of(vm, Some(v))?;
    let d = obj.lock(vm).unconsumed_tail.clone();
    Ok(new_bytes(d))
}

fn g_eof(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let obj = decomp_of(vm, Some(v))?;
    let e = obj.lock(vm).eof;
    Ok(Value::Bool(e))
}

// ---- the module ------------------------------------------------------------------------

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "zlib",
        &[
            ("compress", zlib_compress),
            ("decompress", zlib_decompress),
            ("compressobj", zlib_compressobj),
            ("decompressobj", zlib_decompressobj),
            ("crc32", zlib_crc32),
            ("adler32", zlib_adler32),
        ],
    );
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    let version = unsafe { CStr::from_ptr(z::zlibVersion()) }
        .to_string_lossy()
        .into_owned();
    let set = |n: &str, v: Value| crate::util::set_attr(&m, n, v);
    set("error", Value::Obj(zlib_error_type()));
    set("ZLIB_VERSION", new_str(version.clone()));
    set("ZLIB_RUNTIME_VERSION", new_str(version));
    for (n, v) in [
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", DEFLATED),
        ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE as c_int),
        ("Z_NO_COMPRESSION", z::Z_NO_COMPRESSION),
        ("Z_BEST_SPEED", z::Z_BEST_SPEED),
        ("Z_BEST_COMPRESSION", z::Z_BEST_COMPRESSION),
        ("Z_DEFAULT_COMPRESSION", z::Z_DEFAULT_COMPRESSION),
        ("Z_FILTERED", z::Z_FILTERED),
        ("Z_HUFFMAN_ONLY", z::Z_HUFFMAN_ONLY),
        ("Z_RLE", z::Z_RLE),
        ("Z_FIXED", z::Z_FIXED),
        ("Z_DEFAULT_STRATEGY", z::Z_DEFAULT_STRATEGY),
        ("Z_NO_FLUSH", z::Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", z::Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", z::Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", z::Z_FULL_FLUSH),
        ("Z_FINISH", z::Z_FINISH),
        ("Z_BLOCK", z::Z_BLOCK),
        ("Z_TREES", z::Z_TREES),
    ] {
        set(n, Value::Int(v as i64));
    }
    Ok(m)
}
