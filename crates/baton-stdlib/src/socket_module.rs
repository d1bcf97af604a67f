//! `_socket`: BSD sockets over libc, as CPython's socketmodule.c; the
//! Python-level `socket` class is `lib/socket.py`.
//!
//! Every call that can block runs with the GIL released, on copies of the
//! data (a bytearray may change meanwhile). Timeouts work as CPython's: a
//! socket with a timeout is non-blocking at the OS level, and each operation
//! first waits with `poll()` for the remaining time, then makes the call
//! (retrying on a false positive). A call interrupted by a signal runs the
//! Python handlers (which may raise) and is retried (PEP 475).
//!
//! Address families: AF_INET, AF_INET6 and AF_UNIX.

use crate::util::{bytes_copy, native_ref};
use baton_vm::builtins::{self, new_bytes, new_list, new_str, new_tuple, types};
use baton_vm::object::{NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use std::ffi::{c_int, CStr, CString};
use std::sync::atomic::{AtomicI32, AtomicI64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The default timeout for new sockets, in ns (-1: None, blocking).
static DEFAULT_TIMEOUT: AtomicI64 = AtomicI64::new(-1);

// ---- the socket object -----------------------------------------------------------------

pub struct Socket {
    fd: AtomicI32,
    family: AtomicI32,
    kind: AtomicI32,
    proto: AtomicI32,
    /// ns; -1: blocking (None), 0: non-blocking.
    timeout: AtomicI64,
}

impl NativeData for Socket {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        let fd = self.fd.swap(-1, Ordering::AcqRel);
        if fd >= 0 {
            // SAFETY: the socket owns this descriptor; nothing else closes it.
            unsafe { libc::close(fd) };
        }
    }
}

impl Socket {
    fn fd(&self) -> c_int {
        self.fd.load(Ordering::Acquire)
    }
    fn timeout(&self) -> i64 {
        self.timeout.load(Ordering::Acquire)
    }
    fn family(&self) -> c_int {
        self.family.load(Ordering::Acquire)
    }
}

fn socket_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_base_type(
            "_socket",
            "socket",
            &[
                ("__init__", sock_init),
                ("__repr__", sock_repr),
                ("_accept", sock_accept),
                ("bind", sock_bind),
                ("close", sock_close),
                ("connect", sock_connect),
                ("connect_ex", sock_connect_ex),
                ("detach", sock_detach),
                ("fileno", sock_fileno),
                ("getpeername", sock_getpeername),
                ("getsockname", sock_getsockname),
                ("getsockopt", sock_getsockopt),
                ("setsockopt", sock_setsockopt),
                ("listen", sock_listen),
                ("recv", sock_recv),
                ("recv_into", sock_recv_into),
                ("recvfrom", sock_recvfrom),
                ("recvfrom_into", sock_recvfrom_into),
                ("send", sock_send),
                ("sendall", sock_sendall),
                ("sendto", sock_sendto),
                ("setblocking", sock_setblocking),
                ("getblocking", sock_getblocking),
                ("settimeout", sock_settimeout),
                ("gettimeout", sock_gettimeout),
                ("shutdown", sock_shutdown),
            ],
        );
        builtins::types::add_getsets(
            &t,
            &[
                ("family", g_family, None),
                ("type", g_type, None),
                ("proto", g_proto, None),
                ("timeout", g_timeout, None),
            ],
        );
        crate::util::add_static_methods(&t, &[("__new__", sock_new)]);
        t
    })
    .clone()
}

fn new_socket_object(cls: ObjRef, fd: c_int, family: c_int, kind: c_int, proto: c_int) -> Value {
    let has_dict = baton_vm::types::type_data(&cls).has_dict;
    let o = ObjRef::new(
        cls,
        Payload::Native(Box::new(Socket {
            fd: AtomicI32::new(fd),
            family: AtomicI32::new(family),
            kind: AtomicI32::new(kind),
            proto: AtomicI32::new(proto),
            timeout: AtomicI64::new(-1),
        })),
    );
    if has_dict {
        o.dict.set(Some(builtins::new_dict()));
    }
    Value::Obj(o)
}

fn this<'a>(vm: &mut Vm, args: &'a FuncArgs) -> PyResult<&'a Socket> {
    args.args
        .first()
        .and_then(native_ref::<Socket>)
        .ok_or_else(|| {
            vm.new_type_error("descriptor requires a '_socket.socket' object".to_string())
        })
}

/// The arguments after `self`.
fn rest<'a>(args: &'a FuncArgs) -> FuncArgs<'a> {
    FuncArgs::with_kw(&args.args[1..], args.kwnames)
}

// ---- errors ----------------------------------------------------------------------------

fn errno() -> c_int {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn os_error(vm: &mut Vm, err: c_int) -> PyErr {
    vm.new_os_error(&std::io::Error::from_raw_os_error(err), None)
}

fn os_error_msg(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_exception_msg(&types().exc.os_error, msg.to_string())
}

fn timeout_error(vm: &mut Vm) -> PyErr {
    vm.new_exception_msg(&types().exc.timeout_error, "timed out".to_string())
}

fn exc_types() -> &'static (ObjRef, ObjRef) {
    static T: OnceLock<(ObjRef, ObjRef)> = OnceLock::new();
    T.get_or_init(|| {
        let os = types().exc.os_error.clone();
        (
            crate::util::new_exception_type("socket", "herror", std::slice::from_ref(&os)),
            crate::util::new_exception_type("socket", "gaierror", &[os]),
        )
    })
}

/// An exception of `t` (an OSError subclass) with (errno, strerror).
fn errno_exception(vm: &mut Vm, t: &ObjRef, code: i64, msg: String) -> PyErr {
    match vm.call(&Value::Obj(t.clone()), &[Value::Int(code), new_str(msg)]) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_runtime_error("socket error"),
        Err(e) => e,
    }
}

/// socket.gaierror for a getaddrinfo/getnameinfo failure.
fn gai_error(vm: &mut Vm, code: c_int, sys_errno: c_int) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return os_error(vm, sys_errno);
    }
    // SAFETY: gai_strerror returns a pointer to a static string.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    let t = exc_types().1.clone();
    errno_exception(vm, &t, code as i64, msg)
}

fn herror(vm: &mut Vm) -> PyErr {
    let t = exc_types().0.clone();
    errno_exception(vm, &t, 1, "Unknown host".to_string())
}

// ---- argument helpers ------------------------------------------------------------------

fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Float(_)))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if is_float(v) {
        return Err(
            vm.new_type_error("'float' object cannot be interpreted as an integer".to_string())
        );
    }
    builtins::arg_index(vm, v)
}

fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<c_int> {
    let n = int_arg(vm, v)?;
    c_int::try_from(n).map_err(|_| {
        if n > 0 {
            vm.new_overflow_error("signed integer is greater than maximum")
        } else {
            vm.new_overflow_error("signed integer is less than minimum")
        }
    })
}

/// A timeout in seconds (None: -1) as ns, with CPython's checks.
fn parse_timeout(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if v.is_none() {
        return Ok(-1);
    }
    let ns = if is_float(v) {
        let f = builtins::float::float_of(vm, v)?;
        if f.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)".to_string()));
        }
        let x = (f * 1e9).ceil();
        if x.abs() >= 9.2e18 {
            return Err(vm.new_overflow_error("timeout doesn't fit into C timeval"));
        }
        x as i64
    } else {
        let n = builtins::arg_index(vm, v)?;
        n.checked_mul(1_000_000_000)
            .ok_or_else(|| vm.new_overflow_error("timeout doesn't fit into C timeval"))?
    };
    if ns < 0 {
        return Err(vm.new_value_error("Timeout value out of range".to_string()));
    }
    Ok(ns)
}

fn timeout_value(ns: i64) -> Value {
    if ns < 0 {
        Value::None
    } else {
        Value::Float(ns as f64 / 1e9)
    }
}

/// Binds a method's arguments (after self) by position and name.
fn bind(
    vm: &mut Vm,
    args: &FuncArgs,
    fname: &str,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Value>> {
    builtins::bind_native(vm, &rest(args), fname, params, required)
}

/// Positional-only arguments after self, with CPython's messages.
fn positional(
    vm: &mut Vm,
    args: &FuncArgs,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<Vec<Value>> {
    let r = rest(args);
    if r.has_kw() {
        return Err(vm.new_type_error(format!("{fname}() takes no keyword arguments")));
    }
    builtins::check_args(vm, &r, fname, min, max)?;
    // One allocation: the absent optional arguments are NULL.
    let mut v = Vec::with_capacity(max.max(r.args.len()));
    v.extend_from_slice(r.args);
    v.resize(max, Value::Null);
    Ok(v)
}

fn not_bytes(vm: &mut Vm, v: &Value) -> PyErr {
    let tn = vm.type_name(v);
    vm.new_type_error(format!("a bytes-like object is required, not '{tn}'"))
}

// ---- addresses -------------------------------------------------------------------------

/// A socket address in C form.
struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        SockAddr {
            // SAFETY: sockaddr_storage is plain data; all zeroes is valid.
            storage: unsafe { std::mem::zeroed() },
            len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }
    fn as_ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }
    fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        (&mut self.storage as *mut libc::sockaddr_storage).cast()
    }
}

fn ipv4_string(a: &libc::in_addr) -> String {
    std::net::Ipv4Addr::from(u32::from_be(a.s_addr)).to_string()
}

