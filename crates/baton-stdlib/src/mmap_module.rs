//! `mmap`: memory-mapped files and anonymous shared memory (what
//! multiprocessing's shared Value and Array live in). An mmap object exports
//! its bytes as a buffer, so `memoryview(m)` and bytes-like arguments work.

use baton_vm::builtins::{self, new_bytes, new_str, types};
use baton_vm::object::{Mut, NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};
use std::sync::OnceLock;

const ACCESS_DEFAULT: i64 = 0;
const ACCESS_READ: i64 = 1;
const ACCESS_WRITE: i64 = 2;
const ACCESS_COPY: i64 = 3;

struct MapState {
    /// Start of the mapping; 0 once closed.
    ptr: usize,
    len: usize,
    pos: usize,
}

struct Mmap {
    state: Mut<MapState>,
    writable: bool,
    fd: i32,
}

// The mapping is plain memory owned by this object; access is serialised
// by the GIL (or by `Mut` in free-threaded mode).
impl NativeData for Mmap {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn with_buffer(&self, f: &mut dyn FnMut(&[u8])) -> bool {
        self.state.with(|st| {
            if st.ptr == 0 {
                return false;
            }
            // SAFETY: `ptr..ptr+len` is a live mapping until `close`, which
            // clears `ptr` under the same cell.
            f(unsafe { std::slice::from_raw_parts(st.ptr as *const u8, st.len) });
            true
        })
    }
    fn with_buffer_mut(&self, f: &mut dyn FnMut(&mut [u8])) -> bool {
        if !self.writable {
            return false;
        }
        self.state.with(|st| {
            if st.ptr == 0 {
                return false;
            }
            // SAFETY: as above; the mapping was made with PROT_WRITE.
            f(unsafe { std::slice::from_raw_parts_mut(st.ptr as *mut u8, st.len) });
            true
        })
    }
    fn buffer_writable(&self) -> bool {
        self.writable
    }
}

impl Drop for Mmap {
    fn drop(&mut self) {
        self.state.with(|st| {
            if st.ptr != 0 {
                // SAFETY: unmapping the mapping this object made, once.
                unsafe { libc::munmap(st.ptr as *mut libc::c_void, st.len) };
                st.ptr = 0;
            }
        });
        if self.fd >= 0 {
            // SAFETY: closing the descriptor this object duplicated.
            unsafe { libc::close(self.fd) };
        }
    }
}

fn mmap_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = builtins::types::new_type_object(
            &types().type_,
            "mmap",
            baton_vm::types::Layout::Other,
            Some(&types().object),
            false,
        );
        if let Some(d) = t.dict.get() {
            builtins::dict_set_str(&d, "__module__", new_str("mmap"));
        }
        builtins::types::add_methods_kind(
            &t,
            &[("__new__", mm_new)],
            baton_vm::object::MethodKind::Static,
        );
        builtins::types::add_methods(
            &t,
            &[
                ("__len__", mm_len),
                ("__getitem__", mm_getitem),
                ("__setitem__", mm_setitem),
                ("__enter__", mm_enter),
                ("__exit__", mm_exit),
                ("close", mm_close),
                ("read", mm_read),
                ("read_byte", mm_read_byte),
                ("readline", mm_readline),
                ("write", mm_write),
                ("write_byte", mm_write_byte),
                ("seek", mm_seek),
                ("tell", mm_tell),
                ("find", mm_find),
                ("flush", mm_flush),
                ("size", mm_size),
            ],
        );
        builtins::types::add_getsets(&t, &[("closed", g_closed, None)]);
        t
    })
    .clone()
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match builtins::int::int_of(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn map_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a Mmap> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(m) = n.as_any().downcast_ref::<Mmap>() {
                if m.state.with(|st| st.ptr == 0) {
                    return Err(vm.new_value_error("mmap closed or invalid".to_string()));
                }
                return Ok(m);
            }
        }
    }
    Err(vm.new_type_error("descriptor requires a 'mmap.mmap' object".to_string()))
}

