//! Character properties and case mappings against CPython's unicodedata.
mod common;

use baton_text::unicode::*;
use common::Mismatches;

mod data {
    include!("generated/unicode_chars.rs");
    include!("generated/unicode_strings.rs");
}

#[test]
fn char_properties_match_cpython() {
    let mut m = Mismatches::default();
    for &(code, flags, decimal, lower_, upper_, title_, fold_) in data::UNICODE_CHARS {
        let c = char::from_u32(code).unwrap();
        let s = c.to_string();
        let got = [
            is_printable(c),
            is_decimal(c),
            is_digit(c),
            is_numeric(c),
            is_space(c),
            is_alpha(c),
            is_alnum(c),
            str_is_lower(&s),
            str_is_upper(&s),
            str_is_title(&s),
            is_identifier(&s),
            is_identifier(&format!("a{c}")),
        ]
        .iter()
        .enumerate()
        .fold(0u32, |acc, (i, &b)| acc | ((b as u32) << i));
        m.check_eq(|| format!("flags of {code:#x}"), got, flags);
        m.check_eq(
            || format!("decimal of {code:#x}"),
            decimal_value(c).map_or(-1, |d| d as i32),
            decimal,
        );
        m.check_eq(|| format!("lower {code:#x}"), lower(&s), lower_.to_string());
        m.check_eq(|| format!("upper {code:#x}"), upper(&s), upper_.to_string());
        m.check_eq(
            || format!("title {code:#x}"),
            title_case(&s),
            title_.to_string(),
        );
        m.check_eq(
            || format!("casefold {code:#x}"),
            casefold(&s),
            fold_.to_string(),
        );
    }
    m.finish();
}

#[test]
fn string_methods_match_cpython() {
    let mut m = Mismatches::default();
    for &(s, flags, lower_, upper_, cap, title_, swap, fold_, tabs) in data::UNICODE_STRINGS {
        let got = (str_is_lower(s) as u32)
            | (str_is_upper(s) as u32) << 1
            | (str_is_title(s) as u32) << 2
            | (is_identifier(s) as u32) << 3;
        m.check_eq(|| format!("flags of {s:?}"), got, flags);
        m.check_eq(|| format!("{s:?}.lower()"), lower(s), lower_.to_string());
        m.check_eq(|| format!("{s:?}.upper()"), upper(s), upper_.to_string());
        m.check_eq(
            || format!("{s:?}.capitalize()"),
            capitalize(s),
            cap.to_string(),
        );
        m.check_eq(
            || format!("{s:?}.title()"),
            title_case(s),
            title_.to_string(),
        );
        m.check_eq(
            || format!("{s:?}.swapcase()"),
            swapcase(s),
            swap.to_string(),
        );
        m.check_eq(
            || format!("{s:?}.casefold()"),
            casefold(s),
            fold_.to_string(),
        );
        m.check_eq(
            || format!("{s:?}.expandtabs(4)"),
            expandtabs(s, 4).unwrap(),
            tabs.to_string(),
        );
    }
    m.finish();
}

#[test]
fn expandtabs_examples() {
    assert_eq!(expandtabs("a\tb", 8).unwrap(), "a       b");
    assert_eq!(expandtabs("ab\r\tc\n\td", 4).unwrap(), "ab\r    c\n    d");
    assert_eq!(expandtabs("a\tb", 0).unwrap(), "ab");
    assert_eq!(expandtabs("a\tb", -3).unwrap(), "ab");
}

#[test]
fn specific_cases() {
    assert_eq!(casefold("Straße"), "strasse");
    assert_eq!(title_case("ǆungla ǅ"), "ǅungla ǅ");
    assert_eq!(lower("ΌΣΟΣ Σ"), "όσος σ");
    assert!(!is_alpha('Ⅷ') && is_numeric('Ⅷ'));
    assert!(is_identifier("_x1") && !is_identifier("1x") && !is_identifier(""));
    assert!(!is_printable('\u{a0}') && is_printable('é') && !is_printable('\u{378}'));
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('²'), None);
}
