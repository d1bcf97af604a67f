//! `_re`: the engine of the `re` module (lib/re/__init__.py is the thin
//! Python layer: flags, `re.error`, the compile cache, escape).
//!
//! Our own parser of Python's regular-expression syntax (`parse.rs`, with
//! CPython's error messages and positions) feeds a backtracking matcher
//! (`engine.rs`) that follows `_sre`'s semantics. Pattern, Match and the
//! scanner behind `finditer` are native types. Positions are code points
//! for str (a non-ASCII subject is decoded once to code points, and the
//! pattern keeps the last one decoded) and bytes for bytes; long searches
//! run with the GIL released.

pub mod engine;
pub mod parse;

use baton_vm::builtins::{self, new_bytes, new_list, new_str, new_tuple};
use baton_vm::object::{Mut, NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use engine::{Machine, Program, Unit, NONE};
use parse::{ReError, TemplatePart};
use std::sync::{Arc, Mutex, OnceLock};

/// Subjects at least this long are searched with the GIL released.
const RELEASE_GIL_LEN: usize = 1 << 16;

static ERROR_CLASS: Mutex<Option<ObjRef>> = Mutex::new(None);

struct PatternData {
    /// The pattern as given (str or bytes).
    pattern: Value,
    is_str: bool,
    flags: u32,
    prog: Arc<Program>,
    /// Number of capturing groups (not counting group 0).
    groups: usize,
    names: Vec<(String, usize)>,
    groupindex: Value,
    /// The last non-ASCII str subject and its code points.
    wide_cache: Mut<Option<(Value, Arc<Vec<u32>>)>>,
}

impl NativeData for PatternData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.groupindex);
    }
}

struct MatchData {
    string: Value,
    pattern: Value,
    /// Two per group (start, end); NONE when the group did not match.
    spans: Vec<usize>,
    lastindex: usize,
    pos: usize,
    endpos: usize,
}

impl NativeData for MatchData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.string);
        visit(&self.pattern);
    }
}

struct ScannerData {
    pattern: Value,
    string: Value,
    state: Mut<ScanState>,
    endpos: usize,
    pos0: usize,
}

struct ScanState {
    pos: usize,
    must_advance: bool,
    done: bool,
}

impl NativeData for ScannerData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.string);
    }
}

// ---- types ---------------------------------------------------------------

fn pattern_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_type(
            "re",
            "Pattern",
            None,
            &[
                ("match", pat_match),
                ("search", pat_search),
                ("fullmatch", pat_fullmatch),
                ("findall", pat_findall),
                ("finditer", pat_finditer),
                ("scanner", pat_scanner),
                ("sub", pat_sub),
                ("subn", pat_subn),
                ("split", pat_split),
                ("__repr__", pat_repr),
                ("__eq__", pat_eq),
                ("__ne__", pat_ne),
                ("__hash__", pat_hash),
                ("__copy__", identity),
                ("__deepcopy__", identity),
            ],
        );
        builtins::types::add_getsets(
            &t,
            &[
                ("pattern", pat_get_pattern, None),
                ("flags", pat_get_flags, None),
                ("groups", pat_get_groups, None),
                ("groupindex", pat_get_groupindex, None),
            ],
        );
        t
    })
    .clone()
}

fn match_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_type(
            "re",
            "Match",
            None,
            &[
                ("group", m_group),
                ("groups", m_groups),
                ("groupdict", m_groupdict),
                ("start", m_start),
                ("end", m_end),
                ("span", m_span),
                ("expand", m_expand),
                ("__getitem__", m_getitem),
                ("__repr__", m_repr),
                ("__copy__", identity),
                ("__deepcopy__", identity),
            ],
        );
        builtins::types::add_getsets(
            &t,
            &[
                ("pos", m_get_pos, None),
                ("endpos", m_get_endpos, None),
                ("lastindex", m_get_lastindex, None),
                ("lastgroup", m_get_lastgroup, None),
                ("re", m_get_re, None),
                ("string", m_get_string, None),
                ("regs", m_get_regs, None),
            ],
        );
        t
    })
    .clone()
}

fn scanner_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_type(
            "_re",
            "SRE_Scanner",
            None,
            &[
                ("match", sc_match),
                ("search", sc_search),
                ("__iter__", identity),
                ("__next__", sc_next),
            ],
        );
        builtins::types::add_getsets(&t, &[("pattern", sc_get_pattern, None)]);
        t
    })
    .clone()
}

fn identity(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

/// Registers `_re`.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "_re",
        &[
            ("compile", re_compile),
            ("set_error", re_set_error),
            ("parse_template", re_parse_template),
        ],
    );
    crate::util::set_attr(&m, "Pattern", Value::Obj(pattern_type()));
    crate::util::set_attr(&m, "Match", Value::Obj(match_type()));
    crate::util::set_attr(&m, "MAXREPEAT", Value::Int(parse::MAXREPEAT as i64));
    crate::util::set_attr(&m, "MAXGROUPS", Value::Int(parse::MAXGROUPS as i64));
    Ok(m)
}

