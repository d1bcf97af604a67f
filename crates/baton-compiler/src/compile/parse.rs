//! Parsing with ruff, and ruff's syntax errors turned into CPython 3.11's.
//!
//! ruff recovers from errors and reports all of them in its own words;
//! CPython stops at the first and has its own wording. CPython's tokenizer
//! errors (unterminated strings, unbalanced brackets, bad indentation, bad
//! number literals) win over a parser error that comes later in the source,
//! and over a generic "invalid syntax" anywhere; an unclosed bracket wins over
//! errors found on later lines or at the end. We reproduce that order, then translate the message.

use super::source::SourceLines;
use super::CResult;
use crate::{CompileError, CompileErrorKind, Mode};
use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Mod, PythonVersion, Stmt};
use ruff_python_parser::{
    parse_unchecked, InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
    ParseOptions, Parsed,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// CPython's tokenizer limits (MAXLEVEL, MAXINDENT).
const MAX_PAREN_NESTING: usize = 200;
const MAX_INDENT: usize = 100;

pub(super) fn parse(lines: &SourceLines, mode: Mode) -> CResult<Parsed<Mod>> {
    let ruff_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(lines.source(), options);
    if let Some(deep) = too_deep(parsed.syntax()) {
        // Dropping a tree this deep would overflow the native stack (ruff's
        // nodes drop recursively): leak it, the compilation fails anyway.
        std::mem::forget(parsed);
        return Err(lines.syntax_error("maximum recursion depth exceeded during compilation", deep));
    }
    let scan = TokenScan::run(parsed.tokens(), lines);
    if let Some(fatal) = scan.fatal {
        return Err(fatal);
    }

    // The tokenizer-level errors, earliest first.
    let mut lexical: Vec<Found> = scan.errors;
    for e in parsed.errors() {
        if let ParseErrorType::Lexical(kind) = &e.error {
            if !matches!(kind, LexicalErrorType::Eof) {
                lexical.push(lexical_error(kind, e.location, parsed.tokens(), lines));
            }
        }
    }
    lexical.sort_by_key(|f| f.at);
    let first_lexical = lexical.into_iter().next();

    let syntactic = parsed
        .errors()
        .iter()
        .filter(|e| !matches!(e.error, ParseErrorType::Lexical(_)))
        .min_by_key(|e| e.location.start())
        .map(|e| syntax_error(e, &parsed, lines))
        .or_else(|| {
            parsed
                .unsupported_syntax_errors()
                .iter()
                .min_by_key(|u| u.range.start())
                .map(|u| {
                    use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
                    let (msg, generic) = match u.kind {
                        // (ruff does not export the kind's type; its name tells.)
                        K::UnpackingInComprehension(kind)
                            if format!("{kind:?}") == "DictInDict" =>
                        {
                            ("dict unpacking cannot be used in dict comprehension", false)
                        }
                        K::UnpackingInComprehension(_) => {
                            ("iterable unpacking cannot be used in comprehension", false)
                        }
                        _ => ("invalid syntax", true),
                    };
                    Found {
                        at: u.range.start(),
                        error: lines.syntax_error(msg, u.range),
                        generic,
                    }
                })
        });
    let eof_error = parsed
        .errors()
        .iter()
        .any(|e| matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::Eof)));

    // CPython reports an unclosed bracket instead of a parser error when
    // the parser ran to the end of the input, or failed on a later line than
    // the bracket's (it tokenizes the rest of the file after a generic error).
    let unclosed_wins = |u: &Found, s: &Found| {
        u.at <= s.at
            && (s.error.line > u.error.line
                || lines.source()[s.at.to_usize().min(lines.source().len())..]
                    .trim()
                    .is_empty()
                || s.error
                    .msg
                    .starts_with("invalid syntax. Perhaps you forgot a comma"))
    };
    let chosen = match (first_lexical, syntactic) {
        (Some(l), Some(s)) if l.at <= s.at => Some(l),
        (Some(l), Some(s)) => match scan.unclosed {
            Some(u) if unclosed_wins(&u, &s) => Some(u),
            _ if s.generic => Some(l),
            _ => Some(s),
        },
        (Some(l), None) => Some(l),
        (None, Some(s)) => match scan.unclosed {
            Some(u) if unclosed_wins(&u, &s) => Some(u),
            _ => Some(s),
        },
        (None, None) => scan.unclosed.or_else(|| {
            eof_error.then(|| Found {
                at: TextSize::new(0),
                error: lines.syntax_error("unexpected EOF while parsing", eof_range(lines)),
                generic: true,
            })
        }),
    };
    match chosen {
        Some(found) => Err(found.error),
        None => Ok(parsed),
    }
}

