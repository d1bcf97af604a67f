//! Scope analysis as the compiled code shows it: which names are fast locals,
//! cells, free variables or globals, and what the VM needs for closures.

mod common;

use baton_compiler::code::flags;
use common::{compile_exec, find, ops};

#[test]
fn closure_variable_is_a_cell_outside_and_free_inside() {
    let code = compile_exec(
        "def outer(a):\n    b = 1\n    def inner():\n        return a + b\n    return inner\n",
    );
    let outer = find(&code, "outer");
    assert_eq!(
        outer.cellvars,
        ["a", "b"],
        "the parameter's cell comes first"
    );
    assert_eq!(
        outer.cell2arg,
        [Some(0), None],
        "`a` is moved from its argument slot into its cell"
    );
    assert_eq!(outer.varnames, ["a", "inner"]);
    let inner = find(&code, "outer.<locals>.inner");
    assert_eq!(inner.freevars, ["a", "b"]);
    assert!(inner.flags & flags::NESTED != 0);
    assert_eq!(ops(inner), "LOAD_DEREF LOAD_DEREF BINARY_OP RETURN_VALUE");
    // The closure tuple lists the inner code's free variables in order.
    let text = baton_compiler::dis::disassemble(outer);
    assert!(
        text.contains("LOAD_CLOSURE                 0   (a)"),
        "{text}"
    );
    assert!(
        text.contains("LOAD_CLOSURE                 1   (b)"),
        "{text}"
    );
    assert!(text.contains("MAKE_FUNCTION                8"), "{text}");
}

#[test]
fn free_variables_pass_through_intermediate_functions() {
    let code = compile_exec("def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n");
    assert_eq!(find(&code, "a").cellvars, ["x"]);
    assert_eq!(find(&code, "a.<locals>.b").freevars, ["x"]);
    assert_eq!(find(&code, "a.<locals>.b.<locals>.c").freevars, ["x"]);
}

#[test]
fn globals_and_implicit_globals() {
    let code = compile_exec("x = 0\ndef f():\n    global x\n    x = len(y)\n");
    let f = find(&code, "f");
    assert_eq!(
        ops(f),
        "PUSH_NULL LOAD_GLOBAL LOAD_GLOBAL CALL STORE_GLOBAL LOAD_CONST RETURN_VALUE"
    );
    assert!(f.varnames.is_empty());
    assert_eq!(
        ops(&code),
        "LOAD_CONST STORE_GLOBAL LOAD_CONST MAKE_FUNCTION STORE_NAME LOAD_CONST RETURN_VALUE"
    );
}

#[test]
fn nonlocal_rebinds_the_enclosing_variable() {
    let code = compile_exec(
        "def f():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n",
    );
    let inc = find(&code, "f.<locals>.inc");
    assert_eq!(inc.freevars, ["n"]);
    assert_eq!(
        ops(inc),
        "LOAD_DEREF LOAD_CONST BINARY_OP STORE_DEREF LOAD_CONST RETURN_VALUE"
    );
}

#[test]
fn class_body_uses_names_and_class_deref() {
    let code = compile_exec("def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self):\n            return x\n    return C\n");
    let c = find(&code, "f.<locals>.C");
    // `x` is both a class-level name and passed through to the method.
    assert_eq!(c.freevars, ["x"]);
    assert_eq!(c.flags & (flags::OPTIMIZED | flags::NEWLOCALS), 0);
    let text = baton_compiler::dis::disassemble(c);
    assert!(text.contains("LOAD_NAME") && text.contains("(x)"), "{text}");
    assert!(
        text.contains("STORE_NAME                   4   (x)") || text.contains("STORE_NAME"),
        "{text}"
    );
    assert!(
        text.contains("LOAD_CLOSURE"),
        "the method's closure comes from the class's free variable: {text}"
    );
    assert_eq!(find(&code, "f.<locals>.C.m").freevars, ["x"]);
}