fn re_set_error(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Ok(mut g) = ERROR_CLASS.lock() {
            *g = Some(o.clone());
        }
    }
    Ok(Value::None)
}

// ---- errors ----------------------------------------------------------------

fn raise(vm: &mut Vm, e: ReError, pattern: &Value) -> PyErr {
    match e {
        ReError::Value(m) => vm.new_value_error(m),
        ReError::Overflow(m) => vm.new_overflow_error(&m),
        ReError::Index(m) => vm.new_index_error(&m),
        ReError::Re { msg, pos } => {
            let cls = ERROR_CLASS.lock().ok().and_then(|g| g.clone());
            let Some(cls) = cls else {
                return vm.new_value_error(msg);
            };
            let pos = match pos {
                Some(p) => Value::Int(p as i64),
                None => Value::None,
            };
            let pat = if matches!(pos, Value::None) {
                Value::None
            } else {
                pattern.clone()
            };
            match vm.call(&Value::Obj(cls), &[new_str(msg), pat, pos]) {
                Ok(Value::Obj(o)) => PyErr(o),
                Ok(_) => vm.new_type_error("bad re.error".into()),
                Err(e) => e,
            }
        }
    }
}

// ---- text helpers ----------------------------------------------------------

/// The code points of a pattern or template (bytes as Latin-1).
fn code_points(v: &Value) -> Option<(Vec<u32>, bool)> {
    if builtins::is_str(v) {
        return Some((
            builtins::str_of(v).chars().map(|c| c as u32).collect(),
            true,
        ));
    }
    crate::util::with_bytes(v, |b| (b.iter().map(|&x| x as u32).collect(), false))
}

fn from_code_points(cps: &[u32], is_str: bool) -> Value {
    if is_str {
        new_str(
            cps.iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect::<String>(),
        )
    } else {
        new_bytes(cps.iter().map(|&c| c as u8).collect())
    }
}

/// A subject string, ready for the matcher.
struct Subject {
    value: Value,
    is_str: bool,
    data: SubjectData,
    len: usize,
}

enum SubjectData {
    /// An ASCII str or a bytes object: its bytes are borrowed from `value`.
    Borrowed,
    /// A copy of a mutable buffer (bytearray, memoryview, mmap...).
    Owned(Vec<u8>),
    /// The code points of a non-ASCII str.
    Wide(Arc<Vec<u32>>),
}

#[derive(Clone, Copy)]
enum Hay<'a> {
    N(&'a [u8]),
    W(&'a [u32]),
}

impl Subject {
    fn hay(&self) -> Hay<'_> {
        match &self.data {
            SubjectData::Borrowed => match &self.value {
                Value::Obj(o) => match &o.payload {
                    Payload::Str(s) => Hay::N(s.as_str().as_bytes()),
                    Payload::Bytes(b) => Hay::N(b),
                    _ => Hay::N(&[]),
                },
                _ => Hay::N(&[]),
            },
            SubjectData::Owned(v) => Hay::N(v),
            SubjectData::Wide(w) => Hay::W(w),
        }
    }

    /// The text of `s..e` as a new str or bytes.
    fn slice(&self, s: usize, e: usize) -> Value {
        if s == NONE || e == NONE {
            return Value::None;
        }
        let e = e.max(s);
        match self.hay() {
            Hay::N(b) => {
                if self.is_str {
                    new_str(std::str::from_utf8(&b[s..e]).unwrap_or(""))
                } else {
                    new_bytes(b[s..e].to_vec())
                }
            }
            Hay::W(w) => from_code_points(&w[s..e], true),
        }
    }
}

fn type_error_for(vm: &mut Vm, v: &Value) -> PyErr {
    let t = vm.type_name(v);
    vm.new_type_error(format!("expected string or bytes-like object, got '{t}'"))
}

