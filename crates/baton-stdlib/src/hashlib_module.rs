//! `_hashlib` and `_blake2`: the native hash objects `hashlib` builds on.
//!
//! The algorithms come from the RustCrypto crates (md-5, sha1, sha2, sha3,
//! blake2). As in CPython, an update with 2048 bytes or more runs with the
//! GIL released, on a copy of the data; the hash state sits behind a real
//! mutex so that another thread using the same object meanwhile waits for it
//! (without holding the GIL).
//!
//! BLAKE2's tree-hashing parameters (fanout, depth, leaf_size, node_offset,
//! node_depth, inner_size, last_node), which the blake2 crate cannot set, are
//! served by our own BLAKE2 (`blake2_tree.rs`) when they are not the defaults.

use crate::util::{native_ref, new_native_type, with_bytes};
use baton_vm::builtins::{self, new_bytes, new_str, types};
use baton_vm::object::{NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use sha2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use sha2::digest::{Digest, ExtendableOutput, Update, XofReader};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// Updates at least this long release the GIL (CPython's HASHLIB_GIL_MINSIZE).
const GIL_MINSIZE: usize = 2048;

macro_rules! blake2_state {
    ($name:ident, $core:ty, $max:expr) => {
        /// A BLAKE2 state with its runtime digest size, key, salt and person.
        #[derive(Clone)]
        struct $name {
            core: $core,
            buffer: Buffer<$core>,
            out_len: usize,
        }

        impl $name {
            fn new(out_len: usize, key: &[u8], salt: &[u8], person: &[u8]) -> Self {
                let core = <$core>::new_with_params(salt, person, key.len(), out_len);
                let buffer = if key.is_empty() {
                    Buffer::<$core>::default()
                } else {
                    // A keyed hash starts with the key padded to one block.
                    let mut block = [0u8; 2 * $max];
                    block[..key.len()].copy_from_slice(key);
                    Buffer::<$core>::new(&block)
                };
                $name {
                    core,
                    buffer,
                    out_len,
                }
            }

            fn update(&mut self, data: &[u8]) {
                let $name { core, buffer, .. } = self;
                buffer.digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            fn finish(&self) -> Vec<u8> {
                let mut core = self.core.clone();
                let mut buffer = self.buffer.clone();
                let mut full = Default::default();
                core.finalize_variable_core(&mut buffer, &mut full);
                full[..self.out_len].to_vec()
            }
        }
    };
}

blake2_state!(Blake2bState, blake2::Blake2bVarCore, 64);
blake2_state!(Blake2sState, blake2::Blake2sVarCore, 32);

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2bState),
    Blake2s(Blake2sState),
    /// BLAKE2 with tree-hashing parameters (our own implementation).
    Blake2bTree(crate::blake2_tree::TreeBlake2b),
    Blake2sTree(crate::blake2_tree::TreeBlake2s),
}

/// The algorithms `_hashlib.new` knows: (name, digest_size, block_size).
const ALGORITHMS: &[(&str, usize, usize)] = &[
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
    ("sha512_224", 28, 128),
    ("sha512_256", 32, 128),
    ("sha3_224", 28, 144),
    ("sha3_256", 32, 136),
    ("sha3_384", 48, 104),
    ("sha3_512", 64, 72),
    ("shake_128", 0, 168),
    ("shake_256", 0, 136),
    ("blake2b", 64, 128),
    ("blake2s", 32, 64),
];