#[test]
fn class_free_variable_read_with_load_classderef() {
    let code = compile_exec("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let c = find(&code, "f.<locals>.C");
    assert_eq!(c.freevars, ["x"]);
    assert!(ops(c).contains("LOAD_CLASSDEREF"), "{}", ops(c));
}

#[test]
fn zero_argument_super_gets_the_class_cell() {
    let code = compile_exec("class A(B):\n    def m(self):\n        return super().m()\n    def plain(self):\n        return 1\n");
    let a = find(&code, "A");
    assert_eq!(a.cellvars, ["__class__"]);
    let ops_a = ops(a);
    assert!(
        ops_a.ends_with("LOAD_CLOSURE STORE_NAME LOAD_LOCALS RETURN_VALUE"),
        "{ops_a}"
    );
    assert!(a.names.contains(&"__classcell__".to_string()));
    assert_eq!(find(&code, "A.m").freevars, ["__class__"]);
    assert!(find(&code, "A.plain").freevars.is_empty());
}

#[test]
fn private_names_are_mangled() {
    let code = compile_exec("class Spam:\n    __x = 1\n    __dunder__ = 2\n    def m(self):\n        return self.__y + __z\n");
    let spam = find(&code, "Spam");
    assert!(spam.names.contains(&"_Spam__x".to_string()));
    assert!(spam.names.contains(&"__dunder__".to_string()));
    let m = find(&code, "Spam.m");
    assert!(m.names.contains(&"_Spam__y".to_string()));
    assert!(m.names.contains(&"_Spam__z".to_string()));
    // Leading underscores of the class name are dropped.
    let code = compile_exec("class _Egg:\n    def m(self):\n        return self.__v\n");
    assert!(find(&code, "_Egg.m").names.contains(&"_Egg__v".to_string()));
}

#[test]
fn comprehension_scopes() {
    let code = compile_exec("def f(xs):\n    return [x * k for x in xs for k in range(x) if k]\n");
    let comp = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(comp.arg_count, 1);
    assert_eq!(comp.varnames[0], ".0");
    assert!(comp.varnames.contains(&"x".to_string()) && comp.varnames.contains(&"k".to_string()));
    // The first iterable is evaluated outside, in f.
    let f = find(&code, "f");
    assert_eq!(
        ops(f),
        "PUSH_NULL LOAD_CONST MAKE_FUNCTION LOAD_FAST GET_ITER CALL RETURN_VALUE"
    );
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    let code =
        compile_exec("def f(xs):\n    if any((last := x) > 3 for x in xs):\n        return last\n");
    assert_eq!(find(&code, "f").cellvars, ["last"]);
    let genexpr = find(&code, "f.<locals>.<genexpr>");
    assert_eq!(genexpr.freevars, ["last"]);
    assert!(genexpr.flags & flags::GENERATOR != 0);
    // At module level the target is a global.
    let code = compile_exec("[y := i for i in range(3)]\n");
    assert!(ops(find(&code, "<listcomp>")).contains("STORE_GLOBAL"));
}

#[test]
fn qualnames() {
    let code = compile_exec(
        "def f():\n    def g(): pass\n    class K:\n        def m(self): return lambda: 0\n    return [lambda: 1 for _ in ()]\nclass C:\n    def h(self): pass\n    global G\n    class G: pass\n",
    );
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.K",
        "f.<locals>.K.m",
        "f.<locals>.K.m.<locals>.<lambda>",
        "f.<locals>.<listcomp>",
        "f.<locals>.<listcomp>.<lambda>",
        "C",
        "C.h",
        "G",
    ] {
        find(&code, q);
    }
}

#[test]
fn parameters_and_flags() {
    let code = compile_exec("def f(a, b=2, /, c=3, *args, d, e=5, **kw):\n    z = 1\n");
    let f = find(&code, "f");
    assert_eq!(f.varnames, ["a", "b", "c", "d", "e", "args", "kw", "z"]);
    assert_eq!(
        (f.arg_count, f.posonly_arg_count, f.kwonly_arg_count),
        (3, 2, 2)
    );
    assert_eq!(
        f.flags,
        flags::OPTIMIZED | flags::NEWLOCALS | flags::VARARGS | flags::VARKEYWORDS
    );
    assert!(f.flags & flags::NESTED == 0);
}

#[test]
fn generator_flags() {
    let code = compile_exec(
        "def g():\n    yield 1\ndef h():\n    return (x for x in ())\nl = lambda: (yield)\n",
    );
    assert!(find(&code, "g").flags & flags::GENERATOR != 0);
    assert!(find(&code, "h").flags & flags::GENERATOR == 0);
    assert!(find(&code, "h.<locals>.<genexpr>").flags & flags::GENERATOR != 0);
    assert!(find(&code, "<lambda>").flags & flags::GENERATOR != 0);
}

#[test]
fn except_name_is_deleted_after_the_handler() {
    let code = compile_exec("def f():\n    try:\n        g()\n    except E as e:\n        pass\n");
    let text = baton_compiler::dis::disassemble(find(&code, "f"));
    assert!(text.contains("DELETE_FAST"), "{text}");
}

#[test]
fn symbol_table_api() {
    use baton_compiler::symtable::{ScopeKind, SymbolScope, SymbolTable};
    use ruff_python_ast::Stmt;
    let src =
        "g = 1\ndef f(p):\n    c = 2\n    def inner():\n        return c + g\n    return inner\n";
    let parsed = ruff_python_parser::parse_module(src).expect("parses");
    let body = parsed.suite();
    let table = SymbolTable::for_module(body, false).expect("resolves");
    let Some(Stmt::FunctionDef(f)) = body.get(1) else {
        panic!("def f")
    };
    let f_scope = table
        .scope(
            table
                .scope_of_node(baton_compiler::symtable::node_key(f))
                .unwrap(),
        )
        .unwrap();
    assert_eq!(f_scope.kind, ScopeKind::Function);
    assert_eq!(f_scope.varnames, ["p"]);
    let scope_of = |name: &str| f_scope.lookup(name).map(|s| s.scope);
    assert_eq!(scope_of("p"), Some(SymbolScope::Local));
    assert_eq!(scope_of("c"), Some(SymbolScope::Cell));
    assert_eq!(scope_of("inner"), Some(SymbolScope::Local));
    let inner = table.scope(f_scope.children[0]).unwrap();
    assert_eq!(inner.lookup("c").map(|s| s.scope), Some(SymbolScope::Free));
    assert_eq!(
        inner.lookup("g").map(|s| s.scope),
        Some(SymbolScope::GlobalImplicit)
    );
    assert!(inner.is_nested && inner.has_free);
    assert_eq!(
        baton_compiler::symtable::mangle(Some("_Ham"), "__spam"),
        "_Ham__spam"
    );
    assert_eq!(
        baton_compiler::symtable::mangle(Some("Ham"), "__spam__"),
        "__spam__"
    );
    assert_eq!(
        baton_compiler::symtable::mangle(Some("___"), "__spam"),
        "__spam"
    );
}
