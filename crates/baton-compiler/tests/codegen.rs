//! The instructions the compiler emits for small programs, checked against
//! the calling convention and block patterns the VM implements.

mod common;

use baton_compiler::code::{Constant, ExceptionTableEntry};
use baton_compiler::{compile, Mode, Opcode};
use common::{compile_exec, dis_all, find, ops};
use num_bigint::BigInt;

fn func_ops(src: &str, name: &str) -> String {
    ops(find(&compile_exec(src), name))
}

#[test]
fn plain_and_method_calls() {
    assert_eq!(
        func_ops("def f(a):\n    return g(a, 1)\n", "f"),
        "PUSH_NULL LOAD_GLOBAL LOAD_FAST LOAD_CONST CALL RETURN_VALUE"
    );
    assert_eq!(
        func_ops("def f(a):\n    return a.m(2)\n", "f"),
        "LOAD_FAST LOAD_METHOD LOAD_CONST CALL RETURN_VALUE"
    );
    let code = compile_exec("def f(a):\n    return a.m(1, key=2, other=3)\n");
    let f = find(&code, "f");
    assert_eq!(
        ops(f),
        "LOAD_FAST LOAD_METHOD LOAD_CONST LOAD_CONST LOAD_CONST KW_NAMES CALL RETURN_VALUE"
    );
    let kw = f.code.iter().find(|i| i.op == Opcode::KwNames).unwrap();
    assert_eq!(
        f.consts[kw.arg as usize],
        Constant::Tuple(vec![
            Constant::Str("key".into()),
            Constant::Str("other".into())
        ])
    );
    assert_eq!(
        f.code.last().map(|_| f.code[f.code.len() - 2].arg),
        Some(3),
        "CALL 3: two keywords are among the 3 args"
    );
}

