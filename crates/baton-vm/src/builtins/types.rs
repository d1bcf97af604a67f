//! The registry of built-in type objects, interned names and singletons,
//! built once at start-up and immortal.

use crate::object::{MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::types::{compute_mro, Layout, TypeData};
use crate::value::Value;
use crate::vm::NativeFn;
use std::sync::OnceLock;

macro_rules! builtin_types {
    ($($field:ident: $name:literal, $layout:ident, $base:ident, $basetype:literal;)*) => {
        pub struct BuiltinTypes {
            $(pub $field: ObjRef,)*
            pub exc: ExcTypes,
        }

        fn make_all() -> BuiltinTypes {
            let type_type = bootstrap_type_type();
            let object = new_type_object(&type_type, "object", Layout::Object, None, true);
            set_type_hierarchy(&type_type, std::slice::from_ref(&object));
            let mut made: Vec<(&'static str, ObjRef)> = vec![("type", type_type.clone()), ("object", object.clone())];
            $(
                let $field = match $name {
                    "type" => type_type.clone(),
                    "object" => object.clone(),
                    _ => {
                        let base = made.iter().find(|(n, _)| *n == stringify!($base)).map(|(_, t)| t.clone()).unwrap_or_else(|| object.clone());
                        new_type_object(&type_type, $name, Layout::$layout, Some(&base), $basetype)
                    }
                };
                made.push((stringify!($field), $field.clone()));
            )*
            let exc = make_exception_types(&type_type, &object);
            BuiltinTypes { $($field,)* exc }
        }
    };
}

builtin_types! {
    type_: "type", Type, object, true;
    object: "object", Object, object, true;
    int: "int", Int, object, true;
    bool_: "bool", Bool, int, false;
    float: "float", Float, object, true;
    complex: "complex", Complex, object, true;
    str: "str", Str, object, true;
    bytes: "bytes", Bytes, object, true;
    bytearray: "bytearray", ByteArray, object, true;
    list: "list", List, object, true;
    tuple: "tuple", Tuple, object, true;
    dict: "dict", Dict, object, true;
    set: "set", Set, object, true;
    frozenset: "frozenset", FrozenSet, object, true;
    range: "range", Other, object, false;
    slice: "slice", Other, object, false;
    none_type: "NoneType", Other, object, false;
    not_implemented_type: "NotImplementedType", Other, object, false;
    ellipsis_type: "ellipsis", Other, object, false;
    function: "function", Other, object, false;
    builtin_function: "builtin_function_or_method", Other, object, false;
    method_descriptor: "method_descriptor", Other, object, false;
    method: "method", Other, object, false;
    classmethod: "classmethod", ClassMethod, object, true;
    staticmethod: "staticmethod", StaticMethod, object, true;
    property: "property", Property, object, true;
    member_descriptor: "member_descriptor", Other, object, false;
    getset_descriptor: "getset_descriptor", Other, object, false;
    code: "code", Other, object, false;
    cell: "cell", Other, object, false;
    module: "module", Module, object, true;
    generator: "generator", Other, object, false;
    traceback: "traceback", Other, object, false;
    frame: "frame", Other, object, false;
    super_: "super", Other, object, true;
    list_iterator: "list_iterator", Other, object, false;
    tuple_iterator: "tuple_iterator", Other, object, false;
    str_iterator: "str_ascii_iterator", Other, object, false;
    bytes_iterator: "bytes_iterator", Other, object, false;
    range_iterator: "range_iterator", Other, object, false;
    dict_keyiterator: "dict_keyiterator", Other, object, false;
    dict_valueiterator: "dict_valueiterator", Other, object, false;
    dict_itemiterator: "dict_itemiterator", Other, object, false;
    set_iterator: "set_iterator", Other, object, false;
    seq_iterator: "iterator", Other, object, false;
    callable_iterator: "callable_iterator", Other, object, false;
    reversed: "reversed", Other, object, true;
    enumerate: "enumerate", Other, object, true;
    zip: "zip", Other, object, true;
    map: "map", Other, object, true;
    filter: "filter", Other, object, true;
    dict_keys: "dict_keys", Other, object, false;
    dict_values: "dict_values", Other, object, false;
    dict_items: "dict_items", Other, object, false;
}

macro_rules! exception_types {
    ($($field:ident: $name:literal < $base:ident;)*) => {
        pub struct ExcTypes {
            $(pub $field: ObjRef,)*
            /// Every exception type, by name, in definition order.
            pub all: Vec<(&'static str, ObjRef)>,
        }

        fn make_exception_types(type_type: &ObjRef, object: &ObjRef) -> ExcTypes {
            let mut all: Vec<(&'static str, ObjRef)> = Vec::new();
            $(
                let $field = {
                    let base = all.iter().find(|(n, _)| *n == stringify!($base)).map(|(_, t)| t.clone()).unwrap_or_else(|| object.clone());
                    let t = new_type_object(type_type, $name, Layout::Exception, Some(&base), true);
                    if let Payload::Type(td) = &t.payload {
                        // Exceptions carry a __dict__ for their attributes.
                        let _ = td;
                    }
                    t
                };
                all.push((stringify!($field), $field.clone()));
            )*
            let all_named: Vec<(&'static str, ObjRef)> = vec![$(($name, $field.clone()),)*];
            ExcTypes { $($field,)* all: all_named }
        }
    };
}

exception_types! {
    base_exception: "BaseException" < object;
    system_exit: "SystemExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    exception: "Exception" < base_exception;
    stop_iteration: "StopIteration" < exception;
    stop_async_iteration: "StopAsyncIteration" < exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    deprecation_warning: "DeprecationWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    user_warning: "UserWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    bytes_warning: "BytesWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
}

fn bootstrap_type_type() -> ObjRef {
    let t = ObjRef::new_untyped(Payload::Type(Box::new(TypeData::new(
        "type",
        Layout::Type,
        false,
        true,
        true,
        0,
    ))));
    t.set_type_raw(t.clone());
    t.make_immortal();
    t.dict.set(Some(raw_dict()));
    t
}

fn raw_dict() -> ObjRef {
    // The dict type may not exist yet: the first dicts are typed later.
    // Types made after start-up (by native modules) get typed dicts at once:
    // an untyped one crashes whatever looks at its type (vars(T), dir()).
    let payload = Payload::Dict(Box::new(Mut::new(crate::dict::DictData::new())));
    let d = match TYPES.get() {
        Some(t) => ObjRef::new(t.dict.clone(), payload),
        None => ObjRef::new_untyped(payload),
    };
    d.make_immortal();
    d
}

fn set_type_hierarchy(t: &ObjRef, bases: &[ObjRef]) {
    if let Payload::Type(td) = &t.payload {
        td.bases.set(bases.to_vec());
        let mro = compute_mro(t, bases).unwrap_or_else(|_| vec![t.clone()]);
        td.mro.set(mro);
    }
}

pub fn new_type_object(
    type_type: &ObjRef,
    name: &str,
    layout: Layout,
    base: Option<&ObjRef>,
    basetype: bool,
) -> ObjRef {
    let has_dict = matches!(layout, Layout::Exception | Layout::Module | Layout::Type);
    let t = ObjRef::new(
        type_type.clone(),
        Payload::Type(Box::new(TypeData::new(
            name, layout, false, basetype, has_dict, 0,
        ))),
    );
    t.make_immortal();
    t.dict.set(Some(raw_dict()));
    match base {
        Some(b) => set_type_hierarchy(&t, std::slice::from_ref(b)),
        None => set_type_hierarchy(&t, &[]),
    }
    t
}

static TYPES: OnceLock<BuiltinTypes> = OnceLock::new();

#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    match TYPES.get() {
        Some(t) => t,
        None => {
            eprintln!("baton: built-in types used before start-up");
            std::process::abort()
        }
    }
}

macro_rules! interned_names {
    ($($n:ident)*) => {
        #[allow(non_snake_case)]
        pub struct Names { $(pub $n: ObjRef,)* }
        fn make_names() -> Names {
            Names { $($n: super::intern(stringify!($n)),)* }
        }
    };
}

interned_names! {
    __init__ __new__ __call__ __getattribute__ __getattr__ __setattr__ __delattr__
    __get__ __set__ __delete__ __set_name__ __init_subclass__ __class_getitem__
    __repr__ __str__ __format__ __bytes__ __hash__ __bool__ __len__ __iter__ __next__ __reversed__
    __getitem__ __setitem__ __delitem__ __contains__ __missing__ __index__ __int__ __float__ __complex__
    __enter__ __exit__ __del__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __neg__ __pos__ __abs__ __invert__
    __round__ __trunc__ __floor__ __ceil__ __dict__ __class__ __name__ __qualname__ __module__ __doc__
    __slots__ __annotations__ __classcell__ __mro_entries__ __prepare__ __instancecheck__ __subclasscheck__
    __dir__ __sizeof__ __fspath__ __length_hint__ __main__ __builtins__ __file__ __all__ __path__
    __divmod__ __rdivmod__ __pow__ __rpow__ __copy__ __deepcopy__ __reduce__ __reduce_ex__ __getstate__ __setstate__
    __getnewargs__ __getnewargs_ex__ __abstractmethods__ __weakref__
}

pub struct Singletons {
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub empty_tuple: ObjRef,
}

static NAMES: OnceLock<Names> = OnceLock::new();
static SINGLETONS: OnceLock<Singletons> = OnceLock::new();

#[inline(always)]
pub fn names() -> &'static Names {
    match NAMES.get() {
        Some(n) => n,
        None => std::process::abort(),
    }
}

#[inline(always)]
pub fn singletons() -> &'static Singletons {
    match SINGLETONS.get() {
        Some(n) => n,
        None => std::process::abort(),
    }
}

/// Adds native methods to a type's dict.
pub fn add_methods(t: &ObjRef, methods: &[(&'static str, NativeFn)]) {
    add_methods_kind(t, methods, MethodKind::Instance)
}

pub fn add_methods_kind(t: &ObjRef, methods: &[(&'static str, NativeFn)], kind: MethodKind) {
    let d = match t.dict.get() {
        Some(d) => d,
        None => return,
    };
    for (name, f) in methods {
        let m = super::method_descriptor(t, name, *f, kind);
        super::dict_set_str(&d, name, m);
    }
}

/// Adds computed attributes to a type's dict.
pub fn add_getsets(
    t: &ObjRef,
    getsets: &[(
        &'static str,
        crate::object::Getter,
        Option<crate::object::Setter>,
    )],
) {
    let d = match t.dict.get() {
        Some(d) => d,
        None => return,
    };
    for (name, get, set) in getsets {
        let g = ObjRef::new(
            types().getset_descriptor.clone(),
            Payload::GetSetDescriptor(Box::new(crate::object::GetSetData {
                name,
                get: *get,
                set: *set,
                owner: t.clone(),
            })),
        );
        super::dict_set_str(&d, name, Value::Obj(g));
    }
}

/// Builds every built-in type. Idempotent.
pub fn init_types() {
    if TYPES.get().is_some() {
        return;
    }
    let all = make_all();
    let _ = TYPES.set(all);
    let t = types();
    // The first dicts were made before `dict` existed: give them their type.
    fix_untyped_dicts(t);
    let _ = NAMES.set(make_names());
    let empty = ObjRef::new(t.tuple.clone(), Payload::Tuple(Box::new([])));
    empty.make_immortal();
    let ni = ObjRef::new(
        t.not_implemented_type.clone(),
        Payload::Object(Mut::new(Vec::new())),
    );
    ni.make_immortal();
    let el = ObjRef::new(
        t.ellipsis_type.clone(),
        Payload::Object(Mut::new(Vec::new())),
    );
    el.make_immortal();
    let _ = SINGLETONS.set(Singletons {
        not_implemented: ni,
        ellipsis: el,
        empty_tuple: empty,
    });
    for (_, e) in &t.exc.all {
        if let Some(d) = e.dict.get() {
            super::dict_set_str(&d, "__module__", super::new_str("builtins"));
        }
    }
    super::object::register();
    super::type_::register();
    super::int::register();
    super::float::register();
    super::str::register();
    super::bytes::register();
    super::list::register();
    super::tuple::register();
    super::dict::register();
    super::set::register();
    super::range::register();
    super::function::register();
    super::iter::register();
    super::exceptions::register();
    super::code::register();
    crate::frame_object::register();
    for (_, ty) in all_builtin_types(t) {
        if let Some(d) = ty.dict.get() {
            if super::dict_get_str(&d, "__module__").is_none() {
                super::dict_set_str(&d, "__module__", super::new_str("builtins"));
            }
        }
    }
}

fn fix_untyped_dicts(t: &BuiltinTypes) {
    for (_, ty) in all_builtin_types(t) {
        if let Some(d) = ty.dict.get() {
            if d.header_type_is_null() {
                d.set_type_raw(t.dict.clone());
            }
        }
    }
}

/// Every built-in type object (for fix-ups and the builtins module).
pub fn all_builtin_types(t: &BuiltinTypes) -> Vec<(&'static str, ObjRef)> {
    let mut v: Vec<(&'static str, ObjRef)> = vec![
        ("type", t.type_.clone()),
        ("object", t.object.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("property", t.property.clone()),
        ("super", t.super_.clone()),
        ("reversed", t.reversed.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("", t.none_type.clone()),
        ("", t.not_implemented_type.clone()),
        ("", t.ellipsis_type.clone()),
        ("", t.function.clone()),
        ("", t.builtin_function.clone()),
        ("", t.method_descriptor.clone()),
        ("", t.method.clone()),
        ("", t.member_descriptor.clone()),
        ("", t.getset_descriptor.clone()),
        ("", t.code.clone()),
        ("", t.cell.clone()),
        ("", t.module.clone()),
        ("", t.generator.clone()),
        ("", t.traceback.clone()),
        ("", t.frame.clone()),
        ("", t.list_iterator.clone()),
        ("", t.tuple_iterator.clone()),
        ("", t.str_iterator.clone()),
        ("", t.bytes_iterator.clone()),
        ("", t.range_iterator.clone()),
        ("", t.dict_keyiterator.clone()),
        ("", t.dict_valueiterator.clone()),
        ("", t.dict_itemiterator.clone()),
        ("", t.set_iterator.clone()),
        ("", t.seq_iterator.clone()),
        ("", t.callable_iterator.clone()),
        ("", t.dict_keys.clone()),
        ("", t.dict_values.clone()),
        ("", t.dict_items.clone()),
    ];
    for (n, e) in &t.exc.all {
        v.push((n, e.clone()));
    }
    v
}