/// The text of an IPv6 address as the C library writes it (CPython uses
/// inet_ntop: "::1.2.3.4" for IPv4-compatible addresses, where Rust's
/// Display writes "::102:304").
fn ipv6_string(a: &libc::in6_addr) -> String {
    ntop6(&a.s6_addr).unwrap_or_else(|| std::net::Ipv6Addr::from(a.s6_addr).to_string())
}

fn ntop6(bytes: &[u8; 16]) -> Option<String> {
    let mut out = [0 as libc::c_char; 64];
    // SAFETY: `bytes` is 16 readable bytes and `out` is writable for its length.
    let r = unsafe {
        inet_ntop(
            libc::AF_INET6,
            bytes.as_ptr().cast(),
            out.as_mut_ptr(),
            out.len() as libc::socklen_t,
        )
    };
    if r.is_null() {
        return None;
    }
    // SAFETY: inet_ntop wrote a NUL-terminated string into `out`.
    Some(
        unsafe { CStr::from_ptr(out.as_ptr()) }
            .to_string_lossy()
            .into_owned(),
    )
}

/// The Python form of a C socket address (CPython's makesockaddr).
fn make_sockaddr(addr: &SockAddr) -> Value {
    if addr.len == 0 {
        return Value::None;
    }
    let family = addr.storage.ss_family as c_int;
    match family {
        libc::AF_INET => {
            // SAFETY: the storage holds a sockaddr_in (family AF_INET) and is
            // large and aligned enough for one.
            let sin = unsafe { &*(addr.as_ptr() as *const libc::sockaddr_in) };
            new_tuple(vec![
                new_str(ipv4_string(&sin.sin_addr)),
                Value::Int(u16::from_be(sin.sin_port) as i64),
            ])
        }
        libc::AF_INET6 => {
            // SAFETY: as above, for sockaddr_in6.
            let sin6 = unsafe { &*(addr.as_ptr() as *const libc::sockaddr_in6) };
            new_tuple(vec![
                new_str(ipv6_string(&sin6.sin6_addr)),
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: as above, for sockaddr_un.
            let sun = unsafe { &*(addr.as_ptr() as *const libc::sockaddr_un) };
            let off = std::mem::size_of::<libc::sa_family_t>();
            let n = (addr.len as usize)
                .saturating_sub(off)
                .min(sun.sun_path.len());
            let path: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if !path.is_empty() && path[0] == 0 {
                // Linux's abstract namespace.
                new_bytes(path)
            } else {
                let end = path.iter().position(|b| *b == 0).unwrap_or(path.len());
                new_str(String::from_utf8_lossy(&path[..end]).into_owned())
            }
        }
        _ => {
            // SAFETY: every sockaddr starts with the generic header.
            let sa = unsafe { &*addr.as_ptr() };
            let data: Vec<u8> = sa.sa_data.iter().map(|c| *c as u8).collect();
            new_tuple(vec![Value::Int(family as i64), new_bytes(data)])
        }
    }
}

/// The bytes of a host name argument (str, bytes or bytearray).
fn host_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if builtins::is_str(v) {
        return Ok(builtins::str_of(v).as_bytes().to_vec());
    }
    match bytes_copy(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_type_error(format!("str, bytes or bytearray expected, not {tn}")))
        }
    }
}

/// Resolves a host name to an address of `family` (CPython's setipaddr).
fn set_ip_addr(vm: &mut Vm, name: &[u8], family: c_int) -> PyResult<SockAddr> {
    let mut out = SockAddr::empty();
    if name.is_empty()
        || name == b"<broadcast>"
        || name == b"255.255.255.255" && family == libc::AF_INET
    {
        let broadcast = !name.is_empty();
        if broadcast && family != libc::AF_INET {
            return Err(os_error_msg(vm, "address family mismatched"));
        }
        if family == libc::AF_INET6 {
            // SAFETY: the storage is large enough for a sockaddr_in6.
            let sin6 = unsafe { &mut *(out.as_mut_ptr() as *mut libc::sockaddr_in6) };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
        } else {
            // SAFETY: the storage is large enough for a sockaddr_in.
            let sin = unsafe { &mut *(out.as_mut_ptr() as *mut libc::sockaddr_in) };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_addr.s_addr = if broadcast { u32::MAX.to_be() } else { 0 };
            out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        }
        return Ok(out);
    }
    // Numeric addresses need no lookup.
    if let Ok(s) = std::str::from_utf8(name) {
        if family == libc::AF_INET || family == libc::AF_UNSPEC {
            if let Ok(ip) = s.parse::<std::net::Ipv4Addr>() {
                // SAFETY: the storage is large enough for a sockaddr_in.
                let sin = unsafe { &mut *(out.as_mut_ptr() as *mut libc::sockaddr_in) };
                sin.sin_family = libc::AF_INET as libc::sa_family_t;
                sin.sin_addr.s_addr = u32::from(ip).to_be();
                out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
                return Ok(out);
            }
        }
        if family == libc::AF_INET6 || family == libc::AF_UNSPEC {
            if let Ok(ip) = s.parse::<std::net::Ipv6Addr>() {
                // SAFETY: the storage is large enough for a sockaddr_in6.
                let sin6 = unsafe { &mut *(out.as_mut_ptr() as *mut libc::sockaddr_in6) };
                sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                sin6.sin6_addr.s6_addr = ip.octets();
                out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
                return Ok(out);
            }
        }
    }
    let Ok(cname) = CString::new(name.to_vec()) else {
        return Err(vm.new_type_error("host name must not contain null character".to_string()));
    };
    let r = vm.allow_threads(|| {
        // SAFETY: hints is zero-initialised plain data; getaddrinfo fills
        // `res`, which is freed below.
        unsafe {
            let mut hints: libc::addrinfo = std::mem::zeroed();
            hints.ai_family = family;
            let mut res: *mut libc::addrinfo = std::ptr::null_mut();
            let err = libc::getaddrinfo(cname.as_ptr(), std::ptr::null(), &hints, &mut res);
            if err != 0 {
                return Err((err, errno()));
            }
            let mut out = SockAddr::empty();
            let ai = &*res;
            let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, out.as_mut_ptr() as *mut u8, n);
            out.len = n as libc::socklen_t;
            libc::freeaddrinfo(res);
            Ok(out)
        }
    });
    r.map_err(|(e, sys)| gai_error(vm, e, sys))
}

fn port_arg(vm: &mut Vm, v: &Value, caller: &str) -> PyResult<u16> {
    let p = int_arg(vm, v).map_err(|e| {
        if builtins::exc_matches(&e, &types().exc.overflow_error) {
            vm.new_overflow_error(&format!("{caller}(): port must be 0-65535."))
        } else {
            e
        }
    })?;
    u16::try_from(p)
        .map_err(|_| vm.new_overflow_error(&format!("{caller}(): port must be 0-65535.")))
}

/// The C form of a Python address for a socket of `family` (CPython's getsockaddrarg).
fn parse_sockaddr(vm: &mut Vm, family: c_int, addr: &Value, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_INET | libc::AF_INET6 => {
            let fname = if family == libc::AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let items = match addr {
                Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
                    builtins::tuple_items(o).to_vec()
                }
                _ => {
                    let tn = vm.type_name(addr);
                    return Err(vm.new_type_error(format!(
                        "{caller}(): {fname} address must be tuple, not {tn}"
                    )));
                }
            };
            if family == libc::AF_INET && items.len() != 2 {
                return Err(
                    vm.new_type_error("AF_INET address must be a pair (host, port)".to_string())
                );
            }
            if family == libc::AF_INET6 && !(2..=4).contains(&items.len()) {
                return Err(vm.new_type_error(
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                        .to_string(),
                ));
            }
            let host = host_bytes(vm, &items[0])?;
            let port = port_arg(vm, &items[1], caller)?;
            let mut flowinfo = 0u32;
            let mut scope_id = 0u32;
            if family == libc::AF_INET6 {
                if let Some(f) = items.get(2) {
                    let n = int_arg(vm, f)?;
                    if !(0..=0xfffff).contains(&n) {
                        return Err(vm.new_overflow_error(&format!(
                            "{caller}(): flowinfo must be 0-1048575."
                        )));
                    }
                    flowinfo = n as u32;
                }
                if let Some(s) = items.get(3) {
                    let n = int_arg(vm, s)?;
                    scope_id = u32::try_from(n)
                        .map_err(|_| vm.new_overflow_error("scope_id out of range"))?;
                }
            }
            let mut a = set_ip_addr(vm, &host, family)?;
            if family == libc::AF_INET {
                // SAFETY: set_ip_addr filled a sockaddr_in for AF_INET.
                let sin = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_in) };
                sin.sin_port = port.to_be();
            } else {
                // SAFETY: set_ip_addr filled a sockaddr_in6 for AF_INET6.
                let sin6 = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_in6) };
                sin6.sin6_port = port.to_be();
                sin6.sin6_flowinfo = flowinfo.to_be();
                sin6.sin6_scope_id = scope_id;
            }
            Ok(a)
        }
        libc::AF_UNIX => {
            let path = if builtins::is_str(addr) {
                builtins::str_of(addr).as_bytes().to_vec()
            } else {
                match bytes_copy(addr) {
                    Some(b) => b,
                    None => return Err(not_bytes(vm, addr)),
                }
            };
            let mut a = SockAddr::empty();
            // SAFETY: the storage is large enough for a sockaddr_un.
            let sun = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_un) };
            let abstract_ns = !path.is_empty() && path[0] == 0;
            if (abstract_ns && path.len() > sun.sun_path.len())
                || (!abstract_ns && path.len() >= sun.sun_path.len())
            {
                return Err(os_error_msg(vm, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            a.len = (std::mem::size_of::<libc::sa_family_t>() + path.len()) as libc::socklen_t;
            Ok(a)
        }
        _ => Err(os_error_msg(vm, &format!("{caller}(): bad family"))),
    }
}

