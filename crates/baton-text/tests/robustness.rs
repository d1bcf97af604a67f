//! Absurd widths, precisions and counts give CPython's errors, never a
//! panic or an abort.
mod common;

use baton_text::format_string::{parse_format_string, FormatParser};
use baton_text::unicode::expandtabs;
use baton_text::{
    format_float, format_int, format_str, parse_float, parse_int, ErrorKind, FormatSpec,
};
use num_bigint::BigInt;

fn kind<T: std::fmt::Debug>(r: Result<T, baton_text::TextError>) -> ErrorKind {
    r.expect_err("should fail").kind
}

#[test]
fn huge_widths_are_memory_errors() {
    let spec = |s: &str| FormatSpec::parse(s, "x").unwrap();
    assert_eq!(
        kind(format_str("a", &spec("999999999999999999"), "str")),
        ErrorKind::MemoryError
    );
    let one = BigInt::from(1);
    assert_eq!(
        kind(format_int(&one, &spec("0=999999999999999999,"), "int")),
        ErrorKind::MemoryError
    );
    assert_eq!(
        kind(format_int(&one, &spec("999999999999999999_x"), "int")),
        ErrorKind::MemoryError
    );
    assert_eq!(
        kind(format_float(1.5, &spec("0=99999999999999999,.2f"), "float")),
        ErrorKind::MemoryError
    );
    assert_eq!(
        kind(format_float(1.5, &spec("<99999999999999999"), "float")),
        ErrorKind::MemoryError
    );
}

#[test]
fn too_many_digits() {
    let err = FormatSpec::parse("9223372036854775808", "str").unwrap_err();
    assert_eq!(err.message, "Too many decimal digits in format string");
    assert!(FormatSpec::parse("9223372036854775807", "str").is_ok());
    let err = parse_format_string("{99999999999999999999}").unwrap_err();
    assert_eq!(err.message, "Too many decimal digits in format string");
}

#[test]
fn expandtabs_overflow() {
    assert_eq!(kind(expandtabs("\t\t", i64::MAX)), ErrorKind::OverflowError);
    assert_eq!(kind(expandtabs("x\tx", i64::MAX)), ErrorKind::OverflowError);
    assert_eq!(kind(expandtabs("\t", i64::MAX / 2)), ErrorKind::MemoryError);
}

#[test]
fn odd_inputs_do_not_panic() {
    let samples = [
        "",
        "{",
        "}",
        "{{",
        "{0!",
        "{0!é",
        "{é!é:é}",
        "{[é]é}",
        "{0[",
        "{0]",
        "{:{:{:{}}}}",
        "%",
        "%(",
        "%(é",
        "%é",
        "é%",
        "{0.é}",
        "{0[]}",
        "{!}",
        "{:",
        "{0!r",
        "\u{10ffff}{}",
    ];
    for s in samples {
        let _ = parse_format_string(s);
        for piece in FormatParser::new(s) {
            let _ = piece;
        }
        let _ = parse_int(s, 0);
        let _ = parse_float(s);
        for ty in ["int", "float", "str"] {
            if let Ok(spec) = FormatSpec::parse(s, ty) {
                let _ = format_str(s, &spec, ty);
                let _ = format_float(-0.0, &spec, ty);
                let _ = format_int(&BigInt::from(-7), &spec, ty);
            }
        }
    }
}
