//! The parser of Python's regular-expression syntax: pattern text (code
//! points; a bytes pattern is read as Latin-1) to a tree, with CPython
//! 3.11's `re.error` messages and positions.

use baton_text::unicode::is_identifier;

pub const MAXREPEAT: u64 = 4_294_967_295;
pub const MAXGROUPS: usize = 1_073_741_823;

pub const F_TEMPLATE: u32 = 1;
pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_DEBUG: u32 = 128;
pub const F_ASCII: u32 = 256;

const TYPE_FLAGS: u32 = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS: u32 = F_DEBUG | F_TEMPLATE;

/// What went wrong: `re.error(msg, pattern, pos)`, or a ValueError /
/// OverflowError raised by the parser.
#[derive(Debug)]
pub enum ReError {
    Re { msg: String, pos: Option<usize> },
    Value(String),
    Overflow(String),
    Index(String),
}

type PResult<T> = Result<T, ReError>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,
    BeginningString,
    End,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SetItem {
    Negate,
    Literal(u32),
    Range(u32, u32),
    Category(Cat),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

/// One item of a subpattern (a sequence).
#[derive(Clone, Debug)]
pub enum Item {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In(Vec<SetItem>),
    At(At),
    Branch(Vec<Vec<Item>>),
    Subpattern {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Item>,
    },
    Atomic(Vec<Item>),
    Repeat {
        kind: RepKind,
        min: u64,
        max: u64,
        body: Vec<Item>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Item>,
        no: Option<Vec<Item>>,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Item>,
    },
}

/// A parsed pattern.
pub struct Parsed {
    pub items: Vec<Item>,
    /// The global flags (with UNICODE added for str patterns).
    pub flags: u32,
    /// Number of groups including group 0.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// Group widths (for look-behind checks in the compiler).
    pub widths: Vec<Option<(u64, u64)>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Tok {
    c: u32,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        if self.esc {
            2
        } else {
            1
        }
    }
    fn is(self, ch: char) -> bool {
        !self.esc && self.c == ch as u32
    }
    fn text(self) -> String {
        let mut s = String::new();
        if self.esc {
            s.push('\\');
        }
        s.push(char::from_u32(self.c).unwrap_or('\u{fffd}'));
        s
    }
}

pub struct Source<'a> {
    s: &'a [u32],
    index: usize,
    next: Option<Tok>,
    pub is_str: bool,
}

fn is_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { c, esc: false }) if (b'0' as u32..=b'9' as u32).contains(&c))
}
fn is_octdigit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { c, esc: false }) if (b'0' as u32..=b'7' as u32).contains(&c))
}
fn is_hexdigit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { c, esc: false }) if char::from_u32(c).is_some_and(|ch| ch.is_ascii_hexdigit()))
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

/// Python's repr of a str (for messages such as "unknown group name 'x'").
pub fn py_repr(s: &str) -> String {
    baton_text::str_repr(s)
}