// ---- blocking calls --------------------------------------------------------------------

/// Waits with poll() until `fd` is ready (for writing or reading), up to
/// `ms` milliseconds (-1: forever). Ok(true): ready; Ok(false): timed out;
/// Err(errno).
fn poll_fd(fd: c_int, writing: bool, connect: bool, ms: c_int) -> Result<bool, c_int> {
    let mut events = if writing { libc::POLLOUT } else { libc::POLLIN };
    if connect {
        events |= libc::POLLERR;
    }
    let mut p = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    // SAFETY: `p` is one valid pollfd.
    let n = unsafe { libc::poll(&mut p, 1, ms) };
    if n < 0 {
        return Err(errno());
    }
    Ok(n > 0)
}

fn ms_ceil(d: Duration) -> c_int {
    let ms = d.as_nanos().div_ceil(1_000_000);
    ms.min(c_int::MAX as u128) as c_int
}

/// CPython's sock_call_ex: runs `op` (a syscall on the descriptor; returns
/// a negative value with errno set on failure) with the GIL released,
/// honouring the socket's timeout. Ok(n) on success; Err(Err(e)) a Python
/// exception; Err(Ok(errno)) when `want_errno` (connect_ex).
fn sock_call(
    vm: &mut Vm,
    s: &Socket,
    writing: bool,
    connect: bool,
    deadline: &mut Option<Instant>,
    op: &mut dyn FnMut(c_int) -> isize,
) -> Result<isize, SockFail> {
    let timeout = s.timeout();
    let has_timeout = timeout > 0;
    loop {
        if has_timeout || connect {
            let fd = s.fd();
            let ms = if has_timeout {
                let now = Instant::now();
                let d = *deadline.get_or_insert_with(|| now + Duration::from_nanos(timeout as u64));
                if d <= now {
                    return Err(SockFail::Timeout);
                }
                ms_ceil(d - now)
            } else {
                -1
            };
            let r = if fd < 0 {
                Ok(true)
            } else {
                vm.allow_threads(|| poll_fd(fd, writing, connect, ms))
            };
            match r {
                Ok(true) => {}
                Ok(false) => return Err(SockFail::Timeout),
                Err(libc::EINTR) => {
                    baton_vm::signals::run_pending(vm).map_err(SockFail::Py)?;
                    continue;
                }
                Err(e) => return Err(SockFail::Errno(e)),
            }
        }
        let err = loop {
            let fd = s.fd();
            let (n, e) = vm.allow_threads(|| {
                let n = op(fd);
                (n, if n < 0 { errno() } else { 0 })
            });
            if n >= 0 {
                return Ok(n);
            }
            if e != libc::EINTR {
                break e;
            }
            baton_vm::signals::run_pending(vm).map_err(SockFail::Py)?;
        };
        if has_timeout && (err == libc::EWOULDBLOCK || err == libc::EAGAIN) {
            // A false positive of poll(): wait again.
            continue;
        }
        return Err(SockFail::Errno(err));
    }
}

enum SockFail {
    Py(PyErr),
    Timeout,
    Errno(c_int),
}

fn fail(vm: &mut Vm, f: SockFail) -> PyErr {
    match f {
        SockFail::Py(e) => e,
        SockFail::Timeout => timeout_error(vm),
        SockFail::Errno(e) => os_error(vm, e),
    }
}

fn call(
    vm: &mut Vm,
    s: &Socket,
    writing: bool,
    op: &mut dyn FnMut(c_int) -> isize,
) -> PyResult<isize> {
    let mut deadline = None;
    sock_call(vm, s, writing, false, &mut deadline, op).map_err(|f| fail(vm, f))
}

fn set_blocking_fd(fd: c_int, blocking: bool) -> Result<(), c_int> {
    // SAFETY: fcntl on a descriptor has no memory-safety preconditions.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            return Err(errno());
        }
        let new = if blocking {
            flags & !libc::O_NONBLOCK
        } else {
            flags | libc::O_NONBLOCK
        };
        if new != flags && libc::fcntl(fd, libc::F_SETFL, new) < 0 {
            return Err(errno());
        }
    }
    Ok(())
}

// ---- methods ---------------------------------------------------------------------------

fn sock_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.new_type_error("socket.__new__(X): X is not a type object".to_string())),
    };
    Ok(new_socket_object(
        cls,
        -1,
        libc::AF_INET,
        libc::SOCK_STREAM,
        0,
    ))
}

/// `socket(family=-1, type=-1, proto=-1, fileno=None)`.
fn sock_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = bind(
        vm,
        &args,
        "socket",
        &["family", "type", "proto", "fileno"],
        0,
    )?;
    let get = |vm: &mut Vm, v: &Value| -> PyResult<c_int> {
        if v.is_null() {
            Ok(-1)
        } else {
            c_int_arg(vm, v)
        }
    };
    let mut family = get(vm, &b[0])?;
    let mut kind = get(vm, &b[1])?;
    let mut proto = get(vm, &b[2])?;
    let fd;
    if b[3].is_null() || b[3].is_none() {
        if family == -1 {
            family = libc::AF_INET;
        }
        if kind == -1 {
            kind = libc::SOCK_STREAM;
        }
        if proto == -1 {
            proto = 0;
        }
        // SAFETY: socket() has no memory-safety preconditions.
        fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
        if fd < 0 {
            return Err(os_error(vm, errno()));
        }
    } else {
        let n = int_arg(vm, &b[3])?;
        if n < 0 {
            return Err(vm.new_value_error("negative file descriptor".to_string()));
        }
        let f = c_int::try_from(n).map_err(|_| vm.new_overflow_error("fd is out of range"))?;
        let mut addr = SockAddr::empty();
        // SAFETY: `addr` is writable for `addr.len` bytes.
        let r = unsafe { libc::getsockname(f, addr.as_mut_ptr(), &mut addr.len) };
        if r == 0 {
            if family == -1 {
                family = addr.storage.ss_family as c_int;
            }
        } else {
            let e = errno();
            if e == libc::EBADF || e == libc::ENOTSOCK {
                return Err(os_error(vm, e));
            }
        }
        let opt = |name: c_int| -> Result<c_int, c_int> {
            let mut v: c_int = 0;
            let mut len = std::mem::size_of::<c_int>() as libc::socklen_t;
            // SAFETY: `v` is a writable int of `len` bytes.
            let r = unsafe {
                libc::getsockopt(
                    f,
                    libc::SOL_SOCKET,
                    name,
                    (&mut v as *mut c_int).cast(),
                    &mut len,
                )
            };
            if r < 0 {
                Err(errno())
            } else {
                Ok(v)
            }
        };
        if kind == -1 {
            kind = opt(libc::SO_TYPE).map_err(|e| os_error(vm, e))?;
        }
        if proto == -1 {
            proto = opt(libc::SO_PROTOCOL).map_err(|e| os_error(vm, e))?;
        }
        fd = f;
    }
    let old = s.fd.swap(fd, Ordering::AcqRel);
    if old >= 0 && old != fd {
        // SAFETY: the object owned the old descriptor.
        unsafe { libc::close(old) };
    }
    s.family.store(family, Ordering::Release);
    s.kind.store(
        kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC),
        Ordering::Release,
    );
    s.proto.store(proto, Ordering::Release);
    if kind & libc::SOCK_NONBLOCK != 0 {
        s.timeout.store(0, Ordering::Release);
    } else {
        let d = DEFAULT_TIMEOUT.load(Ordering::Acquire);
        s.timeout.store(d, Ordering::Release);
        if d >= 0 {
            set_blocking_fd(fd, false).map_err(|e| os_error(vm, e))?;
        }
    }
    Ok(Value::None)
}

fn sock_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    Ok(new_str(format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd(),
        s.family(),
        s.kind.load(Ordering::Acquire),
        s.proto.load(Ordering::Acquire)
    )))
}

fn sock_accept(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    positional(vm, &args, "_accept", 0, 0)?;
    let mut addr = SockAddr::empty();
    let fd = call(vm, s, false, &mut |fd| {
        addr.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: the address buffer is writable for `addr.len` bytes.
        unsafe { libc::accept4(fd, addr.as_mut_ptr(), &mut addr.len, libc::SOCK_CLOEXEC) as isize }
    })?;
    Ok(new_tuple(vec![Value::Int(fd as i64), make_sockaddr(&addr)]))
}

fn sock_bind(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "bind", 1, 1)?;
    let addr = parse_sockaddr(vm, s.family(), &b[0], "bind")?;
    // SAFETY: `addr` holds a valid address of `addr.len` bytes.
    let r = unsafe { libc::bind(s.fd(), addr.as_ptr(), addr.len) };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    Ok(Value::None)
}

fn sock_close(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    positional(vm, &args, "close", 0, 0)?;
    let fd = s.fd.swap(-1, Ordering::AcqRel);
    if fd >= 0 {
        // SAFETY: the socket owned the descriptor.
        let r = unsafe { libc::close(fd) };
        if r < 0 {
            let e = errno();
            if e != libc::ECONNRESET {
                return Err(os_error(vm, e));
            }
        }
    }
    Ok(Value::None)
}

