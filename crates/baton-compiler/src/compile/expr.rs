//! Expressions: values, assignment targets, conditional jumps, calls,
//! displays, f-strings, lambdas and comprehensions.

use super::builder::Label;
use super::{int_constant, normalize_int, CResult, Compiler, Ctx};
use crate::code::{Constant, Location};
use crate::opcode::{BinaryOperator, ComparisonOperator, Opcode};
use crate::symtable::{self, ScopeKind};
use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext, Number, Operator, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

/// Above this many items a display is built incrementally rather than from
/// the stack (CPython's STACK_USE_GUIDELINE).
const STACK_USE_GUIDELINE: usize = 30;

pub(super) fn binary_operator(op: Operator) -> u32 {
    let op = match op {
        Operator::Add => BinaryOperator::Add,
        Operator::Sub => BinaryOperator::Subtract,
        Operator::Mult => BinaryOperator::Multiply,
        Operator::MatMult => BinaryOperator::MatMul,
        Operator::Div => BinaryOperator::TrueDivide,
        Operator::Mod => BinaryOperator::Remainder,
        Operator::Pow => BinaryOperator::Power,
        Operator::LShift => BinaryOperator::LShift,
        Operator::RShift => BinaryOperator::RShift,
        Operator::BitOr => BinaryOperator::Or,
        Operator::BitXor => BinaryOperator::Xor,
        Operator::BitAnd => BinaryOperator::And,
        Operator::FloorDiv => BinaryOperator::FloorDivide,
    };
    op as u32
}

/// What CPython calls an expression in error messages ("cannot assign to function call").
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// The truth value of a constant, when it is known at compile time.
fn constant_truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis => true,
        Constant::Code(_) => return None,
    })
}