impl<'a> Source<'a> {
    pub fn new(s: &'a [u32], is_str: bool) -> PResult<Source<'a>> {
        let mut src = Source {
            s,
            index: 0,
            next: None,
            is_str,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> PResult<()> {
        let i = self.index;
        if i >= self.s.len() {
            self.next = None;
            return Ok(());
        }
        let c = self.s[i];
        if c == '\\' as u32 {
            if i + 1 >= self.s.len() {
                return Err(ReError::Re {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.s.len() - 1),
                });
            }
            self.next = Some(Tok {
                c: self.s[i + 1],
                esc: true,
            });
            self.index = i + 2;
        } else {
            self.next = Some(Tok { c, esc: false });
            self.index = i + 1;
        }
        Ok(())
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ReError {
        let mut msg = msg.into();
        if !self.is_str {
            msg = ascii_backslashreplace(&msg);
        }
        ReError::Re {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    fn getwhile(&mut self, n: usize, pred: fn(Option<Tok>) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !pred(self.next) {
                break;
            }
            out.push(ch(self.next.map_or(0, |t| t.c)));
            self.advance()?;
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        let mut len = 0;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if len == 0 {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {terminator}, unterminated name"), len));
                }
                Some(t) if t.is(terminator) => {
                    if len == 0 {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    result.push_str(&t.text());
                    len += t.len();
                }
            }
        }
        Ok(result)
    }

    fn checkgroupname(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

fn ascii_backslashreplace(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let v = c as u32;
        if v < 0x80 {
            out.push(c);
        } else if v < 0x100 {
            out.push_str(&format!("\\x{v:02x}"));
        } else if v < 0x10000 {
            out.push_str(&format!("\\u{v:04x}"));
        } else {
            out.push_str(&format!("\\U{v:08x}"));
        }
    }
    out
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(og) = self.group_named(name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {og}",
                    py_repr(name)
                ));
            }
            self.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }
    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }
    fn checklookbehindgroup(&self, gid: usize, src: &Source) -> PResult<()> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

/// The (min, max) width of a subpattern, as CPython's `getwidth`.
pub fn width(items: &[Item], widths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let mut lo: u64 = 0;
    let mut hi: u64 = 0;
    for it in items {
        let (i, j) = match it {
            Item::Branch(alts) => {
                let mut i = MAXREPEAT - 1;
                let mut j = 0;
                for a in alts {
                    let (l, h) = width(a, widths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Item::Atomic(b) | Item::Subpattern { body: b, .. } => width(b, widths),
            Item::Repeat { min, max, body, .. } => {
                let (i, j) = width(body, widths);
                (i.saturating_mul(*min), j.saturating_mul(*max))
            }
            Item::Literal(_) | Item::NotLiteral(_) | Item::Any | Item::In(_) => (1, 1),
            Item::GroupRef(g) => widths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Item::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = width(yes, widths);
                if let Some(no) = no {
                    let (l, h) = width(no, widths);
                    i = i.min(l);
                    j = j.max(h);
                } else {
                    i = 0;
                }
                (i, j)
            }
            Item::At(_) | Item::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
}

fn category(t: Tok) -> Option<Item> {
    if !t.esc {
        return None;
    }
    Some(match ch(t.c) {
        'A' => Item::At(At::BeginningString),
        'Z' => Item::At(At::EndString),
        'b' => Item::At(At::Boundary),
        'B' => Item::At(At::NonBoundary),
        'd' => Item::In(vec![SetItem::Category(Cat::Digit)]),
        'D' => Item::In(vec![SetItem::Category(Cat::NotDigit)]),
        's' => Item::In(vec![SetItem::Category(Cat::Space)]),
        'S' => Item::In(vec![SetItem::Category(Cat::NotSpace)]),
        'w' => Item::In(vec![SetItem::Category(Cat::Word)]),
        'W' => Item::In(vec![SetItem::Category(Cat::NotWord)]),
        _ => return None,
    })
}

fn simple_escape(t: Tok) -> Option<u32> {
    if !t.esc {
        return None;
    }
    Some(match ch(t.c) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// What a class escape stands for.
enum ClassCode {
    Lit(u32),
    Cat(Cat),
}

/// \x.., \u...., \U........, \N{...}: the code, or None if `c` is none of these.
fn hex_or_named(src: &mut Source, c: char, escape: &str) -> PResult<Option<u32>> {
    let digits = match c {
        'x' => 2,
        'u' if src.is_str => 4,
        'U' if src.is_str => 8,
        'N' if src.is_str => {
            if !src.matches('{')? {
                return Err(src.error("missing {", 0));
            }
            let name = src.getuntil('}', "character name")?;
            return match unicode_names2::character(&name) {
                Some(c) => Ok(Some(c as u32)),
                None => Err(src.error(
                    format!("undefined character name {}", py_repr(&name)),
                    name.chars().count() + 4,
                )),
            };
        }
        _ => return Ok(None),
    };
    let more = src.getwhile(digits, is_hexdigit)?;
    let escape = format!("{escape}{more}");
    if more.len() != digits {
        return Err(src.error(
            format!("incomplete escape {escape}"),
            escape.chars().count(),
        ));
    }
    let v = u32::from_str_radix(&more, 16).unwrap_or(0);
    if c == 'U' && char::from_u32(v).is_none() && v > 0x10ffff {
        return Err(src.error(format!("bad escape {escape}"), escape.chars().count()));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Source, t: Tok) -> PResult<ClassCode> {
    if let Some(v) = simple_escape(t) {
        return Ok(ClassCode::Lit(v));
    }
    if let Some(Item::In(v)) = category(t) {
        if let SetItem::Category(c) = v[0] {
            return Ok(ClassCode::Cat(c));
        }
    }
    let c = ch(t.c);
    let escape = t.text();
    if let Some(v) = hex_or_named(src, c, &escape)? {
        return Ok(ClassCode::Lit(v));
    }
    if c.is_ascii_digit() {
        if ('0'..='7').contains(&c) {
            let more = src.getwhile(2, is_octdigit)?;
            let escape = format!("{escape}{more}");
            let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
            if v > 0o377 {
                return Err(src.error(
                    format!("octal escape value {escape} outside of range 0-0o377"),
                    escape.len(),
                ));
            }
            return Ok(ClassCode::Lit(v));
        }
        return Err(src.error(format!("bad escape {escape}"), 2));
    }
    if c.is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape {escape}"), 2));
    }
    Ok(ClassCode::Lit(t.c))
}

fn escape(src: &mut Source, t: Tok, state: &State) -> PResult<Item> {
    if let Some(it) = category(t) {
        return Ok(it);
    }
    if let Some(v) = simple_escape(t) {
        return Ok(Item::Literal(v));
    }
    let c = ch(t.c);
    let escape = t.text();
    if let Some(v) = hex_or_named(src, c, &escape)? {
        return Ok(Item::Literal(v));
    }
    if c == '0' {
        let more = src.getwhile(2, is_octdigit)?;
        let v = u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0);
        return Ok(Item::Literal(v));
    }
    if c.is_ascii_digit() {
        let mut escape = escape;
        if is_digit(src.next) {
            let d = src.get()?.map_or(0, |t| t.c);
            escape.push(ch(d));
            let b = escape.as_bytes();
            if (b'0'..=b'7').contains(&b[1])
                && (b'0'..=b'7').contains(&b[2])
                && is_octdigit(src.next)
            {
                let d = src.get()?.map_or(0, |t| t.c);
                escape.push(ch(d));
                let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(src.error(
                        format!("octal escape value {escape} outside of range 0-0o377"),
                        escape.len(),
                    ));
                }
                return Ok(Item::Literal(v));
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(src.error("cannot refer to an open group", escape.len()));
            }
            state.checklookbehindgroup(group, src)?;
            return Ok(Item::GroupRef(group));
        }
        return Err(src.error(format!("invalid group reference {group}"), escape.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape {escape}"), 2));
    }
    Ok(Item::Literal(t.c))
}

fn is_space_tok(t: Tok) -> bool {
    !t.esc && matches!(t.c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c)
}

fn parse_sub(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> PResult<Vec<Item>> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse(src, state, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & F_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Item::Branch(items)])
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        't' => F_TEMPLATE,
        'u' => F_UNICODE,
        _ => return None,
    })
}

/// Inline flags after `(?`: None for global flags `(?i)`, else (add, del).
fn parse_flags(src: &mut Source, state: &mut State, first: Tok) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut cur = Some(first);
    if !first.is('-') {
        loop {
            let c = cur.map_or(0, |t| t.c);
            let flag = flag_of(c).unwrap_or(0);
            if src.is_str {
                if c == 'L' as u32 {
                    return Err(src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if c == 'u' as u32 {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            cur = src.get()?;
            let Some(t) = cur else {
                return Err(src.error("missing -, : or )", 0));
            };
            if t.is(')') || t.is('-') || t.is(':') {
                break;
            }
            if t.esc || flag_of(t.c).is_none() {
                let msg = if !t.esc && ch(t.c).is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, t.len()));
            }
        }
    }
    let t = cur.unwrap_or(first);
    if t.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if t.is('-') {
        let mut cur = src.get()?;
        let Some(t) = cur else {
            return Err(src.error("missing flag", 0));
        };
        if t.esc || flag_of(t.c).is_none() {
            let msg = if !t.esc && ch(t.c).is_alphabetic() {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, t.len()));
        }
        loop {
            let flag = flag_of(cur.map_or(0, |t| t.c)).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            cur = src.get()?;
            let Some(t) = cur else {
                return Err(src.error("missing :", 0));
            };
            if t.is(':') {
                break;
            }
            if t.esc || flag_of(t.c).is_none() {
                let msg = if !t.esc && ch(t.c).is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg, t.len()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

fn is_repeat(it: &Item) -> bool {
    matches!(it, Item::Repeat { .. })
}

fn parse(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> PResult<Vec<Item>> {
    let mut sp: Vec<Item> = Vec::new();
    while let Some(this) = src.next {
        if this.is('|') || this.is(')') {
            break;
        }
        src.advance()?;
        if verbose {
            if is_space_tok(this) {
                continue;
            }
            if this.is('#') {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            let it = escape(src, this, state)?;
            sp.push(it);
            continue;
        }
        let c = ch(this.c);
        match c {
            '[' => {
                let here = src.tell() - 1;
                let mut set: Vec<SetItem> = Vec::new();
                let negate = src.matches('^')?;
                loop {
                    let Some(this) = src.get()? else {
                        return Err(src.error("unterminated character set", src.tell() - here));
                    };
                    if this.is(']') && !set.is_empty() {
                        break;
                    }
                    let code1 = if this.esc {
                        class_escape(src, this)?
                    } else {
                        ClassCode::Lit(this.c)
                    };
                    if src.matches('-')? {
                        let Some(that) = src.get()? else {
                            return Err(src.error("unterminated character set", src.tell() - here));
                        };
                        if that.is(']') {
                            set.push(match code1 {
                                ClassCode::Lit(v) => SetItem::Literal(v),
                                ClassCode::Cat(c) => SetItem::Category(c),
                            });
                            set.push(SetItem::Literal('-' as u32));
                            break;
                        }
                        let code2 = if that.esc {
                            class_escape(src, that)?
                        } else {
                            ClassCode::Lit(that.c)
                        };
                        let msg = format!("bad character range {}-{}", this.text(), that.text());
                        let off = this.len() + 1 + that.len();
                        let (ClassCode::Lit(lo), ClassCode::Lit(hi)) = (code1, code2) else {
                            return Err(src.error(msg, off));
                        };
                        if hi < lo {
                            return Err(src.error(msg, off));
                        }
                        set.push(SetItem::Range(lo, hi));
                    } else {
                        set.push(match code1 {
                            ClassCode::Lit(v) => SetItem::Literal(v),
                            ClassCode::Cat(c) => SetItem::Category(c),
                        });
                    }
                }
                // Duplicates do not matter for matching.
                if set.len() == 1 {
                    if let SetItem::Literal(v) = set[0] {
                        sp.push(if negate {
                            Item::NotLiteral(v)
                        } else {
                            Item::Literal(v)
                        });
                        continue;
                    }
                }
                if negate {
                    set.insert(0, SetItem::Negate);
                }
                sp.push(Item::In(set));
            }
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max);
                if c == '?' {
                    (min, max) = (0, 1);
                } else if c == '*' {
                    (min, max) = (0, MAXREPEAT);
                } else if c == '+' {
                    (min, max) = (1, MAXREPEAT);
                } else {
                    if src.next.is_some_and(|t| t.is('}')) {
                        sp.push(Item::Literal('{' as u32));
                        continue;
                    }
                    let mut lo = String::new();
                    let mut hi = String::new();
                    while is_digit(src.next) {
                        lo.push(ch(src.get()?.map_or(0, |t| t.c)));
                    }
                    if src.matches(',')? {
                        while is_digit(src.next) {
                            hi.push(ch(src.get()?.map_or(0, |t| t.c)));
                        }
                    } else {
                        hi = lo.clone();
                    }
                    if !src.matches('}')? {
                        sp.push(Item::Literal('{' as u32));
                        src.seek(here)?;
                        continue;
                    }
                    let big = |s: &str| -> PResult<u64> {
                        let v = s.trim_start_matches('0');
                        if v.len() > 10 {
                            return Err(ReError::Overflow(
                                "the repetition number is too large".into(),
                            ));
                        }
                        let n: u64 = if v.is_empty() {
                            0
                        } else {
                            v.parse().unwrap_or(u64::MAX)
                        };
                        if n >= MAXREPEAT {
                            return Err(ReError::Overflow(
                                "the repetition number is too large".into(),
                            ));
                        }
                        Ok(n)
                    };
                    let mn = if lo.is_empty() { 0 } else { big(&lo)? };
                    let mut mx = MAXREPEAT;
                    if !hi.is_empty() {
                        mx = big(&hi)?;
                        if mx < mn {
                            return Err(
                                src.error("min repeat greater than max repeat", src.tell() - here)
                            );
                        }
                    }
                    (min, max) = (mn, mx);
                }
                let off = src.tell() - here + 1;
                let item = match sp.last() {
                    None | Some(Item::At(_)) => {
                        return Err(src.error("nothing to repeat", off));
                    }
                    Some(it) if is_repeat(it) => {
                        return Err(src.error("multiple repeat", off));
                    }
                    Some(_) => sp.pop().unwrap_or(Item::Any),
                };
                let body = match item {
                    Item::Subpattern {
                        group: None,
                        add: 0,
                        del: 0,
                        body,
                    } => body,
                    other => vec![other],
                };
                let kind = if src.matches('?')? {
                    RepKind::Lazy
                } else if src.matches('+')? {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                sp.push(Item::Repeat {
                    kind,
                    min,
                    max,
                    body,
                });
            }
            '.' => sp.push(Item::Any),
            '(' => {
                let start = src.tell() - 1;
                let mut capture = true;
                let mut atomic = false;
                let mut name: Option<String> = None;
                let mut add = 0;
                let mut del = 0;
                if src.matches('?')? {
                    let Some(c) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    if c.is('P') {
                        if src.matches('<')? {
                            let n = src.getuntil('>', "group name")?;
                            src.checkgroupname(&n, 1)?;
                            name = Some(n);
                        } else if src.matches('=')? {
                            let n = src.getuntil(')', "group name")?;
                            src.checkgroupname(&n, 1)?;
                            let nlen = n.chars().count();
                            let Some(gid) = state.group_named(&n) else {
                                return Err(src.error(
                                    format!("unknown group name {}", py_repr(&n)),
                                    nlen + 1,
                                ));
                            };
                            if !state.checkgroup(gid) {
                                return Err(src.error("cannot refer to an open group", nlen + 1));
                            }
                            state.checklookbehindgroup(gid, src)?;
                            sp.push(Item::GroupRef(gid));
                            continue;
                        } else {
                            let Some(c2) = src.get()? else {
                                return Err(src.error("unexpected end of pattern", 0));
                            };
                            return Err(src.error(
                                format!("unknown extension ?P{}", c2.text()),
                                c2.len() + 2,
                            ));
                        }
                    } else if c.is(':') {
                        capture = false;
                    } else if c.is('#') {
                        loop {
                            if src.next.is_none() {
                                return Err(src
                                    .error("missing ), unterminated comment", src.tell() - start));
                            }
                            if src.get()?.is_some_and(|t| t.is(')')) {
                                break;
                            }
                        }
                        continue;
                    } else if c.is('=') || c.is('!') || c.is('<') {
                        let mut c = c;
                        let mut behind = false;
                        let mut saved_lb = None;
                        if c.is('<') {
                            let Some(c2) = src.get()? else {
                                return Err(src.error("unexpected end of pattern", 0));
                            };
                            if !(c2.is('=') || c2.is('!')) {
                                return Err(src.error(
                                    format!("unknown extension ?<{}", c2.text()),
                                    c2.len() + 2,
                                ));
                            }
                            c = c2;
                            behind = true;
                            saved_lb = Some(state.lookbehindgroups);
                            if state.lookbehindgroups.is_none() {
                                state.lookbehindgroups = Some(state.groups());
                            }
                        }
                        let p = parse_sub(src, state, verbose, nested + 1)?;
                        if let Some(None) = saved_lb {
                            state.lookbehindgroups = None;
                        }
                        if !src.matches(')')? {
                            return Err(
                                src.error("missing ), unterminated subpattern", src.tell() - start)
                            );
                        }
                        sp.push(Item::Assert {
                            behind,
                            negate: c.is('!'),
                            body: p,
                        });
                        continue;
                    } else if c.is('(') {
                        let condname = src.getuntil(')', "group name")?;
                        let clen = condname.chars().count();
                        let condgroup;
                        if is_identifier(&condname) {
                            src.checkgroupname(&condname, 1)?;
                            let Some(g) = state.group_named(&condname) else {
                                return Err(src.error(
                                    format!("unknown group name {}", py_repr(&condname)),
                                    clen + 1,
                                ));
                            };
                            condgroup = g;
                        } else {
                            let digits = condname.trim();
                            let ok = !digits.is_empty()
                                && digits
                                    .trim_start_matches('+')
                                    .chars()
                                    .all(|c| c.is_ascii_digit() || c == '_')
                                && !digits.starts_with('_')
                                && !digits.ends_with('_')
                                && !digits.contains("__");
                            let v: Option<u64> = if ok {
                                digits
                                    .trim_start_matches('+')
                                    .replace('_', "")
                                    .parse()
                                    .ok()
                                    .or(Some(u64::MAX))
                            } else {
                                None
                            };
                            let Some(v) = v else {
                                return Err(src.error(
                                    format!("bad character in group name {}", py_repr(&condname)),
                                    clen + 1,
                                ));
                            };
                            if v == 0 {
                                return Err(src.error("bad group number", clen + 1));
                            }
                            if v >= MAXGROUPS as u64 {
                                return Err(
                                    src.error(format!("invalid group reference {v}"), clen + 1)
                                );
                            }
                            condgroup = v as usize;
                            if !state.grouprefpos.iter().any(|(g, _)| *g == condgroup) {
                                state.grouprefpos.push((condgroup, src.tell() - clen - 1));
                            }
                        }
                        state.checklookbehindgroup(condgroup, src)?;
                        let yes = parse(src, state, verbose, nested + 1, false)?;
                        let no = if src.matches('|')? {
                            let no = parse(src, state, verbose, nested + 1, false)?;
                            if src.next.is_some_and(|t| t.is('|')) {
                                return Err(
                                    src.error("conditional backref with more than two branches", 0)
                                );
                            }
                            Some(no)
                        } else {
                            None
                        };
                        if !src.matches(')')? {
                            return Err(
                                src.error("missing ), unterminated subpattern", src.tell() - start)
                            );
                        }
                        sp.push(Item::GroupRefExists {
                            group: condgroup,
                            yes,
                            no,
                        });
                        continue;
                    } else if c.is('>') {
                        capture = false;
                        atomic = true;
                    } else if !c.esc && (flag_of(c.c).is_some() || c.is('-')) {
                        match parse_flags(src, state, c)? {
                            None => {
                                if !first || !sp.is_empty() {
                                    return Err(src.error(
                                        "global flags not at the start of the expression",
                                        src.tell() - start,
                                    ));
                                }
                                verbose = state.flags & F_VERBOSE != 0;
                                continue;
                            }
                            Some((a, d)) => {
                                add = a;
                                del = d;
                                capture = false;
                            }
                        }
                    } else {
                        return Err(
                            src.error(format!("unknown extension ?{}", c.text()), c.len() + 1)
                        );
                    }
                }
                let group = if capture {
                    match state.opengroup(name.as_deref()) {
                        Ok(g) => Some(g),
                        Err(msg) => {
                            let off = name.as_ref().map_or(0, |n| n.chars().count()) + 1;
                            return Err(src.error(msg, off));
                        }
                    }
                } else {
                    None
                };
                let sub_verbose = (verbose || add & F_VERBOSE != 0) && del & F_VERBOSE == 0;
                let p = parse_sub(src, state, sub_verbose, nested + 1)?;
                if !src.matches(')')? {
                    return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
                }
                if let Some(g) = group {
                    state.widths[g] = Some(width(&p, &state.widths));
                }
                if atomic {
                    sp.push(Item::Atomic(p));
                } else {
                    sp.push(Item::Subpattern {
                        group,
                        add,
                        del,
                        body: p,
                    });
                }
            }
            '^' => sp.push(Item::At(At::Beginning)),
            '$' => sp.push(Item::At(At::End)),
            _ => sp.push(Item::Literal(this.c)),
        }
    }
    Ok(sp)
}

fn fix_flags(is_str: bool, mut flags: u32) -> PResult<u32> {
    if is_str {
        if flags & F_LOCALE != 0 {
            return Err(ReError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & F_ASCII == 0 {
            flags |= F_UNICODE;
        } else if flags & F_UNICODE != 0 {
            return Err(ReError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & F_UNICODE != 0 {
            return Err(ReError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & F_LOCALE != 0 && flags & F_ASCII != 0 {
            return Err(ReError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

/// Parses a pattern (code points; bytes as Latin-1) with the given flags.
pub fn parse_pattern(pat: &[u32], is_str: bool, flags: u32) -> PResult<Parsed> {
    let mut src = Source::new(pat, is_str)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
    };
    let items = parse_sub(&mut src, &mut state, flags & F_VERBOSE != 0, 0)?;
    let flags = fix_flags(is_str, state.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for (g, pos) in &state.grouprefpos {
        if *g >= state.groups() {
            return Err(ReError::Re {
                msg: format!("invalid group reference {g}"),
                pos: Some(*pos),
            });
        }
    }
    Ok(Parsed {
        items,
        flags,
        groups: state.groups(),
        names: state.names,
        widths: state.widths,
    })
}

/// A piece of a replacement template.
#[derive(Clone, Debug)]
pub enum TemplatePart {
    Literal(Vec<u32>),
    Group(usize),
}

/// Parses a `sub()` replacement template.
pub fn parse_template(
    t: &[u32],
    is_str: bool,
    groups: usize,
    names: &[(String, usize)],
) -> PResult<Vec<TemplatePart>> {
    let mut s = Source::new(t, is_str)?;
    let mut parts: Vec<TemplatePart> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    fn addgroup(
        s: &Source,
        parts: &mut Vec<TemplatePart>,
        lit: &mut Vec<u32>,
        groups: usize,
        index: usize,
        pos: usize,
    ) -> PResult<()> {
        if index >= groups {
            return Err(s.error(format!("invalid group reference {index}"), pos));
        }
        if !lit.is_empty() {
            parts.push(TemplatePart::Literal(std::mem::take(lit)));
        }
        parts.push(TemplatePart::Group(index));
        Ok(())
    }
    while let Some(this) = s.get()? {
        if !this.esc {
            lit.push(this.c);
            continue;
        }
        let c = ch(this.c);
        if c == 'g' {
            if !s.matches('<')? {
                return Err(s.error("missing <", 0));
            }
            let name = s.getuntil('>', "group name")?;
            let nlen = name.chars().count();
            let index;
            if is_identifier(&name) {
                s.checkgroupname(&name, 1)?;
                match names.iter().find(|(n, _)| *n == name) {
                    Some((_, g)) => index = *g,
                    None => {
                        return Err(ReError::Index(format!(
                            "unknown group name {}",
                            py_repr(&name)
                        )))
                    }
                }
            } else {
                let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_digit());
                if !ok {
                    return Err(s.error(
                        format!("bad character in group name {}", py_repr(&name)),
                        nlen + 1,
                    ));
                }
                let v: u64 = name.parse().unwrap_or(u64::MAX);
                if v >= MAXGROUPS as u64 {
                    return Err(s.error(format!("invalid group reference {v}"), nlen + 1));
                }
                index = v as usize;
            }
            addgroup(&s, &mut parts, &mut lit, groups, index, nlen + 1)?;
        } else if c == '0' {
            let mut v = 0u32;
            for _ in 0..2 {
                if is_octdigit(s.next) {
                    v = v * 8 + (s.get()?.map_or(0, |t| t.c) - '0' as u32);
                }
            }
            lit.push(v & 0xff);
        } else if c.is_ascii_digit() {
            let mut text = this.text();
            let mut isoctal = false;
            if is_digit(s.next) {
                text.push(ch(s.get()?.map_or(0, |t| t.c)));
                let b = text.as_bytes();
                if (b'0'..=b'7').contains(&b[1])
                    && (b'0'..=b'7').contains(&b[2])
                    && is_octdigit(s.next)
                {
                    text.push(ch(s.get()?.map_or(0, |t| t.c)));
                    isoctal = true;
                    let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(s.error(
                            format!("octal escape value {text} outside of range 0-0o377"),
                            text.len(),
                        ));
                    }
                    lit.push(v);
                }
            }
            if !isoctal {
                let g: usize = text[1..].parse().unwrap_or(usize::MAX);
                addgroup(&s, &mut parts, &mut lit, groups, g, text.len() - 1)?;
            }
        } else if let Some(v) = simple_escape(this) {
            lit.push(v);
        } else {
            if c.is_ascii_alphabetic() {
                return Err(s.error(format!("bad escape {}", this.text()), 2));
            }
            lit.push('\\' as u32);
            lit.push(this.c);
        }
    }
    if !lit.is_empty() {
        parts.push(TemplatePart::Literal(lit));
    }
    Ok(parts)
}
