//! Focus, selects and selection, inside the playground's own root (a shadow root's
//! elements are not in the document's id space).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement};

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

/// Makes every `<select>` show the value its `data-value` names. A select's shown
/// option is DOM state that the `selected` attribute only sets once: after the user has
/// picked an option, or when Yew reuses a row's select for another row, only setting the
/// `value` property keeps what is shown equal to what is sent. Runs after each render.
pub fn sync_selects(root: &Element) {
    let Ok(list) = root.query_selector_all("select[data-value]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(select) = list
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlSelectElement>().ok())
        else {
            continue;
        };
        if let Some(value) = select.get_attribute("data-value") {
            if select.value() != value {
                select.set_value(&value);
            }
        }
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
