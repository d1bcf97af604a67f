//! The `match` statement (PEP 634).
//!
//! Each case copies the subject and runs its pattern over the copy. A pattern
//! consumes the value it matches (the top of the stack), on success and on
//! failure alike. The values it captures wait on the stack until the whole
//! pattern has matched, and are then stored all at once, so a pattern that
//! fails halfway binds nothing (as in CPython). While a pattern works, the
//! stack holds, from the top down: the items it is taking apart
//! (`on_top` of them), then the captured values (the newest deepest), then the
//! case's subject. A failure jumps to `fail_pop[n]`, which pops the `n` items
//! above the subject and falls into the next case.

use super::builder::Label;
use super::{CResult, Compiler, Ctx};
use crate::code::Constant;
use crate::opcode::{BinaryOperator, ComparisonOperator, Opcode};
use ruff_python_ast::{self as ast, Expr, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

/// The state of the pattern being compiled.
#[derive(Default)]
struct PatternState {
    /// The names captured so far, in capture order; their values are on the
    /// stack under the `on_top` items, the first capture nearest the top.
    stores: Vec<String>,
    /// Items above the captures that a failure must pop as well.
    on_top: u32,
    /// `fail_pop[n]` pops `n` items, then the case has failed.
    fail_pop: Vec<Label>,
    /// Whether an irrefutable pattern (a bare name or `_`) is allowed here.
    allow_irrefutable: bool,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// A constant mapping key's identity for the duplicate check: equal numbers
/// (1, 1.0, True) are one key, as in a dict.
fn key_identity(c: &Constant) -> Option<String> {
    Some(match c {
        Constant::None => "None".to_string(),
        Constant::Bool(b) => format!("n{}", *b as i64),
        Constant::Int(i) => format!("n{i}"),
        Constant::BigInt(b) => format!("n{b}"),
        Constant::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => format!("n{}", *f as i64),
        Constant::Float(f) => format!("f{}", f.to_bits()),
        Constant::Str(s) => format!("s{s}"),
        Constant::Bytes(b) => format!("b{b:?}"),
        Constant::Complex { real, imag } if *imag == 0.0 => {
            return key_identity(&Constant::Float(*real))
        }
        Constant::Complex { real, imag } => {
            format!("c{}:{}", (real + 0.0).to_bits(), (imag + 0.0).to_bits())
        }
        _ => return None,
    })
}

/// repr() of a constant key, for the duplicate-key message.
fn key_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => baton_text::float_repr(*f),
        Constant::Str(s) => baton_text::str_repr(s),
        Constant::Bytes(b) => baton_text::bytes_repr(b),
        Constant::Complex { real, imag } => baton_text::complex_repr(*real, *imag),
        _ => "...".to_string(),
    }
}

impl<'a> Compiler<'a> {
    /// A mapping pattern key's value when it is a literal: what `constant_of`
    /// folds, plus the complex literals `real + imagj` / `real - imagj` that
    /// the grammar allows in patterns (evaluated as CPython's runtime would,
    /// signed zeros included).
    fn mapping_key_constant(&self, key: &Expr) -> Option<Constant> {
        if let Expr::BinOp(b) = key {
            let (Some(l), Some(Constant::Complex { real: 0.0, imag })) =
                (self.constant_of(&b.left), self.constant_of(&b.right))
            else {
                return None;
            };
            let r = match l {
                Constant::Int(i) => i as f64,
                Constant::Float(f) => f,
                _ => return None,
            };
            return match b.op {
                ast::Operator::Add => Some(Constant::Complex {
                    real: r + 0.0,
                    imag: 0.0 + imag,
                }),
                ast::Operator::Sub => Some(Constant::Complex {
                    real: r - 0.0,
                    imag: 0.0 - imag,
                }),
                _ => None,
            };
        }
        self.constant_of(key)
    }