/// connect()/connect_ex(): Ok(0) or the errno; a Python error otherwise.
fn do_connect(vm: &mut Vm, s: &Socket, addr: &SockAddr, raise: bool) -> PyResult<c_int> {
    let fd = s.fd();
    let a = SockAddrCopy(addr.storage, addr.len);
    let (r, mut err) = vm.allow_threads(|| {
        // SAFETY: `a` holds a valid address of its length.
        let r = unsafe { libc::connect(fd, a.ptr(), a.1) };
        (r, if r < 0 { errno() } else { 0 })
    });
    if r == 0 {
        return Ok(0);
    }
    let wait = if err == libc::EINTR {
        baton_vm::signals::run_pending(vm)?;
        s.timeout() != 0
    } else {
        s.timeout() > 0 && err == libc::EINPROGRESS
    };
    if !wait {
        if raise {
            return Err(os_error(vm, err));
        }
        return Ok(err);
    }
    let mut deadline = None;
    let r = sock_call(vm, s, true, true, &mut deadline, &mut |fd| {
        let mut e: c_int = 0;
        let mut len = std::mem::size_of::<c_int>() as libc::socklen_t;
        // SAFETY: `e` is a writable int of `len` bytes.
        let r = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_ERROR,
                (&mut e as *mut c_int).cast(),
                &mut len,
            )
        };
        if r < 0 {
            return -1;
        }
        if e == libc::EISCONN || e == 0 {
            return 0;
        }
        // SAFETY: errno is thread-local.
        unsafe { *libc::__errno_location() = e };
        -1
    });
    match r {
        Ok(_) => Ok(0),
        Err(f) => {
            if raise {
                Err(fail(vm, f))
            } else {
                err = match f {
                    SockFail::Py(e) => return Err(e),
                    SockFail::Timeout => libc::EWOULDBLOCK,
                    SockFail::Errno(e) => e,
                };
                Ok(err)
            }
        }
    }
}

/// A copy of an address that the GIL-released closure may use.
#[derive(Clone, Copy)]
struct SockAddrCopy(libc::sockaddr_storage, libc::socklen_t);

impl SockAddrCopy {
    fn ptr(&self) -> *const libc::sockaddr {
        (&self.0 as *const libc::sockaddr_storage).cast()
    }
}

fn sock_connect(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "connect", 1, 1)?;
    let addr = parse_sockaddr(vm, s.family(), &b[0], "connect")?;
    do_connect(vm, s, &addr, true)?;
    Ok(Value::None)
}

fn sock_connect_ex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "connect_ex", 1, 1)?;
    let addr = parse_sockaddr(vm, s.family(), &b[0], "connect_ex")?;
    let e = do_connect(vm, s, &addr, false)?;
    Ok(Value::Int(e as i64))
}

fn sock_detach(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    positional(vm, &args, "detach", 0, 0)?;
    Ok(Value::Int(s.fd.swap(-1, Ordering::AcqRel) as i64))
}

fn sock_fileno(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    positional(vm, &args, "fileno", 0, 0)?;
    Ok(Value::Int(s.fd() as i64))
}

fn name_call(
    vm: &mut Vm,
    args: &FuncArgs,
    fname: &str,
    f: unsafe extern "C" fn(c_int, *mut libc::sockaddr, *mut libc::socklen_t) -> c_int,
) -> PyResult<Value> {
    let s = this(vm, args)?;
    positional(vm, args, fname, 0, 0)?;
    let mut addr = SockAddr::empty();
    // SAFETY: `addr` is writable for `addr.len` bytes.
    let r = unsafe { f(s.fd(), addr.as_mut_ptr(), &mut addr.len) };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    Ok(make_sockaddr(&addr))
}

fn sock_getsockname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    name_call(vm, &args, "getsockname", libc::getsockname)
}

fn sock_getpeername(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    name_call(vm, &args, "getpeername", libc::getpeername)
}

/// `getsockopt(level, option[, buflen])`.
fn sock_getsockopt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "getsockopt", 2, 3)?;
    let level = c_int_arg(vm, &b[0])?;
    let opt = c_int_arg(vm, &b[1])?;
    let buflen = if b[2].is_null() {
        0
    } else {
        c_int_arg(vm, &b[2])?
    };
    if buflen == 0 {
        let mut v: c_int = 0;
        let mut len = std::mem::size_of::<c_int>() as libc::socklen_t;
        // SAFETY: `v` is a writable int of `len` bytes.
        let r = unsafe {
            libc::getsockopt(s.fd(), level, opt, (&mut v as *mut c_int).cast(), &mut len)
        };
        if r < 0 {
            return Err(os_error(vm, errno()));
        }
        return Ok(Value::Int(v as i64));
    }
    if !(1..=1024).contains(&buflen) {
        return Err(os_error_msg(vm, "getsockopt buflen out of range"));
    }
    let mut buf = vec![0u8; buflen as usize];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: `buf` is writable for `len` bytes.
    let r = unsafe { libc::getsockopt(s.fd(), level, opt, buf.as_mut_ptr().cast(), &mut len) };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    buf.truncate(len as usize);
    Ok(new_bytes(buf))
}

/// `setsockopt(level, option, value: int | buffer)` or
/// `setsockopt(level, option, None, optlen: int)`.
fn sock_setsockopt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "setsockopt", 3, 4)?;
    let level = c_int_arg(vm, &b[0])?;
    let opt = c_int_arg(vm, &b[1])?;
    let r = if !b[3].is_null() {
        if !b[2].is_none() {
            return Err(
                vm.new_type_error("setsockopt() takes exactly 4 arguments (3 given)".to_string())
            );
        }
        let optlen = c_int_arg(vm, &b[3])?;
        // SAFETY: a NULL value with a length is what the kernel expects here.
        unsafe {
            libc::setsockopt(
                s.fd(),
                level,
                opt,
                std::ptr::null(),
                optlen as libc::socklen_t,
            )
        }
    } else if matches!(b[2], Value::Int(_) | Value::Bool(_))
        || matches!(&b[2], Value::Obj(o) if matches!(o.payload, Payload::Int(_)))
    {
        let v = c_int_arg(vm, &b[2])?;
        // SAFETY: `v` is a readable int.
        unsafe {
            libc::setsockopt(
                s.fd(),
                level,
                opt,
                (&v as *const c_int).cast(),
                std::mem::size_of::<c_int>() as libc::socklen_t,
            )
        }
    } else {
        let Some(buf) = bytes_copy(&b[2]) else {
            return Err(not_bytes(vm, &b[2]));
        };
        // SAFETY: `buf` is readable for its length.
        unsafe {
            libc::setsockopt(
                s.fd(),
                level,
                opt,
                buf.as_ptr().cast(),
                buf.len() as libc::socklen_t,
            )
        }
    };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    Ok(Value::None)
}

fn sock_listen(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "listen", 0, 1)?;
    let backlog = if b[0].is_null() {
        libc::SOMAXCONN.min(128)
    } else {
        c_int_arg(vm, &b[0])?.max(0)
    };
    let fd = s.fd();
    let r = vm.allow_threads(|| {
        // SAFETY: listen has no memory-safety preconditions.
        let r = unsafe { libc::listen(fd, backlog) };
        if r < 0 {
            errno()
        } else {
            0
        }
    });
    if r != 0 {
        return Err(os_error(vm, r));
    }
    Ok(Value::None)
}

fn alloc_buffer(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v: Vec<u8> = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception_empty(&types().exc.memory_error));
    }
    v.resize(n, 0);
    Ok(v)
}

fn recv_common(
    vm: &mut Vm,
    s: &Socket,
    n: usize,
    flags: c_int,
    want_addr: bool,
) -> PyResult<(Vec<u8>, Option<SockAddr>)> {
    let mut buf = alloc_buffer(vm, n)?;
    let mut addr = SockAddr::empty();
    let got = call(vm, s, false, &mut |fd| {
        addr.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: the buffer is writable for its length and the address
        // buffer for `addr.len` bytes.
        unsafe {
            if want_addr {
                libc::recvfrom(
                    fd,
                    buf.as_mut_ptr().cast(),
                    buf.len(),
                    flags,
                    addr.as_mut_ptr(),
                    &mut addr.len,
                )
            } else {
                libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags)
            }
        }
    })?;
    buf.truncate(got as usize);
    Ok((buf, if want_addr { Some(addr) } else { None }))
}

fn size_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<usize> {
    let n = int_arg(vm, v)?;
    if n < 0 {
        return Err(vm.new_value_error(format!("negative buffersize in {what}")));
    }
    Ok(n as usize)
}

fn flags_arg(vm: &mut Vm, v: &Value) -> PyResult<c_int> {
    if v.is_null() {
        Ok(0)
    } else {
        c_int_arg(vm, v)
    }
}

fn sock_recv(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "recv", 1, 2)?;
    let n = size_arg(vm, &b[0], "recv")?;
    let flags = flags_arg(vm, &b[1])?;
    let (buf, _) = recv_common(vm, s, n, flags, false)?;
    Ok(new_bytes(buf))
}

fn sock_recvfrom(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "recvfrom", 1, 2)?;
    let n = size_arg(vm, &b[0], "recvfrom")?;
    let flags = flags_arg(vm, &b[1])?;
    let (buf, addr) = recv_common(vm, s, n, flags, true)?;
    let a = addr.map(|a| make_sockaddr(&a)).unwrap_or(Value::None);
    Ok(new_tuple(vec![new_bytes(buf), a]))
}

