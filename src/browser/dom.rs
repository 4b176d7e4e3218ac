//! Focus and selection, inside the playground's own root (a shadow root's
//! elements are not in the document's id space).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The element with this id inside `root`.
fn by_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[id=\"{id}\"]"))
        .ok()
        .flatten()
}

/// Moves keyboard focus to the element with this id, opening a closed fold around it.
pub fn focus(root: &Element, id: &str) {
    let Some(el) = by_id(root, id) else {
        return;
    };
    if let Ok(Some(details)) = el.closest("details") {
        let _ = details.set_attribute("open", "");
    }
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Selects the text of the first element matching `selector` (after a failed copy, so
/// that Ctrl+C copies it).
pub fn select_text(root: &Element, selector: &str) {
    let Some(el) = root.query_selector(selector).ok().flatten() else {
        return;
    };
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
        return;
    }
    let selection = web_sys::window().and_then(|w| w.get_selection().ok().flatten());
    if let Some(selection) = selection {
        let _ = selection.select_all_children(&el);
    }
}
