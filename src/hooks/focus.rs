//! Keyboard focus after a row edit.

use yew::prelude::*;

use crate::browser::dom;
use crate::labels::focus_id;
use crate::state::FocusRequest;

/// After a row was added, removed, moved or duplicated, keyboard focus follows it:
/// once the render that shows the change is done, the element the reducer named
/// (through `root`) is focused — once per request.
#[hook]
pub fn use_focus(root: NodeRef, request: Option<FocusRequest>) {
    use_effect_with(request, move |request| {
        if let (Some(root), Some(request)) = (root.cast::<web_sys::Element>(), request) {
            dom::focus(&root, &focus_id(&request.target));
        }
    });
}
