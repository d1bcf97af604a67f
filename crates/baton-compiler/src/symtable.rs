//! Scope analysis: which names each scope binds, and whether every name a
//! scope uses is local, global, a cell of this scope or a free variable from an
//! enclosing one.
//!
//! Two passes over the AST, as CPython's `symtable.c`: the first records, per
//! scope, how each name is used (assigned, a parameter, declared global or
//! nonlocal, read); the second resolves the scopes from the innermost out,
//! turning locals captured by inner functions into cells and passing free
//! variables through the scopes in between. Class bodies do not make their
//! names visible to the functions inside them, except the implicit
//! `__class__` cell used by zero-argument `super()`.
//!
//! Names are stored mangled (`__x` -> `_Class__x` inside a class).

use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{BTreeSet, HashMap};

/// Symbol flags recorded by the first pass (CPython's `DEF_*`).
pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    /// Bound in a class body and also free in a method: the class passes the
    /// enclosing variable through to its methods.
    pub const DEF_FREE_CLASS: u32 = 64;
    pub const DEF_IMPORT: u32 = 128;
    pub const DEF_ANNOT: u32 = 256;
    /// An iteration variable of a comprehension.
    pub const DEF_COMP_ITER: u32 = 512;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes have fast locals (CPython's `FunctionBlock`).
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, as resolved by the second pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    Unresolved,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: SymbolScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub range: TextRange,
    symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameters, in `co_varnames` order: positional, keyword-only, *args, **kwargs.
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    /// Inside a function (directly or not): the code gets CO_NESTED.
    pub is_nested: bool,
    /// The scope has free variables.
    pub has_free: bool,
    pub child_free: bool,
    /// A class whose methods use `__class__` (or `super`): the body creates the cell.
    pub needs_class_closure: bool,
    /// For comprehensions: "list comprehension", "generator expression", ...
    pub comprehension_kind: Option<&'static str>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// Where each `global` / `nonlocal` declaration is, for error positions.
    directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, range: TextRange) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            range,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_nested: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            comprehension_kind: None,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).and_then(|i| self.symbols.get(*i))
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.lookup(name).map(|s| s.flags).unwrap_or(0)
    }

    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    fn symbol_mut(&mut self, name: &str) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(i) => *i,
            None => {
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: 0,
                    scope: SymbolScope::Unresolved,
                });
                self.index.insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[i]
    }

    /// Names with `scope` (or, for classes, the DEF_FREE_CLASS flag), sorted as CPython sorts
    /// `co_cellvars` and `co_freevars`.
    pub fn names_with(&self, scope: SymbolScope, or_flag: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == scope || s.flags & or_flag != 0)
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }
}

/// A syntax error found by the scope analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeError {
    pub msg: String,
    pub range: TextRange,
}

fn err<T>(msg: impl Into<String>, range: TextRange) -> Result<T, ScopeError> {
    Err(ScopeError {
        msg: msg.into(),
        range,
    })
}

/// Every scope of a module; scope 0 is the module itself.
#[derive(Debug)]
pub struct SymbolTable {
    scopes: Vec<Scope>,
    /// The scope created by each AST node (function, class, lambda,
    /// comprehension), keyed by the node's address: the AST outlives the table's use.
    by_node: HashMap<usize, ScopeId>,
}