/// The writable buffer of recv_into/recvfrom_into and how much to read.
fn into_args(vm: &mut Vm, args: &FuncArgs, fname: &str) -> PyResult<(Value, usize, c_int)> {
    let b = bind(vm, args, fname, &["buffer", "nbytes", "flags"], 1)?;
    let Some(len) = crate::util::with_bytes_mut(&b[0], |v| v.len()) else {
        let tn = vm.type_name(&b[0]);
        return Err(vm.new_type_error(format!(
            "{fname}() argument 1 must be read-write bytes-like object, not {tn}"
        )));
    };
    let nbytes = if b[1].is_null() {
        0
    } else {
        int_arg(vm, &b[1])?
    };
    if nbytes < 0 {
        return Err(vm.new_value_error(format!("negative buffersize in {fname}")));
    }
    let n = if nbytes == 0 { len } else { nbytes as usize };
    if n > len {
        return Err(vm.new_value_error(format!(
            "{}buffer too small for requested bytes",
            if fname == "recvfrom_into" {
                "nbytes is greater than the length of the "
            } else {
                ""
            }
        )));
    }
    let flags = flags_arg(vm, &b[2])?;
    Ok((b[0].clone(), n, flags))
}

/// Copies received bytes into the caller's bytearray (which may have shrunk
/// while the GIL was released).
fn fill_bytearray(target: &Value, data: &[u8]) -> usize {
    crate::util::with_bytes_mut(target, |v| {
        let n = data.len().min(v.len());
        v[..n].copy_from_slice(&data[..n]);
        n
    })
    .unwrap_or(0)
}

fn sock_recv_into(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let (target, n, flags) = into_args(vm, &args, "recv_into")?;
    let (buf, _) = recv_common(vm, s, n, flags, false)?;
    fill_bytearray(&target, &buf);
    Ok(Value::Int(buf.len() as i64))
}

fn sock_recvfrom_into(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let (target, n, flags) = into_args(vm, &args, "recvfrom_into")?;
    let (buf, addr) = recv_common(vm, s, n, flags, true)?;
    fill_bytearray(&target, &buf);
    let a = addr.map(|a| make_sockaddr(&a)).unwrap_or(Value::None);
    Ok(new_tuple(vec![Value::Int(buf.len() as i64), a]))
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_copy(v).ok_or_else(|| not_bytes(vm, v))
}

fn send_once(
    vm: &mut Vm,
    s: &Socket,
    data: &[u8],
    flags: c_int,
    deadline: &mut Option<Instant>,
) -> Result<usize, SockFail> {
    sock_call(vm, s, true, false, deadline, &mut |fd| {
        // SAFETY: `data` is readable for its length.
        unsafe {
            libc::send(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags | libc::MSG_NOSIGNAL,
            )
        }
    })
    .map(|n| n as usize)
}

fn sock_send(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "send", 1, 2)?;
    let data = data_arg(vm, &b[0])?;
    let flags = flags_arg(vm, &b[1])?;
    let mut deadline = None;
    let n = send_once(vm, s, &data, flags, &mut deadline).map_err(|f| fail(vm, f))?;
    Ok(Value::Int(n as i64))
}

fn sock_sendall(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "sendall", 1, 2)?;
    let data = data_arg(vm, &b[0])?;
    let flags = flags_arg(vm, &b[1])?;
    let mut pos = 0;
    // The timeout applies to the whole sendall.
    let mut deadline = None;
    while pos < data.len() {
        let n = send_once(vm, s, &data[pos..], flags, &mut deadline).map_err(|f| fail(vm, f))?;
        pos += n;
        baton_vm::signals::run_pending(vm)?;
    }
    Ok(Value::None)
}

/// `sendto(data[, flags], address)`.
fn sock_sendto(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let r = rest(&args);
    if r.has_kw() {
        return Err(vm.new_type_error("sendto() takes no keyword arguments".to_string()));
    }
    let n = r.args.len();
    let (data_v, flags_v, addr_v) = match n {
        2 => (&r.args[0], None, &r.args[1]),
        3 => (&r.args[0], Some(&r.args[1]), &r.args[2]),
        _ => return Err(vm.new_type_error(format!("sendto() takes 2 or 3 arguments ({n} given)"))),
    };
    let data = data_arg(vm, data_v)?;
    let flags = match flags_v {
        Some(f) => c_int_arg(vm, f)?,
        None => 0,
    };
    let addr = parse_sockaddr(vm, s.family(), addr_v, "sendto")?;
    let sent = call(vm, s, true, &mut |fd| {
        // SAFETY: `data` is readable for its length and `addr` holds a valid
        // address of `addr.len` bytes.
        unsafe {
            libc::sendto(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags | libc::MSG_NOSIGNAL,
                addr.as_ptr(),
                addr.len,
            )
        }
    })?;
    Ok(Value::Int(sent as i64))
}

fn sock_setblocking(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "setblocking", 1, 1)?;
    let blocking = vm.is_true(&b[0])?;
    s.timeout
        .store(if blocking { -1 } else { 0 }, Ordering::Release);
    set_blocking_fd(s.fd(), blocking).map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

fn sock_getblocking(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    positional(vm, &args, "getblocking", 0, 0)?;
    Ok(Value::Bool(s.timeout() != 0))
}

fn sock_settimeout(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "settimeout", 1, 1)?;
    let t = parse_timeout(vm, &b[0])?;
    s.timeout.store(t, Ordering::Release);
    set_blocking_fd(s.fd(), t < 0).map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

fn sock_gettimeout(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    positional(vm, &args, "gettimeout", 0, 0)?;
    Ok(timeout_value(s.timeout()))
}

fn sock_shutdown(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let b = positional(vm, &args, "shutdown", 1, 1)?;
    let how = c_int_arg(vm, &b[0])?;
    let fd = s.fd();
    let r = vm.allow_threads(|| {
        // SAFETY: shutdown has no memory-safety preconditions.
        let r = unsafe { libc::shutdown(fd, how) };
        if r < 0 {
            errno()
        } else {
            0
        }
    });
    if r != 0 {
        return Err(os_error(vm, r));
    }
    Ok(Value::None)
}

fn getter_this<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Socket> {
    native_ref::<Socket>(v).ok_or_else(|| {
        vm.new_type_error("descriptor requires a '_socket.socket' object".to_string())
    })
}

fn g_family(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(getter_this(vm, v)?.family() as i64))
}

fn g_type(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(
        getter_this(vm, v)?.kind.load(Ordering::Acquire) as i64
    ))
}

fn g_proto(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(
        getter_this(vm, v)?.proto.load(Ordering::Acquire) as i64,
    ))
}

fn g_timeout(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(timeout_value(getter_this(vm, v)?.timeout()))
}

// ---- module functions ------------------------------------------------------------------

fn m_getdefaulttimeout(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getdefaulttimeout", 0, 0)?;
    Ok(timeout_value(DEFAULT_TIMEOUT.load(Ordering::Acquire)))
}

fn m_setdefaulttimeout(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "setdefaulttimeout", 1, 1)?;
    let t = parse_timeout(vm, &args.args[0])?;
    DEFAULT_TIMEOUT.store(t, Ordering::Release);
    Ok(Value::None)
}

fn m_gethostname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "gethostname", 0, 0)?;
    let mut buf = [0u8; 1024];
    // SAFETY: `buf` is writable for its length.
    let r = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(new_str(String::from_utf8_lossy(&buf[..end]).into_owned()))
}

fn m_gethostbyname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "gethostbyname", 1, 1)?;
    let name = host_bytes(vm, &args.args[0])?;
    let a = set_ip_addr(vm, &name, libc::AF_INET)?;
    // SAFETY: set_ip_addr filled a sockaddr_in for AF_INET.
    let sin = unsafe { &*(a.as_ptr() as *const libc::sockaddr_in) };
    Ok(new_str(ipv4_string(&sin.sin_addr)))
}

/// One getaddrinfo call: the list of (family, type, proto, canonname, addr).
#[allow(clippy::type_complexity)]
fn resolve(
    vm: &mut Vm,
    host: Option<Vec<u8>>,
    port: Option<Vec<u8>>,
    family: c_int,
    kind: c_int,
    proto: c_int,
    flags: c_int,
) -> PyResult<Vec<(c_int, c_int, c_int, String, SockAddr)>> {
    let h = match host {
        Some(h) => Some(CString::new(h).map_err(|_| {
            vm.new_type_error("host name must not contain null character".to_string())
        })?),
        None => None,
    };
    let p =
        match port {
            Some(p) => Some(CString::new(p).map_err(|_| {
                vm.new_type_error("port must not contain null character".to_string())
            })?),
            None => None,
        };
    let r = vm.allow_threads(|| {
        // SAFETY: the hints are zero-initialised plain data, the C strings
        // live across the call, and the result list is freed below.
        unsafe {
            let mut hints: libc::addrinfo = std::mem::zeroed();
            hints.ai_family = family;
            hints.ai_socktype = kind;
            hints.ai_protocol = proto;
            hints.ai_flags = flags;
            let mut res: *mut libc::addrinfo = std::ptr::null_mut();
            let err = libc::getaddrinfo(
                h.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
                p.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
                &hints,
                &mut res,
            );
            if err != 0 {
                return Err((err, errno()));
            }
            let mut out = Vec::new();
            let mut cur = res;
            while !cur.is_null() {
                let ai = &*cur;
                let mut a = SockAddr::empty();
                let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
                std::ptr::copy_nonoverlapping(
                    ai.ai_addr as *const u8,
                    a.as_mut_ptr() as *mut u8,
                    n,
                );
                a.len = n as libc::socklen_t;
                let canon = if ai.ai_canonname.is_null() {
                    String::new()
                } else {
                    CStr::from_ptr(ai.ai_canonname)
                        .to_string_lossy()
                        .into_owned()
                };
                out.push((ai.ai_family, ai.ai_socktype, ai.ai_protocol, canon, a));
                cur = ai.ai_next;
            }
            libc::freeaddrinfo(res);
            Ok(out)
        }
    });
    r.map_err(|(e, sys)| gai_error(vm, e, sys))
}

