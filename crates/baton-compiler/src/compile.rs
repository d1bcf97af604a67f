//! AST -> bytecode.
//!
//! `compile_source` parses with ruff (`parse`), resolves scopes
//! ([`crate::symtable`]) and walks the AST, one [`Unit`] per code object being
//! built (module, class body, function, lambda, comprehension). This file
//! holds the driver, the units and the statements; `expr` the expressions;
//! `builder` the instruction buffer (labels, exception table, stack depth).
//!
//! The code follows CPython 3.11's `compile.c` closely, with the differences
//! Baton's opcode table implies: a plain call is `PUSH_NULL, callable, args,
//! CALL n`; exception handlers keep no `lasti` on the stack; `try` bodies are
//! described by the exception table only. Blocks that `break`, `continue` and
//! `return` must unwind are tracked as "frame blocks" (`FBlock`), as in CPython.

mod builder;
mod expr;
mod parse;
mod pattern;
mod source;
mod unit;

use crate::code::{flags, CodeObject, Constant, Location};
use crate::opcode::Opcode;
use crate::symtable::{self, ScopeKind, SymbolScope, SymbolTable};
use crate::{CompileError, Mode};
use builder::Label;
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Mod, Stmt};
use ruff_text_size::{Ranged, TextRange};
use source::SourceLines;
use std::collections::HashSet;
use std::sync::Arc;
use unit::{FBlock, FBlockKind, Unit};

type CResult<T> = Result<T, CompileError>;

/// How many expression levels entering a nested code object counts for in
/// the recursion limit (its unit lives on the native stack meanwhile).
const SCOPE_RECURSION_COST: u32 = 4;

/// CPython's limit on statically nested blocks (`CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;

pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<CodeObject, CompileError> {
    // A UTF-8 byte order mark is not part of the program (nor of its columns).
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines = SourceLines::new(source, filename);
    let parsed = parse::parse(&lines, mode)?;
    match parsed.syntax() {
        Mod::Expression(e) => {
            let table = SymbolTable::for_expression(&e.body)
                .map_err(|e| lines.syntax_error(e.msg, e.range))?;
            let mut c = Compiler::new(&lines, table, false, false, HashSet::new());
            c.compile_eval(&e.body)
        }
        Mod::Module(m) => {
            let future = FutureImports::scan(&m.body, &lines)?;
            let table = SymbolTable::for_module(&m.body, future.annotations)
                .map_err(|e| lines.syntax_error(e.msg, e.range))?;
            if mode == Mode::Single {
                check_single_statement(&m.body, &lines)?;
            }
            let mut c = Compiler::new(
                &lines,
                table,
                mode == Mode::Single,
                future.annotations,
                future.allowed,
            );
            c.compile_module(&m.body)
        }
    }
}

/// `compile(..., 'single')` takes one statement (a line of simple statements counts as one).
fn check_single_statement(body: &[Stmt], lines: &SourceLines) -> CResult<()> {
    let Some(first) = body.first() else {
        return Ok(());
    };
    let first_end_line = lines.line_of(first.end().to_u32());
    for s in body.iter().skip(1) {
        if lines.line_of(s.start().to_u32()) != first_end_line || is_compound(first) {
            return Err(lines.syntax_error(
                "multiple statements found while compiling a single statement",
                s.range(),
            ));
        }
    }
    Ok(())
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s,
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::If(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::Match(_)
    )
}

/// The `from __future__ import ...` statements at the top of a module.
struct FutureImports {
    annotations: bool,
    /// The addresses of the well-placed future imports; any other is an error.
    allowed: HashSet<usize>,
}

impl FutureImports {
    fn scan(body: &[Stmt], lines: &SourceLines) -> CResult<FutureImports> {
        let mut annotations = false;
        let mut allowed = HashSet::new();
        let mut stmts = body.iter().peekable();
        if let Some(Stmt::Expr(e)) = stmts.peek() {
            if matches!(&*e.value, Expr::StringLiteral(_)) {
                stmts.next();
            }
        }
        for s in stmts {
            let Stmt::ImportFrom(i) = s else { break };
            if i.level != 0 || i.module.as_ref().map(|m| m.as_str()) != Some("__future__") {
                break;
            }
            for alias in &i.names {
                match alias.name.as_str() {
                    "annotations" => annotations = true,
                    "nested_scopes" | "generators" | "division" | "absolute_import"
                    | "with_statement" | "print_function" | "unicode_literals"
                    | "barry_as_FLUFL" | "generator_stop" => {}
                    "braces" => return Err(lines.syntax_error("not a chance", i.range)),
                    other => {
                        return Err(lines.syntax_error(
                            format!("future feature {other} is not defined"),
                            i.range,
                        ))
                    }
                }
            }
            allowed.insert(symtable::node_key(i));
        }
        Ok(FutureImports {
            annotations,
            allowed,
        })
    }
}

/// Load, store or delete: the three forms of every name operation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

pub(crate) struct Compiler<'a> {
    lines: &'a SourceLines<'a>,
    table: SymbolTable,
    unit: Unit<'a>,
    /// The units enclosing `unit`, outermost first.
    stack: Vec<Unit<'a>>,
    /// `compile(..., 'single')`: top-level expression statements are echoed.
    interactive: bool,
    future_annotations: bool,
    /// Well-placed `from __future__` imports (by node address).
    future_allowed: HashSet<usize>,
    /// Recursion depth of the AST walk.
    depth: u32,
}