impl State {
    /// A fresh state for a (canonical, lower-case) algorithm name.
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Default::default()),
            "sha1" => State::Sha1(Default::default()),
            "sha224" => State::Sha224(Default::default()),
            "sha256" => State::Sha256(Default::default()),
            "sha384" => State::Sha384(Default::default()),
            "sha512" => State::Sha512(Default::default()),
            "sha512_224" => State::Sha512_224(Default::default()),
            "sha512_256" => State::Sha512_256(Default::default()),
            "sha3_224" => State::Sha3_224(Default::default()),
            "sha3_256" => State::Sha3_256(Default::default()),
            "sha3_384" => State::Sha3_384(Default::default()),
            "sha3_512" => State::Sha3_512(Default::default()),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            "blake2b" => State::Blake2b(Blake2bState::new(64, b"", b"", b"")),
            "blake2s" => State::Blake2s(Blake2sState::new(32, b"", b"", b"")),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha512_224(h) => Digest::update(h, data),
            State::Sha512_256(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
            State::Blake2b(h) => h.update(data),
            State::Blake2s(h) => h.update(data),
            State::Blake2bTree(h) => h.update(data),
            State::Blake2sTree(h) => h.update(data),
        }
    }

    /// The digest of what was hashed so far (the state is unchanged);
    /// `xof_len` is the length asked of a SHAKE.
    fn digest(&self, xof_len: usize) -> Vec<u8> {
        fn fixed<D: Digest + Clone>(h: &D) -> Vec<u8> {
            h.clone().finalize().to_vec()
        }
        fn xof<D: ExtendableOutput + Clone>(h: &D, n: usize) -> Vec<u8> {
            let mut out = vec![0u8; n];
            h.clone().finalize_xof().read(&mut out);
            out
        }
        match self {
            State::Md5(h) => fixed(h),
            State::Sha1(h) => fixed(h),
            State::Sha224(h) => fixed(h),
            State::Sha256(h) => fixed(h),
            State::Sha384(h) => fixed(h),
            State::Sha512(h) => fixed(h),
            State::Sha512_224(h) => fixed(h),
            State::Sha512_256(h) => fixed(h),
            State::Sha3_224(h) => fixed(h),
            State::Sha3_256(h) => fixed(h),
            State::Sha3_384(h) => fixed(h),
            State::Sha3_512(h) => fixed(h),
            State::Shake128(h) => xof(h, xof_len),
            State::Shake256(h) => xof(h, xof_len),
            State::Blake2b(h) => h.finish(),
            State::Blake2s(h) => h.finish(),
            State::Blake2bTree(h) => h.finish(),
            State::Blake2sTree(h) => h.finish(),
        }
    }

    fn digest_size(&self) -> usize {
        match self {
            State::Blake2b(h) => h.out_len,
            State::Blake2s(h) => h.out_len,
            State::Blake2bTree(h) => h.out_len(),
            State::Blake2sTree(h) => h.out_len(),
            _ => ALGORITHMS
                .iter()
                .find(|a| a.0 == self.name())
                .map(|a| a.1)
                .unwrap_or(0),
        }
    }

    fn block_size(&self) -> usize {
        ALGORITHMS
            .iter()
            .find(|a| a.0 == self.name())
            .map(|a| a.2)
            .unwrap_or(0)
    }

    fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
            State::Sha512_224(_) => "sha512_224",
            State::Sha512_256(_) => "sha512_256",
            State::Sha3_224(_) => "sha3_224",
            State::Sha3_256(_) => "sha3_256",
            State::Sha3_384(_) => "sha3_384",
            State::Sha3_512(_) => "sha3_512",
            State::Shake128(_) => "shake_128",
            State::Shake256(_) => "shake_256",
            State::Blake2b(_) | State::Blake2bTree(_) => "blake2b",
            State::Blake2s(_) | State::Blake2sTree(_) => "blake2s",
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }
}

/// A hash object: `_hashlib.HASH`, `_hashlib.HASHXOF`, `_blake2.blake2b/s`.
struct HashObject {
    state: Mutex<State>,
}

impl NativeData for HashObject {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl HashObject {
    /// The state, for short work with the GIL held.
    fn lock(&self, vm: &mut Vm) -> MutexGuard<'_, State> {
        match self.state.try_lock() {
            Ok(g) => g,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => {
                // Another thread is hashing a long input with the GIL
                // released: wait for it without the GIL.
                vm.allow_threads(|| self.lock_blocking())
            }
        }
    }