fn eof_range(lines: &SourceLines) -> TextRange {
    let end = TextSize::new(lines.source().len() as u32);
    TextRange::empty(end)
}

/// An error and where it happens in the token stream.
struct Found {
    at: TextSize,
    error: CompileError,
    /// A plain "invalid syntax", which CPython's tokenizer errors override.
    generic: bool,
}

fn found(at: TextSize, error: CompileError) -> Found {
    Found {
        at,
        error,
        generic: false,
    }
}

/// What the tokens alone tell: bracket balance, indentation consistency,
/// number literals glued to names, and CPython's nesting limits.
struct TokenScan {
    /// An error that stops everything (a nesting limit).
    fatal: Option<CompileError>,
    errors: Vec<Found>,
    /// The innermost bracket still open at the end of the source.
    unclosed: Option<Found>,
}

impl TokenScan {
    fn run(tokens: &Tokens, lines: &SourceLines) -> TokenScan {
        let src = lines.source();
        let mut scan = TokenScan {
            fatal: None,
            errors: Vec::new(),
            unclosed: None,
        };
        // Open brackets; '{' inside an f-string's replacement field is marked 'f',
        // and 'F' marks the start of an f-string.
        let mut open: Vec<(char, TextRange)> = Vec::new();
        let mut indents = 0usize;
        let mut mismatch_seen = false;
        let mut prev: Option<(TokenKind, TextRange)> = None;
        for tok in tokens.iter() {
            let kind = tok.kind();
            let range = tok.range();
            match kind {
                TokenKind::FStringStart | TokenKind::TStringStart => open.push(('F', range)),
                TokenKind::FStringEnd | TokenKind::TStringEnd => {
                    while let Some((c, _)) = open.pop() {
                        if c == 'F' {
                            break;
                        }
                    }
                }
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                    let in_fstring = open.last().is_some_and(|(c, _)| *c == 'F');
                    let c = match kind {
                        TokenKind::Lpar => '(',
                        TokenKind::Lsqb => '[',
                        _ if in_fstring => 'f',
                        _ => '{',
                    };
                    open.push((c, range));
                    if open.len() > MAX_PAREN_NESTING && scan.fatal.is_none() {
                        scan.fatal = Some(lines.syntax_error("too many nested parentheses", range));
                    }
                }
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    let c = if kind == TokenKind::Rpar {
                        ')'
                    } else if kind == TokenKind::Rsqb {
                        ']'
                    } else {
                        '}'
                    };
                    if open.last().is_some_and(|(o, _)| *o == 'F') {
                        continue; // a stray `}` in an f-string: ruff reports it
                    }
                    match open.pop() {
                        None => {
                            if !mismatch_seen {
                                mismatch_seen = true;
                                let e = lines.syntax_error(
                                    format!("unmatched '{c}'"),
                                    TextRange::empty(range.start()),
                                );
                                scan.errors.push(found(range.start(), e));
                            }
                        }
                        Some((o, orange)) => {
                            let expected = match o {
                                '(' => ')',
                                '[' => ']',
                                _ => '}',
                            };
                            let o = if o == 'f' { '{' } else { o };
                            if expected != c && !mismatch_seen {
                                mismatch_seen = true;
                                let oline = lines.line_of(orange.start().to_u32());
                                let cline = lines.line_of(range.start().to_u32());
                                let msg = if oline == cline {
                                    format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                                } else {
                                    format!(
                                        "closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {oline}"
                                    )
                                };
                                let e = lines.syntax_error(msg, TextRange::empty(range.start()));
                                scan.errors.push(found(range.start(), e));
                            }
                        }
                    }
                }
                TokenKind::Indent => {
                    indents += 1;
                    if indents >= MAX_INDENT && scan.fatal.is_none() {
                        scan.fatal = Some(lines.error(
                            CompileErrorKind::IndentationError,
                            "too many levels of indentation",
                            range,
                        ));
                    }
                }
                TokenKind::Dedent => indents = indents.saturating_sub(1),
                _ => {}
            }
            // A number immediately followed by a name: `1_`, `12abc`, `0x1g`.
            if let Some((pk, prange)) = prev {
                if matches!(pk, TokenKind::Int | TokenKind::Float | TokenKind::Complex)
                    && prange.end() == range.start()
                {
                    let text = src
                        .get(range.start().to_usize()..range.end().to_usize())
                        .unwrap_or("");
                    let starts_name = text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphabetic() || c == '_');
                    let allowed = matches!(
                        text,
                        "and" | "else" | "for" | "if" | "in" | "is" | "not" | "or"
                    );
                    if starts_name && !allowed {
                        let number = src
                            .get(prange.start().to_usize()..prange.end().to_usize())
                            .unwrap_or("");
                        // CPython points at the `_` of `1_`, else at the number's last character.
                        let point = if text.starts_with('_') {
                            range.start()
                        } else {
                            prange
                                .end()
                                .checked_sub(TextSize::new(1))
                                .unwrap_or(prange.end())
                        };
                        let e = lines
                            .syntax_error(number_literal_error(number), TextRange::empty(point));
                        scan.errors.push(found(range.start(), e));
                    }
                }
            }
            if !matches!(kind, TokenKind::Comment | TokenKind::NonLogicalNewline) {
                prev = Some((kind, range));
            }
        }
        if let Some((c, range)) = open.iter().rev().find(|(c, _)| *c != 'F') {
            let e = if *c == 'f' {
                lines.syntax_error("f-string: expecting '}'", TextRange::empty(range.start()))
            } else {
                lines.syntax_error(
                    format!("'{c}' was never closed"),
                    TextRange::at(range.start(), TextSize::new(1)),
                )
            };
            scan.unclosed = Some(found(range.start(), e));
        }
        if let Some(e) = check_indentation(tokens, lines) {
            scan.errors.push(e);
        }
        scan
    }
}