impl<'a> Compiler<'a> {
    fn new(
        lines: &'a SourceLines<'a>,
        table: SymbolTable,
        interactive: bool,
        future_annotations: bool,
        future_allowed: HashSet<usize>,
    ) -> Self {
        let unit = Unit::new(ScopeKind::Module, 0, "<module>", "<module>".to_string(), 1);
        Compiler {
            lines,
            table,
            unit,
            stack: Vec::new(),
            interactive,
            future_annotations,
            future_allowed,
            depth: 0,
        }
    }

    // ---- errors, locations, emission -------------------------------------------

    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.lines.syntax_error(msg, range)
    }

    fn internal_error(&self, msg: &str) -> CompileError {
        self.lines.syntax_error(
            format!("internal compiler error: {msg}"),
            TextRange::default(),
        )
    }

    fn set_loc(&mut self, range: TextRange) {
        self.unit.b.location = self.lines.location(range);
    }

    fn loc(&self) -> Location {
        self.unit.b.location
    }

    fn enter_recursion(&mut self, range: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > symtable::MAX_RECURSION {
            return Err(self.error("maximum recursion depth exceeded during compilation", range));
        }
        Ok(())
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        self.unit.b.emit(op, arg);
    }

    fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.unit.b.emit_jump(op, label);
    }

    fn new_label(&mut self) -> Label {
        self.unit.b.new_label()
    }

    fn bind(&mut self, label: Label) {
        self.unit.b.bind(label);
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.unit.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    fn str_const(s: &str) -> Constant {
        Constant::Str(s.to_string())
    }

    /// Emits an instruction whose argument is a `co_names` entry.
    fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.unit.add_name(name);
        self.emit(op, i);
    }

    fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.unit.private.as_deref(), name)
    }

    fn scope_info(&self) -> CResult<&symtable::Scope> {
        self.table
            .scope(self.unit.scope)
            .ok_or_else(|| self.internal_error("missing scope"))
    }

    /// Loads, stores or deletes a variable, choosing the opcode family from
    /// the name's scope (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &str, ctx: Ctx, range: TextRange) -> CResult<()> {
        if name == "__debug__" {
            return match ctx {
                Ctx::Load => {
                    self.load_const(Constant::Bool(true));
                    Ok(())
                }
                Ctx::Store => Err(self.error("cannot assign to __debug__", range)),
                Ctx::Del => Err(self.error("cannot delete __debug__", range)),
            };
        }
        let mangled = self.mangle(name);
        let scope = self.scope_info()?.lookup(&mangled).map(|s| s.scope);
        let function_like = self.unit.kind.is_function_like();
        enum Family {
            Fast,
            Global,
            Deref(u32),
            Name,
        }
        let family = match scope {
            Some(SymbolScope::Free) => match self.unit.free_index(&mangled) {
                Some(i) => Family::Deref(i),
                None => {
                    return Err(
                        self.internal_error(&format!("free variable {mangled} without a slot"))
                    )
                }
            },
            Some(SymbolScope::Cell) => match self.unit.cell_index(&mangled) {
                Some(i) => Family::Deref(i),
                None => {
                    return Err(
                        self.internal_error(&format!("cell variable {mangled} without a slot"))
                    )
                }
            },
            Some(SymbolScope::Local) if function_like => Family::Fast,
            Some(SymbolScope::GlobalImplicit) if function_like => Family::Global,
            Some(SymbolScope::GlobalExplicit) => Family::Global,
            _ => Family::Name,
        };
        match family {
            Family::Fast => {
                let i = self.unit.add_varname(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LoadFast,
                    Ctx::Store => Opcode::StoreFast,
                    Ctx::Del => Opcode::DeleteFast,
                };
                self.emit(op, i);
            }
            Family::Deref(i) => {
                let op = match ctx {
                    Ctx::Load if self.unit.kind == ScopeKind::Class => Opcode::LoadClassDeref,
                    Ctx::Load => Opcode::LoadDeref,
                    Ctx::Store => Opcode::StoreDeref,
                    Ctx::Del => Opcode::DeleteDeref,
                };
                self.emit(op, i);
            }
            Family::Global => {
                let op = match ctx {
                    Ctx::Load => Opcode::LoadGlobal,
                    Ctx::Store => Opcode::StoreGlobal,
                    Ctx::Del => Opcode::DeleteGlobal,
                };
                self.emit_name(op, &mangled);
            }
            Family::Name => {
                let op = match ctx {
                    Ctx::Load => Opcode::LoadName,
                    Ctx::Store => Opcode::StoreName,
                    Ctx::Del => Opcode::DeleteName,
                };
                self.emit_name(op, &mangled);
            }
        }
        Ok(())
    }

    // ---- units -------------------------------------------------------------------

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        // The parent is the current unit; a module parent adds no prefix.
        if self.stack.is_empty() {
            return name.to_string();
        }
        let parent = &self.unit;
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = symtable::mangle(parent.private.as_deref(), name);
            let global = self
                .table
                .scope(parent.scope)
                .and_then(|s| s.lookup(&mangled))
                .is_some_and(|s| s.scope == SymbolScope::GlobalExplicit);
            if global {
                return name.to_string();
            }
        }
        if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{name}", parent.qualname)
        } else {
            format!("{}.{name}", parent.qualname)
        }
    }

    /// Starts compiling the code object of the scope created by AST node `key`.
    fn enter_scope(
        &mut self,
        name: &str,
        kind: ScopeKind,
        key: usize,
        first_line: u32,
    ) -> CResult<()> {
        // A nested code object costs several expression levels of native stack.
        self.depth += SCOPE_RECURSION_COST;
        if self.depth > symtable::MAX_RECURSION {
            let range = self
                .table
                .scope_of_node(key)
                .and_then(|s| self.table.scope(s))
                .map(|s| s.range);
            return Err(self.error(
                "maximum recursion depth exceeded during compilation",
                range.unwrap_or_default(),
            ));
        }
        let scope_id = self
            .table
            .scope_of_node(key)
            .ok_or_else(|| self.internal_error("scope not found"))?;
        let qualname = self.qualname_for(name, kind);
        let scope = self
            .table
            .scope(scope_id)
            .ok_or_else(|| self.internal_error("scope not found"))?;
        let mut unit = Unit::new(kind, scope_id, name, qualname, first_line);
        if kind == ScopeKind::Class {
            if scope.needs_class_closure {
                unit.cellvars.push("__class__".to_string());
            }
            unit.freevars = scope.names_with(SymbolScope::Free, symtable::flags::DEF_FREE_CLASS);
            unit.private = Some(name.to_string());
        } else {
            // Cells holding parameters come first, in parameter order (as CPython 3.11).
            let cells = scope.names_with(SymbolScope::Cell, 0);
            unit.cellvars = scope
                .varnames
                .iter()
                .filter(|v| cells.contains(v))
                .cloned()
                .collect();
            unit.cellvars.extend(
                cells
                    .iter()
                    .filter(|c| !scope.varnames.contains(c))
                    .cloned(),
            );
            unit.freevars = scope.names_with(SymbolScope::Free, 0);
            unit.private = self.unit.private.clone();
            unit.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            if scope.is_nested {
                unit.flags |= flags::NESTED;
            }
            if scope.is_generator {
                unit.flags |= flags::GENERATOR;
            }
            for v in &scope.varnames {
                unit.add_varname(v);
            }
        }
        let parent = std::mem::replace(&mut self.unit, unit);
        self.stack.push(parent);
        if self.unit.flags & flags::GENERATOR != 0 {
            // CPython's generators start with RETURN_GENERATOR/RESUME, outside
            // every handler: an exception thrown into a generator that has not
            // started is raised there, on the `def` line, and no `finally` runs.
            let line = self.unit.first_line;
            self.unit.b.location = Location {
                line,
                end_line: line,
                col: 0,
                end_col: 0,
            };
            self.emit(Opcode::Nop, 0);
        }
        Ok(())
    }

    /// Finishes the current unit and returns its code object.
    fn exit_scope(&mut self) -> CResult<CodeObject> {
        self.depth = self.depth.saturating_sub(SCOPE_RECURSION_COST);
        let parent = self
            .stack
            .pop()
            .ok_or_else(|| self.internal_error("scope stack underflow"))?;
        let unit = std::mem::replace(&mut self.unit, parent);
        unit.assemble(self.lines_filename())
            .map_err(|e| self.internal_error(&e))
    }

    fn lines_filename(&self) -> &'a str {
        self.lines.filename()
    }

    /// Pushes the function object for `code`: its closure tuple (if it has
    /// free variables), the code, and MAKE_FUNCTION with `flags`.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // CPython's get_ref_type: a class body's `__class__` is its own
                // cell; otherwise the scope of the name here decides.
                let is_cell = (self.unit.kind == ScopeKind::Class && name == "__class__")
                    || self
                        .table
                        .scope(self.unit.scope)
                        .and_then(|s| s.lookup(name))
                        .is_some_and(|s| s.scope == SymbolScope::Cell);
                let index = if is_cell {
                    self.unit.cell_index(name)
                } else {
                    self.unit.free_index(name)
                };
                let Some(i) = index else {
                    return Err(self.internal_error(&format!("no cell for free variable {name}")));
                };
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    // ---- modules ---------------------------------------------------------------

    fn compile_eval(&mut self, body: &Expr) -> CResult<CodeObject> {
        self.set_loc(body.range());
        self.compile_expr(body)?;
        self.emit(Opcode::ReturnValue, 0);
        let unit = std::mem::replace(
            &mut self.unit,
            Unit::new(ScopeKind::Module, 0, "", String::new(), 1),
        );
        unit.assemble(self.lines_filename())
            .map_err(|e| self.internal_error(&e))
    }

    fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        if let Some(first) = body.first() {
            self.set_loc(first.range());
        }
        self.compile_namespace_body(body, !self.interactive)?;
        if let Some(last) = body.last() {
            self.set_loc(last.range());
        }
        self.load_none();
        self.emit(Opcode::ReturnValue, 0);
        let unit = std::mem::replace(
            &mut self.unit,
            Unit::new(ScopeKind::Module, 0, "", String::new(), 1),
        );
        unit.assemble(self.lines_filename())
            .map_err(|e| self.internal_error(&e))
    }

    /// The body of a module or class: `__annotations__` setup, the docstring
    /// stored as `__doc__`, the statements.
    fn compile_namespace_body(&mut self, body: &'a [Stmt], docstring: bool) -> CResult<()> {
        if find_annotations(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        let mut rest = body;
        if docstring {
            if let Some(doc) = docstring_of(body) {
                if let Some(first) = body.first() {
                    self.set_loc(first.range());
                }
                self.load_const(Constant::Str(doc.clone()));
                self.name_op("__doc__", Ctx::Store, TextRange::default())?;
                self.unit.docstring = Some(doc);
                rest = body.get(1..).unwrap_or(&[]);
            }
        }
        self.compile_body(rest)
    }

    fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    // ---- statements ------------------------------------------------------------

    fn compile_stmt(&mut self, stmt: &'a Stmt) -> CResult<()> {
        self.enter_recursion(stmt.range())?;
        let saved = self.loc();
        self.set_loc(stmt.range());
        let r = self.compile_stmt_inner(stmt);
        self.unit.b.location = saved;
        self.depth -= 1;
        r
    }

    fn compile_stmt_inner(&mut self, stmt: &'a Stmt) -> CResult<()> {
        match stmt {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.error("'async with' is not supported by Baton yet", w.range));
                }
                self.compile_with(w, 0)
            }
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(r.range);
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => self.compile_try(t),
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.stack.is_empty() {
                    self.compile_expr(&e.value)?;
                    self.emit(Opcode::PrintExpr, 0);
                } else if e.value.is_literal_expr() {
                    // A constant expression statement does nothing (CPython emits a NOP).
                } else {
                    self.compile_expr(&e.value)?;
                    self.emit(Opcode::PopTop, 0);
                }
                Ok(())
            }
            Stmt::Break(b) => self.compile_break(b.range),
            Stmt::Continue(c) => self.compile_continue(c.range),
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        start: Option<Label>,
        exit: Option<Label>,
        range: TextRange,
    ) -> CResult<()> {
        if self.unit.fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", range));
        }
        self.unit.fblocks.push(FBlock { kind, start, exit });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit.fblocks.pop();
    }

    // ---- functions and classes ----------------------------------------------------

    fn compile_decorators(&mut self, decorators: &'a [ast::Decorator]) -> CResult<()> {
        for d in decorators {
            self.emit(Opcode::PushNull, 0);
            self.compile_expr(&d.expression)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            self.set_loc(d.expression.range());
            self.emit(Opcode::Call, 1);
        }
    }

    fn first_line_with_decorators(&self, range: TextRange, decorators: &[ast::Decorator]) -> u32 {
        let start = decorators
            .first()
            .map(|d| d.expression.start())
            .unwrap_or(range.start());
        self.lines.line_of(start.to_u32())
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        if f.is_async {
            return Err(self.error("'async def' is not supported by Baton yet", f.range));
        }
        self.check_parameters(&f.parameters)?;
        self.compile_decorators(&f.decorator_list)?;
        let first_line = self.first_line_with_decorators(f.range, &f.decorator_list);
        self.set_loc(f.range);
        let mut make_flags = self.compile_defaults(&f.parameters)?;
        make_flags |= self.compile_annotations(&f.parameters, f.returns.as_deref())?;

        self.enter_scope(
            &f.name,
            ScopeKind::Function,
            symtable::node_key(f),
            first_line,
        )?;
        self.set_parameter_counts(&f.parameters);
        let doc = docstring_of(&f.body);
        self.unit.add_const(match &doc {
            Some(d) => Constant::Str(d.clone()),
            None => Constant::None,
        });
        self.unit.docstring = doc.clone();
        let body = if doc.is_some() {
            f.body.get(1..).unwrap_or(&[])
        } else {
            &f.body[..]
        };
        self.compile_body(body)?;
        self.implicit_return(&f.body);
        let code = self.exit_scope()?;

        self.set_loc(f.range);
        self.make_closure(code, make_flags)?;
        self.apply_decorators(&f.decorator_list);
        self.set_loc(f.range);
        self.name_op(&f.name, Ctx::Store, f.name.range)
    }

    /// Ends a function body with `return None` unless every path already left.
    fn implicit_return(&mut self, body: &[Stmt]) {
        if self.unit.b.falls_through() {
            if let Some(last) = body.last() {
                self.set_loc(last.range());
            }
            self.load_none();
            self.emit(Opcode::ReturnValue, 0);
        }
    }

    fn set_parameter_counts(&mut self, params: &ast::Parameters) {
        self.unit.posonly_arg_count = params.posonlyargs.len() as u32;
        self.unit.arg_count = (params.posonlyargs.len() + params.args.len()) as u32;
        self.unit.kwonly_arg_count = params.kwonlyargs.len() as u32;
        if params.vararg.is_some() {
            self.unit.flags |= flags::VARARGS;
        }
        if params.kwarg.is_some() {
            self.unit.flags |= flags::VARKEYWORDS;
        }
    }

    /// Parameter names cannot be `__debug__`.
    fn check_parameters(&self, params: &ast::Parameters) -> CResult<()> {
        for p in params.iter() {
            if p.name().as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", p.name().range));
            }
        }
        Ok(())
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict; returns the MAKE_FUNCTION flags.
    fn compile_defaults(&mut self, params: &ast::Parameters) -> CResult<u32> {
        let mut make_flags = 0;
        let defaults: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Constant>> =
                defaults.iter().map(|d| self.constant_of(d)).collect();
            match consts {
                Some(items) => self.load_const(Constant::Tuple(items)),
                None => {
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Opcode::BuildTuple, defaults.len() as u32);
                }
            }
            make_flags |= 1;
        }
        let mut nkw = 0;
        for p in params.kwonlyargs.iter() {
            if let Some(d) = &p.default {
                let key = self.mangle(&p.parameter.name);
                self.load_const(Constant::Str(key));
                self.compile_expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Opcode::BuildMap, nkw);
            make_flags |= 2;
        }
        Ok(make_flags)
    }

    /// Pushes the annotations dict of a `def`, if any; returns the MAKE_FUNCTION flag.
    fn compile_annotations(
        &mut self,
        params: &ast::Parameters,
        returns: Option<&Expr>,
    ) -> CResult<u32> {
        let mut n = 0;
        // CPython 3.11's order: regular, positional-only, *args, keyword-only, **kwargs, return.
        let all = params
            .args
            .iter()
            .chain(params.posonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref());
        for p in all {
            if let Some(a) = &p.annotation {
                let key = self.mangle(&p.name);
                self.load_const(Constant::Str(key));
                self.compile_annotation_value(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Self::str_const("return"));
            self.compile_annotation_value(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Opcode::BuildMap, n);
        Ok(4)
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    fn compile_annotation_value(&mut self, annotation: &Expr) -> CResult<()> {
        if self.future_annotations {
            let text = self.annotation_text(annotation);
            self.load_const(Constant::Str(text));
            return Ok(());
        }
        if let Expr::Starred(s) = annotation {
            // `*args: *Ts`
            self.compile_expr(&s.value)?;
            self.emit(Opcode::UnpackSequence, 1);
            return Ok(());
        }
        self.compile_expr(annotation)
    }

    /// The source text of an annotation (CPython unparses the AST; the source
    /// is the same for all but unusual spacing), on one line.
    fn annotation_text(&self, annotation: &Expr) -> String {
        if let Expr::StringLiteral(s) = annotation {
            // CPython unparses a string with repr()'s quotes.
            return baton_text::str_repr(s.value.to_str());
        }
        let range = annotation.range();
        let text = self
            .lines
            .source()
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("");
        if text.contains(['\n', '\r']) {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            text.to_string()
        }
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        self.compile_decorators(&c.decorator_list)?;
        let first_line = self.first_line_with_decorators(c.range, &c.decorator_list);

        self.enter_scope(&c.name, ScopeKind::Class, symtable::node_key(c), first_line)?;
        self.set_loc(c.range);
        self.name_op("__name__", Ctx::Load, c.range)?;
        self.name_op("__module__", Ctx::Store, c.range)?;
        let qualname = self.unit.qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.name_op("__qualname__", Ctx::Store, c.range)?;
        self.compile_namespace_body(&c.body, true)?;
        if let Some(last) = c.body.last() {
            self.set_loc(last.range());
        }
        if self.unit.cellvars.iter().any(|n| n == "__class__") {
            let i = self.unit.cell_index("__class__").unwrap_or(0);
            self.emit(Opcode::LoadClosure, i);
            self.name_op("__classcell__", Ctx::Store, c.range)?;
        }
        self.emit(Opcode::LoadLocals, 0);
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_scope()?;

        self.set_loc(c.range);
        self.emit(Opcode::PushNull, 0);
        self.emit(Opcode::LoadBuildClass, 0);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(c.name.to_string()));
        let loc = self.loc();
        match &c.arguments {
            Some(a) => self.compile_call_args(2, a, loc)?,
            None => self.compile_call_helper(2, &[], &[], loc)?,
        }
        self.apply_decorators(&c.decorator_list);
        self.set_loc(c.range);
        self.name_op(&c.name, Ctx::Store, c.name.range)
    }

    // ---- control flow -----------------------------------------------------------

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !self.unit.kind.is_function_like() {
            return Err(self.error("'return' outside function", r.range));
        }
        self.check_except_star_exit(false, r.range)?;
        let constant = r.value.as_deref().and_then(|v| self.constant_of(v));
        let preserve_tos = r.value.is_some() && constant.is_none();
        if preserve_tos {
            if let Some(v) = &r.value {
                self.compile_expr(v)?;
            }
        }
        let saved = self.unit.b.handlers();
        self.set_loc(r.range);
        self.unwind_fblock_stack(preserve_tos, false)?;
        if !preserve_tos {
            self.load_const(constant.unwrap_or(Constant::None));
        }
        self.emit(Opcode::ReturnValue, 0);
        self.unit.b.set_handlers(saved);
        Ok(())
    }

    fn compile_break(&mut self, range: TextRange) -> CResult<()> {
        self.check_except_star_exit(true, range)?;
        let saved = self.unit.b.handlers();
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop", range));
        };
        self.unwind_fblock(&lp, false)?;
        let Some(exit) = lp.exit else {
            return Err(self.internal_error("loop without exit"));
        };
        self.unit.b.jump(exit);
        self.unit.b.set_handlers(saved);
        Ok(())
    }

    fn compile_continue(&mut self, range: TextRange) -> CResult<()> {
        self.check_except_star_exit(true, range)?;
        let saved = self.unit.b.handlers();
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        let Some(start) = lp.start else {
            return Err(self.internal_error("loop without start"));
        };
        self.unit.b.jump(start);
        self.unit.b.set_handlers(saved);
        Ok(())
    }

    /// Emits the code that leaves every block up to (not including) the
    /// innermost loop if `want_loop`, or all of them; returns that loop.
    /// Each block is removed while its exit code is emitted, so a `return` in
    /// a finally body does not run the same finally body again.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit.fblocks.last().cloned() else {
            return Ok(None);
        };
        if want_loop && top.kind.is_loop() {
            return Ok(Some(top));
        }
        self.unit.fblocks.pop();
        let r = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, want_loop));
        self.unit.fblocks.push(top);
        r
    }

    /// The exit code of one block (CPython's `compiler_unwind_fblock`).
    /// `preserve_tos`: a return value sits on top of the block's items.
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match &block.kind {
            FBlockKind::WhileLoop | FBlockKind::ExceptionHandler => {}
            FBlockKind::ExceptStarBody => {
                return Err(self.internal_error("leaving an except* body"));
            }
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlockKind::TryExcept => {
                self.unit.b.pop_handler();
            }
            FBlockKind::FinallyTry(body) => {
                self.unit.b.pop_handler();
                let saved = self.loc();
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, TextRange::default())?;
                }
                let r = self.compile_body(body);
                if preserve_tos {
                    self.pop_fblock();
                }
                r?;
                self.unit.b.location = saved;
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.unit.b.pop_handler();
                self.emit(Opcode::PopExcept, 0);
            }
            FBlockKind::With(range) => {
                let saved = self.loc();
                self.set_loc(*range);
                self.unit.b.pop_handler();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit(Opcode::PopTop, 0);
                self.unit.b.location = saved;
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.unit.b.pop_handler();
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.unit.b.pop_handler();
                self.emit(Opcode::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_name(name)?;
                }
            }
        }
        Ok(())
    }

    /// `name = None; del name`, as done at the end of `except ... as name`.
    fn clear_name(&mut self, name: &str) -> CResult<()> {
        self.load_none();
        self.name_op(name, Ctx::Store, TextRange::default())?;
        self.name_op(name, Ctx::Del, TextRange::default())
    }

    /// Calls the bound `__exit__` below with (None, None, None): the item under
    /// it is not NULL, so CALL 2 passes the first None as an extra argument.
    fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Opcode::Call, 2);
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, next, false)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.unit.b.jump(end);
            self.bind(next);
            next = self.new_label();
            match &clause.test {
                Some(test) => {
                    self.set_loc(clause.range);
                    self.compile_jump_if(test, next, false)?;
                    self.compile_body(&clause.body)?;
                }
                None => self.compile_body(&clause.body)?,
            }
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.compile_jump_if(&w.test, orelse, false)?;
        self.push_fblock(FBlockKind::WhileLoop, Some(start), Some(end), w.range)?;
        self.compile_body(&w.body)?;
        self.pop_fblock();
        self.set_loc(w.range);
        self.unit.b.jump(start);
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return Err(self.error("'async for' is not supported by Baton yet", f.range));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_iterable(&f.iter)?;
        self.set_loc(f.range);
        self.emit(Opcode::GetIter, 0);
        self.bind(start);
        self.emit_jump(Opcode::ForIter, cleanup);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), f.range)?;
        self.compile_store(&f.target)?;
        self.compile_body(&f.body)?;
        self.pop_fblock();
        self.set_loc(f.range);
        self.unit.b.jump(start);
        self.bind(cleanup);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        let Some(item) = w.items.get(pos) else {
            return self.compile_body(&w.body);
        };
        let base = self.unit.base_depth();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let exit = self.new_label();

        self.compile_expr(&item.context_expr)?;
        self.set_loc(w.range);
        self.emit(Opcode::BeforeWith, 0);
        // The body (and the `as` target) unwinds to the bound __exit__.
        self.unit.b.push_handler(handler, base + 1);
        self.push_fblock(FBlockKind::With(w.range), None, None, w.range)?;
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        if pos + 1 < w.items.len() {
            self.compile_with(w, pos + 1)?;
        } else {
            self.compile_body(&w.body)?;
        }
        self.pop_fblock();
        self.unit.b.pop_handler();

        // Normal exit: __exit__(None, None, None).
        self.set_loc(w.range);
        self.call_exit_with_nones();
        self.emit(Opcode::PopTop, 0);
        self.unit.b.jump(exit);

        // Exceptional exit: stack is exit, exc.
        self.bind(handler);
        self.unit.b.push_handler(cleanup, base + 2);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.unit.b.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        // __exit__ returned true: drop exc, restore prev, drop exit.
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.bind(exit);
        Ok(())
    }

    /// The cleanup handler of an except/finally block: stack is prev, exc2;
    /// restore prev as the handled exception and re-raise exc2.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
    }

    fn compile_try(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.finalbody.is_empty() {
            self.compile_try_except(t)
        } else {
            self.compile_try_finally(t)
        }
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let base = self.unit.base_depth();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();

        self.unit.b.push_handler(handler, base);
        self.push_fblock(FBlockKind::FinallyTry(&t.finalbody), None, None, t.range)?;
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_fblock();
        self.unit.b.pop_handler();
        self.compile_body(&t.finalbody)?;
        self.set_loc(t.range);
        self.unit.b.jump(exit);

        // The finally body run for an exception, which it then re-raises.
        self.bind(handler);
        self.unit.b.push_handler(cleanup, base + 1);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock(FBlockKind::FinallyEnd, None, None, t.range)?;
        self.compile_body(&t.finalbody)?;
        self.pop_fblock();
        self.set_loc(t.range);
        self.emit(Opcode::Reraise, 0);
        self.unit.b.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return self.compile_try_star_except(t);
        }
        let base = self.unit.base_depth();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();

        self.unit.b.push_handler(handler, base);
        self.push_fblock(FBlockKind::TryExcept, None, None, t.range)?;
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.unit.b.pop_handler();
        self.compile_body(&t.orelse)?;
        self.set_loc(t.range);
        self.unit.b.jump(end);

        // Stack: exc. Everything until the final re-raise is covered by
        // `cleanup`, which restores the previous exception.
        self.bind(handler);
        self.unit.b.push_handler(cleanup, base + 1);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, t.range)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.emit(Opcode::CheckExcMatch, 0);
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name_cleanup = self.new_label();
                    self.name_op(name, Ctx::Store, name.range)?;
                    // `except E as e: body` runs as `try: body finally: e = None; del e`.
                    self.unit.b.push_handler(name_cleanup, base + 1);
                    self.push_fblock(
                        FBlockKind::HandlerCleanup(Some(name.as_str())),
                        None,
                        None,
                        h.range,
                    )?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.unit.b.pop_handler();
                    self.set_loc(h.range);
                    self.leave_handler(Some(name.as_str()), end)?;

                    self.bind(name_cleanup);
                    self.clear_name(name)?;
                    self.emit(Opcode::Reraise, 0);
                }
                None => {
                    self.emit(Opcode::PopTop, 0);
                    self.push_fblock(FBlockKind::HandlerCleanup(None), None, None, h.range)?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.set_loc(h.range);
                    self.leave_handler(None, end)?;
                }
            }
            self.bind(next);
        }
        self.pop_fblock();
        self.set_loc(t.range);
        // No clause matched: re-raise (stack: prev, exc).
        self.emit(Opcode::Reraise, 0);
        self.unit.b.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `try: ... except* T as name: ...` (PEP 654). Each clause splits what is
    /// left of the exception group; what the clauses raise is collected in a
    /// list, and PREP_RERAISE_STAR works out what the statement re-raises.
    fn compile_try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let base = self.unit.base_depth();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let reraise = self.new_label();

        self.unit.b.push_handler(handler, base);
        self.push_fblock(FBlockKind::TryExcept, None, None, t.range)?;
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.unit.b.pop_handler();
        self.compile_body(&t.orelse)?;
        self.set_loc(t.range);
        self.unit.b.jump(end);

        // Stack: orig. Until the final re-raise, `cleanup` restores the
        // previous exception.
        self.bind(handler);
        self.unit.b.push_handler(cleanup, base + 1);
        self.emit(Opcode::PushExcInfo, 0); // prev orig
        self.emit(Opcode::Copy, 1); // prev orig rest
        self.emit(Opcode::BuildList, 0); // prev orig rest raised
        self.emit(Opcode::Swap, 2); // prev orig raised rest
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, t.range)?;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            let body_failed = self.new_label();
            self.compile_expr(ty)?;
            self.set_loc(h.range);
            self.emit(Opcode::CheckEgMatch, 0); // ... raised rest match
            self.emit(Opcode::Copy, 1);
            self.emit_jump(Opcode::PopJumpIfNone, no_match);
            match &h.name {
                Some(name) => self.name_op(name, Ctx::Store, name.range)?,
                None => self.emit(Opcode::PopTop, 0),
            }
            // ... raised rest: the body's exception goes to `body_failed`.
            self.unit.b.push_handler(body_failed, base + 4);
            self.push_fblock(FBlockKind::ExceptStarBody, None, None, h.range)?;
            self.compile_body(&h.body)?;
            self.pop_fblock();
            self.unit.b.pop_handler();
            self.set_loc(h.range);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.unit.b.jump(next);

            // ... raised rest exc: add exc to the raised list.
            self.bind(body_failed);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.emit(Opcode::ListAppend, 2);
            self.unit.b.jump(next);

            self.bind(no_match);
            self.emit(Opcode::PopTop, 0);
            self.bind(next);
        }
        self.pop_fblock();
        self.set_loc(t.range);
        self.emit(Opcode::ListAppend, 1); // prev orig raised+[rest]
        self.emit(Opcode::PrepReraiseStar, 0); // prev exc_or_none
        self.emit(Opcode::Copy, 1);
        self.emit_jump(Opcode::PopJumpIfNotNone, reraise);
        self.emit(Opcode::PopTop, 0);
        let cleanup_handler = self.unit.b.pop_handler();
        self.emit(Opcode::PopExcept, 0);
        self.unit.b.jump(end);
        if let Some(h) = cleanup_handler {
            self.unit.b.push_handler(h.label, h.depth);
        }
        self.bind(reraise);
        self.emit(Opcode::Reraise, 0);
        self.unit.b.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `break`, `continue` or `return` (with `want_loop` false) may not leave
    /// the body of an `except*` clause, as in CPython.
    fn check_except_star_exit(&self, want_loop: bool, range: TextRange) -> CResult<()> {
        for b in self.unit.fblocks.iter().rev() {
            if want_loop && b.kind.is_loop() {
                return Ok(());
            }
            if matches!(b.kind, FBlockKind::ExceptStarBody) {
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    range,
                ));
            }
        }
        Ok(())
    }

    /// The normal end of an except clause: restore the previous exception
    /// (outside the cleanup handler), clear the `as` name, jump to `end`.
    fn leave_handler(&mut self, name: Option<&str>, end: Label) -> CResult<()> {
        let cleanup = self.unit.b.pop_handler();
        self.emit(Opcode::PopExcept, 0);
        if let Some(name) = name {
            self.clear_name(name)?;
        }
        self.unit.b.jump(end);
        if let Some(h) = cleanup {
            self.unit.b.push_handler(h.label, h.depth);
        }
        Ok(())
    }

    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> CResult<()> {
        let ok = self.new_label();
        self.compile_jump_if(&a.test, ok, true)?;
        self.set_loc(a.range);
        self.emit(Opcode::LoadAssertionError, 0);
        if let Some(msg) = &a.msg {
            self.compile_expr(msg)?;
            self.set_loc(a.range);
            self.emit(Opcode::Call, 0);
        }
        self.emit(Opcode::RaiseVarargs, 1);
        self.bind(ok);
        Ok(())
    }

    // ---- assignments ------------------------------------------------------------

    fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = expr::binary_operator(a.op) + crate::opcode::INPLACE_OFFSET;
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(&n.id, Ctx::Load, n.range)?;
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.name_op(&n.id, Ctx::Store, n.range)
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                let attr = self.mangle(&at.attr);
                self.set_loc(at.range);
                self.emit(Opcode::Copy, 1);
                self.emit_name(Opcode::LoadAttr, &attr);
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::Swap, 2);
                self.set_loc(at.range);
                self.emit_name(Opcode::StoreAttr, &attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.set_loc(s.range);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            other => Err(self.error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr::expr_name(other)
                ),
                other.range(),
            )),
        }
    }

    fn compile_ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let namespace = matches!(self.unit.kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", n.range));
                }
                if a.simple && namespace {
                    self.compile_annotation_value(&a.annotation)?;
                    self.set_loc(a.range);
                    self.emit_name(Opcode::LoadName, "__annotations__");
                    let key = self.mangle(&n.id);
                    self.load_const(Constant::Str(key));
                    self.emit(Opcode::StoreSubscr, 0);
                    return Ok(());
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.compile_expr(&at.value)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.compile_expr(&s.value)?;
                    self.emit(Opcode::PopTop, 0);
                    self.compile_expr(&s.slice)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            other => {
                return Err(self.error(
                    format!("illegal target for annotation ({})", expr::expr_name(other)),
                    other.range(),
                ))
            }
        }
        // Annotations of complex targets are evaluated (and dropped) in modules and classes.
        if !a.simple && namespace && !self.future_annotations {
            self.compile_expr(&a.annotation)?;
            self.emit(Opcode::PopTop, 0);
        }
        Ok(())
    }

    // ---- imports ------------------------------------------------------------------

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            self.set_loc(alias.range);
            self.load_const(Constant::Int(0));
            self.load_none();
            self.emit_name(Opcode::ImportName, &alias.name);
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds d to the submodule a.b.c.
                    for part in alias.name.split('.').skip(1) {
                        self.emit_name(Opcode::ImportFrom, part);
                        self.emit(Opcode::Swap, 2);
                        self.emit(Opcode::PopTop, 0);
                    }
                    self.name_op(asname, Ctx::Store, asname.range)?;
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or("");
                    self.name_op(top, Ctx::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        if i.level == 0
            && module == "__future__"
            && !self.future_allowed.contains(&symtable::node_key(i))
        {
            return Err(self.error(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        let star = i.names.iter().any(|a| a.name.as_str() == "*");
        self.load_const(Constant::Int(i.level as i64));
        let fromlist = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.to_string()))
            .collect();
        self.load_const(Constant::Tuple(fromlist));
        self.emit_name(Opcode::ImportName, module);
        if star {
            self.emit(Opcode::ImportStar, 0);
            return Ok(());
        }
        for alias in &i.names {
            self.set_loc(alias.range);
            let name = self.mangle(&alias.name);
            self.emit_name(Opcode::ImportFrom, &name);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound, Ctx::Store, alias.range)?;
        }
        self.set_loc(i.range);
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}

