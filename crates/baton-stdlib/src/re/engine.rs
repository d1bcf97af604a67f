//! The matcher: a parsed pattern compiled (with its flags resolved) to a
//! program for a backtracking machine with an explicit stack, following
//! the semantics of CPython's `_sre` (leftmost-first alternation, greedy,
//! lazy and possessive repeats with the same empty-iteration rule, atomic
//! groups, lookarounds, backreferences, conditionals).

use super::parse::{
    width, At, Cat, Item, Parsed, ReError, RepKind, SetItem, F_ASCII, F_DOTALL, F_IGNORECASE,
    F_LOCALE, F_MULTILINE, F_UNICODE, MAXREPEAT,
};
use baton_text::unicode::{is_alnum, is_decimal, is_space, simple_lower, simple_upper};

pub const NONE: usize = usize::MAX;

/// Code units of a haystack: bytes (bytes, or ASCII text) or code points.
pub trait Unit: Copy + Send + Sync + 'static {
    fn cp(self) -> u32;
    /// The first index at or after `from` holding `c`.
    fn find(hay: &[Self], from: usize, c: u32) -> Option<usize>;
}

impl Unit for u8 {
    #[inline(always)]
    fn cp(self) -> u32 {
        self as u32
    }
    fn find(hay: &[u8], from: usize, c: u32) -> Option<usize> {
        if c > 255 || from > hay.len() {
            return None;
        }
        memchr::memchr(c as u8, &hay[from..]).map(|i| i + from)
    }
}

impl Unit for u32 {
    #[inline(always)]
    fn cp(self) -> u32 {
        self
    }
    fn find(hay: &[u32], from: usize, c: u32) -> Option<usize> {
        hay.get(from..)?
            .iter()
            .position(|&x| x == c)
            .map(|i| i + from)
    }
}

/// Lowercase characters that fold together beyond their simple lowercase
/// (they share an uppercase form), as `re` treats them when ignoring case.
static EQUIVALENCES: &[&[u32]] = &[
    &[105, 305],
    &[115, 383],
    &[181, 956],
    &[837, 953, 8126],
    &[912, 8147],
    &[944, 8163],
    &[946, 976],
    &[949, 1013],
    &[952, 977],
    &[954, 1008],
    &[960, 982],
    &[961, 1009],
    &[962, 963],
    &[966, 981],
    &[1074, 7296],
    &[1076, 7297],
    &[1086, 7298],
    &[1089, 7299],
    &[1090, 7300, 7301],
    &[1098, 7302],
    &[1123, 7303],
    &[7304, 42571],
    &[7777, 7835],
    &[64261, 64262],
];

fn lower_u(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    char::from_u32(c).map_or(c, |ch| simple_lower(ch) as u32)
}

fn upper_u(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    char::from_u32(c).map_or(c, |ch| simple_upper(ch) as u32)
}

fn equivalents(lo: u32) -> Option<&'static [u32]> {
    if lo < 105 {
        return None;
    }
    EQUIVALENCES.iter().find(|cl| cl.contains(&lo)).copied()
}

/// The case-insensitive key of a character (Unicode rules).
#[inline]
pub fn fold_u(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    let lo = lower_u(c);
    match equivalents(lo) {
        Some(cl) => cl[0],
        None => lo,
    }
}

#[inline]
fn lower_a(c: u32) -> u32 {
    if c < 128 {
        (c as u8).to_ascii_lowercase() as u32
    } else {
        c
    }
}

#[inline]
fn upper_a(c: u32) -> u32 {
    if c < 128 {
        (c as u8).to_ascii_uppercase() as u32
    } else {
        c
    }
}

#[inline]
pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode && char::from_u32(c).is_some_and(is_alnum)
}

fn cat_test(cat: Cat, c: u32, unicode: bool) -> bool {
    match cat {
        Cat::Digit => digit(c, unicode),
        Cat::NotDigit => !digit(c, unicode),
        Cat::Space => space(c, unicode),
        Cat::NotSpace => !space(c, unicode),
        Cat::Word => is_word(c, unicode),
        Cat::NotWord => !is_word(c, unicode),
    }
}

fn digit(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    unicode && char::from_u32(c).is_some_and(is_decimal)
}

