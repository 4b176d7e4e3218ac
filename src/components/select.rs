//! Selects that show what the state says.
//!
//! A select's shown option is DOM state that the `selected` attribute sets only once:
//! after the user has picked an option, or when Yew reuses a row's select for another
//! row, only setting its `value` property keeps what is shown equal to what is sent.
//! Every select of the page sets it (`~value={shown(…)}`), and Yew sets a property
//! only when it differs from the one rendered before: once per change of that select,
//! nothing for the others.

use wasm_bindgen::JsValue;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The `value` property that makes a select show the option `value`. Rendered to a
/// string, as the tests do natively, there are no properties (and no JavaScript
/// strings): the options' `selected` attributes say the same.
pub fn shown(value: &str) -> JsValue {
    if cfg!(target_arch = "wasm32") {
        JsValue::from_str(value)
    } else {
        JsValue::UNDEFINED
    }
}

/// A `<select>` with a visible label, showing `current` and emitting the chosen
/// option's value.
pub fn select(
    id: &'static str,
    label: &'static str,
    options: &[(&'static str, &'static str)],
    current: &str,
    disabled: bool,
    onchange: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        onchange.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} ~value={shown(current)} {disabled} {onchange}>
                { for options.iter().map(|&(v, text)| html! {
                    <option value={v} selected={v == current}>{ text }</option>
                }) }
            </select>
        </div>
    }
}