fn subject(vm: &mut Vm, p: &PatternData, v: &Value) -> PyResult<Subject> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Str(s) => {
                if !p.is_str {
                    return Err(vm.new_type_error(
                        "cannot use a bytes pattern on a string-like object".into(),
                    ));
                }
                if s.is_ascii() {
                    return Ok(Subject {
                        value: v.clone(),
                        is_str: true,
                        data: SubjectData::Borrowed,
                        len: s.char_len(),
                    });
                }
                let cached = p.wide_cache.with(|c| match c {
                    Some((Value::Obj(co), w)) if co.is(o) => Some(w.clone()),
                    _ => None,
                });
                let w = match cached {
                    Some(w) => w,
                    None => {
                        let w: Arc<Vec<u32>> =
                            Arc::new(s.as_str().chars().map(|c| c as u32).collect());
                        if w.len() >= 4096 {
                            let keep = (v.clone(), w.clone());
                            let old = p.wide_cache.with(|c| c.replace(keep));
                            drop(old);
                        }
                        w
                    }
                };
                return Ok(Subject {
                    value: v.clone(),
                    is_str: true,
                    len: w.len(),
                    data: SubjectData::Wide(w),
                });
            }
            Payload::Bytes(b) => {
                if p.is_str {
                    return Err(vm.new_type_error(
                        "cannot use a string pattern on a bytes-like object".into(),
                    ));
                }
                return Ok(Subject {
                    value: v.clone(),
                    is_str: false,
                    data: SubjectData::Borrowed,
                    len: b.len(),
                });
            }
            _ => {}
        }
    }
    match crate::util::bytes_copy(v) {
        Some(b) => {
            if p.is_str {
                return Err(
                    vm.new_type_error("cannot use a string pattern on a bytes-like object".into())
                );
            }
            Ok(Subject {
                value: v.clone(),
                is_str: false,
                len: b.len(),
                data: SubjectData::Owned(b),
            })
        }
        None => Err(type_error_for(vm, v)),
    }
}

// ---- compile ---------------------------------------------------------------

fn flags_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    if v.is_null() {
        return Ok(0);
    }
    let f = builtins::arg_index(vm, v)?;
    Ok(f as u32)
}

/// `_re.compile(pattern, flags)`: a new Pattern (the cache is in Python).
fn re_compile(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "compile", &["pattern", "flags"], 1)?;
    let flags = flags_arg(vm, &a[1])?;
    compile_value(vm, &a[0], flags)
}

fn compile_value(vm: &mut Vm, pattern: &Value, flags: u32) -> PyResult<Value> {
    let Some((cps, is_str)) = code_points(pattern) else {
        return Err(vm.new_type_error("first argument must be string or compiled pattern".into()));
    };
    let parsed = match parse::parse_pattern(&cps, is_str, flags) {
        Ok(p) => p,
        Err(e) => return Err(raise(vm, e, pattern)),
    };
    let prog = match engine::compile(&parsed) {
        Ok(p) => p,
        Err(e) => return Err(raise(vm, e, pattern)),
    };
    let d = builtins::new_dict();
    for (n, g) in &parsed.names {
        builtins::dict_set_str(&d, n, Value::Int(*g as i64));
    }
    // Keep the pattern immutable: a bytearray pattern is stored as bytes.
    let pattern =
        if is_str || matches!(pattern, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_))) {
            pattern.clone()
        } else {
            from_code_points(&cps, false)
        };
    let data = PatternData {
        pattern,
        is_str,
        flags: parsed.flags,
        prog: Arc::new(prog),
        groups: parsed.groups - 1,
        names: parsed.names,
        groupindex: baton_vm::builtins::mappingproxy::new_proxy(Value::Obj(d)),
        wide_cache: Mut::new(None),
    };
    Ok(Value::Obj(ObjRef::new(
        pattern_type(),
        Payload::Native(Box::new(data)),
    )))
}

fn pattern_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a PatternData> {
    if let Some(p) = v.and_then(crate::util::native_ref::<PatternData>) {
        return Ok(p);
    }
    Err(vm.new_type_error("descriptor requires a 're.Pattern' object".into()))
}

fn match_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a MatchData> {
    if let Some(m) = v.and_then(crate::util::native_ref::<MatchData>) {
        return Ok(m);
    }
    Err(vm.new_type_error("descriptor requires a 're.Match' object".into()))
}

// ---- running the matcher ---------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

/// Clamps pos/endpos as CPython does.
fn bounds(vm: &mut Vm, pos: &Value, endpos: &Value, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize {
        if v < 0 {
            0
        } else {
            (v as u64).min(len as u64) as usize
        }
    };
    let p = if pos.is_null() {
        0
    } else {
        clamp(builtins::arg_index(vm, pos)?)
    };
    let e = if endpos.is_null() {
        len
    } else {
        clamp(builtins::arg_index(vm, endpos)?)
    };
    Ok((p, e))
}