    fn lock_blocking(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn snapshot(&self, vm: &mut Vm) -> State {
        self.lock(vm).clone()
    }
}

// ---- types -----------------------------------------------------------------------------

struct HashTypes {
    hash: ObjRef,
    hashxof: ObjRef,
    blake2b: ObjRef,
    blake2s: ObjRef,
}

fn hash_types() -> &'static HashTypes {
    static T: OnceLock<HashTypes> = OnceLock::new();
    T.get_or_init(|| {
        let methods: &[(&'static str, baton_vm::vm::NativeFn)] = &[
            ("update", h_update),
            ("digest", h_digest),
            ("hexdigest", h_hexdigest),
            ("copy", h_copy),
            ("__repr__", h_repr),
        ];
        let getsets: &[(
            &'static str,
            baton_vm::object::Getter,
            Option<baton_vm::object::Setter>,
        )] = &[
            ("name", g_name, None),
            ("digest_size", g_digest_size, None),
            ("block_size", g_block_size, None),
        ];
        let hash = new_native_type("_hashlib", "HASH", None, methods);
        builtins::types::add_getsets(&hash, getsets);
        crate::util::add_static_methods(&hash, &[("__new__", hash_new_instance)]);
        let hashxof = new_native_type(
            "_hashlib",
            "HASHXOF",
            Some(&hash),
            &[("digest", x_digest), ("hexdigest", x_hexdigest)],
        );
        let mk_blake = |name: &str, max_digest: i64, salt: i64| {
            let t = new_native_type(
                "_blake2",
                name,
                None,
                &[
                    ("update", h_update),
                    ("digest", h_digest),
                    ("hexdigest", h_hexdigest),
                    ("copy", h_copy),
                ],
            );
            builtins::types::add_getsets(&t, getsets);
            if let Some(d) = t.dict.get() {
                builtins::dict_set_str(&d, "SALT_SIZE", Value::Int(salt));
                builtins::dict_set_str(&d, "PERSON_SIZE", Value::Int(salt));
                builtins::dict_set_str(&d, "MAX_KEY_SIZE", Value::Int(max_digest));
                builtins::dict_set_str(&d, "MAX_DIGEST_SIZE", Value::Int(max_digest));
            }
            t
        };
        let blake2b = mk_blake("blake2b", 64, 16);
        crate::util::add_static_methods(&blake2b, &[("__new__", blake2b_new)]);
        let blake2s = mk_blake("blake2s", 32, 8);
        crate::util::add_static_methods(&blake2s, &[("__new__", blake2s_new)]);
        HashTypes {
            hash,
            hashxof,
            blake2b,
            blake2s,
        }
    })
}

fn new_hash_value(state: State) -> Value {
    let t = hash_types();
    let ty = match state {
        State::Blake2b(_) | State::Blake2bTree(_) => t.blake2b.clone(),
        State::Blake2s(_) | State::Blake2sTree(_) => t.blake2s.clone(),
        _ if state.is_xof() => t.hashxof.clone(),
        _ => t.hash.clone(),
    };
    Value::Obj(ObjRef::new(
        ty,
        Payload::Native(Box::new(HashObject {
            state: Mutex::new(state),
        })),
    ))
}

fn this<'a>(vm: &mut Vm, args: &'a FuncArgs) -> PyResult<&'a HashObject> {
    match args.args.first().and_then(native_ref::<HashObject>) {
        Some(h) => Ok(h),
        None => Err(vm.new_type_error("descriptor requires a hash object".to_string())),
    }
}

/// The prefix of CPython's messages for a method of `v`'s type.
fn method_prefix(v: &Value) -> &'static str {
    match native_ref::<HashObject>(v).and_then(|h| h.state.try_lock().ok().map(|s| s.name())) {
        Some("blake2b") => "blake2b",
        Some("blake2s") => "blake2s",
        _ => "HASH",
    }
}

fn getter_this<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a HashObject> {
    native_ref::<HashObject>(v)
        .ok_or_else(|| vm.new_type_error("descriptor requires a hash object".to_string()))
}

/// The TypeError for data that is not bytes-like.
fn not_buffer(vm: &mut Vm, v: &Value) -> PyErr {
    if builtins::is_str(v) {
        vm.new_type_error("Strings must be encoded before hashing".to_string())
    } else {
        vm.new_type_error("object supporting the buffer API required".to_string())
    }
}