fn number_literal_error(number: &str) -> &'static str {
    let lower = number.to_ascii_lowercase();
    if lower.starts_with("0x") {
        "invalid hexadecimal literal"
    } else if lower.starts_with("0o") {
        "invalid octal literal"
    } else if lower.starts_with("0b") {
        "invalid binary literal"
    } else if lower.ends_with('j') {
        "invalid imaginary literal"
    } else {
        "invalid decimal literal"
    }
}

/// CPython's tokenizer measures each logical line's indentation twice, with
/// tabs as 8 columns and as 1; if the two disagree on the block structure
/// the indentation depends on the tab size: a TabError.
fn check_indentation(tokens: &Tokens, lines: &SourceLines) -> Option<Found> {
    let src = lines.source();
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    for tok in tokens.iter() {
        let kind = tok.kind();
        match kind {
            TokenKind::Newline => {
                at_line_start = true;
                continue;
            }
            TokenKind::NonLogicalNewline
            | TokenKind::Comment
            | TokenKind::Indent
            | TokenKind::Dedent => continue,
            TokenKind::EndOfFile => break,
            _ => {}
        }
        if !at_line_start {
            continue;
        }
        at_line_start = false;
        let start = tok.range().start().to_u32();
        let (line, col) = lines.position(start);
        let line_start = start.saturating_sub(col) as usize;
        let indent = src.get(line_start..start as usize).unwrap_or("");
        if !indent.chars().all(|c| c == ' ' || c == '\t' || c == '\x0c') {
            continue; // a continuation line
        }
        let (mut col8, mut col1) = (0usize, 0usize);
        for c in indent.chars() {
            match c {
                ' ' => {
                    col8 += 1;
                    col1 += 1;
                }
                '\t' => {
                    col8 = (col8 / 8 + 1) * 8;
                    col1 += 1;
                }
                _ => {
                    col8 = 0;
                    col1 = 0;
                }
            }
        }
        let tab_error = || {
            let range = TextRange::empty(TextSize::new(line_start as u32));
            let mut e = lines.error(
                CompileErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                range,
            );
            e.line = line;
            Some(found(TextSize::new(line_start as u32), e))
        };
        let &(top8, top1) = stack.last().unwrap_or(&(0, 0));
        if col8 == top8 {
            if col1 != top1 {
                return tab_error();
            }
        } else if col8 > top8 {
            if col1 <= top1 {
                return tab_error();
            }
            stack.push((col8, col1));
        } else {
            while stack.len() > 1 && stack.last().is_some_and(|t| col8 < t.0) {
                stack.pop();
            }
            let &(top8, top1) = stack.last().unwrap_or(&(0, 0));
            if col8 != top8 {
                return None; // ruff reports the unindent mismatch
            }
            if col1 != top1 {
                return tab_error();
            }
        }
    }
    None
}