fn mm_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let rest = FuncArgs::with_kw(&args.args[1.min(args.args.len())..], args.kwnames);
    let a = builtins::bind_native(
        vm,
        &rest,
        "mmap",
        &["fileno", "length", "flags", "prot", "access", "offset"],
        2,
    )?;
    let fileno = int_arg(vm, &a[0])? as i32;
    let mut length = int_arg(vm, &a[1])?;
    let flags = if a[2].is_null() {
        libc::MAP_SHARED as i64
    } else {
        int_arg(vm, &a[2])?
    };
    let mut prot = if a[3].is_null() {
        (libc::PROT_READ | libc::PROT_WRITE) as i64
    } else {
        int_arg(vm, &a[3])?
    };
    let access = if a[4].is_null() {
        ACCESS_DEFAULT
    } else {
        int_arg(vm, &a[4])?
    };
    let offset = if a[5].is_null() {
        0
    } else {
        int_arg(vm, &a[5])?
    };
    if length < 0 {
        return Err(vm.new_overflow_error("memory mapped length must be positive"));
    }
    if offset < 0 {
        return Err(vm.new_overflow_error("memory mapped offset must be positive"));
    }
    if access != ACCESS_DEFAULT && (!a[2].is_null() || !a[3].is_null()) {
        return Err(
            vm.new_value_error("mmap can't specify both access and flags, prot.".to_string())
        );
    }
    let mut flags = flags as i32;
    match access {
        ACCESS_READ => prot = libc::PROT_READ as i64,
        ACCESS_WRITE => prot = (libc::PROT_READ | libc::PROT_WRITE) as i64,
        ACCESS_COPY => {
            prot = (libc::PROT_READ | libc::PROT_WRITE) as i64;
            flags = libc::MAP_PRIVATE;
        }
        ACCESS_DEFAULT => {}
        _ => return Err(vm.new_value_error("mmap invalid access parameter.".to_string())),
    }
    let mut fd = -1;
    if fileno != -1 {
        // SAFETY: `st` is a valid out-pointer for fstat.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: as above.
        if unsafe { libc::fstat(fileno, &mut st) } == 0 && length == 0 {
            let size = st.st_size;
            if size == 0 {
                return Err(vm.new_value_error("cannot mmap an empty file".to_string()));
            }
            if offset >= size {
                return Err(vm.new_value_error("mmap offset is greater than file size".to_string()));
            }
            length = size - offset;
        }
        // SAFETY: dup has no memory preconditions.
        fd = unsafe { libc::dup(fileno) };
        if fd < 0 {
            let e = std::io::Error::last_os_error();
            return Err(vm.new_os_error(&e, None));
        }
    } else {
        flags |= libc::MAP_ANONYMOUS;
    }
    // SAFETY: a fresh mapping chosen by the kernel (null hint); errors are
    // reported as MAP_FAILED.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            length as usize,
            prot as i32,
            flags,
            fd,
            offset as libc::off_t,
        )
    };
    if p == libc::MAP_FAILED {
        let e = std::io::Error::last_os_error();
        if fd >= 0 {
            // SAFETY: closing our own dup.
            unsafe { libc::close(fd) };
        }
        return Err(vm.new_os_error(&e, None));
    }
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => mmap_type(),
    };
    Ok(Value::Obj(ObjRef::new(
        cls,
        Payload::Native(Box::new(Mmap {
            state: Mut::new(MapState {
                ptr: p as usize,
                len: length as usize,
                pos: 0,
            }),
            writable: prot & libc::PROT_WRITE as i64 != 0,
            fd,
        })),
    )))
}

fn bytes_of(m: &Mmap) -> Vec<u8> {
    let mut out = Vec::new();
    m.with_buffer(&mut |b| out = b.to_vec());
    out
}

fn mm_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = map_of(vm, args.args.first())?;
    Ok(Value::Int(m.state.with(|st| st.len) as i64))
}