fn space(c: u32, unicode: bool) -> bool {
    if unicode {
        return char::from_u32(c).is_some_and(is_space);
    }
    matches!(c, 9..=13 | 32)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fold {
    No,
    Ascii,
    Unicode,
}

/// A character class, with its answers for the first 256 code points
/// precomputed.
#[derive(Clone, Debug)]
pub struct CharSet {
    items: Vec<SetItem>,
    negate: bool,
    fold: Fold,
    unicode: bool,
    bitmap: [u64; 4],
}

impl CharSet {
    fn new(items: &[SetItem], fold: Fold, unicode: bool) -> CharSet {
        let negate = items.first() == Some(&SetItem::Negate);
        let items: Vec<SetItem> = items
            .iter()
            .filter(|i| **i != SetItem::Negate)
            .cloned()
            .collect();
        let mut s = CharSet {
            items,
            negate,
            fold,
            unicode,
            bitmap: [0; 4],
        };
        for c in 0..256u32 {
            if s.slow(c) {
                s.bitmap[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Literal(v) => v == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Category(cat) => cat_test(cat, c, self.unicode),
            SetItem::Negate => false,
        })
    }

    fn slow(&self, c: u32) -> bool {
        let hit = match self.fold {
            Fold::No => self.raw(c),
            Fold::Ascii => self.raw(c) || self.raw(lower_a(c)) || self.raw(upper_a(c)),
            Fold::Unicode => {
                let lo = lower_u(c);
                self.raw(c)
                    || self.raw(lo)
                    || self.raw(upper_u(c))
                    || self.raw(upper_u(lo))
                    || equivalents(lo).is_some_and(|cl| cl.iter().any(|&e| self.raw(e)))
            }
        };
        hit != self.negate
    }

    #[inline(always)]
    pub fn test(&self, c: u32) -> bool {
        if c < 256 {
            self.bitmap[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.slow(c)
        }
    }
}

/// A test of one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharTest {
    Lit(u32),
    NotLit(u32),
    /// Equal under Unicode case folding (the operand is folded).
    LitFold(u32),
    NotLitFold(u32),
    /// Equal under ASCII case folding (the operand is lowercase).
    LitAscii(u32),
    NotLitAscii(u32),
    /// Any character but `\n`.
    Any,
    AnyAll,
    Set(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtKind {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Debug)]
pub enum Inst {
    One(CharTest),
    RepOne {
        test: CharTest,
        min: usize,
        max: usize,
        kind: RepKind,
    },
    At(AtKind),
    /// Go to `first`; on failure, to `second`.
    Split {
        first: usize,
        second: usize,
    },
    Jmp(usize),
    Save(usize),
    RepStart(usize),
    /// The head of a general repeat; its body starts at the next instruction.
    RepHead {
        reg: usize,
        min: usize,
        max: usize,
        lazy: bool,
        exit: usize,
        more: usize,
    },
    /// Where a lazy repeat resumes to try one more iteration.
    RepLazyMore {
        reg: usize,
        max: usize,
        body: usize,
    },
    AtomicStart,
    AtomicEnd,
    LookStart {
        behind: Option<usize>,
        negate: bool,
        after: usize,
    },
    LookEnd {
        negate: bool,
    },
    Backref {
        group: usize,
        fold: Fold,
    },
    CondGroup {
        group: usize,
        no: usize,
    },
    Match,
}

/// A compiled pattern.
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub nregs: usize,
    /// Groups including group 0.
    pub ngroups: usize,
    /// Matches only at the start of the string.
    pub anchored: bool,
    /// A test every match's first character passes (None: no such test, or
    /// the pattern can match an empty string).
    pub first: Option<CharTest>,
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
    widths: &'a [Option<(u64, u64)>],
}

fn to_count(v: u64) -> usize {
    if v >= MAXREPEAT {
        usize::MAX
    } else {
        v as usize
    }
}

impl<'a> Compiler<'a> {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn fold_of(flags: u32) -> Fold {
        if flags & F_IGNORECASE == 0 {
            Fold::No
        } else if flags & F_UNICODE != 0 && flags & (F_ASCII | F_LOCALE) == 0 {
            Fold::Unicode
        } else {
            Fold::Ascii
        }
    }

    fn literal(&self, c: u32, flags: u32, not: bool) -> CharTest {
        match Self::fold_of(flags) {
            Fold::No => {
                if not {
                    CharTest::NotLit(c)
                } else {
                    CharTest::Lit(c)
                }
            }
            Fold::Ascii => {
                if c < 128 && (c as u8).is_ascii_alphabetic() {
                    let l = lower_a(c);
                    if not {
                        CharTest::NotLitAscii(l)
                    } else {
                        CharTest::LitAscii(l)
                    }
                } else if not {
                    CharTest::NotLit(c)
                } else {
                    CharTest::Lit(c)
                }
            }
            Fold::Unicode => {
                let lo = lower_u(c);
                let cased = lo != c || upper_u(c) != c || equivalents(lo).is_some();
                if cased {
                    let f = fold_u(c);
                    if not {
                        CharTest::NotLitFold(f)
                    } else {
                        CharTest::LitFold(f)
                    }
                } else if not {
                    CharTest::NotLit(c)
                } else {
                    CharTest::Lit(c)
                }
            }
        }
    }

    fn seq(&mut self, items: &[Item], flags: u32) -> Result<(), ReError> {
        for it in items {
            self.item(it, flags)?;
        }
        Ok(())
    }

    fn item(&mut self, it: &Item, flags: u32) -> Result<(), ReError> {
        let unicode = flags & F_UNICODE != 0 && flags & (F_ASCII | F_LOCALE) == 0;
        match it {
            Item::Literal(c) => {
                let t = self.literal(*c, flags, false);
                self.emit(Inst::One(t));
            }
            Item::NotLiteral(c) => {
                let t = self.literal(*c, flags, true);
                self.emit(Inst::One(t));
            }
            Item::Any => {
                self.emit(Inst::One(if flags & F_DOTALL != 0 {
                    CharTest::AnyAll
                } else {
                    CharTest::Any
                }));
            }
            Item::In(set) => {
                let cs = CharSet::new(set, Self::fold_of(flags), unicode);
                self.sets.push(cs);
                let i = self.sets.len() as u32 - 1;
                self.emit(Inst::One(CharTest::Set(i)));
            }
            Item::At(a) => {
                let ml = flags & F_MULTILINE != 0;
                let k = match a {
                    At::Beginning if ml => AtKind::BeginningLine,
                    At::Beginning | At::BeginningString => AtKind::Beginning,
                    At::End if ml => AtKind::EndLine,
                    At::End => AtKind::End,
                    At::EndString => AtKind::EndString,
                    At::Boundary => AtKind::Boundary(unicode),
                    At::NonBoundary => AtKind::NonBoundary(unicode),
                };
                self.emit(Inst::At(k));
            }
            Item::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split {
                            first: 0,
                            second: 0,
                        });
                        self.seq(alt, flags)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split {
                            first: split + 1,
                            second: next,
                        };
                    } else {
                        self.seq(alt, flags)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Item::Subpattern {
                group,
                add,
                del,
                body,
            } => {
                let f = (flags | add) & !del;
                if let Some(g) = group {
                    self.emit(Inst::Save(2 * g));
                    self.seq(body, f)?;
                    self.emit(Inst::Save(2 * g + 1));
                } else {
                    self.seq(body, f)?;
                }
            }
            Item::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.seq(body, flags)?;
                self.emit(Inst::AtomicEnd);
            }
            Item::Repeat {
                kind,
                min,
                max,
                body,
            } => self.repeat(*kind, to_count(*min), to_count(*max), body, flags)?,
            Item::GroupRef(g) => {
                self.emit(Inst::Backref {
                    group: *g,
                    fold: Self::fold_of(flags),
                });
            }
            Item::GroupRefExists { group, yes, no } => {
                let cond = self.emit(Inst::CondGroup {
                    group: *group,
                    no: 0,
                });
                self.seq(yes, flags)?;
                if let Some(no) = no {
                    let j = self.emit(Inst::Jmp(0));
                    let here = self.pc();
                    self.insts[cond] = Inst::CondGroup {
                        group: *group,
                        no: here,
                    };
                    self.seq(no, flags)?;
                    let end = self.pc();
                    self.insts[j] = Inst::Jmp(end);
                } else {
                    let end = self.pc();
                    self.insts[cond] = Inst::CondGroup {
                        group: *group,
                        no: end,
                    };
                }
            }
            Item::Assert {
                behind,
                negate,
                body,
            } => {
                let w = if *behind {
                    let (lo, hi) = width(body, self.widths);
                    if lo != hi {
                        return Err(ReError::Re {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart {
                    behind: w,
                    negate: *negate,
                    after: 0,
                });
                self.seq(body, flags)?;
                self.emit(Inst::LookEnd { negate: *negate });
                let after = self.pc();
                self.insts[start] = Inst::LookStart {
                    behind: w,
                    negate: *negate,
                    after,
                };
            }
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        kind: RepKind,
        min: usize,
        max: usize,
        body: &[Item],
        flags: u32,
    ) -> Result<(), ReError> {
        // A single-character body: a counted loop without stack entries.
        let mark = self.pc();
        self.seq(body, flags)?;
        if self.pc() == mark + 1 {
            if let Inst::One(t) = self.insts[mark] {
                self.insts[mark] = Inst::RepOne {
                    test: t,
                    min,
                    max,
                    kind,
                };
                return Ok(());
            }
        }
        let body_code: Vec<Inst> = self.insts.drain(mark..).collect();
        if min == 1 && max == 1 && kind != RepKind::Possessive {
            self.append_shifted(body_code, mark);
            return Ok(());
        }
        if kind == RepKind::Possessive {
            self.emit(Inst::AtomicStart);
        }
        let lazy = kind == RepKind::Lazy;
        let reg = self.nregs;
        self.nregs += 1;
        self.emit(Inst::RepStart(reg));
        let head = self.emit(Inst::Jmp(0));
        let body_start = self.pc();
        self.append_shifted(body_code, mark);
        self.emit(Inst::Jmp(head));
        let more = self.pc();
        if lazy {
            self.emit(Inst::RepLazyMore {
                reg,
                max,
                body: body_start,
            });
        }
        let exit = self.pc();
        self.insts[head] = Inst::RepHead {
            reg,
            min,
            max,
            lazy,
            exit,
            more,
        };
        if kind == RepKind::Possessive {
            self.emit(Inst::AtomicEnd);
        }
        Ok(())
    }

    /// Appends code compiled at `from`, moving its jump targets.
    fn append_shifted(&mut self, code: Vec<Inst>, from: usize) {
        let to = self.pc();
        let d = |x: usize| x - from + to;
        for i in code {
            let i = match i {
                Inst::Split { first, second } => Inst::Split {
                    first: d(first),
                    second: d(second),
                },
                Inst::Jmp(t) => Inst::Jmp(d(t)),
                Inst::RepHead {
                    reg,
                    min,
                    max,
                    lazy,
                    exit,
                    more,
                } => Inst::RepHead {
                    reg,
                    min,
                    max,
                    lazy,
                    exit: d(exit),
                    more: d(more),
                },
                Inst::RepLazyMore { reg, max, body } => Inst::RepLazyMore {
                    reg,
                    max,
                    body: d(body),
                },
                Inst::LookStart {
                    behind,
                    negate,
                    after,
                } => Inst::LookStart {
                    behind,
                    negate,
                    after: d(after),
                },
                Inst::CondGroup { group, no } => Inst::CondGroup { group, no: d(no) },
                other => other,
            };
            self.insts.push(i);
        }
    }
}

/// Compiles a parsed pattern.
pub fn compile(p: &Parsed) -> Result<Program, ReError> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        nregs: 0,
        widths: &p.widths,
    };
    c.seq(&p.items, p.flags)?;
    c.emit(Inst::Match);
    let mut prog = Program {
        insts: c.insts,
        sets: c.sets,
        nregs: c.nregs,
        ngroups: p.groups,
        anchored: false,
        first: None,
    };
    analyse(&mut prog);
    Ok(prog)
}

/// Finds what a match must start with, to skip hopeless start positions.
fn analyse(prog: &mut Program) {
    let mut pc = 0;
    loop {
        match &prog.insts[pc] {
            Inst::Save(_) | Inst::AtomicStart => pc += 1,
            Inst::At(AtKind::Beginning) => {
                prog.anchored = true;
                return;
            }
            Inst::One(t) => {
                prog.first = Some(*t);
                return;
            }
            Inst::RepOne { test, min, .. } if *min > 0 => {
                prog.first = Some(*test);
                return;
            }
            _ => return,
        }
    }
}

enum Bt {
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        slot: usize,
        old: usize,
    },
    Reg {
        reg: usize,
        count: usize,
        last: usize,
    },
    RepGreedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    RepLazy {
        rep: usize,
        pos: usize,
        count: usize,
    },
    Atomic,
    Look {
        pos: usize,
    },
    LookNot {
        pos: usize,
        pc: usize,
    },
}

impl Bt {
    fn is_barrier(&self) -> bool {
        matches!(self, Bt::Atomic | Bt::Look { .. } | Bt::LookNot { .. })
    }
    fn is_restore(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::Reg { .. })
    }
}

