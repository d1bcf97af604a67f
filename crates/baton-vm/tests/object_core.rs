//! The object core: allocation, reference counts, deallocation, the cycle
//! collector. One test function (the runtime is a process global).

use baton_vm::builtins::{self, types};
use baton_vm::object::{Mut, Payload};
use baton_vm::{Config, ObjRef, Value};

#[test]
fn object_core() {
    let mut vm = baton_vm::new_main_vm(&Config::default());

    // A new object has one reference; clones count, drops uncount.
    let l = match builtins::new_list(vec![Value::Int(1)]) {
        Value::Obj(o) => o,
        _ => panic!("list is an object"),
    };
    assert_eq!(l.refcount(), 1);
    let l2 = l.clone();
    assert_eq!(l.refcount(), 2);
    drop(l2);
    assert_eq!(l.refcount(), 1);

    // Containers are tracked by the collector; freeing untracks them.
    let before = baton_vm::gc::tracked_count();
    let t = builtins::new_list(vec![]);
    assert_eq!(baton_vm::gc::tracked_count(), before + 1);
    drop(t);
    assert_eq!(baton_vm::gc::tracked_count(), before);

    // Strings and ints are not containers.
    let s = builtins::new_str("x");
    assert!(matches!(&s, Value::Obj(o) if !o.is_gc_tracked()));

    // A two-list cycle survives reference counting and is found by collect().
    let a = ObjRef::new(types().list.clone(), Payload::List(Mut::new(vec![])));
    let b = ObjRef::new(
        types().list.clone(),
        Payload::List(Mut::new(vec![Value::Obj(a.clone())])),
    );
    if let Payload::List(items) = &a.payload {
        items.with(|v| v.push(Value::Obj(b.clone())));
    }
    let tracked = baton_vm::gc::tracked_count();
    drop(a);
    drop(b);
    assert_eq!(
        baton_vm::gc::tracked_count(),
        tracked,
        "a cycle is not freed by counting"
    );
    let found = baton_vm::gc::collect(&mut vm);
    assert!(found >= 2, "collect found {found}");
    assert_eq!(baton_vm::gc::tracked_count(), tracked - 2);

    // Reachable objects are not collected.
    let keep = builtins::new_list(vec![builtins::new_list(vec![])]);
    let n = baton_vm::gc::tracked_count();
    baton_vm::gc::collect(&mut vm);
    assert_eq!(baton_vm::gc::tracked_count(), n);
    drop(keep);

    // A deep chain frees without overflowing the stack (iterative deallocation).
    let mut v = builtins::new_tuple(vec![]);
    for _ in 0..200_000 {
        v = builtins::new_list(vec![v]);
    }
    drop(v);

    // Immortal objects never reach zero.
    let i = builtins::intern("immortal_name");
    assert!(i.is_immortal());
    let ic = i.clone();
    drop(ic);
    assert!(i.is_immortal());
}