#[test]
fn star_arguments_use_call_function_ex() {
    let code = compile_exec("def f(a, b, c):\n    return g(1, *a, x=2, **b)\n");
    assert_eq!(
        ops(find(&code, "f")),
        "PUSH_NULL LOAD_GLOBAL BUILD_LIST LOAD_CONST LIST_APPEND LOAD_FAST LIST_EXTEND LIST_TO_TUPLE \
         LOAD_CONST LOAD_CONST BUILD_MAP LOAD_FAST DICT_MERGE CALL_FUNCTION_EX RETURN_VALUE"
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    // A method call with unpacking loads the bound attribute instead; a
    // lone `*a` goes to CALL_FUNCTION_EX as it is (as CPython 3.11).
    assert_eq!(
        func_ops("def f(o, a):\n    return o.m(*a)\n", "f"),
        "PUSH_NULL LOAD_FAST LOAD_ATTR LOAD_FAST CALL_FUNCTION_EX RETURN_VALUE"
    );
    let f = find(&compile_exec("def f(k):\n    return g(**k)\n"), "f").clone();
    assert_eq!(ops(&f), "PUSH_NULL LOAD_GLOBAL BUILD_TUPLE BUILD_MAP LOAD_FAST DICT_MERGE CALL_FUNCTION_EX RETURN_VALUE");
    assert_eq!(
        f.code[6].arg, 1,
        "CALL_FUNCTION_EX 1: a keyword dict is present"
    );
}

#[test]
fn augmented_assignment_patterns() {
    assert_eq!(
        func_ops("def f(a, v):\n    a.b += v\n", "f"),
        "LOAD_FAST COPY LOAD_ATTR LOAD_FAST BINARY_OP SWAP STORE_ATTR LOAD_CONST RETURN_VALUE"
    );
    assert_eq!(
        func_ops("def f(a, i, v):\n    a[i] -= v\n", "f"),
        "LOAD_FAST LOAD_FAST COPY COPY BINARY_SUBSCR LOAD_FAST BINARY_OP SWAP SWAP STORE_SUBSCR LOAD_CONST RETURN_VALUE"
    );
    let f = find(&compile_exec("def f(a, i, v):\n    a[i] -= v\n"), "f").clone();
    let binop = f.code.iter().find(|i| i.op == Opcode::BinaryOp).unwrap();
    assert_eq!(binop.arg, 10 + 13, "in-place subtract");
}

#[test]
fn chained_comparison() {
    let text = dis_all(&compile_exec("def f(a, b, c):\n    return a < b < c\n"));
    let expected = "LOAD_FAST LOAD_FAST SWAP COPY COMPARE_OP JUMP_IF_FALSE_OR_POP LOAD_FAST COMPARE_OP JUMP_FORWARD SWAP POP_TOP RETURN_VALUE";
    assert_eq!(
        func_ops("def f(a, b, c):\n    return a < b < c\n", "f"),
        expected,
        "{text}"
    );
}

#[test]
fn boolean_operators_and_conditions() {
    assert_eq!(
        func_ops("def f(a, b):\n    return a and b\n", "f"),
        "LOAD_FAST JUMP_IF_FALSE_OR_POP LOAD_FAST RETURN_VALUE"
    );
    // In a condition, `and`/`or`/`not` become direct jumps.
    assert_eq!(
        func_ops("def f(a, b):\n    if not a or b:\n        g()\n", "f"),
        "LOAD_FAST POP_JUMP_IF_FALSE LOAD_FAST POP_JUMP_IF_FALSE PUSH_NULL LOAD_GLOBAL CALL POP_TOP LOAD_CONST RETURN_VALUE"
    );
}

#[test]
fn loops() {
    assert_eq!(
        func_ops("def f(xs):\n    for x in xs:\n        g(x)\n    else:\n        h()\n", "f"),
        "LOAD_FAST GET_ITER FOR_ITER STORE_FAST PUSH_NULL LOAD_GLOBAL LOAD_FAST CALL POP_TOP JUMP_BACKWARD \
         PUSH_NULL LOAD_GLOBAL CALL POP_TOP LOAD_CONST RETURN_VALUE"
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    let code = compile_exec(
        "def f(n):\n    while n:\n        n -= 1\n        if n == 3:\n            break\n",
    );
    let f = find(&code, "f");
    let backward: Vec<_> = f
        .code
        .iter()
        .filter(|i| i.op == Opcode::JumpBackward)
        .collect();
    assert_eq!(backward.len(), 1);
    assert_eq!(backward[0].arg, 0, "back to the loop test");
    // `break` out of a for loop pops the iterator first.
    let code = compile_exec("def f(xs):\n    for x in xs:\n        break\n");
    assert_eq!(
        ops(find(&code, "f")),
        "LOAD_FAST GET_ITER FOR_ITER STORE_FAST POP_TOP LOAD_CONST RETURN_VALUE"
    );
}

#[test]
fn try_except_exception_table() {
    let code = compile_exec("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n");
    let f = find(&code, "f");
    let text = dis_all(&code);
    // body, handler (stack: prev exc), `as e` cleanup, cleanup of the handler.
    let o = ops(f);
    assert!(
        o.starts_with("PUSH_NULL LOAD_GLOBAL CALL POP_TOP JUMP_FORWARD PUSH_EXC_INFO LOAD_GLOBAL CHECK_EXC_MATCH POP_JUMP_IF_FALSE STORE_FAST"),
        "{text}"
    );
    let body = ExceptionTableEntry {
        start: 0,
        end: 4,
        target: 5,
        depth: 0,
    };
    assert_eq!(f.exception_table[0], body, "{text}");
    // Everything after PUSH_EXC_INFO, up to the final RERAISE, restores the
    // previous exception on error (depth 1 keeps prev).
    let push = f
        .code
        .iter()
        .position(|i| i.op == Opcode::PushExcInfo)
        .unwrap() as u32;
    let cleanup_rows: Vec<_> = f.exception_table.iter().filter(|e| e.depth == 1).collect();
    assert!(cleanup_rows.iter().any(|e| e.start == push), "{text}");
    let last = f.code.len() as u32;
    let c = *f.exception_table.iter().find(|e| e.start == push).unwrap();
    assert_eq!(
        &ops_at(f, c.target as usize, 3),
        "SWAP POP_EXCEPT RERAISE",
        "{text}"
    );
    assert!(c.target < last);
    // The `as e` body has its own cleanup: e = None; del e; reraise.
    let named = f
        .exception_table
        .iter()
        .find(|e| e.target != c.target && e.depth == 1)
        .unwrap();
    assert_eq!(
        &ops_at(f, named.target as usize, 4),
        "LOAD_CONST STORE_FAST DELETE_FAST RERAISE",
        "{text}"
    );
}

fn ops_at(code: &baton_compiler::CodeObject, start: usize, n: usize) -> String {
    code.code[start..start + n]
        .iter()
        .map(|i| i.op.name())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn try_finally_runs_the_body_on_return() {
    let code = compile_exec("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    let f = find(&code, "f");
    let text = dis_all(&code);
    // The return value stays on top while the finally body runs inline.
    assert!(
        ops(f).starts_with("PUSH_NULL LOAD_GLOBAL CALL PUSH_NULL LOAD_GLOBAL CALL POP_TOP RETURN_VALUE PUSH_EXC_INFO PUSH_NULL LOAD_GLOBAL CALL POP_TOP RERAISE SWAP POP_EXCEPT RERAISE"),
        "{text}"
    );
    assert_eq!(
        f.exception_table[0],
        ExceptionTableEntry {
            start: 0,
            end: 3,
            target: 8,
            depth: 0
        },
        "{text}"
    );
    assert_eq!(
        f.exception_table[1],
        ExceptionTableEntry {
            start: 8,
            end: 14,
            target: 14,
            depth: 1
        },
        "{text}"
    );
}

#[test]
fn with_statement() {
    let code = compile_exec("def f():\n    with m() as x:\n        g(x)\n");
    let f = find(&code, "f");
    let text = dis_all(&code);
    assert_eq!(
        ops(f),
        "PUSH_NULL LOAD_GLOBAL CALL BEFORE_WITH STORE_FAST PUSH_NULL LOAD_GLOBAL LOAD_FAST CALL POP_TOP \
         LOAD_CONST LOAD_CONST LOAD_CONST CALL POP_TOP JUMP_FORWARD \
         PUSH_EXC_INFO WITH_EXCEPT_START POP_JUMP_IF_TRUE RERAISE SWAP POP_EXCEPT RERAISE POP_TOP POP_EXCEPT POP_TOP LOAD_CONST RETURN_VALUE"
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        "{text}"
    );
    // The body keeps the bound __exit__ (depth 1); the handler's cleanup keeps exit and prev (depth 2).
    assert_eq!(
        f.exception_table[0],
        ExceptionTableEntry {
            start: 4,
            end: 10,
            target: 16,
            depth: 1
        },
        "{text}"
    );
    assert_eq!(
        f.exception_table[1],
        ExceptionTableEntry {
            start: 16,
            end: 20,
            target: 20,
            depth: 2
        },
        "{text}"
    );
    // CALL 2 on top of __exit__: the three Nones become (None, None, None).
    assert_eq!(f.code[13].op, Opcode::Call);
    assert_eq!(f.code[13].arg, 2);
}

#[test]
fn return_inside_with_calls_exit() {
    let code = compile_exec("def f():\n    with m():\n        return g()\n");
    let o = ops(find(&code, "f"));
    assert!(
        o.starts_with("PUSH_NULL LOAD_GLOBAL CALL BEFORE_WITH POP_TOP PUSH_NULL LOAD_GLOBAL CALL SWAP LOAD_CONST LOAD_CONST LOAD_CONST CALL POP_TOP RETURN_VALUE"),
        "{o}"
    );
}

#[test]
fn generators_and_yield_from() {
    let code = compile_exec("def g(it):\n    x = yield 1\n    return (yield from it)\n");
    let g = find(&code, "g");
    assert_eq!(
        ops(g),
        "NOP LOAD_CONST YIELD_VALUE STORE_FAST LOAD_FAST GET_YIELD_FROM_ITER LOAD_CONST SEND YIELD_VALUE JUMP_BACKWARD_NO_INTERRUPT RETURN_VALUE"
    );
    let send = g.code.iter().position(|i| i.op == Opcode::Send).unwrap();
    assert_eq!(
        g.code[send + 2].arg as usize,
        send,
        "the delegation loop goes back to SEND"
    );
    assert_eq!(
        g.code[send].arg as usize,
        send + 3,
        "SEND exits past the loop"
    );
}

#[test]
fn generator_prelude_is_outside_handlers() {
    // throw() into an unstarted generator must not run this finally body.
    let code = compile_exec("def g():\n    try:\n        yield 1\n    finally:\n        h()\n");
    let g = find(&code, "g");
    assert_eq!(g.code[0].op, Opcode::Nop);
    assert!(g.exception_table.iter().all(|e| e.start > 0));
    assert_eq!(g.locations[0].line, 1);
}

#[test]
fn comprehension_bodies() {
    let code = compile_exec("def f(xs):\n    return {k: v for k, v in xs if k}\n");
    assert_eq!(
        ops(find(&code, "f.<locals>.<dictcomp>")),
        "BUILD_MAP LOAD_FAST FOR_ITER UNPACK_SEQUENCE STORE_FAST STORE_FAST LOAD_FAST POP_JUMP_IF_FALSE LOAD_FAST LOAD_FAST MAP_ADD JUMP_BACKWARD RETURN_VALUE"
    );
    let dc = find(&code, "f.<locals>.<dictcomp>");
    assert_eq!(
        dc.code.iter().find(|i| i.op == Opcode::MapAdd).unwrap().arg,
        2
    );
    let code = compile_exec("g = (x for x in y)\n");
    assert_eq!(
        ops(find(&code, "<genexpr>")),
        "NOP LOAD_FAST FOR_ITER STORE_FAST LOAD_FAST YIELD_VALUE POP_TOP JUMP_BACKWARD LOAD_CONST RETURN_VALUE"
    );
}

#[test]
fn functions_classes_and_decorators() {
    let code = compile_exec("@d1\n@d2(3)\ndef f(a=1, *, b=2) -> int:\n    'doc'\n");
    assert_eq!(
        ops(&code),
        "PUSH_NULL LOAD_NAME PUSH_NULL PUSH_NULL LOAD_NAME LOAD_CONST CALL LOAD_CONST LOAD_CONST LOAD_CONST BUILD_MAP \
         LOAD_CONST LOAD_NAME BUILD_MAP LOAD_CONST MAKE_FUNCTION CALL CALL STORE_NAME LOAD_CONST RETURN_VALUE"
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    let make = code
        .code
        .iter()
        .find(|i| i.op == Opcode::MakeFunction)
        .unwrap();
    assert_eq!(make.arg, 1 | 2 | 4);
    let f = find(&code, "f");
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(f.consts[0], Constant::Str("doc".into()));
    assert_eq!(f.first_line, 1, "the first decorator's line");

    let code = compile_exec("class C(B, metaclass=M):\n    'doc'\n    x = 1\n");
    assert_eq!(
        ops(&code),
        "PUSH_NULL LOAD_BUILD_CLASS LOAD_CONST MAKE_FUNCTION LOAD_CONST LOAD_NAME LOAD_NAME KW_NAMES CALL STORE_NAME LOAD_CONST RETURN_VALUE"
    );
    assert_eq!(code.code[8].arg, 4);
    let c = find(&code, "C");
    assert_eq!(
        ops(c),
        "LOAD_NAME STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_LOCALS RETURN_VALUE"
    );
    assert!(c.names.contains(&"__doc__".to_string()));
    assert_eq!(c.docstring.as_deref(), Some("doc"));
}

#[test]
fn assert_and_raise() {
    assert_eq!(
        func_ops("def f(x):\n    assert x, 'm'\n", "f"),
        "LOAD_FAST POP_JUMP_IF_TRUE LOAD_ASSERTION_ERROR LOAD_CONST CALL RAISE_VARARGS LOAD_CONST RETURN_VALUE"
    );
    let f = find(&compile_exec("def f():\n    raise E from c\n"), "f").clone();
    assert_eq!(ops(&f), "LOAD_GLOBAL LOAD_GLOBAL RAISE_VARARGS");
    assert_eq!(f.code[2].arg, 2);
}

#[test]
fn imports() {
    let code =
        compile_exec("import a.b.c\nimport a.b.c as d\nfrom .x import y as z\nfrom m import *\n");
    let text = dis_all(&code);
    assert_eq!(
        ops(&code),
        "LOAD_CONST LOAD_CONST IMPORT_NAME STORE_NAME \
         LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_FROM SWAP POP_TOP IMPORT_FROM SWAP POP_TOP STORE_NAME \
         LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_FROM STORE_NAME POP_TOP \
         LOAD_CONST LOAD_CONST IMPORT_NAME IMPORT_STAR LOAD_CONST RETURN_VALUE"
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        "{text}"
    );
    assert_eq!(code.names[..4], ["a.b.c", "a", "b", "c"]);
    assert!(code.names.contains(&"d".to_string()));
    assert!(
        code.consts.contains(&Constant::Int(1)),
        "relative import level"
    );
    assert!(code
        .consts
        .contains(&Constant::Tuple(vec![Constant::Str("y".into())])));
    assert!(code
        .consts
        .contains(&Constant::Tuple(vec![Constant::Str("*".into())])));
}

#[test]
fn fstrings() {
    let code = compile_exec("def f(x, w):\n    return f'a{x!r:>{w}}b{x=}'\n");
    let f = find(&code, "f");
    assert_eq!(
        ops(f),
        "LOAD_CONST LOAD_FAST LOAD_CONST LOAD_FAST FORMAT_VALUE BUILD_STRING FORMAT_VALUE LOAD_CONST LOAD_FAST FORMAT_VALUE BUILD_STRING RETURN_VALUE"
    );
    let formats: Vec<u32> = f
        .code
        .iter()
        .filter(|i| i.op == Opcode::FormatValue)
        .map(|i| i.arg)
        .collect();
    assert_eq!(
        formats,
        [0, 2 | 4, 2],
        "spec'd repr, then x= defaulting to repr"
    );
    assert!(f.consts.contains(&Constant::Str("bx=".into())));
    assert_eq!(
        func_ops("def f(x):\n    return f'{x}'\n", "f"),
        "LOAD_FAST FORMAT_VALUE RETURN_VALUE"
    );
}

#[test]
fn constants_are_folded_and_exact() {
    let code = compile_exec(
        "a = -1\nb = 2**100\nc = 0xFFFF_FFFF_FFFF_FFFF_FF\nd = 0o17\ne = 0b1010\nf = 1e10\ng = 3j\nh = (1, -2.5, 'x', (None, True))\ni = b'\\x00ab'\nj = -9223372036854775808\nk = 1_000_000\nl = ...\nm = 18446744073709551615\n",
    );
    let c = &code.consts;
    assert!(c.contains(&Constant::Int(-1)));
    assert!(c.contains(&Constant::Int(2)) && c.contains(&Constant::Int(100)));
    assert!(c.contains(&Constant::BigInt(
        BigInt::parse_bytes(b"FFFFFFFFFFFFFFFFFF", 16).unwrap()
    )));
    assert!(c.contains(&Constant::Int(15)) && c.contains(&Constant::Int(10)));
    assert!(c.contains(&Constant::Float(1e10)));
    assert!(c.contains(&Constant::Complex {
        real: 0.0,
        imag: 3.0
    }));
    assert!(c.contains(&Constant::Tuple(vec![
        Constant::Int(1),
        Constant::Float(-2.5),
        Constant::Str("x".into()),
        Constant::Tuple(vec![Constant::None, Constant::Bool(true)]),
    ])));
    assert!(c.contains(&Constant::Bytes(vec![0, b'a', b'b'])));
    assert!(c.contains(&Constant::Int(i64::MIN)));
    assert!(c.contains(&Constant::Int(1_000_000)));
    assert!(c.contains(&Constant::Ellipsis));
    assert!(c.contains(&Constant::BigInt(BigInt::from(u64::MAX))));
    // Deduplicated, but 1, 1.0 and True stay apart.
    let code = compile_exec("x = (1, 1, 1.0, True, 0.0, -0.0)\ny = 1\nz = 1\n");
    let ones = code
        .consts
        .iter()
        .filter(|c| **c == Constant::Int(1))
        .count();
    assert_eq!(ones, 1);
    assert!(code.consts.contains(&Constant::Tuple(vec![
        Constant::Int(1),
        Constant::Int(1),
        Constant::Float(1.0),
        Constant::Bool(true),
        Constant::Float(0.0),
        Constant::Float(-0.0),
    ])));
}

#[test]
fn displays_with_unpacking() {
    assert_eq!(
        func_ops("def f(a, b):\n    return [1, *a, b]\n", "f"),
        "BUILD_LIST LOAD_CONST LIST_APPEND LOAD_FAST LIST_EXTEND LOAD_FAST LIST_APPEND RETURN_VALUE"
    );
    assert_eq!(
        func_ops("def f(a):\n    return (*a, 1)\n", "f"),
        "BUILD_LIST LOAD_FAST LIST_EXTEND LOAD_CONST LIST_APPEND LIST_TO_TUPLE RETURN_VALUE"
    );
    assert_eq!(
        func_ops("def f(a, v):\n    return {**a, 'k': v}\n", "f"),
        "BUILD_MAP LOAD_FAST DICT_UPDATE LOAD_CONST LOAD_FAST BUILD_MAP DICT_UPDATE RETURN_VALUE"
    );
    let f = find(&compile_exec("def f(x):\n    a, *b, c = x\n"), "f").clone();
    assert_eq!(f.code[1].op, Opcode::UnpackEx);
    assert_eq!(f.code[1].arg, 1 | (1 << 8));
}

#[test]
fn annotations() {
    let code = compile_exec("x: int = 1\ny: str\na.b: int\n");
    assert_eq!(
        ops(&code),
        "SETUP_ANNOTATIONS LOAD_CONST STORE_NAME LOAD_NAME LOAD_NAME LOAD_CONST STORE_SUBSCR \
         LOAD_NAME LOAD_NAME LOAD_CONST STORE_SUBSCR LOAD_NAME POP_TOP LOAD_NAME POP_TOP LOAD_CONST RETURN_VALUE"
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    // Inside a function, simple annotations are not evaluated.
    assert_eq!(
        func_ops("def f():\n    x: int = 1\n    y: str\n", "f"),
        "LOAD_CONST STORE_FAST LOAD_CONST RETURN_VALUE"
    );
    // `from __future__ import annotations` stores the source text.
    let code = compile_exec("from __future__ import annotations\nx: List[ int ]\n");
    assert!(code.consts.contains(&Constant::Str("List[ int ]".into())));
}

#[test]
fn delete_statements() {
    assert_eq!(
        func_ops("def f(a, b):\n    del a, b.c, b[0], (a, b)\n", "f"),
        "DELETE_FAST LOAD_FAST DELETE_ATTR LOAD_FAST LOAD_CONST DELETE_SUBSCR DELETE_FAST DELETE_FAST LOAD_CONST RETURN_VALUE"
    );
}

#[test]
fn slices() {
    assert_eq!(
        func_ops("def f(a, x):\n    return a[x:], a[::2]\n", "f"),
        "LOAD_FAST LOAD_FAST LOAD_CONST BUILD_SLICE BINARY_SUBSCR LOAD_FAST LOAD_CONST LOAD_CONST LOAD_CONST BUILD_SLICE BINARY_SUBSCR BUILD_TUPLE RETURN_VALUE"
    );
}

#[test]
fn modes() {
    let code = compile("1 + x", "<eval>", Mode::Eval).unwrap();
    assert_eq!(ops(&code), "LOAD_CONST LOAD_NAME BINARY_OP RETURN_VALUE");
    let code = compile("x = 1\nx\n", "<stdin>", Mode::Single);
    assert!(code.is_err(), "two statements are not a single statement");
    let code = compile("if x:\n    x\n    'doc'\n", "<stdin>", Mode::Single).unwrap();
    assert_eq!(ops(&code), "LOAD_NAME POP_JUMP_IF_FALSE LOAD_NAME PRINT_EXPR LOAD_CONST PRINT_EXPR LOAD_CONST RETURN_VALUE");
    let code = compile("'''module doc'''\nx = 1\n", "<m>", Mode::Exec).unwrap();
    assert_eq!(code.docstring.as_deref(), Some("module doc"));
    assert!(code.names.contains(&"__doc__".to_string()));
}

#[test]
fn locations_point_at_the_executing_line() {
    let code = compile_exec("x = foo(\n    1,\n    bar(2),\n)\ny = (obj\n     .method(3))\n");
    let line_of = |op: Opcode, nth: usize| {
        let i = code
            .code
            .iter()
            .enumerate()
            .filter(|(_, i)| i.op == op)
            .nth(nth)
            .unwrap()
            .0;
        code.locations[i]
    };
    assert_eq!(line_of(Opcode::Call, 0).line, 3, "bar(2)");
    assert_eq!(line_of(Opcode::Call, 1).line, 1, "foo(...)");
    assert_eq!(
        line_of(Opcode::LoadMethod, 0).line,
        6,
        "a method call points at `.method`"
    );
    assert_eq!(line_of(Opcode::Call, 2).line, 6);
    let loc = line_of(Opcode::Call, 0);
    assert_eq!((loc.col, loc.end_col), (4, 10));
    // Columns are UTF-8 byte offsets.
    let code = compile_exec("s = 'é' + f(x)\n");
    let call = code.code.iter().position(|i| i.op == Opcode::Call).unwrap();
    assert_eq!(code.locations[call].col, 11);
    assert_eq!(code.locations.len(), code.code.len());
}

#[test]
fn stack_depth_is_computed() {
    let code = compile_exec("x = f(a, g(b, c, h(d, e)))\n");
    assert_eq!(code.max_stack_depth, 11, "NULL f a NULL g b c NULL h d e");
    let code = compile_exec("def f():\n    try:\n        pass\n    finally:\n        g()\n");
    assert!(find(&code, "f").max_stack_depth >= 2);
}

#[test]
fn dead_code_is_dropped() {
    assert_eq!(
        func_ops("def f():\n    return 1\n    g()\n", "f"),
        "LOAD_CONST RETURN_VALUE"
    );
    assert_eq!(
        func_ops(
            "def f():\n    if 0:\n        g()\n    while 1:\n        h()\n",
            "f"
        ),
        "PUSH_NULL LOAD_GLOBAL CALL POP_TOP JUMP_BACKWARD"
    );
    assert_eq!(
        func_ops("def f():\n    if __debug__:\n        return 2\n", "f"),
        "LOAD_CONST RETURN_VALUE"
    );
}
