//! Copying text with the asynchronous Clipboard API.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Writes `text` to the clipboard and calls `done(true)` once it is there, or
/// `done(false)` when the browser refuses (or has no Clipboard API: insecure context).
///
/// Of the two callbacks handed to the promise only one ever runs; the other is freed
/// only when the page closes (a few dozen bytes per copy).
pub fn copy(text: &str, done: Callback<bool>) {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    let Some(clipboard) = clipboard.filter(|c| !JsValue::from(c.clone()).is_undefined()) else {
        done.emit(false);
        return;
    };
    let report = |ok: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done.emit(ok))
    };
    // `promise.then(onFulfilled, onRejected)` with plain JS functions (which
    // `Closure::once_into_js` makes), so no closure has to be kept alive by hand.
    let promise = clipboard.write_text(text);
    if let Ok(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then")) {
        let then: js_sys::Function = then.unchecked_into();
        let _ = then.call2(&promise, &report(true), &report(false));
    }
}