fn m_gethostbyname_ex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "gethostbyname_ex", 1, 1)?;
    let name = host_bytes(vm, &args.args[0])?;
    let list = resolve(
        vm,
        Some(name.clone()),
        None,
        libc::AF_INET,
        libc::SOCK_STREAM,
        0,
        libc::AI_CANONNAME,
    )?;
    let mut ips: Vec<String> = Vec::new();
    let mut canon = String::from_utf8_lossy(&name).into_owned();
    for (i, (_, _, _, c, a)) in list.iter().enumerate() {
        if i == 0 && !c.is_empty() {
            canon = c.clone();
        }
        // SAFETY: AF_INET results hold a sockaddr_in.
        let sin = unsafe { &*(a.as_ptr() as *const libc::sockaddr_in) };
        let ip = ipv4_string(&sin.sin_addr);
        if !ips.contains(&ip) {
            ips.push(ip);
        }
    }
    Ok(new_tuple(vec![
        new_str(canon),
        new_list(vec![]),
        new_list(ips.into_iter().map(new_str).collect()),
    ]))
}

fn m_gethostbyaddr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "gethostbyaddr", 1, 1)?;
    let name = host_bytes(vm, &args.args[0])?;
    let a = set_ip_addr(vm, &name, libc::AF_UNSPEC)?;
    let ip = match a.storage.ss_family as c_int {
        libc::AF_INET => {
            // SAFETY: an AF_INET address is a sockaddr_in.
            ipv4_string(&unsafe { &*(a.as_ptr() as *const libc::sockaddr_in) }.sin_addr)
        }
        _ => {
            // SAFETY: otherwise set_ip_addr made a sockaddr_in6.
            ipv6_string(&unsafe { &*(a.as_ptr() as *const libc::sockaddr_in6) }.sin6_addr)
        }
    };
    let ac = SockAddrCopy(a.storage, a.len);
    let host = vm.allow_threads(|| {
        let mut buf = [0 as libc::c_char; 1025];
        // SAFETY: the address is valid for its length and `buf` writable.
        let r = unsafe {
            libc::getnameinfo(
                ac.ptr(),
                ac.1,
                buf.as_mut_ptr(),
                buf.len() as libc::socklen_t,
                std::ptr::null_mut(),
                0,
                libc::NI_NAMEREQD,
            )
        };
        if r != 0 {
            return None;
        }
        // SAFETY: getnameinfo wrote a NUL-terminated string.
        Some(
            unsafe { CStr::from_ptr(buf.as_ptr()) }
                .to_string_lossy()
                .into_owned(),
        )
    });
    let Some(host) = host else {
        return Err(herror(vm));
    };
    Ok(new_tuple(vec![
        new_str(host),
        new_list(vec![]),
        new_list(vec![new_str(ip)]),
    ]))
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`.
fn m_getaddrinfo(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = builtins::bind_native(
        vm,
        &args,
        "getaddrinfo",
        &["host", "port", "family", "type", "proto", "flags"],
        2,
    )?;
    let host = if b[0].is_none() {
        None
    } else if builtins::is_str(&b[0]) {
        Some(builtins::str_of(&b[0]).as_bytes().to_vec())
    } else if let Some(h) = bytes_copy(&b[0]) {
        Some(h)
    } else {
        return Err(
            vm.new_type_error("getaddrinfo() argument 1 must be string or None".to_string())
        );
    };
    let port = match &b[1] {
        Value::None => None,
        Value::Int(n) => Some(n.to_string().into_bytes()),
        Value::Bool(x) => Some((*x as i64).to_string().into_bytes()),
        v if builtins::is_str(v) => Some(builtins::str_of(v).as_bytes().to_vec()),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            let s = vm.str_string(&b[1])?;
            Some(s.into_bytes())
        }
        v => match bytes_copy(v) {
            Some(p) => Some(p),
            None => return Err(os_error_msg(vm, "Int or String expected")),
        },
    };
    let opt = |vm: &mut Vm, v: &Value| -> PyResult<c_int> {
        if v.is_null() {
            Ok(0)
        } else {
            c_int_arg(vm, v)
        }
    };
    let family = opt(vm, &b[2])?;
    let kind = opt(vm, &b[3])?;
    let proto = opt(vm, &b[4])?;
    let flags = opt(vm, &b[5])?;
    let list = resolve(vm, host, port, family, kind, proto, flags)?;
    let items = list
        .into_iter()
        .map(|(f, t, p, c, a)| {
            new_tuple(vec![
                Value::Int(f as i64),
                Value::Int(t as i64),
                Value::Int(p as i64),
                new_str(c),
                make_sockaddr(&a),
            ])
        })
        .collect();
    Ok(new_list(items))
}

/// `getnameinfo(sockaddr, flags)`.
fn m_getnameinfo(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getnameinfo", 2, 2)?;
    let items = match &args.args[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            builtins::tuple_items(o).to_vec()
        }
        _ => return Err(vm.new_type_error("getnameinfo() argument 1 must be a tuple".to_string())),
    };
    if !(2..=4).contains(&items.len()) {
        return Err(vm.new_type_error("getnameinfo(): illegal sockaddr argument".to_string()));
    }
    let flags = c_int_arg(vm, &args.args[1])?;
    let host = host_bytes(vm, &items[0])?;
    let port = port_arg(vm, &items[1], "getnameinfo")?;
    let list = resolve(
        vm,
        Some(host),
        Some(port.to_string().into_bytes()),
        0,
        libc::SOCK_DGRAM,
        0,
        libc::AI_NUMERICHOST,
    )?;
    let Some((fam, _, _, _, mut a)) = list.into_iter().next() else {
        return Err(os_error_msg(vm, "sockaddr resolved to nothing"));
    };
    if fam == libc::AF_INET6 {
        // SAFETY: an AF_INET6 result is a sockaddr_in6.
        let sin6 = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_in6) };
        if let Some(f) = items.get(2) {
            sin6.sin6_flowinfo = (int_arg(vm, f)? as u32).to_be();
        }
        if let Some(s) = items.get(3) {
            sin6.sin6_scope_id = int_arg(vm, s)? as u32;
        }
    } else if items.len() != 2 {
        return Err(os_error_msg(vm, "IPv4 sockaddr must be 2 tuple"));
    }
    let ac = SockAddrCopy(a.storage, a.len);
    let r = vm.allow_threads(|| {
        let mut hbuf = [0 as libc::c_char; 1025];
        let mut sbuf = [0 as libc::c_char; 32];
        // SAFETY: the address is valid for its length; the buffers are writable.
        let r = unsafe {
            libc::getnameinfo(
                ac.ptr(),
                ac.1,
                hbuf.as_mut_ptr(),
                hbuf.len() as libc::socklen_t,
                sbuf.as_mut_ptr(),
                sbuf.len() as libc::socklen_t,
                flags,
            )
        };
        if r != 0 {
            return Err((r, errno()));
        }
        // SAFETY: getnameinfo wrote NUL-terminated strings.
        unsafe {
            Ok((
                CStr::from_ptr(hbuf.as_ptr()).to_string_lossy().into_owned(),
                CStr::from_ptr(sbuf.as_ptr()).to_string_lossy().into_owned(),
            ))
        }
    });
    match r {
        Ok((h, s)) => Ok(new_tuple(vec![new_str(h), new_str(s)])),
        Err((e, sys)) => Err(gai_error(vm, e, sys)),
    }
}

fn opt_cstring(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<Option<CString>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let s = builtins::arg_str(vm, v, fname, "2")?;
            Ok(CString::new(s).ok())
        }
    }
}

fn m_getservbyname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getservbyname", 1, 2)?;
    let name = builtins::arg_str(vm, &args.args[0], "getservbyname", "1")?.to_string();
    let proto = opt_cstring(vm, args.args.get(1), "getservbyname")?;
    let cname = CString::new(name).unwrap_or_default();
    // SAFETY: the strings are NUL-terminated; the result points to static
    // storage read before any other call (the GIL is held).
    let port = unsafe {
        let se = libc::getservbyname(
            cname.as_ptr(),
            proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
        );
        if se.is_null() {
            None
        } else {
            Some(u16::from_be((*se).s_port as u16))
        }
    };
    match port {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(os_error_msg(vm, "service/proto not found")),
    }
}

fn m_getservbyport(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getservbyport", 1, 2)?;
    let port = int_arg(vm, &args.args[0])?;
    if !(0..=65535).contains(&port) {
        return Err(vm.new_overflow_error("getservbyport: port must be 0-65535."));
    }
    let proto = opt_cstring(vm, args.args.get(1), "getservbyport")?;
    // SAFETY: as for getservbyname.
    let name = unsafe {
        let se = libc::getservbyport(
            (port as u16).to_be() as c_int,
            proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
        );
        if se.is_null() {
            None
        } else {
            Some(CStr::from_ptr((*se).s_name).to_string_lossy().into_owned())
        }
    };
    match name {
        Some(n) => Ok(new_str(n)),
        None => Err(os_error_msg(vm, "port/proto not found")),
    }
}

fn m_getprotobyname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getprotobyname", 1, 1)?;
    let name = builtins::arg_str(vm, &args.args[0], "getprotobyname", "1")?.to_string();
    let cname = CString::new(name).unwrap_or_default();
    // SAFETY: as for getservbyname.
    let p = unsafe {
        let pe = libc::getprotobyname(cname.as_ptr());
        if pe.is_null() {
            None
        } else {
            Some((*pe).p_proto)
        }
    };
    match p {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(os_error_msg(vm, "protocol not found")),
    }
}

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`: two sockets.
fn m_socketpair(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "socketpair", 0, 3)?;
    let mut v = [libc::AF_UNIX, libc::SOCK_STREAM, 0];
    for (i, a) in args.args.iter().enumerate() {
        v[i] = c_int_arg(vm, a)?;
    }
    let mut fds = [-1 as c_int; 2];
    // SAFETY: `fds` is writable for two ints.
    let r = unsafe { libc::socketpair(v[0], v[1] | libc::SOCK_CLOEXEC, v[2], fds.as_mut_ptr()) };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    let d = DEFAULT_TIMEOUT.load(Ordering::Acquire);
    let mk = |fd: c_int| -> Value {
        let o = new_socket_object(socket_type(), fd, v[0], v[1], v[2]);
        if let Some(s) = native_ref::<Socket>(&o) {
            s.timeout.store(d, Ordering::Release);
            if d >= 0 {
                let _ = set_blocking_fd(fd, false);
            }
        }
        o
    };
    Ok(new_tuple(vec![mk(fds[0]), mk(fds[1])]))
}