/// The key under which the scope of `node` is recorded.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> Option<&Scope> {
        self.scopes.get(id)
    }

    pub fn scope_of_node(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }

    /// Builds and resolves the table of a module body.
    pub fn for_module(body: &[Stmt], future_annotations: bool) -> Result<SymbolTable, ScopeError> {
        let mut b = TableBuilder::new(future_annotations);
        for s in body {
            b.visit_stmt(s)?;
        }
        b.finish()
    }

    /// Builds and resolves the table of an `eval()` expression.
    pub fn for_expression(expr: &Expr) -> Result<SymbolTable, ScopeError> {
        let mut b = TableBuilder::new(false);
        b.visit_expr(expr)?;
        b.finish()
    }
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` is `_Ham__spam`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.to_string();
    }
    format!("_{class}{name}")
}

/// How deeply the AST walk may recurse before giving up (deeply nested
/// expressions would otherwise overflow the native stack).
pub(crate) const MAX_RECURSION: u32 = 1500;

struct TableBuilder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    /// The enclosing class name, for mangling.
    private: Option<String>,
    future_annotations: bool,
    depth: u32,
}

impl TableBuilder {
    fn new(future_annotations: bool) -> Self {
        let module = Scope::new(ScopeKind::Module, "top", TextRange::default());
        TableBuilder {
            scopes: vec![module],
            by_node: HashMap::new(),
            stack: vec![0],
            private: None,
            future_annotations,
            depth: 0,
        }
    }

    fn cur_id(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id]
    }

    fn cur_ref(&self) -> &Scope {
        &self.scopes[self.cur_id()]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize, range: TextRange) {
        let parent = self.cur_id();
        let mut scope = Scope::new(kind, name, range);
        let p = &self.scopes[parent];
        scope.is_nested = p.is_nested || p.kind.is_function_like();
        self.scopes.push(scope);
        let id = self.scopes.len() - 1;
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }

    /// Records `flag` for `name` in the current scope (CPython's `symtable_add_def`).
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Result<(), ScopeError> {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(
        &mut self,
        id: ScopeId,
        name: &str,
        flag: u32,
        range: TextRange,
    ) -> Result<(), ScopeError> {
        let mangled = self.mangle(name);
        let scope = &mut self.scopes[id];
        let comp_iter_target = scope.comp_iter_target;
        let sym = scope.symbol_mut(&mangled);
        if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
            return err(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
        }
        sym.flags |= flag;
        if comp_iter_target {
            if sym.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                );
            }
            sym.flags |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // Explicit globals are also recorded in the module's own table.
            self.scopes[0].symbol_mut(&mangled).flags |= flag;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<SymbolTable, ScopeError> {
        let mut free = BTreeSet::new();
        let mut global = BTreeSet::new();
        analyze_block(&mut self.scopes, 0, None, &mut free, &mut global)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        })
    }

    fn guard(&mut self, range: TextRange) -> Result<(), ScopeError> {
        self.depth += 1;
        if self.depth > MAX_RECURSION {
            return err("maximum recursion depth exceeded during compilation", range);
        }
        Ok(())
    }

    /// The names a `match` pattern binds, and the expressions in it.
    fn visit_pattern(&mut self, p: &ast::Pattern) -> Result<(), ScopeError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for q in &s.patterns {
                    self.visit_pattern(q)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for q in &m.patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r, DEF_LOCAL, r.range)?;
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for q in &c.arguments.patterns {
                    self.visit_pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            P::MatchOr(o) => {
                for q in &o.patterns {
                    self.visit_pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result<(), ScopeError> {
        self.guard(stmt.range())?;
        let r = self.visit_stmt_inner(stmt);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> Result<(), ScopeError> {
        match stmt {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return err("'async def' is not supported by Baton yet", f.range);
                }
                if f.type_params.is_some() {
                    return err("invalid syntax", f.range);
                }
                self.add_def(&f.name, DEF_LOCAL, f.name.range)?;
                self.visit_defaults(&f.parameters)?;
                self.visit_param_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_annotation(r)?;
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(ScopeKind::Function, &f.name, node_key(f), f.range);
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return err("invalid syntax", c.range);
                }
                self.add_def(&c.name, DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(ScopeKind::Class, &c.name, node_key(c), c.range);
                let saved = self.private.replace(c.name.to_string());
                let r = self.visit_body(&c.body);
                self.private = saved;
                r?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.cur_ref().flags_of(&self.mangle(&n.id));
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && a.simple {
                        let which = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(
                            format!("annotated name '{}' can't be {which}", n.id),
                            n.range,
                        );
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    return err("'async for' is not supported by Baton yet", f.range);
                }
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    return err("'async with' is not supported by Baton yet", w.range);
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, name.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.split('.').next().unwrap_or(""),
                    };
                    self.add_def(bound, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur_ref().kind != ScopeKind::Module {
                            return err("import * only allowed at module level", alias.range);
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add_def(bound, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.declare(name, DEF_GLOBAL, "global", g.range)?;
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.declare(name, DEF_NONLOCAL, "nonlocal", n.range)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(t) => return err("invalid syntax", t.range),
            Stmt::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    /// `global x` / `nonlocal x`, with CPython's checks of earlier uses.
    fn declare(
        &mut self,
        name: &ast::Identifier,
        flag: u32,
        what: &str,
        range: TextRange,
    ) -> Result<(), ScopeError> {
        let cur = self.cur_ref().flags_of(&self.mangle(name));
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else {
                format!("name '{name}' is assigned to before {what} declaration")
            };
            return err(msg, range);
        }
        if flag == DEF_NONLOCAL && self.cur_ref().kind == ScopeKind::Module {
            return err("nonlocal declaration not allowed at module level", range);
        }
        let mangled = self.mangle(name);
        self.cur().directives.entry(mangled).or_insert(range);
        self.add_def(name, flag, range)
    }

    fn visit_defaults(&mut self, params: &ast::Parameters) -> Result<(), ScopeError> {
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        for p in params.kwonlyargs.iter() {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_annotation(&mut self, annotation: &Expr) -> Result<(), ScopeError> {
        // Under `from __future__ import annotations` they are strings, never evaluated.
        if self.future_annotations {
            return Ok(());
        }
        self.visit_expr(annotation)
    }

    fn visit_param_annotations(&mut self, params: &ast::Parameters) -> Result<(), ScopeError> {
        let all = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref());
        for p in all {
            if let Some(a) = &p.annotation {
                self.visit_annotation(a)?;
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, params: &ast::Parameters) -> Result<(), ScopeError> {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            self.add_def(&p.parameter.name, DEF_PARAM, p.parameter.range)?;
        }
        if let Some(v) = &params.vararg {
            self.add_def(&v.name, DEF_PARAM, v.range)?;
        }
        if let Some(k) = &params.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.range)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result<(), ScopeError> {
        self.guard(expr.range())?;
        let r = self.visit_expr_inner(expr);
        self.depth -= 1;
        r
    }

    fn visit_exprs<'e>(
        &mut self,
        exprs: impl IntoIterator<Item = &'e Expr>,
    ) -> Result<(), ScopeError> {
        for e in exprs {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> Result<(), ScopeError> {
        match expr {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::Named(n) => self.visit_named(n)?,
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "lambda", node_key(l), l.range);
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => self.visit_comprehension(
                node_key(c),
                c.range,
                "listcomp",
                "list comprehension",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.visit_comprehension(
                node_key(c),
                c.range,
                "setcomp",
                "set comprehension",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => self.visit_comprehension(
                node_key(c),
                c.range,
                "dictcomp",
                "dict comprehension",
                &c.generators,
                c.key.as_deref().unwrap_or(&c.value),
                Some(&c.value),
            )?,
            Expr::Generator(g) => self.visit_comprehension(
                node_key(g),
                g.range,
                "genexpr",
                "generator expression",
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::Await(a) => return err("'await' is not supported by Baton yet", a.range),
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.note_yield(y.range)?;
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.note_yield(y.range)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(c.comparators.iter())?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(c.arguments.args.iter())?;
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_interpolated(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return err("invalid syntax", t.range),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(&n.id, flag, n.range)?;
                // Zero-argument super() needs the class cell of the enclosing class.
                if n.ctx == ExprContext::Load
                    && self.cur_ref().kind.is_function_like()
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn visit_interpolated(
        &mut self,
        elements: &ast::InterpolatedStringElements,
    ) -> Result<(), ScopeError> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_interpolated(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn note_yield(&mut self, range: TextRange) -> Result<(), ScopeError> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => err("'yield' outside function", range),
            ScopeKind::Comprehension => {
                let kind = scope.comprehension_kind.unwrap_or("comprehension");
                err(format!("'yield' inside {kind}"), range)
            }
            _ => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    fn visit_named(&mut self, n: &ast::ExprNamed) -> Result<(), ScopeError> {
        if self.cur_ref().comp_iter_expr > 0 {
            return err(
                "assignment expression cannot be used in a comprehension iterable expression",
                n.range,
            );
        }
        if self.cur_ref().kind == ScopeKind::Comprehension {
            if let Expr::Name(target) = &*n.target {
                self.extend_named_scope(target)?;
            }
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function
    /// (or the module); CPython's `symtable_extend_namedexpr_scope`.
    fn extend_named_scope(&mut self, target: &ast::ExprName) -> Result<(), ScopeError> {
        let name = target.id.as_str();
        let mangled = self.mangle(name);
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                        return err(
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                            target.range,
                        );
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags_of(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.range)?;
                    self.cur().directives.entry(mangled).or_insert(target.range);
                    return self.add_def_in(id, name, DEF_LOCAL, target.range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, target.range)?;
                    self.cur().directives.entry(mangled).or_insert(target.range);
                    return self.add_def_in(id, name, DEF_GLOBAL, target.range);
                }
                ScopeKind::Class => {
                    return err("assignment expression within a comprehension cannot be used in a class body", target.range);
                }
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_comprehension(
        &mut self,
        key: usize,
        range: TextRange,
        name: &str,
        kind: &'static str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), ScopeError> {
        let Some(first) = generators.first() else {
            return err("invalid syntax", range);
        };
        if generators.iter().any(|g| g.is_async) {
            return err(
                "asynchronous comprehensions are not supported by Baton yet",
                range,
            );
        }
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(ScopeKind::Comprehension, name, key, range);
        self.cur().comprehension_kind = Some(kind);
        if kind == "generator expression" {
            self.cur().is_generator = true;
        }
        self.add_def(".0", DEF_PARAM, range)?;
        self.visit_comp_target(&first.target)?;
        self.visit_exprs(&first.ifs)?;
        for g in generators.iter().skip(1) {
            self.visit_comp_target(&g.target)?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        if value.is_none() || !std::ptr::eq(elt, value.unwrap_or(elt)) {
            self.visit_expr(elt)?;
        }
        self.exit();
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result<(), ScopeError> {
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur().comp_iter_target = false;
        r
    }
}

/// The second pass for one scope and, recursively, its children
/// (CPython's `analyze_block`). `bound` holds the names bound by enclosing
/// function scopes (None at module level), `global` the names known to be
/// global; `free` receives the free variables of this block.
fn analyze_block(
    scopes: &mut [Scope],
    id: ScopeId,
    mut bound: Option<&mut BTreeSet<String>>,
    free: &mut BTreeSet<String>,
    global: &mut BTreeSet<String>,
) -> Result<(), ScopeError> {
    let kind = scopes[id].kind;
    let is_class = kind == ScopeKind::Class;
    let mut local = BTreeSet::new();
    let mut resolved: HashMap<String, SymbolScope> = HashMap::new();
    let mut new_global = BTreeSet::new();
    let mut new_free = BTreeSet::new();
    let mut new_bound = BTreeSet::new();

    // A class body's names are not visible to the functions inside it.
    if is_class {
        new_global.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
    }

    let symbols: Vec<(String, u32)> = scopes[id]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags))
        .collect();
    for (name, flags) in &symbols {
        let scope = &mut scopes[id];
        let which = analyze_name(
            scope,
            name,
            *flags,
            bound.as_deref_mut(),
            &mut local,
            free,
            global,
        )?;
        resolved.insert(name.clone(), which);
    }

    if !is_class {
        if kind.is_function_like() {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert("__class__".to_string());
    }

    let mut all_free = BTreeSet::new();
    let children = scopes[id].children.clone();
    for child in children {
        let mut child_bound = new_bound.clone();
        let mut child_free = BTreeSet::new();
        let mut child_global = new_global.clone();
        analyze_block(
            scopes,
            child,
            Some(&mut child_bound),
            &mut child_free,
            &mut child_global,
        )?;
        all_free.extend(child_free);
        if scopes[child].has_free || scopes[child].child_free {
            scopes[id].child_free = true;
        }
    }
    new_free.extend(all_free);

    if kind.is_function_like() {
        // Locals that inner scopes capture become cells.
        for (name, which) in resolved.iter_mut() {
            if *which == SymbolScope::Local && new_free.remove(name) {
                *which = SymbolScope::Cell;
            }
        }
    } else if is_class && new_free.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }

    // CPython's update_symbols.
    let scope = &mut scopes[id];
    for sym in scope.symbols.iter_mut() {
        if let Some(which) = resolved.get(&sym.name) {
            sym.scope = *which;
        }
    }
    for name in &new_free {
        if let Some(i) = scope.index.get(name).copied() {
            let sym = &mut scope.symbols[i];
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound.as_deref() {
            if !b.contains(name) {
                continue; // a global
            }
        }
        let sym = scope.symbol_mut(name);
        sym.scope = SymbolScope::Free;
    }
    free.extend(new_free);
    Ok(())
}

/// Decides the scope of one name (CPython's `analyze_name`).
fn analyze_name(
    scope: &mut Scope,
    name: &str,
    flags: u32,
    bound: Option<&mut BTreeSet<String>>,
    local: &mut BTreeSet<String>,
    free: &mut BTreeSet<String>,
    global: &mut BTreeSet<String>,
) -> Result<SymbolScope, ScopeError> {
    let range = scope.directives.get(name).copied().unwrap_or(scope.range);
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return err(format!("name '{name}' is nonlocal and global"), range);
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return err("nonlocal declaration not allowed at module level", range);
        };
        if !b.contains(name) {
            return err(format!("no binding for nonlocal '{name}' found"), range);
        }
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    if let Some(b) = bound.as_deref() {
        if b.contains(name) {
            scope.has_free = true;
            free.insert(name.to_string());
            return Ok(SymbolScope::Free);
        }
    }
    if global.contains(name) {
        return Ok(SymbolScope::GlobalImplicit);
    }
    if scope.is_nested {
        scope.has_free = true;
    }
    Ok(SymbolScope::GlobalImplicit)
}
