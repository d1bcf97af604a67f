//! baton-stdlib