/// The docstring of a body: its first statement, if it is a string literal.
fn docstring_of(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body has annotated assignments anywhere outside
/// nested functions and classes (CPython's `find_ann`).
fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_annotations(&f.body) || find_annotations(&f.orelse),
        Stmt::While(w) => find_annotations(&w.body) || find_annotations(&w.orelse),
        Stmt::If(i) => {
            find_annotations(&i.body)
                || i.elif_else_clauses
                    .iter()
                    .any(|c| find_annotations(&c.body))
        }
        Stmt::With(w) => find_annotations(&w.body),
        Stmt::Try(t) => {
            find_annotations(&t.body)
                || find_annotations(&t.orelse)
                || find_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_annotations(&h.body)
                })
        }
        _ => false,
    })
}

/// An int literal's value (ruff keeps big ones as their source text).
fn int_constant(value: &ast::Int) -> Constant {
    if let Some(i) = value.as_i64() {
        return Constant::Int(i);
    }
    let text: String = value.to_string().chars().filter(|c| *c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let parsed = if let Some(hex) = lower.strip_prefix("0x") {
        BigInt::parse_bytes(hex.as_bytes(), 16)
    } else if let Some(oct) = lower.strip_prefix("0o") {
        BigInt::parse_bytes(oct.as_bytes(), 8)
    } else if let Some(bin) = lower.strip_prefix("0b") {
        BigInt::parse_bytes(bin.as_bytes(), 2)
    } else {
        BigInt::parse_bytes(lower.as_bytes(), 10)
    };
    normalize_int(parsed.unwrap_or_default())
}

/// An int as `Int` when it fits a machine word, `BigInt` otherwise.
fn normalize_int(b: BigInt) -> Constant {
    match i64::try_from(&b) {
        Ok(i) => Constant::Int(i),
        Err(_) => Constant::BigInt(b),
    }
}