/// Feeds `data` to the object, releasing the GIL for long inputs.
fn feed(vm: &mut Vm, h: &HashObject, data: &Value) -> PyResult<()> {
    let Some(len) = crate::util::bytes_len(data) else {
        return Err(not_buffer(vm, data));
    };
    if len >= GIL_MINSIZE {
        if let Value::Obj(o) = data {
            if let baton_vm::object::Payload::Bytes(b) = &o.payload {
                // bytes are immutable and `data` (held by our caller) keeps
                // the object alive: hash it in place, no copy.
                let bytes: &[u8] = b;
                vm.allow_threads(|| h.lock_blocking().update(bytes));
                return Ok(());
            }
        }
        // A copy: a bytearray could change while the GIL is released.
        let copy = crate::util::bytes_copy(data).unwrap_or_default();
        vm.allow_threads(|| h.lock_blocking().update(&copy));
    } else {
        let mut g = h.lock(vm);
        with_bytes(data, |b| g.update(b));
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

// ---- methods ---------------------------------------------------------------------------

fn hash_new_instance(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = match args.args.first() {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => {
            let td = baton_vm::types::type_data(t);
            let module = builtins::dict_get_str_type(t, "__module__")
                .filter(builtins::is_str)
                .map(|m| builtins::str_of(&m).to_string())
                .unwrap_or_default();
            format!("{module}.{}", td.name())
        }
        _ => "_hashlib.HASH".to_string(),
    };
    Err(vm.new_type_error(format!("cannot create '{name}' instances")))
}

fn h_update(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let h = this(vm, &args)?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    builtins::check_args(
        vm,
        &rest,
        &format!("{}.update", method_prefix(&args.args[0])),
        1,
        1,
    )?;
    feed(vm, h, &args.args[1])?;
    Ok(Value::None)
}

fn h_digest(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let h = this(vm, &args)?;
    builtins::check_args(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        &format!("{}.digest", method_prefix(&args.args[0])),
        0,
        0,
    )?;
    let st = h.snapshot(vm);
    Ok(new_bytes(st.digest(0)))
}

fn h_hexdigest(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let h = this(vm, &args)?;
    builtins::check_args(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        &format!("{}.hexdigest", method_prefix(&args.args[0])),
        0,
        0,
    )?;
    let st = h.snapshot(vm);
    Ok(new_str(hex(&st.digest(0))))
}

fn h_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let h = this(vm, &args)?;
    builtins::check_args(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        &format!("{}.copy", method_prefix(&args.args[0])),
        0,
        0,
    )?;
    let st = h.snapshot(vm);
    Ok(new_hash_value(st))
}

fn h_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let h = this(vm, &args)?;
    let name = h.snapshot(vm).name();
    let (addr, tname) = match &args.args[0] {
        Value::Obj(o) => (
            o.addr(),
            baton_vm::types::type_data(o.type_ref()).name().to_string(),
        ),
        _ => (0, "HASH".to_string()),
    };
    Ok(new_str(format!(
        "<{name} _hashlib.{tname} object @ {addr:#x}>"
    )))
}

/// The `length` argument of a SHAKE's digest()/hexdigest().
fn xof_length(vm: &mut Vm, args: &FuncArgs, fname: &str) -> PyResult<usize> {
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let b = builtins::bind_native(vm, &rest, fname, &["length"], 1)?;
    let n = builtins::arg_index(vm, &b[0])?;
    // CPython fails to allocate a negative or enormous length.
    if !(0..=(1i64 << 32)).contains(&n) {
        return Err(vm.new_exception_empty(&types().exc.memory_error));
    }
    Ok(n as usize)
}

fn x_digest(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let h = this(vm, &args)?;
    let n = xof_length(vm, &args, "digest")?;
    let st = h.snapshot(vm);
    Ok(new_bytes(st.digest(n)))
}

fn x_hexdigest(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let h = this(vm, &args)?;
    let n = xof_length(vm, &args, "hexdigest")?;
    let st = h.snapshot(vm);
    Ok(new_str(hex(&st.digest(n))))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = getter_this(vm, v)?;
    Ok(new_str(h.snapshot(vm).name()))
}

fn g_digest_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = getter_this(vm, v)?;
    Ok(Value::Int(h.snapshot(vm).digest_size() as i64))
}

fn g_block_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let h = getter_this(vm, v)?;
    Ok(Value::Int(h.snapshot(vm).block_size() as i64))
}

// ---- constructors ----------------------------------------------------------------------

