//! The int<->str digit limit (its own test binary: the limit is per process).
use baton_text::number_text::{int_max_str_digits, set_int_max_str_digits};
use baton_text::{int_to_decimal, parse_int, ParseIntError};
use num_bigint::BigInt;

#[test]
fn digit_limit() {
    assert_eq!(int_max_str_digits(), 4300);
    let ten = BigInt::from(10);
    assert_eq!(int_to_decimal(&-ten.pow(4299)).unwrap().len(), 4301);
    let err = int_to_decimal(&ten.pow(4300)).unwrap_err();
    assert_eq!(
        err.message,
        "Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    assert!(int_to_decimal(&ten.pow(1_000_000)).is_err());
    let text = "1".repeat(5000);
    let e = parse_int(&text, 10).unwrap_err();
    assert_eq!(
        e,
        ParseIntError::TooManyDigits {
            digits: 5000,
            limit: 4300
        }
    );
    assert!(parse_int(&text, 16).is_ok());
    set_int_max_str_digits(0);
    assert_eq!(int_to_decimal(&ten.pow(4300)).unwrap().len(), 4301);
    assert!(parse_int(&text, 10).is_ok());
    set_int_max_str_digits(640);
    assert!(int_to_decimal(&ten.pow(640)).is_err());
    assert!(int_to_decimal(&ten.pow(639)).is_ok());
    set_int_max_str_digits(4300);
}
