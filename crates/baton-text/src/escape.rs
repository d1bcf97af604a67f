//! `repr()` and `ascii()` of str and bytes, with CPython's quote choice and
//! escapes.

use std::fmt::Write;

use crate::unicode::is_printable;

/// Pushes `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `ch` (lowercase hex digits).
fn push_hex_escape(out: &mut String, ch: char) {
    let code = ch as u32;
    // Writing into a String cannot fail.
    let _ = if code < 0x100 {
        write!(out, "\\x{code:02x}")
    } else if code < 0x10000 {
        write!(out, "\\u{code:04x}")
    } else {
        write!(out, "\\U{code:08x}")
    };
}

/// `repr(s)` of a str: single quotes unless `s` contains `'` and no `"`;
/// `\\`, `\n`, `\r`, `\t` and the quote escaped, other characters below
/// 0x20, 0x7f and non-printable characters (`str.isprintable`) as
/// `\xhh`/`\uhhhh`/`\Uhhhhhhhh`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c < ' ' || c == '\x7f' => push_hex_escape(&mut out, c),
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Escapes every non-ASCII character of `s` as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (the `backslashreplace` step of `ascii()`, applied to any
/// object's repr).
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        if ch.is_ascii() {
            out.push(ch);
        } else {
            push_hex_escape(&mut out, ch);
        }
    }
    out
}

/// `ascii(s)` of a str.
pub fn ascii_repr(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// `repr(b)` of bytes: `b'...'` (double quotes if the bytes contain `'`
/// and no `"`), with `\\`, `\t`, `\n`, `\r`, the quote escaped and bytes
/// outside 0x20..0x7e as `\xhh`. `bytearray` wraps it: `bytearray(b'...')`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{c:02x}");
            }
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}
