//! baton-text (being written)