/// A hash of `name` fed with `data` (Null: nothing).
fn make_hash(vm: &mut Vm, name: &str, data: &Value) -> PyResult<Value> {
    let Some(state) = State::new(name) else {
        return Err(vm.new_value_error(format!("unsupported hash type {name}")));
    };
    let v = new_hash_value(state);
    if !data.is_null() {
        let h = native_ref::<HashObject>(&v).expect("a new hash object");
        feed(vm, h, data)?;
    }
    Ok(v)
}

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)`.
fn hashlib_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = builtins::bind_native(vm, &args, "new", &["name", "string", "usedforsecurity"], 1)?;
    if args.pos().len() > 2 {
        return Err(vm.new_type_error(format!(
            "new() takes at most 2 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    if !builtins::is_str(&b[0]) {
        return Err(vm.new_type_error("name must be a string".to_string()));
    }
    let name = canonical_name(builtins::str_of(&b[0]));
    make_hash(vm, &name, &b[1])
}

/// OpenSSL's spellings of the names CPython accepts (`SHA256`, `sha-256`...).
fn canonical_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    match lower.as_str() {
        "sha-1" => "sha1".into(),
        "sha-224" => "sha224".into(),
        "sha-256" => "sha256".into(),
        "sha-384" => "sha384".into(),
        "sha-512" => "sha512".into(),
        "sha512-224" | "sha-512/224" => "sha512_224".into(),
        "sha512-256" | "sha-512/256" => "sha512_256".into(),
        "sha3-224" => "sha3_224".into(),
        "sha3-256" => "sha3_256".into(),
        "sha3-384" => "sha3_384".into(),
        "sha3-512" => "sha3_512".into(),
        "shake128" => "shake_128".into(),
        "shake256" => "shake_256".into(),
        "blake2b512" => "blake2b".into(),
        "blake2s256" => "blake2s".into(),
        _ if lower == name => lower,
        // Other upper-case spellings are OpenSSL's: only exact names match.
        _ if ALGORITHMS.iter().any(|a| a.0 == lower) && !lower.contains('_') => lower,
        _ => name.to_string(),
    }
}

macro_rules! constructors {
    ($($fn:ident, $pyname:literal, $alg:literal;)*) => {
        $(
            fn $fn(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
                let b = builtins::bind_native(vm, &args, $pyname, &["string", "usedforsecurity"], 0)?;
                if args.pos().len() > 1 {
                    return Err(vm.new_type_error(format!(
                        "{}() takes at most 1 positional argument ({} given)",
                        $pyname,
                        args.pos().len()
                    )));
                }
                make_hash(vm, $alg, &b[0])
            }
        )*
    };
}

constructors! {
    openssl_md5, "openssl_md5", "md5";
    openssl_sha1, "openssl_sha1", "sha1";
    openssl_sha224, "openssl_sha224", "sha224";
    openssl_sha256, "openssl_sha256", "sha256";
    openssl_sha384, "openssl_sha384", "sha384";
    openssl_sha512, "openssl_sha512", "sha512";
    openssl_sha3_224, "openssl_sha3_224", "sha3_224";
    openssl_sha3_256, "openssl_sha3_256", "sha3_256";
    openssl_sha3_384, "openssl_sha3_384", "sha3_384";
    openssl_sha3_512, "openssl_sha3_512", "sha3_512";
    openssl_shake_128, "openssl_shake_128", "shake_128";
    openssl_shake_256, "openssl_shake_256", "shake_256";
}

const BLAKE2_PARAMS: [&str; 14] = [
    "cls",
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

fn blake2b_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    blake2_new(vm, args, true)
}

fn blake2s_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    blake2_new(vm, args, false)
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
/// fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
/// inner_size=0, last_node=False, usedforsecurity=True)`.
fn blake2_new(vm: &mut Vm, args: FuncArgs, big: bool) -> PyResult<Value> {
    let fname = if big { "blake2b" } else { "blake2s" };
    let (max, salt_max) = if big { (64usize, 16usize) } else { (32, 8) };
    let npos = args.pos().len();
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            npos - 1
        )));
    }
    for (k, _) in args.kw() {
        if k == "data" || k == "cls" {
            return Err(vm.new_type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    let b = builtins::bind_native(vm, &args, fname, &BLAKE2_PARAMS, 0)?;
    let int_param = |vm: &mut Vm, i: usize, default: i64| -> PyResult<i64> {
        if b[i].is_null() {
            Ok(default)
        } else {
            builtins::arg_index(vm, &b[i])
        }
    };
    let digest_size = int_param(vm, 2, max as i64)?;
    if digest_size < 1 || digest_size > max as i64 {
        return Err(vm.new_value_error(format!("digest_size must be between 1 and {max} bytes")));
    }
    let bytes_param = |vm: &mut Vm, i: usize| -> PyResult<Vec<u8>> {
        if b[i].is_null() {
            return Ok(Vec::new());
        }
        match crate::util::bytes_copy(&b[i]) {
            Some(v) => Ok(v),
            None => {
                let tn = vm.type_name(&b[i]);
                Err(vm.new_type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
        }
    };
    let key = bytes_param(vm, 3)?;
    let salt = bytes_param(vm, 4)?;
    let person = bytes_param(vm, 5)?;
    if key.len() > max {
        return Err(vm.new_value_error(format!("maximum key length is {max} bytes")));
    }
    if salt.len() > salt_max {
        return Err(vm.new_value_error(format!("maximum salt length is {salt_max} bytes")));
    }
    if person.len() > salt_max {
        return Err(vm.new_value_error(format!("maximum person length is {salt_max} bytes")));
    }
    // Tree hashing: CPython's ranges, then only the sequential defaults.
    let fanout = int_param(vm, 6, 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(vm.new_value_error("fanout must be between 0 and 255".to_string()));
    }
    let depth = int_param(vm, 7, 1)?;
    if !(1..=255).contains(&depth) {
        return Err(vm.new_value_error("depth must be between 1 and 255".to_string()));
    }
    let leaf_size = int_param(vm, 8, 0)?;
    if leaf_size < 0 {
        return Err(vm.new_value_error("value must be positive".to_string()));
    }
    if leaf_size > u32::MAX as i64 {
        return Err(vm.new_overflow_error("leaf_size is too large"));
    }
    let node_offset = int_param(vm, 9, 0)?;
    if node_offset < 0 {
        return Err(vm.new_value_error("value must be positive".to_string()));
    }
    if !big && node_offset > 0xFFFF_FFFF_FFFF {
        return Err(vm.new_overflow_error("node_offset is too large"));
    }
    let node_depth = int_param(vm, 10, 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(vm.new_value_error("node_depth must be between 0 and 255".to_string()));
    }
    let inner_size = int_param(vm, 11, 0)?;
    if inner_size < 0 || inner_size > max as i64 {
        return Err(vm.new_value_error(format!("inner_size must be between 0 and is {max}")));
    }
    let last_node = if b[12].is_null() {
        false
    } else {
        vm.is_true(&b[12])?
    };
    let sequential = fanout == 1
        && depth == 1
        && leaf_size == 0
        && node_offset == 0
        && node_depth == 0
        && inner_size == 0
        && !last_node;
    let state = if !sequential {
        let p = crate::blake2_tree::Params {
            digest_size: digest_size as usize,
            key: &key,
            salt: &salt,
            person: &person,
            fanout: fanout as u8,
            depth: depth as u8,
            leaf_size: leaf_size as u32,
            node_offset: node_offset as u64,
            node_depth: node_depth as u8,
            inner_size: inner_size as u8,
            last_node,
        };
        if big {
            State::Blake2bTree(crate::blake2_tree::TreeBlake2b::new(&p))
        } else {
            State::Blake2sTree(crate::blake2_tree::TreeBlake2s::new(&p))
        }
    } else if big {
        State::Blake2b(Blake2bState::new(
            digest_size as usize,
            &key,
            &salt,
            &person,
        ))
    } else {
        State::Blake2s(Blake2sState::new(
            digest_size as usize,
            &key,
            &salt,
            &person,
        ))
    };
    let v = new_hash_value(state);
    if !b[1].is_null() {
        let h = native_ref::<HashObject>(&v).expect("a new hash object");
        feed(vm, h, &b[1])?;
    }
    Ok(v)
}

// ---- pbkdf2_hmac, compare_digest --------------------------------------------------------

/// HMAC over one of our states: (inner, outer) keyed states.
fn hmac_states(alg: &State, key: &[u8]) -> (State, State) {
    let bs = alg.block_size();
    let mut k = if key.len() > bs {
        let mut h = alg.clone();
        h.update(key);
        h.digest(0)
    } else {
        key.to_vec()
    };
    k.resize(bs, 0);
    let mut inner = alg.clone();
    let mut outer = alg.clone();
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

fn hmac_with(inner: &State, outer: &State, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.digest(0));
    o.digest(0)
}

fn pbkdf2(alg: &State, password: &[u8], salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let (inner, outer) = hmac_states(alg, password);
    let mut out = Vec::with_capacity(dklen);
    let mut block = 1u32;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac_with(&inner, &outer, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_with(&inner, &outer, &u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen);
    out
}

fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::util::bytes_copy(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = builtins::bind_native(
        vm,
        &args,
        "pbkdf2_hmac",
        &["hash_name", "password", "salt", "iterations", "dklen"],
        4,
    )?;
    if !builtins::is_str(&b[0]) {
        let tn = vm.type_name(&b[0]);
        return Err(vm.new_type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {tn}"
        )));
    }
    let name = canonical_name(builtins::str_of(&b[0]));
    let password = buffer_arg(vm, &b[1])?;
    let salt = buffer_arg(vm, &b[2])?;
    let iterations = builtins::arg_index(vm, &b[3])?;
    let alg = match State::new(&name) {
        Some(s) if !s.is_xof() => s,
        _ => {
            // CPython reports OpenSSL's error.
            return Err(vm.new_exception_msg(
                &unsupported_digestmod_error(),
                "[digital envelope routines] unsupported".to_string(),
            ));
        }
    };
    if iterations < 1 {
        return Err(vm.new_value_error("iteration value must be greater than 0.".to_string()));
    }
    if iterations > u32::MAX as i64 {
        return Err(vm.new_overflow_error("iteration value is too great."));
    }
    let dklen = if b[4].is_null() || b[4].is_none() {
        alg.digest_size() as i64
    } else {
        builtins::arg_index(vm, &b[4])?
    };
    if dklen < 1 {
        return Err(vm.new_value_error("key length must be greater than 0.".to_string()));
    }
    if dklen > u32::MAX as i64 {
        return Err(vm.new_overflow_error("key length is too great."));
    }
    let out =
        vm.allow_threads(|| pbkdf2(&alg, &password, &salt, iterations as u64, dklen as usize));
    Ok(new_bytes(out))
}

/// `hmac_digest(key, msg, digest)`: one-shot HMAC (hmac.digest's fast path).
fn hmac_digest(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = builtins::bind_native(vm, &args, "hmac_digest", &["key", "msg", "digest"], 3)?;
    let key = buffer_arg(vm, &b[0])?;
    let msg = buffer_arg(vm, &b[1])?;
    if !builtins::is_str(&b[2]) {
        let r = vm.repr_string(&b[2])?;
        return Err(vm.new_exception_msg(
            &unsupported_digestmod_error(),
            format!("Unsupported digestmod {r}"),
        ));
    }
    let name = canonical_name(builtins::str_of(&b[2]));
    let alg = match State::new(&name) {
        Some(s) if !s.is_xof() => s,
        _ => {
            return Err(vm.new_exception_msg(
                &unsupported_digestmod_error(),
                "[digital envelope routines] unsupported".to_string(),
            ))
        }
    };
    let out = vm.allow_threads(|| {
        let (inner, outer) = hmac_states(&alg, &key);
        hmac_with(&inner, &outer, &msg)
    });
    Ok(new_bytes(out))
}

fn unsupported_digestmod_error() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        crate::util::new_exception_type(
            "_hashlib",
            "UnsupportedDigestmodError",
            &[types().exc.value_error.clone()],
        )
    })
    .clone()
}

