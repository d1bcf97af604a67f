//! time (being written)
use baton_vm::{ObjRef, PyResult, Vm};
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(crate::util::module_with("time", &[]))
}