/// The state of one matching attempt; reused across attempts.
pub struct Machine<'p> {
    prog: &'p Program,
    /// 2 per group, then `lastindex`.
    pub slots: Vec<usize>,
    regs: Vec<(usize, usize)>,
    stack: Vec<Bt>,
}

impl<'p> Machine<'p> {
    pub fn new(prog: &'p Program) -> Machine<'p> {
        Machine {
            prog,
            slots: vec![NONE; 2 * prog.ngroups + 1],
            regs: vec![(0, NONE); prog.nregs],
            stack: Vec::new(),
        }
    }

    pub fn lastindex(&self) -> usize {
        self.slots[2 * self.prog.ngroups]
    }

    #[inline(always)]
    fn test<T: Unit>(&self, t: CharTest, c: u32) -> bool {
        let _ = std::marker::PhantomData::<T>;
        match t {
            CharTest::Lit(v) => c == v,
            CharTest::NotLit(v) => c != v,
            CharTest::LitFold(v) => fold_u(c) == v,
            CharTest::NotLitFold(v) => fold_u(c) != v,
            CharTest::LitAscii(v) => lower_a(c) == v,
            CharTest::NotLitAscii(v) => lower_a(c) != v,
            CharTest::Any => c != 10,
            CharTest::AnyAll => true,
            CharTest::Set(i) => self.prog.sets[i as usize].test(c),
        }
    }

    fn set_slot(&mut self, slot: usize, v: usize) {
        let old = self.slots[slot];
        self.stack.push(Bt::Slot { slot, old });
        self.slots[slot] = v;
    }

    fn set_reg(&mut self, reg: usize, count: usize, last: usize) {
        let (oc, ol) = self.regs[reg];
        self.stack.push(Bt::Reg {
            reg,
            count: oc,
            last: ol,
        });
        self.regs[reg] = (count, last);
    }

    /// Removes the entries above the topmost barrier (and the barrier),
    /// keeping the restore entries; returns the barrier.
    fn cut_to_barrier(&mut self) -> Option<Bt> {
        let b = self.stack.iter().rposition(|e| e.is_barrier())?;
        let mut w = b;
        for i in b + 1..self.stack.len() {
            if self.stack[i].is_restore() {
                self.stack.swap(w, i);
                w += 1;
            }
        }
        // The barrier is now somewhere in w..; find it before truncating.
        let barrier = self.stack.drain(w..).find(|e| e.is_barrier());
        barrier
    }

    /// Tries to match at `start`; returns the end of the match.
    pub fn run<T: Unit>(
        &mut self,
        hay: &[T],
        start: usize,
        match_all: bool,
        must_advance: bool,
    ) -> Option<usize> {
        let end = hay.len();
        for s in self.slots.iter_mut() {
            *s = NONE;
        }
        self.stack.clear();
        let insts = &self.prog.insts;
        let mut pc = 0usize;
        let mut pos = start;
        'main: loop {
            // Execute until failure.
            let ok: bool = loop {
                match &insts[pc] {
                    Inst::One(t) => {
                        if pos < end && self.test::<T>(*t, hay[pos].cp()) {
                            pos += 1;
                            pc += 1;
                        } else {
                            break false;
                        }
                    }
                    Inst::RepOne {
                        test,
                        min,
                        max,
                        kind,
                    } => {
                        let (test, min, max, kind) = (*test, *min, *max, *kind);
                        let avail = end - pos;
                        if avail < min {
                            break false;
                        }
                        if kind == RepKind::Lazy {
                            let mut n = 0;
                            while n < min && self.test::<T>(test, hay[pos + n].cp()) {
                                n += 1;
                            }
                            if n < min {
                                break false;
                            }
                            if n < max {
                                self.stack.push(Bt::RepLazy {
                                    rep: pc,
                                    pos: pos + n,
                                    count: n,
                                });
                            }
                            pos += n;
                            pc += 1;
                            continue;
                        }
                        let lim = max.min(avail);
                        let mut n = 0;
                        match test {
                            CharTest::AnyAll => n = lim,
                            _ => {
                                while n < lim && self.test::<T>(test, hay[pos + n].cp()) {
                                    n += 1;
                                }
                            }
                        }
                        if n < min {
                            break false;
                        }
                        if n > min && kind == RepKind::Greedy {
                            self.stack.push(Bt::RepGreedy {
                                pc: pc + 1,
                                min_pos: pos + min,
                                pos: pos + n,
                            });
                        }
                        pos += n;
                        pc += 1;
                    }
                    Inst::At(k) => {
                        let ok = match *k {
                            AtKind::Beginning => pos == 0,
                            AtKind::BeginningLine => pos == 0 || hay[pos - 1].cp() == 10,
                            AtKind::End => pos == end || (pos + 1 == end && hay[pos].cp() == 10),
                            AtKind::EndLine => pos == end || hay[pos].cp() == 10,
                            AtKind::EndString => pos == end,
                            AtKind::Boundary(u) | AtKind::NonBoundary(u) => {
                                if end == 0 {
                                    false
                                } else {
                                    let before = pos > 0 && is_word(hay[pos - 1].cp(), u);
                                    let after = pos < end && is_word(hay[pos].cp(), u);
                                    (before != after) == matches!(k, AtKind::Boundary(_))
                                }
                            }
                        };
                        if !ok {
                            break false;
                        }
                        pc += 1;
                    }
                    Inst::Split { first, second } => {
                        self.stack.push(Bt::Alt { pc: *second, pos });
                        pc = *first;
                    }
                    Inst::Jmp(t) => pc = *t,
                    Inst::Save(slot) => {
                        let slot = *slot;
                        self.set_slot(slot, pos);
                        if slot & 1 == 1 {
                            let li = 2 * self.prog.ngroups;
                            self.set_slot(li, slot / 2);
                        }
                        pc += 1;
                    }
                    Inst::RepStart(reg) => {
                        self.set_reg(*reg, 0, NONE);
                        pc += 1;
                    }
                    Inst::RepHead {
                        reg,
                        min,
                        max,
                        lazy,
                        exit,
                        more,
                    } => {
                        let (reg, min, max, lazy, exit, more) =
                            (*reg, *min, *max, *lazy, *exit, *more);
                        let (c, last) = self.regs[reg];
                        if c < min {
                            self.set_reg(reg, c + 1, last);
                            pc += 1;
                        } else if lazy {
                            self.stack.push(Bt::Alt { pc: more, pos });
                            pc = exit;
                        } else if c < max && pos != last {
                            self.stack.push(Bt::Alt { pc: exit, pos });
                            self.set_reg(reg, c + 1, pos);
                            pc += 1;
                        } else {
                            pc = exit;
                        }
                    }
                    Inst::RepLazyMore { reg, max, body } => {
                        let (c, last) = self.regs[*reg];
                        if c >= *max || pos == last {
                            break false;
                        }
                        let (reg, body) = (*reg, *body);
                        self.set_reg(reg, c + 1, pos);
                        pc = body;
                    }
                    Inst::AtomicStart => {
                        self.stack.push(Bt::Atomic);
                        pc += 1;
                    }
                    Inst::AtomicEnd => {
                        self.cut_to_barrier();
                        pc += 1;
                    }
                    Inst::LookStart {
                        behind,
                        negate,
                        after,
                    } => {
                        let mut from = pos;
                        if let Some(w) = behind {
                            if pos < *w {
                                if *negate {
                                    pc = *after;
                                    continue;
                                }
                                break false;
                            }
                            from = pos - w;
                        }
                        if *negate {
                            self.stack.push(Bt::LookNot { pos, pc: *after });
                        } else {
                            self.stack.push(Bt::Look { pos });
                        }
                        pos = from;
                        pc += 1;
                    }
                    Inst::LookEnd { negate } => {
                        if *negate {
                            // The body matched: the assertion fails. Undo
                            // down to (and including) its barrier.
                            while let Some(e) = self.stack.pop() {
                                match e {
                                    Bt::Slot { slot, old } => self.slots[slot] = old,
                                    Bt::Reg { reg, count, last } => self.regs[reg] = (count, last),
                                    Bt::LookNot { .. } => break,
                                    _ => {}
                                }
                            }
                            break false;
                        }
                        if let Some(Bt::Look { pos: p }) = self.cut_to_barrier() {
                            pos = p;
                        }
                        pc += 1;
                    }
                    Inst::Backref { group, fold } => {
                        let s = self.slots[2 * group];
                        let e = self.slots[2 * group + 1];
                        if s == NONE || e == NONE || e < s {
                            break false;
                        }
                        let n = e - s;
                        if end - pos < n {
                            break false;
                        }
                        let same = match fold {
                            Fold::No => (0..n).all(|i| hay[s + i].cp() == hay[pos + i].cp()),
                            Fold::Ascii => (0..n)
                                .all(|i| lower_a(hay[s + i].cp()) == lower_a(hay[pos + i].cp())),
                            Fold::Unicode => (0..n)
                                .all(|i| lower_u(hay[s + i].cp()) == lower_u(hay[pos + i].cp())),
                        };
                        if !same {
                            break false;
                        }
                        pos += n;
                        pc += 1;
                    }
                    Inst::CondGroup { group, no } => {
                        let s = self.slots[2 * group];
                        let e = self.slots[2 * group + 1];
                        if s == NONE || e == NONE || e < s {
                            pc = *no;
                        } else {
                            pc += 1;
                        }
                    }
                    Inst::Match => {
                        if (match_all && pos != end) || (must_advance && pos == start) {
                            break false;
                        }
                        break true;
                    }
                }
            };
            if ok {
                self.slots[0] = start;
                self.slots[1] = pos;
                return Some(pos);
            }
            // Backtrack.
            loop {
                let e = self.stack.pop()?;
                match e {
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        continue 'main;
                    }
                    Bt::Slot { slot, old } => self.slots[slot] = old,
                    Bt::Reg { reg, count, last } => self.regs[reg] = (count, last),
                    Bt::RepGreedy {
                        pc: p,
                        min_pos,
                        pos: q,
                    } => {
                        let mut np = q - 1;
                        if let Inst::One(CharTest::Lit(c)) = insts[p] {
                            while np > min_pos && hay[np].cp() != c {
                                np -= 1;
                            }
                            if hay.get(np).map(|x| x.cp()) != Some(c) {
                                continue;
                            }
                        }
                        if np > min_pos {
                            self.stack.push(Bt::RepGreedy {
                                pc: p,
                                min_pos,
                                pos: np,
                            });
                        }
                        pc = p;
                        pos = np;
                        continue 'main;
                    }
                    Bt::RepLazy { rep, pos: q, count } => {
                        let Inst::RepOne { test, max, .. } = insts[rep] else {
                            continue;
                        };
                        if q < end && self.test::<T>(test, hay[q].cp()) {
                            if count + 1 < max {
                                self.stack.push(Bt::RepLazy {
                                    rep,
                                    pos: q + 1,
                                    count: count + 1,
                                });
                            }
                            pc = rep + 1;
                            pos = q + 1;
                            continue 'main;
                        }
                    }
                    Bt::Atomic | Bt::Look { .. } => {}
                    Bt::LookNot { pos: q, pc: p } => {
                        pos = q;
                        pc = p;
                        continue 'main;
                    }
                }
            }
        }
    }

    /// Searches from `pos` for the leftmost match; returns (start, end).
    pub fn search<T: Unit>(
        &mut self,
        hay: &[T],
        pos: usize,
        must_advance: bool,
    ) -> Option<(usize, usize)> {
        let end = hay.len();
        if pos > end {
            return None;
        }
        if self.prog.anchored {
            if pos != 0 {
                return None;
            }
            return self.run(hay, 0, false, must_advance).map(|e| (0, e));
        }
        let first = self.prog.first;
        let mut s = pos;
        loop {
            if let Some(t) = first {
                // Skip to a position whose character can start a match.
                match t {
                    CharTest::Lit(c) => match T::find(hay, s, c) {
                        Some(i) => s = i,
                        None => return None,
                    },
                    _ => {
                        while s < end && !self.test::<T>(t, hay[s].cp()) {
                            s += 1;
                        }
                        if s >= end {
                            return None;
                        }
                    }
                }
            }
            if let Some(e) = self.run(hay, s, false, must_advance && s == pos) {
                return Some((s, e));
            }
            s += 1;
            if s > end {
                return None;
            }
        }
    }
}
