//! SyntaxErrors: CPython 3.11's messages, exception types and positions.

use baton_compiler::{compile, CompileError, CompileErrorKind, Mode};

fn error(src: &str) -> CompileError {
    match compile(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("compiled: {src:?}"),
        Err(e) => e,
    }
}

/// (message, line, 1-based column)
fn check(src: &str, msg: &str, line: u32, col: u32) {
    let e = error(src);
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        (msg, line, col),
        "for {src:?}: {e:?}"
    );
    assert_eq!(e.filename, "<test>");
}

#[test]
fn tokenizer_errors() {
    check("x = (1, 2\n", "'(' was never closed", 1, 5);
    check("foo(\nx = = 1\n", "'(' was never closed", 1, 4);
    check("x = 1)\n", "unmatched ')'", 1, 6);
    check(
        "a = (1, 2]\n",
        "closing parenthesis ']' does not match opening parenthesis '('",
        1,
        10,
    );
    check(
        "a = (1, 2\n]\n",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        1,
    );
    check(
        "x = 'abc\ny = 2\n",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check(
        "s = \"\"\"abc\ndef\n",
        "unterminated triple-quoted string literal (detected at line 2)",
        1,
        5,
    );
    check("x = 0777\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5);
    check("x = 12abc\n", "invalid decimal literal", 1, 6);
    check("x = 0o8\n", "invalid digit '8' in octal literal", 1, 7);
    check("x = ¢\n", "invalid character '¢' (U+00A2)", 1, 5);
    check(
        "x = 1 \\ 2\n",
        "unexpected character after line continuation character",
        1,
        8,
    );
    check(
        &format!("x = {}1{}\n", "(".repeat(250), ")".repeat(250)),
        "too many nested parentheses",
        1,
        205,
    );
}

#[test]
fn indentation_errors() {
    let e = error("if x:\npass\n");
    assert_eq!(e.kind, CompileErrorKind::IndentationError);
    assert_eq!(
        (e.msg.as_str(), e.line),
        (
            "expected an indented block after 'if' statement on line 1",
            2
        )
    );
    let e = error("x = 1\n@dec\ndef f(a,\n      b):\n# comment\nreturn\n");
    assert_eq!(
        e.msg,
        "expected an indented block after function definition on line 3"
    );
    let e = error("class C:\n    def m(self):\n        pass\n    else_ = 1\nfor x in y:\nz\n");
    assert_eq!(
        e.msg,
        "expected an indented block after 'for' statement on line 5"
    );
    let e = error("def f():\n    x = 1\n      y = 2\n");
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line),
        (CompileErrorKind::IndentationError, "unexpected indent", 3)
    );
    let e = error("def f():\n    x = 1\n  y = 2\n");
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line, e.col),
        (
            CompileErrorKind::IndentationError,
            "unindent does not match any outer indentation level",
            3,
            8
        )
    );
    let e = error("def f():\n\tx = 1\n        y = 2\n");
    assert_eq!((e.kind, e.line), (CompileErrorKind::TabError, 3));
    assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
}