/// One attempt (match/fullmatch at `pos`, or a search from it): the
/// group spans and lastindex.
fn run_once(
    prog: &Program,
    hay: Hay,
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<(Vec<usize>, usize)> {
    fn go<T: Unit>(
        prog: &Program,
        h: &[T],
        pos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<(Vec<usize>, usize)> {
        let mut m = Machine::new(prog);
        let ok = match mode {
            Mode::Search => m.search(h, pos, must_advance).is_some(),
            Mode::Match => m.run(h, pos, false, must_advance).is_some(),
            Mode::FullMatch => m.run(h, pos, true, must_advance).is_some(),
        };
        if !ok {
            return None;
        }
        let li = m.lastindex();
        let n = 2 * prog.ngroups;
        m.slots.truncate(n);
        Some((m.slots, li))
    }
    if pos > endpos {
        return None;
    }
    match hay {
        Hay::N(h) => go(prog, &h[..endpos], pos, mode, must_advance),
        Hay::W(h) => go(prog, &h[..endpos], pos, mode, must_advance),
    }
}

/// All successive matches (as findall, sub and split see them), up to
/// `limit` (0: no limit): flat spans, `2 * ngroups` per match.
fn run_all(prog: &Program, hay: Hay, pos: usize, endpos: usize, limit: usize) -> Vec<usize> {
    fn go<T: Unit>(prog: &Program, h: &[T], mut pos: usize, limit: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut m = Machine::new(prog);
        let mut must_advance = false;
        let mut n = 0;
        let ng = 2 * prog.ngroups;
        while limit == 0 || n < limit {
            if pos > h.len() {
                break;
            }
            let Some((s, e)) = m.search(h, pos, must_advance) else {
                break;
            };
            out.extend_from_slice(&m.slots[..ng]);
            n += 1;
            must_advance = e == s;
            pos = e;
        }
        out
    }
    if pos > endpos {
        return Vec::new();
    }
    match hay {
        Hay::N(h) => go(prog, &h[..endpos], pos, limit),
        Hay::W(h) => go(prog, &h[..endpos], pos, limit),
    }
}

fn run_all_released(
    vm: &mut Vm,
    prog: &Program,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    limit: usize,
) -> Vec<usize> {
    let hay = subj.hay();
    if endpos.saturating_sub(pos) >= RELEASE_GIL_LEN {
        vm.allow_threads(|| run_all(prog, hay, pos, endpos, limit))
    } else {
        run_all(prog, hay, pos, endpos, limit)
    }
}

fn new_match(
    pat_obj: &Value,
    subj: &Subject,
    spans: Vec<usize>,
    lastindex: usize,
    pos: usize,
    endpos: usize,
) -> Value {
    Value::Obj(ObjRef::new(
        match_type(),
        Payload::Native(Box::new(MatchData {
            string: subj.value.clone(),
            pattern: pat_obj.clone(),
            spans,
            lastindex,
            pos,
            endpos,
        })),
    ))
}

fn do_match(vm: &mut Vm, args: FuncArgs, mode: Mode, name: &str) -> PyResult<Value> {
    let p = pattern_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, name, &["string", "pos", "endpos"], 1)?;
    let subj = subject(vm, p, &a[0])?;
    let (pos, endpos) = bounds(vm, &a[1], &a[2], subj.len)?;
    let prog = p.prog.clone();
    let hay = subj.hay();
    let r = if endpos.saturating_sub(pos) >= RELEASE_GIL_LEN {
        vm.allow_threads(|| run_once(&prog, hay, pos, endpos, mode, false))
    } else {
        run_once(&prog, hay, pos, endpos, mode, false)
    };
    Ok(match r {
        Some((spans, li)) => new_match(&args.args[0], &subj, spans, li, pos, endpos),
        None => Value::None,
    })
}

fn pat_match(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    do_match(vm, args, Mode::Match, "match")
}

fn pat_search(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    do_match(vm, args, Mode::Search, "search")
}

fn pat_fullmatch(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    do_match(vm, args, Mode::FullMatch, "fullmatch")
}

fn pat_findall(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = pattern_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, "findall", &["string", "pos", "endpos"], 1)?;
    let subj = subject(vm, p, &a[0])?;
    let (pos, endpos) = bounds(vm, &a[1], &a[2], subj.len)?;
    let prog = p.prog.clone();
    let spans = run_all_released(vm, &prog, &subj, pos, endpos, 0);
    let ng = 2 * prog.ngroups;
    let mut out = Vec::with_capacity(spans.len() / ng.max(1));
    let empty = |subj: &Subject| subj.slice(0, 0);
    for m in spans.chunks(ng) {
        let item = match p.groups {
            0 => subj.slice(m[0], m[1]),
            1 => {
                if m[2] == NONE {
                    empty(&subj)
                } else {
                    subj.slice(m[2], m[3])
                }
            }
            n => new_tuple(
                (1..=n)
                    .map(|g| {
                        if m[2 * g] == NONE {
                            empty(&subj)
                        } else {
                            subj.slice(m[2 * g], m[2 * g + 1])
                        }
                    })
                    .collect(),
            ),
        };
        out.push(item);
    }
    Ok(new_list(out))
}

fn new_scanner(vm: &mut Vm, args: FuncArgs, name: &str) -> PyResult<Value> {
    let p = pattern_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, name, &["string", "pos", "endpos"], 1)?;
    let subj = subject(vm, p, &a[0])?;
    let (pos, endpos) = bounds(vm, &a[1], &a[2], subj.len)?;
    Ok(Value::Obj(ObjRef::new(
        scanner_type(),
        Payload::Native(Box::new(ScannerData {
            pattern: args.args[0].clone(),
            string: a[0].clone(),
            state: Mut::new(ScanState {
                pos,
                must_advance: false,
                done: false,
            }),
            endpos,
            pos0: pos,
        })),
    )))
}