fn m_dup(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "dup", 1, 1)?;
    let fd = c_int_arg(vm, &args.args[0])?;
    // SAFETY: no memory-safety preconditions.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    Ok(Value::Int(r as i64))
}

fn m_close(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "close", 1, 1)?;
    let fd = c_int_arg(vm, &args.args[0])?;
    // SAFETY: closing a descriptor has no memory-safety preconditions.
    let r = unsafe { libc::close(fd) };
    if r < 0 {
        let e = errno();
        if e != libc::ECONNRESET {
            return Err(os_error(vm, e));
        }
    }
    Ok(Value::None)
}

fn m_inet_aton(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "inet_aton", 1, 1)?;
    let s = builtins::arg_str(vm, &args.args[0], "inet_aton", "1")?.to_string();
    let c =
        CString::new(s).map_err(|_| vm.new_value_error("embedded null character".to_string()))?;
    let mut a = libc::in_addr { s_addr: 0 };
    // SAFETY: `c` is NUL-terminated and `a` writable.
    let ok = unsafe { inet_aton(c.as_ptr(), &mut a) };
    if ok == 0 {
        return Err(os_error_msg(
            vm,
            "illegal IP address string passed to inet_aton",
        ));
    }
    Ok(new_bytes(a.s_addr.to_ne_bytes().to_vec()))
}

extern "C" {
    fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> c_int;
    fn inet_pton(af: c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> c_int;
    fn inet_ntop(
        af: c_int,
        src: *const libc::c_void,
        dst: *mut libc::c_char,
        size: libc::socklen_t,
    ) -> *const libc::c_char;
}

fn m_inet_ntoa(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "inet_ntoa", 1, 1)?;
    let Some(b) = bytes_copy(&args.args[0]) else {
        return Err(not_bytes(vm, &args.args[0]));
    };
    if b.len() != 4 {
        return Err(os_error_msg(vm, "packed IP wrong length for inet_ntoa"));
    }
    Ok(new_str(
        std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string(),
    ))
}

fn m_inet_pton(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "inet_pton", 2, 2)?;
    let af = c_int_arg(vm, &args.args[0])?;
    let s = builtins::arg_str(vm, &args.args[1], "inet_pton", "2")?.to_string();
    let c =
        CString::new(s).map_err(|_| vm.new_value_error("embedded null character".to_string()))?;
    let mut buf = [0u8; 16];
    // SAFETY: `c` is NUL-terminated; `buf` has room for an in6_addr.
    let r = unsafe { inet_pton(af, c.as_ptr(), buf.as_mut_ptr().cast()) };
    if r < 0 {
        return Err(os_error(vm, errno()));
    }
    if r == 0 {
        return Err(os_error_msg(
            vm,
            "illegal IP address string passed to inet_pton",
        ));
    }
    let n = if af == libc::AF_INET { 4 } else { 16 };
    Ok(new_bytes(buf[..n].to_vec()))
}

fn m_inet_ntop(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "inet_ntop", 2, 2)?;
    let af = c_int_arg(vm, &args.args[0])?;
    let Some(b) = bytes_copy(&args.args[1]) else {
        return Err(not_bytes(vm, &args.args[1]));
    };
    match af {
        libc::AF_INET => {
            if b.len() != 4 {
                return Err(
                    vm.new_value_error("invalid length of packed IP address string".to_string())
                );
            }
            Ok(new_str(
                std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string(),
            ))
        }
        libc::AF_INET6 => {
            let Ok(a) = <[u8; 16]>::try_from(b.as_slice()) else {
                return Err(
                    vm.new_value_error("invalid length of packed IP address string".to_string())
                );
            };
            match ntop6(&a) {
                Some(t) => Ok(new_str(t)),
                None => Err(os_error(vm, errno())),
            }
        }
        _ => Err(vm.new_value_error(format!("unknown address family {af}"))),
    }
}

fn u16_arg(vm: &mut Vm, args: &FuncArgs, fname: &str) -> PyResult<u16> {
    builtins::check_args(vm, args, fname, 1, 1)?;
    let n = crate::math_module::index_bigint(vm, &args.args[0])?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.new_overflow_error(&format!(
            "{fname}: can't convert negative Python int to C 16-bit unsigned integer"
        )));
    }
    num_traits::ToPrimitive::to_u16(&n).ok_or_else(|| {
        vm.new_overflow_error(&format!(
            "{fname}: Python int too large to convert to C 16-bit unsigned integer"
        ))
    })
}

fn u32_arg(vm: &mut Vm, args: &FuncArgs, fname: &str) -> PyResult<u32> {
    builtins::check_args(vm, args, fname, 1, 1)?;
    let n = crate::math_module::index_bigint(vm, &args.args[0])?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.new_overflow_error("can't convert negative value to unsigned int"));
    }
    num_traits::ToPrimitive::to_u32(&n)
        .ok_or_else(|| vm.new_overflow_error("int larger than 32 bits"))
}

fn m_htons(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(u16_arg(vm, &args, "htons")?.to_be() as i64))
}

fn m_ntohs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(u16::from_be(u16_arg(vm, &args, "ntohs")?) as i64))
}

fn m_htonl(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(u32_arg(vm, &args, "htonl")?.to_be() as i64))
}

fn m_ntohl(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(u32::from_be(u32_arg(vm, &args, "ntohl")?) as i64))
}

fn m_if_nametoindex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "if_nametoindex", 1, 1)?;
    let name = builtins::arg_str(vm, &args.args[0], "if_nametoindex", "1")?.to_string();
    let c = CString::new(name).unwrap_or_default();
    // SAFETY: `c` is NUL-terminated.
    let i = unsafe { libc::if_nametoindex(c.as_ptr()) };
    if i == 0 {
        return Err(os_error_msg(vm, "no interface with this name"));
    }
    Ok(Value::Int(i as i64))
}

// ---- the module ------------------------------------------------------------------------

