//! The page's views, one per file: plain functions from the data they show (and the
//! `on<verb>` callbacks they report changes to) to `Html`. `App` is the only component.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the input with this DOM id, opening a closed fold around it.
pub fn focus(dom_id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(el) = doc.get_element_by_id(dom_id) else {
        return;
    };
    if let Ok(Some(details)) = el.closest("details") {
        let _ = details.set_attribute("open", "");
    }
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Makes every `<select>` show the value its `data-value` names. A select's shown
/// option is DOM state that the `selected` attribute only sets once: after the user has
/// picked an option, or when Yew reuses a row's select for another row, only setting the
/// `value` property keeps what is shown equal to what is sent. Runs after each render.
pub fn sync_selects() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all("select[data-value]") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(select) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            if let Some(value) = select.get_attribute("data-value") {
                if select.value() != value {
                    select.set_value(&value);
                }
            }
        }
    }
}

/// Text longer than this is shown cut, with the count of what is left out (copy buttons
/// still copy all of it): laying out megabytes of text would stall the page.
pub const SHOWN_MAX: usize = 20_000;

/// `text`, or its first [`SHOWN_MAX`] bytes (at a character boundary) and a note of how
/// many characters are left out.
pub fn shown(text: &str) -> String {
    if text.len() <= SHOWN_MAX {
        return text.to_string();
    }
    let mut end = SHOWN_MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = text[end..].chars().count();
    format!("{}… ({rest} more characters not shown)", &text[..end])
}

pub mod advanced;
pub mod copy_button;
pub mod messages;
pub mod request_form;
pub mod request_view;
pub mod responses;
pub mod server_rows;
pub mod signature_view;
pub mod summary;
pub mod tag_rows;
pub mod text_input;