fn pat_finditer(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    new_scanner(vm, args, "finditer")
}

fn pat_scanner(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    new_scanner(vm, args, "scanner")
}

fn scanner_step(vm: &mut Vm, sv: &Value, mode: Mode) -> PyResult<Value> {
    let Some(sc) = crate::util::native_ref::<ScannerData>(sv) else {
        return Err(vm.new_type_error("descriptor requires a '_re.SRE_Scanner' object".into()));
    };
    let (pos, must_advance, done) = sc.state.with(|s| (s.pos, s.must_advance, s.done));
    if done {
        return Ok(Value::None);
    }
    let p = pattern_of(vm, Some(&sc.pattern))?;
    let subj = subject(vm, p, &sc.string)?;
    let endpos = sc.endpos.min(subj.len);
    let prog = p.prog.clone();
    let hay = subj.hay();
    let r = if endpos.saturating_sub(pos) >= RELEASE_GIL_LEN {
        vm.allow_threads(|| run_once(&prog, hay, pos, endpos, mode, must_advance))
    } else {
        run_once(&prog, hay, pos, endpos, mode, must_advance)
    };
    match r {
        Some((spans, li)) => {
            let (s, e) = (spans[0], spans[1]);
            sc.state.with(|st| {
                st.must_advance = s == e;
                st.pos = e;
            });
            Ok(new_match(&sc.pattern, &subj, spans, li, sc.pos0, endpos))
        }
        None => {
            sc.state.with(|st| st.done = true);
            Ok(Value::None)
        }
    }
}

fn sc_match(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = args.args.first().cloned().unwrap_or(Value::None);
    scanner_step(vm, &s, Mode::Match)
}

fn sc_search(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = args.args.first().cloned().unwrap_or(Value::None);
    scanner_step(vm, &s, Mode::Search)
}

fn sc_next(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = args.args.first().cloned().unwrap_or(Value::None);
    match scanner_step(vm, &s, Mode::Search)? {
        Value::None => Err(vm.new_stop_iteration(Value::None)),
        m => Ok(m),
    }
}

fn sc_get_pattern(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match crate::util::native_ref::<ScannerData>(v) {
        Some(s) => Ok(s.pattern.clone()),
        None => Err(vm.new_type_error("not a scanner".into())),
    }
}

// ---- sub -------------------------------------------------------------------

enum Repl {
    /// Literal text (no group references).
    Literal(Value),
    Template(Vec<TemplatePart>),
    Callable(Value),
}

fn template_parts(vm: &mut Vm, p: &PatternData, t: &Value) -> PyResult<Vec<TemplatePart>> {
    let Some((cps, is_str)) = code_points(t) else {
        let tn = vm.type_name(t);
        return Err(vm.new_type_error(if p.is_str {
            format!("decoding to str: need a bytes-like object, {tn} found")
        } else {
            format!("expected a bytes-like object, {tn} found")
        }));
    };
    if is_str != p.is_str {
        let tn = vm.type_name(t);
        return Err(vm.new_type_error(if p.is_str {
            format!("sequence item 0: expected str instance, {tn} found")
        } else {
            format!("sequence item 0: expected a bytes-like object, {tn} found")
        }));
    }
    parse::parse_template(&cps, is_str, p.groups + 1, &p.names).map_err(|e| raise(vm, e, t))
}

fn repl_of(vm: &mut Vm, p: &PatternData, repl: &Value) -> PyResult<Repl> {
    if builtins::module::is_callable(repl) {
        return Ok(Repl::Callable(repl.clone()));
    }
    let backslash = if builtins::is_str(repl) {
        builtins::str_of(repl).contains('\\')
    } else {
        crate::util::with_bytes(repl, |b| b.contains(&b'\\')).unwrap_or(true)
    };
    let parts = template_parts(vm, p, repl)?;
    if !backslash {
        return Ok(Repl::Literal(repl.clone()));
    }
    if parts.iter().all(|x| matches!(x, TemplatePart::Literal(_))) {
        let mut all = Vec::new();
        for x in &parts {
            if let TemplatePart::Literal(l) = x {
                all.extend_from_slice(l);
            }
        }
        return Ok(Repl::Literal(from_code_points(&all, p.is_str)));
    }
    Ok(Repl::Template(parts))
}

/// Accumulates the output of sub() as text or bytes.
enum Out {
    S(String),
    B(Vec<u8>),
}

