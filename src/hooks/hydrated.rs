//! Taking over pre-rendered markup: once the app has rendered into its own container,
//! that container replaces the pre-rendered one, in the same task (nothing is painted
//! in between; identical markup lays out identically, so nothing moves).
//!
//! The pre-rendered container is `inert` and `aria-busy`: it can be read at first
//! paint but not typed into, so nothing typed before the wasm runs is lost.

use yew::prelude::*;

/// Puts the container of the app's `root` in the place of `replaces`, after the first
/// render.
#[hook]
pub fn use_hydrated(root: NodeRef, replaces: Option<web_sys::Element>) {
    use_effect_with((), move |()| {
        let container = root
            .cast::<web_sys::Element>()
            .and_then(|r| r.parent_element());
        if let (Some(old), Some(new)) = (replaces, container) {
            let _ = old.replace_with_with_node_1(&new);
        }
    });
}