/// A bad `\N{...}` escape: CPython reports the escape's byte positions inside
/// the literal, at the end of the literal.
fn unicode_escape_error(
    kind: &LexicalErrorType,
    at: TextSize,
    tokens: &Tokens,
    lines: &SourceLines,
) -> CompileError {
    let src = lines.source();
    let token = tokens
        .iter()
        .find(|t| t.start() <= at && at < t.end().max(t.start() + TextSize::new(1)));
    let (start, end) = token.map(|t| (t.start(), t.end())).unwrap_or((at, at));
    let text = src.get(start.to_usize()..end.to_usize()).unwrap_or("");
    let after_prefix = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let quote_len = if after_prefix.starts_with("\"\"\"") || after_prefix.starts_with("'''") {
        3
    } else {
        1
    };
    let content_start = (text.len() - after_prefix.len() + quote_len).min(text.len());
    let upto = (at.to_usize().saturating_sub(start.to_usize()) + 1).min(text.len());
    let escape = text
        .get(..upto)
        .and_then(|t| t.rfind("\\N"))
        .unwrap_or(content_start);
    let what = match kind {
        LexicalErrorType::UnicodeError => "unknown Unicode character name",
        _ => "malformed \\N character escape",
    };
    let last = match kind {
        LexicalErrorType::UnicodeError => text
            .get(escape..)
            .and_then(|t| t.find('}'))
            .map(|i| escape + i),
        _ => None,
    }
    .unwrap_or(escape + 1);
    let msg = format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
        escape.saturating_sub(content_start),
        last.saturating_sub(content_start)
    );
    lines.syntax_error(msg, TextRange::empty(end))
}

/// A ruff lexical error in CPython's words.
fn lexical_error(
    kind: &LexicalErrorType,
    range: TextRange,
    tokens: &Tokens,
    lines: &SourceLines,
) -> Found {
    let src = lines.source();
    let text = src
        .get(range.start().to_usize()..range.end().to_usize())
        .unwrap_or("");
    let at = range.start();
    let point = TextRange::empty(range.start());
    let error = match kind {
        LexicalErrorType::IndentationError => {
            // CPython points just past the end of the offending line.
            let line = lines.line_of(at.to_u32());
            let mut e =
                lines.error(CompileErrorKind::IndentationError, "unindent does not match any outer indentation level", point);
            let width = lines.line_text(line).map(|t| t.chars().count() as u32).unwrap_or(0);
            e.col = width + 1;
            e.end_col = width + 1;
            e
        }
        LexicalErrorType::UnclosedStringError => {
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let start_line = lines.line_of(at.to_u32());
            if body.starts_with("\"\"\"") || body.starts_with("'''") {
                let last = src.trim_end_matches(['\n', '\r']).len().saturating_sub(1);
                let last_line = lines.line_of(last as u32).max(start_line);
                lines.syntax_error(
                    format!("unterminated triple-quoted string literal (detected at line {last_line})"),
                    point,
                )
            } else {
                lines.syntax_error(format!("unterminated string literal (detected at line {start_line})"), point)
            }
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            if tok.is_ascii() {
                lines.syntax_error("invalid syntax", TextRange::at(at, TextSize::new(1)))
            } else {
                lines.syntax_error(format!("invalid character '{tok}' (U+{:04X})", *tok as u32), point)
            }
        }
        LexicalErrorType::LineContinuationError => {
            lines.syntax_error("unexpected character after line continuation character", TextRange::empty(range.end()))
        }
        LexicalErrorType::UnicodeError | LexicalErrorType::MissingUnicodeLbrace | LexicalErrorType::MissingUnicodeRbrace => {
            unicode_escape_error(kind, at, tokens, lines)
        }
        LexicalErrorType::InvalidByteLiteral => lines.syntax_error("bytes can only contain ASCII literal characters", range),
        LexicalErrorType::FStringError(f) => lines.syntax_error(fstring_message(f), point),
        LexicalErrorType::OtherError(msg) if msg.as_ref() == "Invalid decimal integer literal" => lines.syntax_error(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            TextRange::at(at, TextSize::new(1)),
        ),
        LexicalErrorType::OtherError(msg) if msg.starts_with("ParseIntError") => {
            let next = src.get(range.end().to_usize()..).and_then(|r| r.chars().next());
            let lower = text.to_ascii_lowercase();
            let (kind, digit_ok): (&str, fn(char) -> bool) = if lower.starts_with("0x") {
                ("hexadecimal", |c| c.is_ascii_hexdigit())
            } else if lower.starts_with("0o") {
                ("octal", |c| c.is_digit(8))
            } else {
                ("binary", |c| c == '0' || c == '1')
            };
            match next {
                Some(c) if c.is_ascii_digit() && !digit_ok(c) => lines
                    .syntax_error(format!("invalid digit '{c}' in {kind} literal"), TextRange::empty(range.end())),
                _ => lines.syntax_error(
                    format!("invalid {kind} literal"),
                    TextRange::empty(range.end().checked_sub(TextSize::new(1)).unwrap_or(range.end())),
                ),
            }
        }
        _ => lines.syntax_error("invalid syntax", range),
    };
    found(at, error)
}