impl Out {
    fn push_hay(&mut self, subj: &Subject, s: usize, e: usize) {
        if s >= e {
            return;
        }
        match (self, subj.hay()) {
            (Out::S(o), Hay::N(b)) => o.push_str(std::str::from_utf8(&b[s..e]).unwrap_or("")),
            (Out::S(o), Hay::W(w)) => o.extend(
                w[s..e]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
            ),
            (Out::B(o), Hay::N(b)) => o.extend_from_slice(&b[s..e]),
            (Out::B(o), Hay::W(w)) => o.extend(w[s..e].iter().map(|&c| c as u8)),
        }
    }
    fn push_cps(&mut self, cps: &[u32]) {
        match self {
            Out::S(o) => o.extend(cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
            Out::B(o) => o.extend(cps.iter().map(|&c| c as u8)),
        }
    }
    fn push_value(&mut self, vm: &mut Vm, v: &Value, index: usize) -> PyResult<()> {
        match self {
            Out::S(o) => {
                if !builtins::is_str(v) {
                    let tn = vm.type_name(v);
                    return Err(vm.new_type_error(format!(
                        "sequence item {index}: expected str instance, {tn} found"
                    )));
                }
                o.push_str(builtins::str_of(v));
            }
            Out::B(o) => {
                if crate::util::with_bytes(v, |b| o.extend_from_slice(b)).is_none() {
                    let tn = vm.type_name(v);
                    return Err(vm.new_type_error(format!(
                        "sequence item {index}: expected a bytes-like object, {tn} found"
                    )));
                }
            }
        }
        Ok(())
    }
    fn finish(self) -> Value {
        match self {
            Out::S(s) => new_str(s),
            Out::B(b) => new_bytes(b),
        }
    }
}

fn expand_into(out: &mut Out, subj: &Subject, parts: &[TemplatePart], spans: &[usize]) {
    for part in parts {
        match part {
            TemplatePart::Literal(l) => out.push_cps(l),
            TemplatePart::Group(g) => {
                let (s, e) = (spans[2 * g], spans[2 * g + 1]);
                if s != NONE && e != NONE {
                    out.push_hay(subj, s, e);
                }
            }
        }
    }
}

fn do_sub(vm: &mut Vm, args: FuncArgs, name: &str) -> PyResult<(Value, usize)> {
    let p = pattern_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, name, &["repl", "string", "count"], 2)?;
    let subj = subject(vm, p, &a[1])?;
    let count = if a[2].is_null() {
        0
    } else {
        builtins::arg_index(vm, &a[2])?.max(0) as usize
    };
    let repl = repl_of(vm, p, &a[0])?;
    let prog = p.prog.clone();
    let ng = 2 * prog.ngroups;
    let len = subj.len;
    let mut out = if subj.is_str {
        Out::S(String::new())
    } else {
        Out::B(Vec::new())
    };
    let mut last = 0;
    let mut n = 0;
    match &repl {
        Repl::Callable(f) => {
            // Matches are made one at a time: the callable may run any code.
            let mut pos = 0;
            let mut must_advance = false;
            let mut item = 0;
            while count == 0 || n < count {
                let Some((spans, li)) =
                    run_once(&prog, subj.hay(), pos, len, Mode::Search, must_advance)
                else {
                    break;
                };
                let (s, e) = (spans[0], spans[1]);
                if last < s {
                    out.push_hay(&subj, last, s);
                    item += 1;
                }
                let m = new_match(&args.args[0], &subj, spans, li, 0, len);
                let r = vm.call(f, &[m])?;
                if !matches!(r, Value::None) {
                    out.push_value(vm, &r, item)?;
                    item += 1;
                }
                last = e;
                n += 1;
                must_advance = s == e;
                pos = e;
            }
        }
        _ => {
            let all = run_all_released(vm, &prog, &subj, 0, len, count);
            for spans in all.chunks(ng) {
                let (s, e) = (spans[0], spans[1]);
                out.push_hay(&subj, last, s);
                match &repl {
                    Repl::Literal(v) => out.push_value(vm, v, 0)?,
                    Repl::Template(parts) => expand_into(&mut out, &subj, parts, spans),
                    Repl::Callable(_) => {}
                }
                last = e;
                n += 1;
            }
        }
    }
    if n == 0 {
        // Nothing replaced: CPython returns an exact str or bytes itself.
        if let Value::Obj(o) = &subj.value {
            if o.type_ref().is(&builtins::types().str) || o.type_ref().is(&builtins::types().bytes)
            {
                return Ok((subj.value.clone(), 0));
            }
        }
    }
    out.push_hay(&subj, last, len);
    Ok((out.finish(), n))
}

fn pat_sub(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(do_sub(vm, args, "sub")?.0)
}

fn pat_subn(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (s, n) = do_sub(vm, args, "subn")?;
    Ok(new_tuple(vec![s, Value::Int(n as i64)]))
}

fn pat_split(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = pattern_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, "split", &["string", "maxsplit"], 1)?;
    let subj = subject(vm, p, &a[0])?;
    let maxsplit = if a[1].is_null() {
        0
    } else {
        builtins::arg_index(vm, &a[1])?
    };
    if maxsplit < 0 {
        return Ok(new_list(vec![a[0].clone()]));
    }
    let prog = p.prog.clone();
    let ng = 2 * prog.ngroups;
    let all = run_all_released(vm, &prog, &subj, 0, subj.len, maxsplit as usize);
    let mut out = Vec::new();
    let mut last = 0;
    for spans in all.chunks(ng) {
        out.push(subj.slice(last, spans[0]));
        for g in 1..=p.groups {
            out.push(subj.slice(spans[2 * g], spans[2 * g + 1]));
        }
        last = spans[1];
    }
    out.push(subj.slice(last, subj.len));
    Ok(new_list(out))
}