/// The module's integer constants.
fn constants() -> Vec<(&'static str, i64)> {
    let mut v: Vec<(&'static str, i64)> = vec![
        ("AF_UNSPEC", libc::AF_UNSPEC as i64),
        ("AF_INET", libc::AF_INET as i64),
        ("AF_INET6", libc::AF_INET6 as i64),
        ("AF_UNIX", libc::AF_UNIX as i64),
        ("AF_NETLINK", libc::AF_NETLINK as i64),
        ("AF_PACKET", libc::AF_PACKET as i64),
        ("SOCK_STREAM", libc::SOCK_STREAM as i64),
        ("SOCK_DGRAM", libc::SOCK_DGRAM as i64),
        ("SOCK_RAW", libc::SOCK_RAW as i64),
        ("SOCK_RDM", libc::SOCK_RDM as i64),
        ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET as i64),
        ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK as i64),
        ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC as i64),
        ("SOL_SOCKET", libc::SOL_SOCKET as i64),
        ("SOL_IP", libc::SOL_IP as i64),
        ("SOL_TCP", libc::SOL_TCP as i64),
        ("SOL_UDP", libc::SOL_UDP as i64),
        ("SO_DEBUG", libc::SO_DEBUG as i64),
        ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN as i64),
        ("SO_REUSEADDR", libc::SO_REUSEADDR as i64),
        ("SO_REUSEPORT", libc::SO_REUSEPORT as i64),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE as i64),
        ("SO_DONTROUTE", libc::SO_DONTROUTE as i64),
        ("SO_BROADCAST", libc::SO_BROADCAST as i64),
        ("SO_LINGER", libc::SO_LINGER as i64),
        ("SO_OOBINLINE", libc::SO_OOBINLINE as i64),
        ("SO_SNDBUF", libc::SO_SNDBUF as i64),
        ("SO_RCVBUF", libc::SO_RCVBUF as i64),
        ("SO_SNDLOWAT", libc::SO_SNDLOWAT as i64),
        ("SO_RCVLOWAT", libc::SO_RCVLOWAT as i64),
        ("SO_SNDTIMEO", libc::SO_SNDTIMEO as i64),
        ("SO_RCVTIMEO", libc::SO_RCVTIMEO as i64),
        ("SO_ERROR", libc::SO_ERROR as i64),
        ("SO_TYPE", libc::SO_TYPE as i64),
        ("SO_DOMAIN", libc::SO_DOMAIN as i64),
        ("SO_PROTOCOL", libc::SO_PROTOCOL as i64),
        ("SO_PEERCRED", libc::SO_PEERCRED as i64),
        ("SO_PASSCRED", libc::SO_PASSCRED as i64),
        ("SO_PRIORITY", libc::SO_PRIORITY as i64),
        ("SO_MARK", libc::SO_MARK as i64),
        ("SO_BINDTODEVICE", libc::SO_BINDTODEVICE as i64),
        ("SOMAXCONN", libc::SOMAXCONN as i64),
        ("MSG_OOB", libc::MSG_OOB as i64),
        ("MSG_PEEK", libc::MSG_PEEK as i64),
        ("MSG_DONTROUTE", libc::MSG_DONTROUTE as i64),
        ("MSG_DONTWAIT", libc::MSG_DONTWAIT as i64),
        ("MSG_EOR", libc::MSG_EOR as i64),
        ("MSG_TRUNC", libc::MSG_TRUNC as i64),
        ("MSG_CTRUNC", libc::MSG_CTRUNC as i64),
        ("MSG_WAITALL", libc::MSG_WAITALL as i64),
        ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL as i64),
        ("MSG_CMSG_CLOEXEC", libc::MSG_CMSG_CLOEXEC as i64),
        ("MSG_CONFIRM", libc::MSG_CONFIRM as i64),
        ("MSG_ERRQUEUE", libc::MSG_ERRQUEUE as i64),
        ("MSG_MORE", libc::MSG_MORE as i64),
        ("SHUT_RD", libc::SHUT_RD as i64),
        ("SHUT_WR", libc::SHUT_WR as i64),
        ("SHUT_RDWR", libc::SHUT_RDWR as i64),
        ("IPPROTO_IP", libc::IPPROTO_IP as i64),
        ("IPPROTO_TCP", libc::IPPROTO_TCP as i64),
        ("IPPROTO_UDP", libc::IPPROTO_UDP as i64),
        ("IPPROTO_IPV6", libc::IPPROTO_IPV6 as i64),
        ("IPPROTO_ICMP", libc::IPPROTO_ICMP as i64),
        ("IPPROTO_ICMPV6", libc::IPPROTO_ICMPV6 as i64),
        ("IPPROTO_RAW", libc::IPPROTO_RAW as i64),
        ("IPPROTO_SCTP", libc::IPPROTO_SCTP as i64),
        ("IPPORT_RESERVED", 1024),
        ("IPPORT_USERRESERVED", 5000),
        ("INADDR_ANY", 0),
        ("INADDR_BROADCAST", 0xffff_ffff),
        ("INADDR_LOOPBACK", 0x7f00_0001),
        ("INADDR_NONE", 0xffff_ffff),
        ("INADDR_UNSPEC_GROUP", 0xe000_0000),
        ("INADDR_ALLHOSTS_GROUP", 0xe000_0001),
        ("INADDR_MAX_LOCAL_GROUP", 0xe000_00ff),
        ("IP_TOS", libc::IP_TOS as i64),
        ("IP_TTL", libc::IP_TTL as i64),
        ("IP_HDRINCL", libc::IP_HDRINCL as i64),
        ("IP_OPTIONS", libc::IP_OPTIONS as i64),
        ("IP_RECVTOS", libc::IP_RECVTOS as i64),
        ("IP_MULTICAST_IF", libc::IP_MULTICAST_IF as i64),
        ("IP_MULTICAST_TTL", libc::IP_MULTICAST_TTL as i64),
        ("IP_MULTICAST_LOOP", libc::IP_MULTICAST_LOOP as i64),
        ("IP_ADD_MEMBERSHIP", libc::IP_ADD_MEMBERSHIP as i64),
        ("IP_DROP_MEMBERSHIP", libc::IP_DROP_MEMBERSHIP as i64),
        ("IPV6_V6ONLY", libc::IPV6_V6ONLY as i64),
        ("IPV6_JOIN_GROUP", libc::IPV6_ADD_MEMBERSHIP as i64),
        ("IPV6_LEAVE_GROUP", libc::IPV6_DROP_MEMBERSHIP as i64),
        ("IPV6_MULTICAST_HOPS", libc::IPV6_MULTICAST_HOPS as i64),
        ("IPV6_MULTICAST_IF", libc::IPV6_MULTICAST_IF as i64),
        ("IPV6_MULTICAST_LOOP", libc::IPV6_MULTICAST_LOOP as i64),
        ("IPV6_UNICAST_HOPS", libc::IPV6_UNICAST_HOPS as i64),
        ("IPV6_RECVPKTINFO", libc::IPV6_RECVPKTINFO as i64),
        ("IPV6_PKTINFO", libc::IPV6_PKTINFO as i64),
        ("IPV6_TCLASS", libc::IPV6_TCLASS as i64),
        ("TCP_NODELAY", libc::TCP_NODELAY as i64),
        ("TCP_MAXSEG", libc::TCP_MAXSEG as i64),
        ("TCP_CORK", libc::TCP_CORK as i64),
        ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE as i64),
        ("TCP_KEEPINTVL", libc::TCP_KEEPINTVL as i64),
        ("TCP_KEEPCNT", libc::TCP_KEEPCNT as i64),
        ("TCP_SYNCNT", libc::TCP_SYNCNT as i64),
        ("TCP_LINGER2", libc::TCP_LINGER2 as i64),
        ("TCP_DEFER_ACCEPT", libc::TCP_DEFER_ACCEPT as i64),
        ("TCP_WINDOW_CLAMP", libc::TCP_WINDOW_CLAMP as i64),
        ("TCP_INFO", libc::TCP_INFO as i64),
        ("TCP_QUICKACK", libc::TCP_QUICKACK as i64),
        ("TCP_FASTOPEN", libc::TCP_FASTOPEN as i64),
        ("TCP_CONGESTION", libc::TCP_CONGESTION as i64),
        ("TCP_USER_TIMEOUT", libc::TCP_USER_TIMEOUT as i64),
        ("TCP_NOTSENT_LOWAT", libc::TCP_NOTSENT_LOWAT as i64),
        ("AI_PASSIVE", libc::AI_PASSIVE as i64),
        ("AI_CANONNAME", libc::AI_CANONNAME as i64),
        ("AI_NUMERICHOST", libc::AI_NUMERICHOST as i64),
        ("AI_NUMERICSERV", libc::AI_NUMERICSERV as i64),
        ("AI_V4MAPPED", libc::AI_V4MAPPED as i64),
        ("AI_ALL", libc::AI_ALL as i64),
        ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG as i64),
        ("NI_NUMERICHOST", libc::NI_NUMERICHOST as i64),
        ("NI_NUMERICSERV", libc::NI_NUMERICSERV as i64),
        ("NI_NOFQDN", libc::NI_NOFQDN as i64),
        ("NI_NAMEREQD", libc::NI_NAMEREQD as i64),
        ("NI_DGRAM", libc::NI_DGRAM as i64),
        ("NI_MAXHOST", 1025),
        ("NI_MAXSERV", 32),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_AGAIN", libc::EAI_AGAIN as i64),
        ("EAI_BADFLAGS", libc::EAI_BADFLAGS as i64),
        ("EAI_FAIL", libc::EAI_FAIL as i64),
        ("EAI_FAMILY", libc::EAI_FAMILY as i64),
        ("EAI_MEMORY", libc::EAI_MEMORY as i64),
        ("EAI_NODATA", -5),
        ("EAI_NONAME", libc::EAI_NONAME as i64),
        ("EAI_OVERFLOW", libc::EAI_OVERFLOW as i64),
        ("EAI_SERVICE", libc::EAI_SERVICE as i64),
        ("EAI_SOCKTYPE", libc::EAI_SOCKTYPE as i64),
        ("EAI_SYSTEM", libc::EAI_SYSTEM as i64),
    ];
    v.sort_by_key(|c| c.0);
    v
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "_socket",
        &[
            ("getdefaulttimeout", m_getdefaulttimeout),
            ("setdefaulttimeout", m_setdefaulttimeout),
            ("gethostname", m_gethostname),
            ("gethostbyname", m_gethostbyname),
            ("gethostbyname_ex", m_gethostbyname_ex),
            ("gethostbyaddr", m_gethostbyaddr),
            ("getaddrinfo", m_getaddrinfo),
            ("getnameinfo", m_getnameinfo),
            ("getservbyname", m_getservbyname),
            ("getservbyport", m_getservbyport),
            ("getprotobyname", m_getprotobyname),
            ("socketpair", m_socketpair),
            ("dup", m_dup),
            ("close", m_close),
            ("inet_aton", m_inet_aton),
            ("inet_ntoa", m_inet_ntoa),
            ("inet_pton", m_inet_pton),
            ("inet_ntop", m_inet_ntop),
            ("htons", m_htons),
            ("ntohs", m_ntohs),
            ("htonl", m_htonl),
            ("ntohl", m_ntohl),
            ("if_nametoindex", m_if_nametoindex),
        ],
    );
    let set = |n: &str, v: Value| crate::util::set_attr(&m, n, v);
    let t = socket_type();
    set("socket", Value::Obj(t.clone()));
    set("SocketType", Value::Obj(t));
    set("error", Value::Obj(types().exc.os_error.clone()));
    set("timeout", Value::Obj(types().exc.timeout_error.clone()));
    let (h, g) = exc_types();
    set("herror", Value::Obj(h.clone()));
    set("gaierror", Value::Obj(g.clone()));
    set("has_ipv6", Value::Bool(true));
    for (n, v) in constants() {
        set(n, Value::Int(v));
    }
    Ok(m)
}
