//! Safe wrappers for the C math library's functions.
//!
//! CPython's `math` calls the platform libm, so calling the same functions
//! gives bit-identical results (Rust's own `asinh`, `acosh` and `atanh`, for
//! one, are computed differently). The standard library already links libm.

use std::os::raw::c_int;

mod ffi {
    use std::os::raw::c_int;
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: c_int) -> f64;
        pub fn round(x: f64) -> f64;
    }
}

macro_rules! wrap1 {
    ($($name:ident),* $(,)?) => {
        $(
            #[inline]
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a libm function of one double: no pointers, no
                // preconditions, defined for every input (errno aside).
                unsafe { ffi::$name(x) }
            }
        )*
    };
}

macro_rules! wrap2 {
    ($($name:ident),* $(,)?) => {
        $(
            #[inline]
            pub fn $name(x: f64, y: f64) -> f64 {
                // SAFETY: a libm function of two doubles: no pointers, no
                // preconditions, defined for every input (errno aside).
                unsafe { ffi::$name(x, y) }
            }
        )*
    };
}

wrap1!(
    sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, exp2, expm1, log,
    log2, log10, log1p, sqrt, erf, erfc, round
);

/// The C library's `cbrt`. Rust's runtime carries its own `cbrt`, which the
/// linker prefers to libm's and which rounds differently (glibc gives
/// cbrt(27.0) == 3.0000000000000004, as CPython shows), so the C library's
/// is looked up at run time.
pub fn cbrt(x: f64) -> f64 {
    type CFn = unsafe extern "C" fn(f64) -> f64;
    static CBRT: std::sync::OnceLock<Option<CFn>> = std::sync::OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name only
        // reads the loaded objects' symbol tables.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr()) };
        if p.is_null() {
            None
        } else {
            // SAFETY: the symbol `cbrt` of the C library is the C function
            // `double cbrt(double)`, which has exactly this signature.
            Some(unsafe { std::mem::transmute::<*mut libc::c_void, CFn>(p) })
        }
    });
    match f {
        // SAFETY: cbrt takes and returns plain doubles, defined for every input.
        Some(f) => unsafe { f(x) },
        None => x.cbrt(),
    }
}
wrap2!(atan2, pow, fmod, nextafter);

#[inline]
pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: plain values in and out; defined for every input.
    unsafe { ffi::ldexp(x, e as c_int) }
}

/// `frexp`: x = m * 2**e with 0.5 <= |m| < 1 (x itself and 0 for zeros,
/// infinities and NaNs).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