// ---- Pattern attributes ----------------------------------------------------

fn pat_get_pattern(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pattern_of(vm, Some(v))?.pattern.clone())
}

fn pat_get_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(pattern_of(vm, Some(v))?.flags as i64))
}

fn pat_get_groups(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(pattern_of(vm, Some(v))?.groups as i64))
}

fn pat_get_groupindex(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = pattern_of(vm, Some(v))?;
    // As CPython: a fresh plain dict when the pattern names no group.
    if p.names.is_empty() {
        return Ok(Value::Obj(baton_vm::builtins::new_dict()));
    }
    Ok(p.groupindex.clone())
}

const FLAG_NAMES: &[(&str, u32)] = &[
    ("re.TEMPLATE", parse::F_TEMPLATE),
    ("re.IGNORECASE", parse::F_IGNORECASE),
    ("re.LOCALE", parse::F_LOCALE),
    ("re.MULTILINE", parse::F_MULTILINE),
    ("re.DOTALL", parse::F_DOTALL),
    ("re.UNICODE", parse::F_UNICODE),
    ("re.VERBOSE", parse::F_VERBOSE),
    ("re.DEBUG", parse::F_DEBUG),
    ("re.ASCII", parse::F_ASCII),
];

fn pat_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = pattern_of(vm, args.args.first())?;
    let mut r = vm.repr_string(&p.pattern)?;
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    let mut flags = p.flags;
    if p.is_str && flags & (parse::F_LOCALE | parse::F_UNICODE | parse::F_ASCII) == parse::F_UNICODE
    {
        flags &= !parse::F_UNICODE;
    }
    let mut names = Vec::new();
    for (n, f) in FLAG_NAMES {
        if flags & f != 0 {
            names.push(n.to_string());
            flags &= !f;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    Ok(new_str(if names.is_empty() {
        format!("re.compile({r})")
    } else {
        format!("re.compile({r}, {})", names.join("|"))
    }))
}

fn pat_equal(vm: &mut Vm, args: &FuncArgs) -> PyResult<Option<bool>> {
    let a = pattern_of(vm, args.args.first())?;
    let Some(b) = args
        .args
        .get(1)
        .and_then(crate::util::native_ref::<PatternData>)
    else {
        return Ok(None);
    };
    if a.flags != b.flags || a.is_str != b.is_str {
        return Ok(Some(false));
    }
    Ok(Some(baton_vm::protocol::eq(vm, &a.pattern, &b.pattern)?))
}

fn pat_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(match pat_equal(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(builtins::singletons().not_implemented.clone()),
    })
}

fn pat_ne(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(match pat_equal(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(builtins::singletons().not_implemented.clone()),
    })
}

fn pat_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = pattern_of(vm, args.args.first())?;
    let h = vm.hash(&p.pattern)?;
    let mut h = h ^ (p.flags as i64) ^ (!p.is_str as i64);
    if h == -1 {
        h = -2;
    }
    Ok(Value::Int(h))
}

// ---- Match -----------------------------------------------------------------

fn m_subject(vm: &mut Vm, m: &MatchData) -> PyResult<Subject> {
    let p = pattern_of(vm, Some(&m.pattern))?;
    subject(vm, p, &m.string)
}

/// The group number named by `v` (an int or a group name).
fn group_index(vm: &mut Vm, m: &MatchData, v: &Value) -> PyResult<usize> {
    let ng = m.spans.len() / 2;
    let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Int(_)));
    if is_int {
        if let Ok(i) = builtins::arg_index(vm, v) {
            if i >= 0 && (i as usize) < ng {
                return Ok(i as usize);
            }
        }
        return Err(vm.new_index_error("no such group"));
    }
    if builtins::is_str(v) {
        let p = pattern_of(vm, Some(&m.pattern))?;
        let name = builtins::str_of(v);
        if let Some((_, g)) = p.names.iter().find(|(n, _)| n == name) {
            return Ok(*g);
        }
    }
    Err(vm.new_index_error("no such group"))
}

fn m_group_value(vm: &mut Vm, m: &MatchData, subj: &Subject, v: &Value) -> PyResult<Value> {
    let g = group_index(vm, m, v)?;
    Ok(subj.slice(m.spans[2 * g], m.spans[2 * g + 1]))
}