fn fstring_message(e: &InterpolatedStringErrorType) -> String {
    match e {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'".into(),
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
        }
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed".into(),
        InterpolatedStringErrorType::UnterminatedString => "f-string: unterminated string".into(),
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            "f-string: unterminated triple-quoted string".into()
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses".into()
        }
        _ => "f-string: invalid syntax".into(),
    }
}

/// A ruff parse (not lexical) error in CPython's words.
fn syntax_error(e: &ParseError, parsed: &Parsed<Mod>, lines: &SourceLines) -> Found {
    let range = e.location;
    let at = range.start();
    let point = TextRange::empty(at);
    let specific = |error: CompileError| Found {
        at,
        error,
        generic: false,
    };
    let generic = || {
        // A token at the end of a line: CPython points at the line end.
        let r = if lines.line_of(range.end().to_u32()) != lines.line_of(at.to_u32()) {
            point
        } else {
            range
        };
        Found {
            at,
            error: lines.syntax_error("invalid syntax", r),
            generic: true,
        }
    };
    let finder = || TargetFinder::find(parsed.syntax(), range);
    match &e.error {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => specific(lines.syntax_error("expected ':'", point)),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => {
            let start = finder().if_expr_start.unwrap_or(at);
            specific(lines.syntax_error(
                "expected 'else' after 'if' expression",
                TextRange::new(start.min(at), at),
            ))
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            ..
        } => match finder().previous_sibling {
            Some(prev) => {
                let end = finder().sibling_end.unwrap_or(range.end());
                specific(lines.syntax_error(
                    "invalid syntax. Perhaps you forgot a comma?",
                    TextRange::new(prev, end.max(prev)),
                ))
            }
            None => generic(),
        },
        ParseErrorType::UnexpectedIndentation => {
            let mut err = lines.error(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                point,
            );
            let (_, col) = lines.position(range.end().to_u32());
            err.col = col;
            err.end_col = col;
            specific(err)
        }
        ParseErrorType::OtherError(msg) => {
            if let Some(clause) = msg.strip_prefix("Expected an indented block after ") {
                let header = header_line(parsed.tokens(), at, lines);
                let what = match clause {
                    "function definition" => "function definition".to_string(),
                    "`class` definition" => "class definition".to_string(),
                    other => {
                        let word = other.split('`').nth(1).unwrap_or("if");
                        format!("'{word}' statement")
                    }
                };
                let msg = format!("expected an indented block after {what} on line {header}");
                return specific(lines.error(CompileErrorKind::IndentationError, msg, range));
            }
            match msg.as_str() {
                "Expected `except` or `finally` after `try` block" => {
                    specific(lines.syntax_error("expected 'except' or 'finally' block", point))
                }
                "Expected one or more exception types" => {
                    specific(lines.syntax_error("expected one or more exception types", point))
                }
                "Cannot have both 'except' and 'except*' on the same 'try'" => {
                    // CPython underlines the `except` keyword of the odd clause.
                    let kw = TextRange::new(at, (at + TextSize::new(6)).min(range.end()));
                    specific(lines.syntax_error(
                        "cannot have both 'except' and 'except*' on the same 'try'",
                        kw,
                    ))
                }
                "Only single target (not tuple) can be annotated" => specific(
                    lines.syntax_error("only single target (not tuple) can be annotated", range),
                ),
                "Only single target (not list) can be annotated" => specific(
                    lines.syntax_error("only single target (not list) can be annotated", range),
                ),
                _ => generic(),
            }
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            // `print "x"`: CPython's hint for Python 2 statements.
            let stmt = finder().statement_before;
            let legacy = stmt.and_then(|(name, start)| {
                (name == "print" || name == "exec").then_some((name, start))
            });
            match legacy {
                Some((name, start)) => {
                    let line = lines.line_of(start.to_u32());
                    let end = lines.line_text(line).map(|t| t.len() as u32).unwrap_or(0);
                    let (_, col) = lines.position(start.to_u32());
                    let line_end = start + TextSize::new(end.saturating_sub(col));
                    let msg = format!(
                        "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                    );
                    specific(lines.syntax_error(msg, TextRange::new(start, line_end)))
                }
                None => generic(),
            }
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let f = finder();
            let msg = match (f.target, f.context) {
                (Some(Expr::Yield(_) | Expr::YieldFrom(_)), _) => {
                    "assignment to yield expression not possible".to_string()
                }
                (Some(t @ Expr::NoneLiteral(_) | t @ Expr::BooleanLiteral(_)), _) => {
                    format!("cannot assign to {}", super::expr::expr_name(t))
                }
                (Some(t), TargetContext::SingleAssign)
                    if !matches!(
                        t,
                        Expr::Tuple(_) | Expr::List(_) | Expr::Generator(_) | Expr::Starred(_)
                    ) =>
                {
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        super::expr::expr_name(t)
                    )
                }
                (Some(t), _) => format!("cannot assign to {}", super::expr::expr_name(t)),
                (None, _) => "invalid syntax".to_string(),
            };
            specific(lines.syntax_error(msg, range))
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let name = finder()
                .target
                .map(super::expr::expr_name)
                .unwrap_or("expression");
            specific(lines.syntax_error(
                format!("cannot use assignment expressions with {name}"),
                range,
            ))
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let name = finder()
                .target
                .map(super::expr::expr_name)
                .unwrap_or("expression");
            specific(lines.syntax_error(
                format!("'{name}' is an illegal expression for augmented assignment"),
                range,
            ))
        }
        ParseErrorType::InvalidDeleteTarget => {
            let name = finder()
                .target
                .map(super::expr::expr_name)
                .unwrap_or("expression");
            specific(lines.syntax_error(format!("cannot delete {name}"), range))
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            specific(lines.syntax_error("illegal target for annotation", range))
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            specific(lines.syntax_error("non-default argument follows default argument", range))
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            specific(lines.syntax_error("arguments cannot follow var-keyword argument", range))
        }
        ParseErrorType::ExpectedKeywordParam => {
            // Point at the bare `*` itself.
            let before = lines.source().get(..at.to_usize()).unwrap_or("");
            let star = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
            let star_at = if star.ends_with('*') {
                TextSize::new(star.len() as u32 - 1)
            } else {
                at
            };
            specific(lines.syntax_error(
                "named arguments must follow bare *",
                TextRange::at(star_at, TextSize::new(1)),
            ))
        }
        ParseErrorType::VarParameterWithDefault => {
            let text = lines.source().get(..at.to_usize()).unwrap_or("");
            let kind = if text.trim_end().ends_with("**")
                || text
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                    .ends_with("**")
            {
                "var-keyword"
            } else {
                "var-positional"
            };
            specific(
                lines.syntax_error(format!("{kind} argument cannot have default value"), range),
            )
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            specific(lines.syntax_error("positional argument follows keyword argument", range))
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => specific(lines.syntax_error(
            "positional argument follows keyword argument unpacking",
            range,
        )),
        ParseErrorType::InvalidArgumentUnpackingOrder => specific(lines.syntax_error(
            "iterable argument unpacking follows keyword argument unpacking",
            range,
        )),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            specific(lines.syntax_error("Generator expression must be parenthesized", range))
        }
        ParseErrorType::IterableUnpackingInComprehension => specific(
            lines.syntax_error("iterable unpacking cannot be used in comprehension", range),
        ),
        ParseErrorType::InvalidStarredExpressionUsage => match finder().dict_part {
            Some(true) => specific(lines.syntax_error(
                "cannot use a starred expression in a dictionary value",
                range,
            )),
            Some(false) => generic(),
            None => specific(lines.syntax_error("can't use starred expression here", range)),
        },
        ParseErrorType::FStringError(f) => specific(lines.syntax_error(fstring_message(f), point)),
        ParseErrorType::ExpectedExpression if in_fstring_braces(lines.source(), at) => {
            specific(lines.syntax_error("f-string: empty expression not allowed", point))
        }
        ParseErrorType::ExpectedExpression if at_fstring_end_after_brace(lines.source(), at) => {
            specific(lines.syntax_error("f-string: expecting '}'", point))
        }
        _ => generic(),
    }
}

