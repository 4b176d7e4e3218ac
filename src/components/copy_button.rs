//! A button that copies a text to the clipboard and says whether it worked.
//!
//! A plain view function rather than a component: the outcome of the last copy lives in
//! the page's state (`State::copied`), and a component of its own would cost ~4 KB of
//! gzip in the wasm.

use yew::prelude::*;

use crate::clipboard;

/// A "Copy" button for `text` with the accessible name `label`, followed by a live
/// status ("Copied" / "Copy failed") when `copied` says this button (`id`) was the last
/// one used. `oncopied` receives `(id, worked)`.
pub fn copy_button(
    id: &'static str,
    label: &'static str,
    text: &str,
    copied: Option<(&'static str, bool)>,
    oncopied: &Callback<(&'static str, bool)>,
) -> Html {
    let text = text.to_string();
    let cb = oncopied.clone();
    let onclick = Callback::from(move |_| {
        let cb = cb.clone();
        clipboard::copy(&text, Callback::from(move |ok| cb.emit((id, ok))));
    });
    let said = match copied {
        Some((which, true)) if which == id => "Copied",
        Some((which, false)) if which == id => "Copy failed: select the text instead",
        _ => "",
    };
    html! {
        <span class="copy">
            <button type="button" class="copy-btn" aria-label={label} {onclick}>{ "Copy" }</button>
            <span class="copy-status" role="status">{ said }</span>
        </span>
    }
}
