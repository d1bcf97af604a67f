//! Scope analysis. (Being written.)