    pub(super) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let ncases = m.cases.len();
        let has_default = ncases > 1 && is_wildcard(&m.cases[ncases - 1].pattern);
        let tested = ncases - usize::from(has_default);
        for (i, case) in m.cases[..tested].iter().enumerate() {
            self.set_loc(case.pattern.range());
            let last = i + 1 == tested;
            // Every case but the last works on a copy of the subject.
            if !last {
                self.emit(Opcode::Copy, 1);
            }
            let mut st = PatternState {
                // An irrefutable case must be guarded or come last.
                allow_irrefutable: case.guard.is_some() || i + 1 == ncases,
                ..Default::default()
            };
            self.compile_pattern(&case.pattern, &mut st)?;
            // A match: store the captured names (the first capture is on top).
            for name in std::mem::take(&mut st.stores) {
                self.name_op(&name, Ctx::Store, case.pattern.range())?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut st, 0);
                self.compile_jump_if(guard, fail, false)?;
            }
            if !last {
                self.emit(Opcode::PopTop, 0);
            }
            self.compile_body(&case.body)?;
            self.unit.b.jump(end);
            self.set_loc(case.pattern.range());
            self.emit_fail_pops(&mut st);
        }
        if has_default {
            let case = &m.cases[ncases - 1];
            self.set_loc(case.pattern.range());
            self.emit(Opcode::Nop, 0);
            if let Some(guard) = &case.guard {
                self.compile_jump_if(guard, end, false)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `n` items and fails.
    fn fail_label(&mut self, st: &mut PatternState, n: u32) -> Label {
        while st.fail_pop.len() <= n as usize {
            let l = self.new_label();
            st.fail_pop.push(l);
        }
        st.fail_pop[n as usize]
    }

    /// Jumps (with `op`) to the failure path, popping what is above the subject.
    fn jump_to_fail(&mut self, st: &mut PatternState, op: Opcode) {
        let n = st.on_top + st.stores.len() as u32;
        let l = self.fail_label(st, n);
        if op == Opcode::JumpForward {
            self.unit.b.jump(l);
        } else {
            self.emit_jump(op, l);
        }
    }

    /// The failure path: `fail_pop[n]` pops one item and falls into `fail_pop[n-1]`.
    fn emit_fail_pops(&mut self, st: &mut PatternState) {
        let labels = std::mem::take(&mut st.fail_pop);
        for (n, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if n > 0 {
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    /// Moves the top of the stack down to position `depth` (1 = the top).
    fn rotate(&mut self, depth: u32) {
        for k in (2..=depth).rev() {
            self.emit(Opcode::Swap, k);
        }
    }

    /// Captures the value on top of the stack as `name` (`None`: drops it).
    fn capture(
        &mut self,
        name: Option<&ast::Identifier>,
        st: &mut PatternState,
        range: TextRange,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        if name.as_str() == "__debug__" {
            return Err(self.error("cannot assign to __debug__", name.range));
        }
        if st.stores.iter().any(|s| s == name.as_str()) {
            return Err(self.error(
                format!(
                    "multiple assignments to name '{}' in pattern",
                    name.as_str()
                ),
                range,
            ));
        }
        self.rotate(st.on_top + st.stores.len() as u32 + 1);
        st.stores.push(name.as_str().to_string());
        Ok(())
    }

    fn compile_subpattern(&mut self, p: &'a Pattern, st: &mut PatternState) -> CResult<()> {
        let saved = st.allow_irrefutable;
        st.allow_irrefutable = true;
        self.compile_pattern(p, st)?;
        st.allow_irrefutable = saved;
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, st: &mut PatternState) -> CResult<()> {
        self.enter_recursion(p.range())?;
        self.set_loc(p.range());
        let r = match p {
            Pattern::MatchValue(v) => {
                self.compile_expr(&v.value)?;
                self.set_loc(p.range());
                self.emit(Opcode::CompareOp, ComparisonOperator::Equal as u32);
                self.jump_to_fail(st, Opcode::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::Bool(true),
                    Singleton::False => Constant::Bool(false),
                });
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail(st, Opcode::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchAs(a) => self.compile_match_as(a, st),
            Pattern::MatchStar(s) => self.capture(s.name.as_ref(), st, s.range),
            Pattern::MatchSequence(s) => self.compile_match_sequence(s, st),
            Pattern::MatchMapping(m) => self.compile_match_mapping(m, st),
            Pattern::MatchClass(c) => self.compile_match_class(c, st),
            Pattern::MatchOr(o) => self.compile_match_or(o, st),
        };
        self.depth -= 1;
        r
    }

    fn compile_match_as(
        &mut self,
        a: &'a ast::PatternMatchAs,
        st: &mut PatternState,
    ) -> CResult<()> {
        let Some(inner) = &a.pattern else {
            if !st.allow_irrefutable {
                return Err(match &a.name {
                    Some(n) => self.error(
                        format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.as_str()
                        ),
                        a.range,
                    ),
                    None => self.error("wildcard makes remaining patterns unreachable", a.range),
                });
            }
            return self.capture(a.name.as_ref(), st, a.range);
        };
        // `inner as name`: match a copy, then capture the value.
        st.on_top += 1;
        self.emit(Opcode::Copy, 1);
        self.compile_pattern(inner, st)?;
        st.on_top -= 1;
        self.capture(a.name.as_ref(), st, a.range)
    }

    fn compile_match_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        st: &mut PatternState,
    ) -> CResult<()> {
        let size = s.patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in s.patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", p.range()));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        st.on_top += 1;
        self.emit(Opcode::MatchSequence, 0);
        self.jump_to_fail(st, Opcode::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int(size as i64));
                self.emit(Opcode::CompareOp, ComparisonOperator::Equal as u32);
                self.jump_to_fail(st, Opcode::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Opcode::CompareOp, ComparisonOperator::GreaterEqual as u32);
                self.jump_to_fail(st, Opcode::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        st.on_top -= 1;
        if only_wildcard {
            // [] / [_, _] / [*_] / [_, *_]: nothing to take apart.
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if let (Some(star), true) = (star, star_wildcard) {
            // [a, *_, b]: index the items wanted instead of unpacking them all.
            st.on_top += 1;
            for (i, p) in s.patterns.iter().enumerate() {
                if i == star || is_wildcard(p) {
                    continue;
                }
                self.emit(Opcode::Copy, 1);
                if i < star {
                    self.load_const(Constant::Int(i as i64));
                } else {
                    // A non-negative index: the subject may not take negative ones.
                    self.emit(Opcode::GetLen, 0);
                    self.load_const(Constant::Int((size - i) as i64));
                    self.emit(Opcode::BinaryOp, BinaryOperator::Subtract as u32);
                }
                self.emit(Opcode::BinarySubscr, 0);
                self.compile_subpattern(p, st)?;
            }
            st.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        match star {
            None => self.emit(Opcode::UnpackSequence, size as u32),
            Some(k) => {
                let after = size - 1 - k;
                if k > 0xff || after > 0xff_ffff {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        s.range,
                    ));
                }
                self.emit(Opcode::UnpackEx, (k | (after << 8)) as u32);
            }
        }
        st.on_top += size as u32;
        for p in &s.patterns {
            st.on_top -= 1;
            self.compile_subpattern(p, st)?;
        }
        Ok(())
    }

    fn compile_match_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        st: &mut PatternState,
    ) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error(
                format!(
                    "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                    m.patterns.len()
                ),
                m.range,
            ));
        }
        st.on_top += 1;
        self.emit(Opcode::MatchMapping, 0);
        self.jump_to_fail(st, Opcode::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            st.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Constant::Int(size as i64));
            self.emit(Opcode::CompareOp, ComparisonOperator::GreaterEqual as u32);
            self.jump_to_fail(st, Opcode::PopJumpIfFalse);
        }
        let mut seen: Vec<String> = Vec::new();
        for key in &m.keys {
            match self.mapping_key_constant(key) {
                Some(c) => {
                    if let Some(id) = key_identity(&c) {
                        if seen.contains(&id) {
                            return Err(self.error(
                                format!("mapping pattern checks duplicate key ({})", key_repr(&c)),
                                m.range,
                            ));
                        }
                        seen.push(id);
                    }
                }
                None if matches!(key, Expr::Attribute(_)) => {}
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        key.range(),
                    ))
                }
            }
            self.compile_expr(key)?;
        }
        self.set_loc(m.range);
        self.emit(Opcode::BuildTuple, size as u32);
        // subject keys -- subject keys values-or-None
        self.emit(Opcode::MatchKeys, 0);
        st.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail(st, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size as u32);
        st.on_top += size as u32;
        st.on_top -= 1;
        for p in &m.patterns {
            st.on_top -= 1;
            self.compile_subpattern(p, st)?;
        }
        // Matched: what follows consumes the keys tuple and the subject.
        st.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject) without the keys matched.
                self.emit(Opcode::BuildMap, 0); // subject keys {}
                self.emit(Opcode::Swap, 3); // {} keys subject
                self.emit(Opcode::DictUpdate, 2); // copy keys
                self.emit(Opcode::UnpackSequence, size as u32); // copy k_n..k_1
                let mut left = size as u32;
                while left > 0 {
                    self.emit(Opcode::Copy, 1 + left); // copy keys... copy
                    self.emit(Opcode::Swap, 2); // copy keys... copy key
                    self.emit(Opcode::DeleteSubscr, 0);
                    left -= 1;
                }
                self.capture(Some(rest), st, m.range)
            }
            None => {
                self.emit(Opcode::PopTop, 0); // the keys
                self.emit(Opcode::PopTop, 0); // the subject
                Ok(())
            }
        }
    }

    fn compile_match_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        st: &mut PatternState,
    ) -> CResult<()> {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        for (i, kw) in args.keywords.iter().enumerate() {
            if kw.attr.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", kw.attr.range));
            }
            if args.keywords[i + 1..]
                .iter()
                .any(|k| k.attr.as_str() == kw.attr.as_str())
            {
                let dup = args.keywords[i + 1..]
                    .iter()
                    .find(|k| k.attr.as_str() == kw.attr.as_str())
                    .map(|k| k.attr.range)
                    .unwrap_or(kw.attr.range);
                return Err(self.error(
                    format!(
                        "attribute name repeated in class pattern: {}",
                        kw.attr.as_str()
                    ),
                    dup,
                ));
            }
        }
        self.compile_expr(&c.cls)?;
        self.set_loc(c.range);
        let names: Vec<Constant> = args
            .keywords
            .iter()
            .map(|k| Constant::Str(k.attr.as_str().to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        // subject cls names -- attributes-or-None
        self.emit(Opcode::MatchClass, nargs as u32);
        self.emit(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IsOp, 1);
        st.on_top += 1;
        self.jump_to_fail(st, Opcode::PopJumpIfFalse);
        let total = (nargs + nattrs) as u32;
        self.emit(Opcode::UnpackSequence, total);
        st.on_top += total;
        st.on_top -= 1;
        let subpatterns = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subpatterns {
            st.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Opcode::PopTop, 0);
                continue;
            }
            self.compile_subpattern(p, st)?;
        }
        Ok(())
    }

    fn compile_match_or(
        &mut self,
        o: &'a ast::PatternMatchOr,
        st: &mut PatternState,
    ) -> CResult<()> {
        let end = self.new_label();
        let n = o.patterns.len();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            // Each alternative matches a copy of the subject, on its own.
            let mut alt_st = PatternState {
                allow_irrefutable: i + 1 == n && st.allow_irrefutable,
                ..Default::default()
            };
            self.emit(Opcode::Copy, 1);
            self.compile_pattern(alt, &mut alt_st)?;
            // Its captures (first on top) must be the first alternative's
            // names, put in that alternative's order.
            match &control {
                None => control = Some(alt_st.stores.clone()),
                Some(ctl) => {
                    let mut cur = alt_st.stores.clone();
                    let mut same = ctl.clone();
                    same.sort();
                    let mut mine = cur.clone();
                    mine.sort();
                    if same != mine {
                        return Err(
                            self.error("alternative patterns bind different names", alt.range())
                        );
                    }
                    for (pos, want) in ctl.iter().enumerate() {
                        let Some(at) = cur.iter().position(|s| s == want) else {
                            continue;
                        };
                        if at == pos {
                            continue;
                        }
                        // Exchange stack positions `pos` and `at` (0 = top).
                        if pos == 0 {
                            self.emit(Opcode::Swap, at as u32 + 1);
                        } else {
                            self.emit(Opcode::Swap, pos as u32 + 1);
                            self.emit(Opcode::Swap, at as u32 + 1);
                            self.emit(Opcode::Swap, pos as u32 + 1);
                        }
                        cur.swap(pos, at);
                    }
                }
            }
            self.unit.b.jump(end);
            self.emit_fail_pops(&mut alt_st);
        }
        // No alternative matched: drop the subject and fail.
        self.set_loc(o.range);
        self.emit(Opcode::PopTop, 0);
        self.jump_to_fail(st, Opcode::JumpForward);

        self.bind(end);
        // Stack: ... captures, on_top items, subject, new captures (the
        // first on top). Sink each new capture under everything else.
        let control = control.unwrap_or_default();
        let nrots = control.len() as u32 + 1 + st.on_top + st.stores.len() as u32;
        for name in control {
            self.rotate(nrots);
            if st.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                ));
            }
            st.stores.push(name);
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