/// `compare_digest(a, b)`: equality in time independent of where they differ.
pub fn compare_digest(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "compare_digest", 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    let (x, y) = if builtins::is_str(a) && builtins::is_str(b) {
        let (sa, sb) = (builtins::str_of(a), builtins::str_of(b));
        if !sa.is_ascii() || !sb.is_ascii() {
            return Err(vm.new_type_error(
                "comparing strings with non-ASCII characters is not supported".to_string(),
            ));
        }
        (sa.as_bytes().to_vec(), sb.as_bytes().to_vec())
    } else {
        let (ba, bb) = (crate::util::bytes_copy(a), crate::util::bytes_copy(b));
        match (ba, bb) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => {
                let (ta, tb) = (vm.type_name(a), vm.type_name(b));
                return Err(vm.new_type_error(format!(
                    "unsupported operand types(s) or combination of types: '{ta}' and '{tb}'"
                )));
            }
            (x, _) => {
                let bad = if x.is_none() { a } else { b };
                let tn = vm.type_name(bad);
                return Err(
                    vm.new_type_error(format!("a bytes-like object is required, not '{tn}'"))
                );
            }
        }
    };
    // Constant time in the contents: every byte of `y` is looked at.
    let mut diff = (x.len() != y.len()) as u8;
    for (i, c) in y.iter().enumerate() {
        diff |= c ^ x.get(i).copied().unwrap_or(!c);
    }
    Ok(Value::Bool(diff == 0))
}