fn is_hashable_constant(c: &Constant) -> bool {
    match c {
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            items.iter().all(is_hashable_constant)
        }
        Constant::Code(_) => false,
        _ => true,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    /// The value of `expr` if it is a literal (including negative numbers and
    /// tuples of literals), folded at compile time.
    pub(super) fn constant_of(&self, expr: &Expr) -> Option<Constant> {
        match expr {
            Expr::NoneLiteral(_) => Some(Constant::None),
            Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" => {
                Some(Constant::Bool(true))
            }
            Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
            Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
            Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect())),
            Expr::NumberLiteral(n) => Some(match &n.value {
                Number::Int(i) => int_constant(i),
                Number::Float(f) => Constant::Float(*f),
                Number::Complex { real, imag } => Constant::Complex {
                    real: *real,
                    imag: *imag,
                },
            }),
            Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
                Expr::NumberLiteral(_) => match self.constant_of(&u.operand)? {
                    Constant::Int(i) => Some(match i.checked_neg() {
                        Some(n) => Constant::Int(n),
                        None => normalize_int(-num_bigint::BigInt::from(i)),
                    }),
                    Constant::BigInt(b) => Some(normalize_int(-b)),
                    Constant::Float(f) => Some(Constant::Float(-f)),
                    Constant::Complex { real, imag } => Some(Constant::Complex {
                        real: -real,
                        imag: -imag,
                    }),
                    _ => None,
                },
                _ => None,
            },
            Expr::Tuple(t) if t.ctx == ExprContext::Load => {
                let items: Option<Vec<Constant>> =
                    t.elts.iter().map(|e| self.constant_of(e)).collect();
                items.map(Constant::Tuple)
            }
            _ => None,
        }
    }

    pub(super) fn compile_expr(&mut self, expr: &Expr) -> CResult<()> {
        self.enter_recursion(expr.range())?;
        let saved = self.loc();
        self.set_loc(expr.range());
        let r = self.compile_expr_inner(expr);
        self.unit.b.location = saved;
        self.depth -= 1;
        r
    }

    fn compile_expr_inner(&mut self, expr: &Expr) -> CResult<()> {
        if let Some(c) = self.constant_of(expr) {
            self.load_const(c);
            return Ok(());
        }
        match expr {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Opcode::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                let n = b.values.len();
                let short_circuit_on = b.op == ast::BoolOp::Or;
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 < n {
                        // A constant operand either decides the result or can be skipped.
                        if let Some(c) = self.constant_of(v) {
                            if let Some(truth) = constant_truth(&c) {
                                if truth == short_circuit_on {
                                    self.load_const(c);
                                    break;
                                }
                                continue;
                            }
                        }
                    }
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binary_operator(b.op));
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                let op = match u.op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, orelse, false)?;
                self.compile_expr(&i.body)?;
                self.unit.b.jump(end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(&d.items)?,
            Expr::Set(s) => self.compile_sequence(
                &s.elts,
                Opcode::BuildSet,
                Opcode::SetAdd,
                Opcode::SetUpdate,
                false,
            )?,
            Expr::List(l) => {
                self.check_load(l.ctx, expr)?;
                self.compile_sequence(
                    &l.elts,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    false,
                )?
            }
            Expr::Tuple(t) => {
                self.check_load(t.ctx, expr)?;
                self.compile_sequence(
                    &t.elts,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                )?
            }
            Expr::ListComp(c) => self.compile_comprehension(
                symtable::node_key(c),
                c.range,
                "<listcomp>",
                CompKind::List,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.compile_comprehension(
                symtable::node_key(c),
                c.range,
                "<setcomp>",
                CompKind::Set,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ));
                };
                self.compile_comprehension(
                    symtable::node_key(c),
                    c.range,
                    "<dictcomp>",
                    CompKind::Dict,
                    &c.generators,
                    key,
                    Some(&c.value),
                )?
            }
            Expr::Generator(g) => self.compile_genexpr(g, g.range)?,
            Expr::Await(a) => {
                return Err(self.error("'await' is not supported by Baton yet", a.range))
            }
            Expr::Yield(y) => {
                self.check_in_function("'yield' outside function", y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_in_function("'yield' outside function", y.range)?;
                self.compile_expr(&y.value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_none();
                self.compile_yield_from_loop();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(&f.value)?,
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                // Handled by constant_of above.
                return Err(self.internal_error("unfolded literal"));
            }
            Expr::Attribute(a) => {
                self.check_load(a.ctx, expr)?;
                self.compile_expr(&a.value)?;
                self.unit.b.location = self.attribute_location(a);
                let name = self.mangle(&a.attr);
                self.emit_name(Opcode::LoadAttr, &name);
            }
            Expr::Subscript(s) => {
                self.check_load(s.ctx, expr)?;
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range))
            }
            Expr::Name(n) => {
                self.check_load(n.ctx, expr)?;
                self.name_op(&n.id, Ctx::Load, n.range)?;
            }
            Expr::Slice(s) => self.compile_slice(s)?,
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn check_load(&self, ctx: ExprContext, expr: &Expr) -> CResult<()> {
        match ctx {
            ExprContext::Load => Ok(()),
            _ => Err(self.error("invalid syntax", expr.range())),
        }
    }

    fn check_in_function(&self, msg: &str, range: TextRange) -> CResult<()> {
        if self.unit.kind.is_function_like() {
            Ok(())
        } else {
            Err(self.error(msg, range))
        }
    }

    /// `yield from` / delegation: stack is iterator, value to send.
    fn compile_yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Opcode::Send, exit);
        self.emit(Opcode::YieldValue, 0);
        self.emit_jump(Opcode::JumpBackwardNoInterrupt, start);
        self.bind(exit);
    }

    /// CPython points attribute loads and method calls that span lines at the
    /// attribute name, so tracebacks show the line of `.name`.
    fn attribute_location(&self, a: &ast::ExprAttribute) -> Location {
        let full = self.lines.location(a.range);
        if full.line == full.end_line {
            return full;
        }
        self.lines
            .location(TextRange::new(a.attr.range.start(), a.range.end()))
    }

    fn compile_slice(&mut self, s: &ast::ExprSlice) -> CResult<()> {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(e) => self.compile_expr(e)?,
                None => self.load_none(),
            }
        }
        let mut n = 2;
        if let Some(step) = &s.step {
            self.compile_expr(step)?;
            n = 3;
        }
        self.emit(Opcode::BuildSlice, n);
        Ok(())
    }

    /// The iterable of a `for` loop or an `in` test: a display of constants
    /// becomes a constant tuple (or frozenset), as CPython's optimizer does.
    pub(super) fn compile_iterable(&mut self, expr: &Expr) -> CResult<()> {
        if let Expr::List(l) = expr {
            if l.ctx == ExprContext::Load {
                let items: Option<Vec<Constant>> =
                    l.elts.iter().map(|e| self.constant_of(e)).collect();
                if let Some(items) = items {
                    self.set_loc(expr.range());
                    self.load_const(Constant::Tuple(items));
                    return Ok(());
                }
            }
        }
        self.compile_expr(expr)
    }

    fn compile_membership_operand(&mut self, expr: &Expr) -> CResult<()> {
        if let Expr::Set(s) = expr {
            let items: Option<Vec<Constant>> = s.elts.iter().map(|e| self.constant_of(e)).collect();
            if let Some(items) = items.filter(|i| i.iter().all(is_hashable_constant)) {
                self.set_loc(expr.range());
                self.load_const(Constant::FrozenSet(items));
                return Ok(());
            }
        }
        self.compile_iterable(expr)
    }

    // ---- displays ------------------------------------------------------------------

    /// Lists, tuples and sets; `*x` items extend the container being built.
    fn compile_sequence(
        &mut self,
        elts: &[Expr],
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult<()> {
        let starred = elts.iter().any(|e| e.is_starred_expr());
        let n = elts.len();
        // A list or set of 3+ constants: extend an empty one from a constant tuple.
        if !starred && !tuple && n >= 3 {
            let items: Option<Vec<Constant>> = elts.iter().map(|e| self.constant_of(e)).collect();
            if let Some(items) =
                items.filter(|i| build != Opcode::BuildSet || i.iter().all(is_hashable_constant))
            {
                self.emit(build, 0);
                self.load_const(Constant::Tuple(items));
                self.emit(extend, 1);
                return Ok(());
            }
        }
        if !starred && n <= STACK_USE_GUIDELINE {
            for e in elts {
                self.compile_expr(e)?;
            }
            let op = if tuple { Opcode::BuildTuple } else { build };
            self.emit(op, n as u32);
            return Ok(());
        }
        self.emit(build, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.compile_expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, items: &[ast::DictItem]) -> CResult<()> {
        let mut have_dict = false;
        let mut run = 0u32;
        for item in items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    run += 1;
                    if run as usize * 2 > STACK_USE_GUIDELINE {
                        self.emit(Opcode::BuildMap, run);
                        if have_dict {
                            self.emit(Opcode::DictUpdate, 1);
                        }
                        have_dict = true;
                        run = 0;
                    }
                }
                None => {
                    if run > 0 {
                        self.emit(Opcode::BuildMap, run);
                        if have_dict {
                            self.emit(Opcode::DictUpdate, 1);
                        }
                        have_dict = true;
                        run = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        if run > 0 || !have_dict {
            self.emit(Opcode::BuildMap, run);
            if have_dict {
                self.emit(Opcode::DictUpdate, 1);
            }
        }
        Ok(())
    }

    // ---- comparisons and conditions ---------------------------------------------------

    fn emit_compare(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::CompareOp, ComparisonOperator::Equal as u32),
            CmpOp::NotEq => (Opcode::CompareOp, ComparisonOperator::NotEqual as u32),
            CmpOp::Lt => (Opcode::CompareOp, ComparisonOperator::Less as u32),
            CmpOp::LtE => (Opcode::CompareOp, ComparisonOperator::LessEqual as u32),
            CmpOp::Gt => (Opcode::CompareOp, ComparisonOperator::Greater as u32),
            CmpOp::GtE => (Opcode::CompareOp, ComparisonOperator::GreaterEqual as u32),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    fn compile_comparator(&mut self, op: CmpOp, e: &Expr) -> CResult<()> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.compile_membership_operand(e)
        } else {
            self.compile_expr(e)
        }
    }

    /// `a < b < c`: each middle operand is evaluated once and kept for the
    /// next comparison; the first false result short-circuits.
    fn compile_compare(&mut self, c: &ast::ExprCompare) -> CResult<()> {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 0 || n != c.comparators.len() {
            return Err(self.internal_error("malformed comparison"));
        }
        let loc = self.loc();
        if n == 1 {
            self.compile_comparator(c.ops[0], &c.comparators[0])?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.compile_comparator(c.ops[i], &c.comparators[i])?;
            self.unit.b.location = loc;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.emit_compare(c.ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.compile_comparator(c.ops[n - 1], &c.comparators[n - 1])?;
        self.unit.b.location = loc;
        self.emit_compare(c.ops[n - 1]);
        let end = self.new_label();
        self.unit.b.jump(end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `label` if `expr`'s truth value is `cond`, short-circuiting
    /// `and`, `or`, `not`, conditional expressions and chained comparisons
    /// without materialising booleans (CPython's `compiler_jump_if`).
    pub(super) fn compile_jump_if(&mut self, expr: &Expr, label: Label, cond: bool) -> CResult<()> {
        self.enter_recursion(expr.range())?;
        let saved = self.loc();
        self.set_loc(expr.range());
        let r = self.compile_jump_if_inner(expr, label, cond);
        self.unit.b.location = saved;
        self.depth -= 1;
        r
    }

    fn compile_jump_if_inner(&mut self, expr: &Expr, label: Label, cond: bool) -> CResult<()> {
        if let Some(truth) = self.constant_of(expr).as_ref().and_then(constant_truth) {
            if truth == cond {
                self.unit.b.jump(label);
            }
            return Ok(());
        }
        match expr {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                return self.compile_jump_if(&u.operand, label, !cond)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                // The operands but the last jump on their own short-circuit value.
                let next = if is_or != cond {
                    self.new_label()
                } else {
                    label
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 < n {
                        self.compile_jump_if(v, next, is_or)?;
                    } else {
                        self.compile_jump_if(v, label, cond)?;
                    }
                }
                if next != label {
                    self.bind(next);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, orelse, false)?;
                self.compile_jump_if(&i.body, label, cond)?;
                self.unit.b.jump(end);
                self.bind(orelse);
                self.compile_jump_if(&i.orelse, label, cond)?;
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 && c.ops.len() == c.comparators.len() => {
                self.compile_expr(&c.left)?;
                let loc = self.loc();
                let n = c.ops.len();
                let cleanup = self.new_label();
                for i in 0..n - 1 {
                    self.compile_comparator(c.ops[i], &c.comparators[i])?;
                    self.unit.b.location = loc;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::Copy, 2);
                    self.emit_compare(c.ops[i]);
                    self.emit_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.compile_comparator(c.ops[n - 1], &c.comparators[n - 1])?;
                self.unit.b.location = loc;
                self.emit_compare(c.ops[n - 1]);
                let op = if cond {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.emit_jump(op, label);
                let end = self.new_label();
                self.unit.b.jump(end);
                self.bind(cleanup);
                self.emit(Opcode::PopTop, 0);
                if !cond {
                    self.unit.b.jump(label);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(expr)?;
        let op = if cond {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.emit_jump(op, label);
        Ok(())
    }

    // ---- assignment targets ----------------------------------------------------------

    /// Stores the value on top of the stack into `target`.
    pub(super) fn compile_store(&mut self, target: &Expr) -> CResult<()> {
        self.enter_recursion(target.range())?;
        let saved = self.loc();
        self.set_loc(target.range());
        let r = self.compile_store_inner(target);
        self.unit.b.location = saved;
        self.depth -= 1;
        r
    }

    fn compile_store_inner(&mut self, target: &Expr) -> CResult<()> {
        match target {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Store, n.range),
            Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", a.attr.range));
                }
                self.compile_expr(&a.value)?;
                self.unit.b.location = self.attribute_location(a);
                let name = self.mangle(&a.attr);
                self.emit_name(Opcode::StoreAttr, &name);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.compile_unpack(elts, target.range())?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.compile_store(&s.value)?,
                        _ => self.compile_store(e)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.error(
                format!("cannot assign to {}", expr_name(other)),
                other.range(),
            )),
        }
    }

    fn compile_unpack(&mut self, elts: &[Expr], range: TextRange) -> CResult<()> {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if e.is_starred_expr() {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let before = i;
                let after = elts.len() - i - 1;
                if before >= 256 || after >= (1 << 24) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Opcode::UnpackEx, (before | (after << 8)) as u32);
            }
            None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
        }
        Ok(())
    }

    pub(super) fn compile_delete(&mut self, target: &Expr) -> CResult<()> {
        self.enter_recursion(target.range())?;
        let saved = self.loc();
        self.set_loc(target.range());
        let r = match target {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Del, n.range),
            Expr::Attribute(a) => self.compile_expr(&a.value).map(|_| {
                self.unit.b.location = self.attribute_location(a);
                let name = self.mangle(&a.attr);
                self.emit_name(Opcode::DeleteAttr, &name);
            }),
            Expr::Subscript(s) => self
                .compile_expr(&s.value)
                .and_then(|_| self.compile_expr(&s.slice))
                .map(|_| {
                    self.emit(Opcode::DeleteSubscr, 0);
                }),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.compile_delete(e))
            }
            other => Err(self.error(format!("cannot delete {}", expr_name(other)), other.range())),
        };
        self.unit.b.location = saved;
        self.depth -= 1;
        r
    }

    // ---- calls ---------------------------------------------------------------------

    fn compile_call(&mut self, call: &ast::ExprCall) -> CResult<()> {
        let args = &call.arguments;
        self.check_keywords(&args.keywords)?;
        let call_loc = self.loc();
        let unpacking = args.args.iter().any(|a| a.is_starred_expr())
            || args.keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Attribute(a) = &*call.func {
            if !unpacking && a.ctx == ExprContext::Load {
                // obj.name(...): LOAD_METHOD leaves (method, obj) or (NULL, attr).
                self.compile_expr(&a.value)?;
                let loc = self.attribute_location(a);
                let loc = Location {
                    end_line: call_loc.end_line,
                    end_col: call_loc.end_col,
                    ..loc
                };
                self.unit.b.location = loc;
                let name = self.mangle(&a.attr);
                self.emit_name(Opcode::LoadMethod, &name);
                return self.compile_call_args(0, args, loc);
            }
        }
        self.emit(Opcode::PushNull, 0);
        self.compile_expr(&call.func)?;
        self.compile_call_args(0, args, call_loc)
    }

    /// A call's arguments: `f(x for x in y)`'s generator expression owns the
    /// call's parentheses, which gives it CPython's position.
    pub(super) fn compile_call_args(
        &mut self,
        pushed: u32,
        args: &ast::Arguments,
        call_loc: Location,
    ) -> CResult<()> {
        if let ([Expr::Generator(g)], []) = (&args.args[..], &args.keywords[..]) {
            if !g.parenthesized {
                self.compile_genexpr(g, args.range)?;
                self.unit.b.location = call_loc;
                self.emit(Opcode::Call, pushed + 1);
                return Ok(());
            }
        }
        self.compile_call_helper(pushed, &args.args, &args.keywords, call_loc)
    }

    fn compile_genexpr(&mut self, g: &ast::ExprGenerator, range: TextRange) -> CResult<()> {
        self.enter_recursion(range)?;
        let saved = self.loc();
        self.set_loc(range);
        let r = self.compile_comprehension(
            symtable::node_key(g),
            range,
            "<genexpr>",
            CompKind::Generator,
            &g.generators,
            &g.elt,
            None,
        );
        self.unit.b.location = saved;
        self.depth -= 1;
        r
    }

    /// CPython's `validate_keywords`.
    fn check_keywords(&self, keywords: &[ast::Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", k.range));
            }
            for other in keywords.iter().skip(i + 1) {
                if other
                    .arg
                    .as_ref()
                    .is_some_and(|o| o.as_str() == name.as_str())
                {
                    return Err(
                        self.error(format!("keyword argument repeated: {name}"), other.range)
                    );
                }
            }
        }
        Ok(())
    }

    /// The arguments and the call itself; `pushed` arguments are already on
    /// the stack (the class body function and name for `class` statements).
    pub(super) fn compile_call_helper(
        &mut self,
        pushed: u32,
        args: &[Expr],
        keywords: &[ast::Keyword],
        call_loc: Location,
    ) -> CResult<()> {
        let unpacking =
            args.iter().any(|a| a.is_starred_expr()) || keywords.iter().any(|k| k.arg.is_none());
        if !unpacking {
            for a in args {
                self.compile_expr(a)?;
            }
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            self.unit.b.location = call_loc;
            if !keywords.is_empty() {
                let names = keywords
                    .iter()
                    .map(|k| {
                        Constant::Str(k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default())
                    })
                    .collect();
                let i = self.unit.add_const(Constant::Tuple(names));
                self.emit(Opcode::KwNames, i);
            }
            self.emit(Opcode::Call, pushed + (args.len() + keywords.len()) as u32);
            return Ok(());
        }

        // callable(*args, **kwargs): build the positional tuple (a single
        // `*x` goes as it is: CALL_FUNCTION_EX makes the tuple)...
        if let ([Expr::Starred(s)], 0) = (args, pushed) {
            self.compile_expr(&s.value)?;
        } else if args.iter().any(|a| a.is_starred_expr()) {
            self.emit(Opcode::BuildList, pushed);
            for a in args {
                match a {
                    Expr::Starred(s) => {
                        self.compile_expr(&s.value)?;
                        self.emit(Opcode::ListExtend, 1);
                    }
                    _ => {
                        self.compile_expr(a)?;
                        self.emit(Opcode::ListAppend, 1);
                    }
                }
            }
            self.emit(Opcode::ListToTuple, 0);
        } else {
            for a in args {
                self.compile_expr(a)?;
            }
            self.emit(Opcode::BuildTuple, pushed + args.len() as u32);
        }
        // ...then the keyword dict.
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut run: Vec<&ast::Keyword> = Vec::new();
            for k in keywords {
                if k.arg.is_some() {
                    run.push(k);
                    continue;
                }
                if !run.is_empty() {
                    self.compile_keyword_run(&run)?;
                    if have_dict {
                        self.emit(Opcode::DictMerge, 1);
                    }
                    have_dict = true;
                    run.clear();
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.compile_expr(&k.value)?;
                self.emit(Opcode::DictMerge, 1);
            }
            if !run.is_empty() {
                self.compile_keyword_run(&run)?;
                if have_dict {
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.unit.b.location = call_loc;
        self.emit(Opcode::CallFunctionEx, u32::from(!keywords.is_empty()));
        Ok(())
    }

    fn compile_keyword_run(&mut self, run: &[&ast::Keyword]) -> CResult<()> {
        for k in run {
            let name = k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default();
            self.load_const(Constant::Str(name));
            self.compile_expr(&k.value)?;
        }
        self.emit(Opcode::BuildMap, run.len() as u32);
        Ok(())
    }

    // ---- f-strings ---------------------------------------------------------------------

    fn compile_fstring(&mut self, value: &ast::FStringValue) -> CResult<()> {
        let mut pieces = 0u32;
        let mut pending = String::new();
        for part in value.iter() {
            match part {
                ast::FStringPart::Literal(s) => pending.push_str(&s.value),
                ast::FStringPart::FString(f) => {
                    self.compile_fstring_elements(&f.elements, &mut pending, &mut pieces)?;
                }
            }
        }
        self.finish_string_pieces(pending, pieces);
        Ok(())
    }

    /// Pushes the pieces of `elements`: merged literal text as constants and a
    /// FORMAT_VALUE per replacement field.
    fn compile_fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        pending: &mut String,
        pieces: &mut u32,
    ) -> CResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => pending.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        // f"{x=}" prints the expression's text before its value.
                        pending.push_str(debug.leading());
                        pending.push_str(debug.expression());
                        pending.push_str(debug.trailing());
                    }
                    if !pending.is_empty() {
                        self.load_const(Constant::Str(std::mem::take(pending)));
                        *pieces += 1;
                    }
                    self.compile_expr(&i.expression)?;
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => {
                            if i.debug_text.is_some() && i.format_spec.is_none() {
                                2
                            } else {
                                0
                            }
                        }
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(spec) = &i.format_spec {
                        let mut spec_pending = String::new();
                        let mut spec_pieces = 0;
                        self.compile_fstring_elements(
                            &spec.elements,
                            &mut spec_pending,
                            &mut spec_pieces,
                        )?;
                        self.finish_string_pieces(spec_pending, spec_pieces);
                        conversion |= 4;
                    }
                    self.set_loc(i.range);
                    self.emit(Opcode::FormatValue, conversion);
                    *pieces += 1;
                }
            }
        }
        Ok(())
    }

    /// Pushes the remaining literal text and joins all pieces into one string.
    fn finish_string_pieces(&mut self, pending: String, mut pieces: u32) {
        if !pending.is_empty() || pieces == 0 {
            self.load_const(Constant::Str(pending));
            pieces += 1;
        }
        if pieces > 1 {
            self.emit(Opcode::BuildString, pieces);
        }
    }

    // ---- lambdas and comprehensions -------------------------------------------------------

    fn compile_lambda(&mut self, l: &ast::ExprLambda) -> CResult<()> {
        let empty = ast::Parameters::default();
        let params = l.parameters.as_deref().unwrap_or(&empty);
        self.check_parameters(params)?;
        let flags = self.compile_defaults(params)?;
        let first_line = self.lines.line_of(l.range.start().to_u32());
        self.enter_scope(
            "<lambda>",
            ScopeKind::Lambda,
            symtable::node_key(l),
            first_line,
        )?;
        self.set_parameter_counts(params);
        // None first, so a lambda never has a docstring.
        self.unit.add_const(Constant::None);
        self.compile_expr(&l.body)?;
        self.set_loc(l.body.range());
        if self.unit.flags & crate::code::flags::GENERATOR != 0 {
            // A generator lambda returns None when exhausted; its body value is dropped.
            self.emit(Opcode::PopTop, 0);
            self.load_none();
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_scope()?;
        self.set_loc(l.range);
        self.make_closure(code, flags)
    }

    #[allow(clippy::too_many_arguments)]
    fn compile_comprehension(
        &mut self,
        key: usize,
        range: TextRange,
        name: &str,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Err(self.error("invalid syntax", range));
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(self.error(
                "asynchronous comprehensions are not supported by Baton yet",
                range,
            ));
        }
        let first_line = self.lines.line_of(range.start().to_u32());
        self.enter_scope(name, ScopeKind::Comprehension, key, first_line)?;
        self.set_loc(range);
        self.unit.arg_count = 1;
        match kind {
            CompKind::List => self.emit(Opcode::BuildList, 0),
            CompKind::Set => self.emit(Opcode::BuildSet, 0),
            CompKind::Dict => self.emit(Opcode::BuildMap, 0),
            CompKind::Generator => {}
        }
        self.compile_comprehension_generator(generators, 0, 0, elt, value, kind)?;
        self.set_loc(range);
        if kind == CompKind::Generator {
            self.load_none();
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_scope()?;

        self.set_loc(range);
        self.emit(Opcode::PushNull, 0);
        self.make_closure(code, 0)?;
        self.compile_iterable(&first.iter)?;
        self.set_loc(range);
        self.emit(Opcode::GetIter, 0);
        self.emit(Opcode::Call, 1);
        Ok(())
    }

    /// One `for ... in ... if ...` of a comprehension; `depth` counts the
    /// iterators already on the stack above the result container.
    fn compile_comprehension_generator(
        &mut self,
        generators: &[ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &Expr,
        value: Option<&Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let Some(generator) = generators.get(index) else {
            return Ok(());
        };
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            // The outermost iterator is the argument `.0`.
            self.name_op(".0", Ctx::Load, generator.range)?;
        } else {
            self.compile_iterable(&generator.iter)?;
            self.set_loc(generator.range);
            self.emit(Opcode::GetIter, 0);
        }
        let depth = depth + 1;
        self.bind(start);
        self.set_loc(generator.range);
        self.emit_jump(Opcode::ForIter, anchor);
        self.compile_store(&generator.target)?;
        for cond in &generator.ifs {
            self.compile_jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.compile_comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.compile_expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(Opcode::ListAppend, depth + 1);
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(Opcode::SetAdd, depth + 1);
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.set_loc(elt.range());
                    self.emit(Opcode::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.set_loc(generator.range);
        self.unit.b.jump(start);
        self.bind(anchor);
        Ok(())
    }
}