fn mm_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "__getitem__", 2, 2)?;
    let mv = builtins::memoryview::memoryview_of(vm, &args.args[0])?;
    let r = vm.call_method(&mv, "__getitem__", &[args.args[1].clone()]);
    match r {
        Ok(Value::Obj(o)) if matches!(&o.payload, Payload::Native(_)) => {
            vm.call_method(&Value::Obj(o), "tobytes", &[])
        }
        Ok(v) => Ok(v),
        Err(e) if builtins::exc_matches(&e, &types().exc.index_error) => {
            Err(vm.new_index_error("mmap index out of range"))
        }
        Err(e) => Err(e),
    }
}

fn mm_setitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "__setitem__", 3, 3)?;
    let m = map_of(vm, args.args.first())?;
    if !m.writable {
        return Err(vm.new_type_error("mmap can't modify a readonly memory map.".to_string()));
    }
    let mv = builtins::memoryview::memoryview_of(vm, &args.args[0])?;
    let r = vm.call_method(
        &mv,
        "__setitem__",
        &[args.args[1].clone(), args.args[2].clone()],
    );
    match r {
        Ok(_) => Ok(Value::None),
        Err(e) if builtins::exc_matches(&e, &types().exc.index_error) => {
            Err(vm.new_index_error("mmap index out of range"))
        }
        Err(e) if builtins::exc_matches(&e, &types().exc.value_error) => {
            Err(vm.new_index_error("mmap slice assignment is wrong size"))
        }
        Err(e) => Err(e),
    }
}

fn mm_enter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_of(vm, args.args.first())?;
    Ok(args.args[0].clone())
}

fn mm_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    mm_close(vm, FuncArgs::new(&args.args[..1.min(args.args.len())]))
}

fn mm_close(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::Native(n) = &o.payload {
            if let Some(m) = n.as_any().downcast_ref::<Mmap>() {
                m.state.with(|st| {
                    if st.ptr != 0 {
                        // SAFETY: unmapping our own mapping, once (ptr is cleared).
                        unsafe { libc::munmap(st.ptr as *mut libc::c_void, st.len) };
                        st.ptr = 0;
                    }
                });
            }
        }
    }
    Ok(Value::None)
}

fn g_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(m) = n.as_any().downcast_ref::<Mmap>() {
                return Ok(Value::Bool(m.state.with(|st| st.ptr == 0)));
            }
        }
    }
    Ok(Value::Bool(true))
}

fn mm_read(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = map_of(vm, args.args.first())?;
    let n = match args.args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    let data = bytes_of(m);
    let out = m.state.with(|st| {
        let rest = st.len.saturating_sub(st.pos);
        let k = match n {
            Some(k) if k >= 0 => (k as usize).min(rest),
            _ => rest,
        };
        let s = data[st.pos..st.pos + k].to_vec();
        st.pos += k;
        s
    });
    Ok(new_bytes(out))
}

fn mm_read_byte(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = map_of(vm, args.args.first())?;
    let data = bytes_of(m);
    let b = m.state.with(|st| {
        let b = data.get(st.pos).copied();
        if b.is_some() {
            st.pos += 1;
        }
        b
    });
    match b {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.new_value_error("read byte out of range".to_string())),
    }
}

fn mm_readline(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = map_of(vm, args.args.first())?;
    let data = bytes_of(m);
    let out = m.state.with(|st| {
        let rest = &data[st.pos.min(data.len())..];
        let k = rest
            .iter()
            .position(|&c| c == b'\n')
            .map(|i| i + 1)
            .unwrap_or(rest.len());
        let s = rest[..k].to_vec();
        st.pos += k;
        s
    });
    Ok(new_bytes(out))
}

fn write_at(vm: &mut Vm, m: &Mmap, data: &[u8]) -> PyResult<usize> {
    if !m.writable {
        return Err(vm.new_type_error("mmap can't modify a readonly memory map.".to_string()));
    }
    let pos = m.state.with(|st| st.pos);
    let mut ok = false;
    m.with_buffer_mut(&mut |b| {
        if let Some(dst) = b.get_mut(pos..pos + data.len()) {
            dst.copy_from_slice(data);
            ok = true;
        }
    });
    if !ok {
        return Err(vm.new_value_error("data out of range".to_string()));
    }
    m.state.with(|st| st.pos += data.len());
    Ok(data.len())
}