// ---- modules ---------------------------------------------------------------------------

pub fn init_hashlib(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "_hashlib",
        &[
            ("new", hashlib_new),
            ("openssl_md5", openssl_md5),
            ("openssl_sha1", openssl_sha1),
            ("openssl_sha224", openssl_sha224),
            ("openssl_sha256", openssl_sha256),
            ("openssl_sha384", openssl_sha384),
            ("openssl_sha512", openssl_sha512),
            ("openssl_sha3_224", openssl_sha3_224),
            ("openssl_sha3_256", openssl_sha3_256),
            ("openssl_sha3_384", openssl_sha3_384),
            ("openssl_sha3_512", openssl_sha3_512),
            ("openssl_shake_128", openssl_shake_128),
            ("openssl_shake_256", openssl_shake_256),
            ("pbkdf2_hmac", pbkdf2_hmac),
            ("hmac_digest", hmac_digest),
            ("compare_digest", compare_digest),
        ],
    );
    let t = hash_types();
    crate::util::set_attr(&m, "HASH", Value::Obj(t.hash.clone()));
    crate::util::set_attr(&m, "HASHXOF", Value::Obj(t.hashxof.clone()));
    crate::util::set_attr(
        &m,
        "UnsupportedDigestmodError",
        Value::Obj(unsupported_digestmod_error()),
    );
    let names: Vec<Value> = ALGORITHMS
        .iter()
        .filter(|a| !a.0.starts_with("blake2"))
        .map(|a| new_str(a.0))
        .collect();
    let frozenset = Value::Obj(types().frozenset.clone());
    let set = vm.call(&frozenset, &[builtins::new_tuple(names)])?;
    crate::util::set_attr(&m, "openssl_md_meth_names", set);
    Ok(m)
}

pub fn init_blake2(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with("_blake2", &[]);
    let t = hash_types();
    crate::util::set_attr(&m, "blake2b", Value::Obj(t.blake2b.clone()));
    crate::util::set_attr(&m, "blake2s", Value::Obj(t.blake2s.clone()));
    crate::util::set_attr(&m, "BLAKE2B_SALT_SIZE", Value::Int(16));
    crate::util::set_attr(&m, "BLAKE2B_PERSON_SIZE", Value::Int(16));
    crate::util::set_attr(&m, "BLAKE2B_MAX_KEY_SIZE", Value::Int(64));
    crate::util::set_attr(&m, "BLAKE2B_MAX_DIGEST_SIZE", Value::Int(64));
    crate::util::set_attr(&m, "BLAKE2S_SALT_SIZE", Value::Int(8));
    crate::util::set_attr(&m, "BLAKE2S_PERSON_SIZE", Value::Int(8));
    crate::util::set_attr(&m, "BLAKE2S_MAX_KEY_SIZE", Value::Int(32));
    crate::util::set_attr(&m, "BLAKE2S_MAX_DIGEST_SIZE", Value::Int(32));
    Ok(m)
}
