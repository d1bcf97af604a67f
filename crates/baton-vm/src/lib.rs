//! baton-vm