fn mm_write(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "write", 2, 2)?;
    let m = map_of(vm, args.args.first())?;
    let Some(data) = builtins::bytes::bytes_data(&args.args[1]) else {
        let tn = vm.type_name(&args.args[1]);
        return Err(vm.new_type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    Ok(Value::Int(write_at(vm, m, &data)? as i64))
}

fn mm_write_byte(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "write_byte", 2, 2)?;
    let m = map_of(vm, args.args.first())?;
    let b = int_arg(vm, &args.args[1])?;
    let b = u8::try_from(b)
        .map_err(|_| vm.new_overflow_error("unsigned byte integer is greater than maximum"))?;
    write_at(vm, m, &[b])?;
    Ok(Value::None)
}

fn mm_seek(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "seek", 2, 3)?;
    let m = map_of(vm, args.args.first())?;
    let dist = int_arg(vm, &args.args[1])?;
    let how = match args.args.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let (pos, len) = m.state.with(|st| (st.pos as i64, st.len as i64));
    let new = match how {
        0 => dist,
        1 => pos + dist,
        2 => len + dist,
        _ => return Err(vm.new_value_error("unknown seek type".to_string())),
    };
    if new < 0 || new > len {
        return Err(vm.new_value_error("seek out of range".to_string()));
    }
    m.state.with(|st| st.pos = new as usize);
    Ok(Value::None)
}

fn mm_tell(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = map_of(vm, args.args.first())?;
    Ok(Value::Int(m.state.with(|st| st.pos) as i64))
}

fn mm_find(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "find", 2, 4)?;
    let m = map_of(vm, args.args.first())?;
    let data = new_bytes(bytes_of(m));
    let pos = m.state.with(|st| st.pos as i64);
    let mut rest: Vec<Value> = args.args[1..].to_vec();
    if rest.len() == 1 {
        rest.push(Value::Int(pos));
    }
    vm.call_method(&data, "find", &rest)
}

fn mm_flush(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = map_of(vm, args.args.first())?;
    let (ptr, len) = m.state.with(|st| (st.ptr, st.len));
    // SAFETY: syncing our own live mapping.
    if unsafe { libc::msync(ptr as *mut libc::c_void, len, libc::MS_SYNC) } < 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.new_os_error(&e, None));
    }
    Ok(Value::None)
}

fn mm_size(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = map_of(vm, args.args.first())?;
    // SAFETY: `st` is a valid out-pointer.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if m.fd < 0 || unsafe { libc::fstat(m.fd, &mut st) } < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(vm.new_os_error(&e, None));
    }
    Ok(Value::Int(st.st_size))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with("mmap", &[]);
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "mmap", Value::Obj(mmap_type()));
    builtins::dict_set_str(&d, "error", Value::Obj(types().exc.os_error.clone()));
    // SAFETY: sysconf has no memory preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64;
    for (n, v) in [
        ("MAP_SHARED", libc::MAP_SHARED as i64),
        ("MAP_PRIVATE", libc::MAP_PRIVATE as i64),
        ("MAP_ANONYMOUS", libc::MAP_ANONYMOUS as i64),
        ("MAP_ANON", libc::MAP_ANONYMOUS as i64),
        ("PROT_READ", libc::PROT_READ as i64),
        ("PROT_WRITE", libc::PROT_WRITE as i64),
        ("PROT_EXEC", libc::PROT_EXEC as i64),
        ("ACCESS_DEFAULT", ACCESS_DEFAULT),
        ("ACCESS_READ", ACCESS_READ),
        ("ACCESS_WRITE", ACCESS_WRITE),
        ("ACCESS_COPY", ACCESS_COPY),
        ("PAGESIZE", page),
        ("ALLOCATIONGRANULARITY", page),
    ] {
        builtins::dict_set_str(&d, n, Value::Int(v));
    }
    Ok(m)
}
