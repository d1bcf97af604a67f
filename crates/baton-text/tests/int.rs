//! Ints against CPython: format(), int(str, base), bin/oct/hex.
mod common;

use baton_text::number_text::{parse_int, ParseIntError};
use baton_text::{format_int, int_to_base, FormatSpec};
use common::{outcome, Mismatches};
use num_bigint::BigInt;

mod data {
    include!("generated/format_int.rs");
    include!("generated/parse_int.rs");
}

#[test]
fn format_int_matches_cpython() {
    let mut m = Mismatches::default();
    for &(n, spec, want) in data::FORMAT_INT {
        let value: BigInt = n.parse().unwrap();
        let got = FormatSpec::parse(spec, "int").and_then(|s| format_int(&value, &s, "int"));
        m.check(|| format!("format({n}, {spec:?})"), outcome(got), want);
    }
    m.finish();
}

#[test]
fn parse_int_matches_cpython() {
    let mut m = Mismatches::default();
    for &(text, base, want) in data::PARSE_INT {
        let got = parse_int(text, base)
            .map(|v| int_to_base(&v, 16, true))
            .map_err(|e: ParseIntError| e.to_error(text, base));
        m.check(|| format!("int({text:?}, {base})"), outcome(got), want);
    }
    m.finish();
}

#[test]
fn prefixes() {
    let n = BigInt::from(-255);
    assert_eq!(int_to_base(&n, 2, true), "-0b11111111");
    assert_eq!(int_to_base(&n, 8, true), "-0o377");
    assert_eq!(int_to_base(&n, 16, true), "-0xff");
    assert_eq!(int_to_base(&n, 36, false), "-73");
    assert_eq!(int_to_base(&BigInt::from(0), 16, true), "0x0");
}