/// `f"{}"`: the parser expected an expression right after a `{`.
fn in_fstring_braces(src: &str, at: TextSize) -> bool {
    let before = src.get(..at.to_usize()).unwrap_or("");
    let rest = src.get(at.to_usize()..).unwrap_or("");
    before.ends_with('{')
        && (rest.starts_with('}') || rest.starts_with('!') || rest.starts_with(':'))
}

/// `f"{"`: the parser expected an expression and met the end of the f-string.
fn at_fstring_end_after_brace(src: &str, at: TextSize) -> bool {
    let before = src.get(..at.to_usize()).unwrap_or("");
    let rest = src.get(at.to_usize()..).unwrap_or("");
    before.ends_with('{') && (rest.starts_with('"') || rest.starts_with('\''))
}

/// The line of the header (`if ...:`) that the block at `at` belongs to: the
/// logical line holding the last `:` before `at`.
fn header_line(tokens: &Tokens, at: TextSize, lines: &SourceLines) -> u32 {
    let before: Vec<_> = tokens.iter().take_while(|t| t.start() < at).collect();
    let Some(colon) = before.iter().rposition(|t| t.kind() == TokenKind::Colon) else {
        return lines.line_of(at.to_u32());
    };
    let line_start = before[..colon]
        .iter()
        .rposition(|t| {
            matches!(
                t.kind(),
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
            )
        })
        .map(|i| i + 1)
        .unwrap_or(0);
    let first = before[line_start..=colon]
        .iter()
        .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment));
    let offset = first.map(|t| t.start()).unwrap_or(at);
    lines.line_of(offset.to_u32())
}