#[test]
fn parser_errors() {
    check("if x\n    pass\n", "expected ':'", 1, 5);
    check("class C\n    pass\n", "expected ':'", 1, 8);
    check("x = 1 +\n", "invalid syntax", 1, 8);
    check(
        "x = [1 2 3]\n",
        "invalid syntax. Perhaps you forgot a comma?",
        1,
        6,
    );
    check(
        "print \"hello\"\n",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        1,
    );
    check(
        "f() = 1\n",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check(
        "1 = x\n",
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        1,
    );
    check("None = 1\n", "cannot assign to None", 1, 1);
    check("(a, f()) = 1\n", "cannot assign to function call", 1, 5);
    check(
        "for f() in x: pass\n",
        "cannot assign to function call",
        1,
        5,
    );
    check("with a as 1: pass\n", "cannot assign to literal", 1, 11);
    check("del f()\n", "cannot delete function call", 1, 5);
    check(
        "f() += 1\n",
        "'function call' is an illegal expression for augmented assignment",
        1,
        1,
    );
    check(
        "(f() := 1)\n",
        "cannot use assignment expressions with function call",
        1,
        2,
    );
    check(
        "x = yield = 3\n",
        "assignment to yield expression not possible",
        1,
        5,
    );
    check(
        "def f(a=1, b): pass\n",
        "non-default argument follows default argument",
        1,
        12,
    );
    check(
        "f(**k, *a)\n",
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        8,
    );
    check(
        "f(x for x in y, 1)\n",
        "Generator expression must be parenthesized",
        1,
        3,
    );
    check(
        "x = 1 if 2\n",
        "expected 'else' after 'if' expression",
        1,
        5,
    );
    check(
        "try:\n    pass\nx = 1\n",
        "expected 'except' or 'finally' block",
        3,
        1,
    );
    check(
        "x = {a: *b}\n",
        "cannot use a starred expression in a dictionary value",
        1,
        9,
    );
    check(
        "def f(**a=1): pass\n",
        "var-keyword argument cannot have default value",
        1,
        10,
    );
    check(
        "x = f\"{}\"\n",
        "f-string: empty expression not allowed",
        1,
        8,
    );
    check("x = f\"}\"\n", "f-string: single '}' is not allowed", 1, 7);
}

#[test]
fn compiler_errors() {
    check("return 1\n", "'return' outside function", 1, 1);
    check(
        "class C:\n    return 1\n",
        "'return' outside function",
        2,
        5,
    );
    check("break\n", "'break' outside loop", 1, 1);
    check(
        "while x:\n    def f():\n        continue\n",
        "'continue' not properly in loop",
        3,
        9,
    );
    check("yield 1\n", "'yield' outside function", 1, 1);
    check(
        "[x for x in y if (yield)]\n",
        "'yield' inside list comprehension",
        1,
        19,
    );
    check(
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
        5,
    );
    check(
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
        5,
    );
    check(
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
        5,
    );
    check(
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
        1,
    );
    check(
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
    );
    check(
        "def f(a, a): pass\n",
        "duplicate argument 'a' in function definition",
        1,
        10,
    );
    check("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
    check(
        "a, *b, *c = x\n",
        "multiple starred expressions in assignment",
        1,
        1,
    );
    check(
        "*a = x\n",
        "starred assignment target must be in a list or tuple",
        1,
        1,
    );
    check("x = *a\n", "can't use starred expression here", 1, 5);
    check(
        "def f():\n    from os import *\n",
        "import * only allowed at module level",
        2,
        20,
    );
    check(
        "import os\nfrom __future__ import annotations\n",
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    );
    check("from __future__ import braces\n", "not a chance", 1, 1);
    check(
        "[i := 0 for i in range(5)]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        1,
        2,
    );
    check(
        "class C:\n    [y := 1 for x in range(5)]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        6,
    );
    check(
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
        "default 'except:' must be last",
        3,
        1,
    );
    check("__debug__ = 1\n", "cannot assign to __debug__", 1, 1);
    check("for x in y:\n    for x in y:\n        for x in y:\n            for x in y:\n                for x in y:\n                    for x in y:\n                        for x in y:\n                            for x in y:\n                                for x in y:\n                                    for x in y:\n                                        for x in y:\n                                            for x in y:\n                                                for x in y:\n                                                    for x in y:\n                                                        for x in y:\n                                                            for x in y:\n                                                                for x in y:\n                                                                    for x in y:\n                                                                        for x in y:\n                                                                            for x in y:\n                                                                                for x in y:\n                                                                                    pass\n", "too many statically nested blocks", 21, 81);
}

#[test]
fn unsupported_constructs() {
    for (src, msg) in [
        (
            "async def f(): pass\n",
            "'async def' is not supported by Baton yet",
        ),
        (
            "def f():\n    await x\n",
            "'await' is not supported by Baton yet",
        ),
    ] {
        let e = error(src);
        assert_eq!(e.kind, CompileErrorKind::SyntaxError);
        assert_eq!(e.msg, msg);
    }
}

#[test]
fn match_and_except_star_compile_with_cpythons_errors() {
    for src in [
        "match x:\n    case 1: pass\n",
        "match p:\n    case (a, *rest) | [a, *rest] if a: pass\n    case {'k': v, **kw}: pass\n    case C(x=1, y=_): pass\n",
        "try:\n    pass\nexcept* E:\n    pass\n",
    ] {
        assert!(
            compile(src, "<test>", Mode::Exec).is_ok(),
            "did not compile: {src:?}"
        );
    }
    check(
        "match x:\n    case 1 | a: pass\n",
        "alternative patterns bind different names",
        2,
        14,
    );
    check(
        "for i in x:\n    try:\n        pass\n    except* E:\n        break\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        5,
        9,
    );
    check(
        "try:\n    pass\nexcept*:\n    pass\n",
        "expected one or more exception types",
        3,
        8,
    );
}

#[test]
fn error_text_and_columns() {
    let e = error("x = 1\nif  é + 1\n    pass\n");
    assert_eq!(e.text.as_deref(), Some("if  é + 1"));
    assert_eq!(
        (e.line, e.col),
        (2, 10),
        "columns count characters, not bytes"
    );
    let e = error("x = (\n");
    assert_eq!(e.text.as_deref(), Some("x = ("));
    assert_eq!(e.end_line, 1);
}

#[test]
fn eval_mode_errors() {
    let e = compile("1 +", "<eval>", Mode::Eval).unwrap_err();
    assert_eq!(e.msg, "invalid syntax");
    let e = compile("x = 1", "<eval>", Mode::Eval).unwrap_err();
    assert_eq!(e.kind, CompileErrorKind::SyntaxError);
    let e = compile("(yield)", "<eval>", Mode::Eval).unwrap_err();
    assert_eq!(e.msg, "'yield' outside function");
}
