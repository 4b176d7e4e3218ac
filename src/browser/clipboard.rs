//! Copying text: the asynchronous Clipboard API where there is one, `execCommand`
//! where there is not, and an answer either way.

use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// How long the Clipboard API may take before the copy counts as failed (a promise
/// that never settles, as in some headless or unfocused pages).
const PATIENCE_MS: u32 = 1500;

/// Writes `text` to the clipboard and calls `done(true)` once it is there, or
/// `done(false)` when the browser refuses, has no way to copy, or does not answer
/// within [`PATIENCE_MS`]. `done` is called exactly once.
pub fn copy(text: &str, done: Callback<bool>) {
    let answered = Rc::new(Cell::new(false));
    let answer = {
        let answered = answered.clone();
        move |ok: bool| {
            if !answered.replace(true) {
                done.emit(ok);
            }
        }
    };
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .filter(|c| !JsValue::from(c.clone()).is_undefined());
    let Some(clipboard) = clipboard else {
        answer(copy_with_exec_command(text));
        return;
    };
    let on = |ok: bool| {
        let answer = answer.clone();
        Closure::once_into_js(move |_: JsValue| answer(ok))
    };
    // `promise.then(onFulfilled, onRejected)` with plain JS functions (which
    // `Closure::once_into_js` makes), so no closure has to be kept alive by hand.
    let promise = clipboard.write_text(text);
    match js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|then| then.dyn_into::<js_sys::Function>().ok())
    {
        Some(then) => {
            let _ = then.call2(&promise, &on(true), &on(false));
            let late = answer.clone();
            Timeout::new(PATIENCE_MS, move || late(false)).forget();
        }
        None => answer(false),
    }
}

/// The old way: a hidden textarea, selected, and `document.execCommand("copy")`.
fn copy_with_exec_command(text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = document.body() else {
        return false;
    };
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = body.append_child(&area);
    area.select();
    let ok = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    ok
}