/// The range of a node nested deeper than the compiler accepts, if any.
fn too_deep(module: &Mod) -> Option<TextRange> {
    struct Depth {
        depth: u32,
        deepest: Option<TextRange>,
    }
    impl Depth {
        fn enter(&mut self, range: TextRange) -> bool {
            if self.deepest.is_some() {
                return false;
            }
            if self.depth >= crate::symtable::MAX_RECURSION {
                self.deepest = Some(range);
                return false;
            }
            true
        }
    }
    impl<'a> Visitor<'a> for Depth {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.enter(stmt.range()) {
                self.depth += 1;
                visitor::walk_stmt(self, stmt);
                self.depth -= 1;
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.enter(expr.range()) {
                self.depth += 1;
                visitor::walk_expr(self, expr);
                self.depth -= 1;
            }
        }
    }
    let mut d = Depth {
        depth: 0,
        deepest: None,
    };
    match module {
        Mod::Module(m) => d.visit_body(&m.body),
        Mod::Expression(e) => d.visit_expr(&e.body),
    }
    d.deepest
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetContext {
    Unknown,
    /// The only target of `target = value`: CPython suggests `==`.
    SingleAssign,
}

/// Looks through the recovered AST for what a parse error is about.
struct TargetFinder<'a> {
    range: TextRange,
    target: Option<&'a Expr>,
    context: TargetContext,
    if_expr_start: Option<TextSize>,
    previous_sibling: Option<TextSize>,
    sibling_end: Option<TextSize>,
    /// For `print "x"`: the name and start of the expression statement just before the error.
    statement_before: Option<(&'a str, TextSize)>,
    /// The error range is a dict display's value (true) or key (false).
    dict_part: Option<bool>,
    depth: u32,
}

impl<'a> TargetFinder<'a> {
    fn find(module: &'a Mod, range: TextRange) -> TargetFinder<'a> {
        let mut f = TargetFinder {
            range,
            target: None,
            context: TargetContext::Unknown,
            if_expr_start: None,
            previous_sibling: None,
            sibling_end: None,
            statement_before: None,
            dict_part: None,
            depth: 0,
        };
        match module {
            Mod::Module(m) => f.visit_body(&m.body),
            Mod::Expression(e) => f.visit_expr(&e.body),
        }
        f
    }

    fn note_siblings(&mut self, items: &'a [Expr]) {
        for pair in items.windows(2) {
            if pair[1].start() == self.range.start() {
                self.previous_sibling = Some(pair[0].start());
                self.sibling_end = Some(pair[1].end());
            }
        }
    }
}

impl<'a> Visitor<'a> for TargetFinder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.depth > 200 {
            return;
        }
        if let Stmt::Assign(a) = stmt {
            if a.targets.len() == 1 && a.targets[0].range() == self.range {
                self.context = TargetContext::SingleAssign;
            }
        }
        if let Stmt::Expr(e) = stmt {
            if e.range.end() <= self.range.start() {
                if let Expr::Name(n) = &*e.value {
                    self.statement_before = Some((n.id.as_str(), n.range.start()));
                } else {
                    self.statement_before = None;
                }
            }
        }
        self.depth += 1;
        visitor::walk_stmt(self, stmt);
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.depth > 200 {
            return;
        }
        if expr.range() == self.range && self.target.is_none() {
            self.target = Some(expr);
        }
        match expr {
            Expr::If(i)
                if i.range.start() <= self.range.start() && self.range.start() <= i.range.end() =>
            {
                self.if_expr_start = Some(i.body.start());
            }
            Expr::List(l) => self.note_siblings(&l.elts),
            Expr::Tuple(t) => self.note_siblings(&t.elts),
            Expr::Set(s) => self.note_siblings(&s.elts),
            Expr::Call(c) => self.note_siblings(&c.arguments.args),
            Expr::Dict(d) => {
                for pair in d.items.windows(2) {
                    let next = pair[1]
                        .key
                        .as_ref()
                        .map(|k| k.start())
                        .unwrap_or(pair[1].value.start());
                    if next == self.range.start() || pair[1].value.start() == self.range.start() {
                        self.previous_sibling = Some(
                            pair[0]
                                .key
                                .as_ref()
                                .map(|k| k.start())
                                .unwrap_or(pair[0].value.start()),
                        );
                        self.sibling_end = Some(pair[1].value.end());
                    }
                }
                for item in &d.items {
                    if item.value.range() == self.range {
                        self.dict_part = Some(true);
                    }
                    if item.key.is_none() && self.range.contains_range(item.value.range()) {
                        self.dict_part = Some(false);
                    }
                    if item
                        .key
                        .as_ref()
                        .is_some_and(|k| k.range().contains_range(self.range))
                    {
                        self.dict_part = Some(false);
                    }
                }
                // `{'a' 1}`: the value with its key missing a separator.
                for item in &d.items {
                    if let Some(k) = &item.key {
                        if item.value.start() == self.range.start() {
                            self.previous_sibling = Some(k.start());
                            self.sibling_end = Some(item.value.end());
                        }
                    }
                }
            }
            _ => {}
        }
        self.depth += 1;
        visitor::walk_expr(self, expr);
        self.depth -= 1;
    }
}