fn m_group(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("group() takes no keyword arguments".into()));
    }
    let m = match_of(vm, args.args.first())?;
    let subj = m_subject(vm, m)?;
    match args.args.len() {
        1 => Ok(subj.slice(m.spans[0], m.spans[1])),
        2 => m_group_value(vm, m, &subj, &args.args[1]),
        _ => {
            let mut out = Vec::new();
            for v in &args.args[1..] {
                out.push(m_group_value(vm, m, &subj, v)?);
            }
            Ok(new_tuple(out))
        }
    }
}

fn m_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = match_of(vm, args.args.first())?;
    let subj = m_subject(vm, m)?;
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    m_group_value(vm, m, &subj, &key)
}

fn m_groups(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = match_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, "groups", &["default"], 0)?;
    let default = if a[0].is_null() {
        Value::None
    } else {
        a[0].clone()
    };
    let subj = m_subject(vm, m)?;
    let ng = m.spans.len() / 2;
    let out = (1..ng)
        .map(|g| {
            if m.spans[2 * g] == NONE {
                default.clone()
            } else {
                subj.slice(m.spans[2 * g], m.spans[2 * g + 1])
            }
        })
        .collect();
    Ok(new_tuple(out))
}

fn m_groupdict(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = match_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, "groupdict", &["default"], 0)?;
    let default = if a[0].is_null() {
        Value::None
    } else {
        a[0].clone()
    };
    let subj = m_subject(vm, m)?;
    let p = pattern_of(vm, Some(&m.pattern))?;
    let d = builtins::new_dict();
    for (n, g) in &p.names {
        let v = if m.spans[2 * g] == NONE {
            default.clone()
        } else {
            subj.slice(m.spans[2 * g], m.spans[2 * g + 1])
        };
        builtins::dict_set_str(&d, n, v);
    }
    Ok(Value::Obj(d))
}

fn m_bound(vm: &mut Vm, args: &FuncArgs, name: &str) -> PyResult<(usize, usize)> {
    let m = match_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    if rest.args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{name} expected at most 1 argument, got {}",
            rest.args.len()
        )));
    }
    let g = match rest.args.first() {
        Some(v) => group_index(vm, m, v)?,
        None => 0,
    };
    Ok((m.spans[2 * g], m.spans[2 * g + 1]))
}

fn pos_value(p: usize) -> Value {
    if p == NONE {
        Value::Int(-1)
    } else {
        Value::Int(p as i64)
    }
}

fn m_start(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(pos_value(m_bound(vm, &args, "start")?.0))
}

fn m_end(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(pos_value(m_bound(vm, &args, "end")?.1))
}

fn m_span(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (s, e) = m_bound(vm, &args, "span")?;
    Ok(new_tuple(vec![pos_value(s), pos_value(e)]))
}

fn m_expand(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = match_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, "expand", &["template"], 1)?;
    let p = pattern_of(vm, Some(&m.pattern))?;
    let parts = template_parts(vm, p, &a[0])?;
    let subj = m_subject(vm, m)?;
    let mut out = if subj.is_str {
        Out::S(String::new())
    } else {
        Out::B(Vec::new())
    };
    expand_into(&mut out, &subj, &parts, &m.spans);
    Ok(out.finish())
}

fn m_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = match_of(vm, args.args.first())?;
    let subj = m_subject(vm, m)?;
    let g0 = subj.slice(m.spans[0], m.spans[1]);
    let r = vm.repr_string(&g0)?;
    Ok(new_str(format!(
        "<re.Match object; span=({}, {}), match={r}>",
        m.spans[0], m.spans[1]
    )))
}

fn m_get_pos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(match_of(vm, Some(v))?.pos as i64))
}

fn m_get_endpos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(match_of(vm, Some(v))?.endpos as i64))
}

fn m_get_lastindex(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = match_of(vm, Some(v))?;
    Ok(if m.lastindex == NONE {
        Value::None
    } else {
        Value::Int(m.lastindex as i64)
    })
}

fn m_get_lastgroup(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = match_of(vm, Some(v))?;
    if m.lastindex == NONE {
        return Ok(Value::None);
    }
    let p = pattern_of(vm, Some(&m.pattern))?;
    Ok(match p.names.iter().find(|(_, g)| *g == m.lastindex) {
        Some((n, _)) => new_str(n.as_str()),
        None => Value::None,
    })
}

fn m_get_re(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match_of(vm, Some(v))?.pattern.clone())
}

fn m_get_string(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match_of(vm, Some(v))?.string.clone())
}

fn m_get_regs(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = match_of(vm, Some(v))?;
    let out = m
        .spans
        .chunks(2)
        .map(|c| new_tuple(vec![pos_value(c[0]), pos_value(c[1])]))
        .collect();
    Ok(new_tuple(out))
}

/// `_re.parse_template(pattern, template)`: checks a template (for errors).
fn re_parse_template(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = pattern_of(vm, args.args.first())?;
    let t = args.args.get(1).cloned().unwrap_or(Value::None);
    template_parts(vm, p, &t)?;
    Ok(Value::None)
}
