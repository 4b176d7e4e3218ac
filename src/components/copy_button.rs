//! A button that copies a text to the clipboard and says whether it worked.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

type Report = Closure<dyn FnMut(JsValue)>;

/// Properties of [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What to copy.
    pub text: AttrValue,
    /// Accessible name, e.g. "Copy URL".
    pub label: AttrValue,
}

/// Copies `text` with the async Clipboard API; reports "Copied" or "Copy failed".
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state(|| None::<bool>);
    // The promise callbacks of the last copy, kept alive until it settles (dropped with
    // the next copy or with the component).
    let pending = use_mut_ref(|| None::<(Report, Report)>);
    let onclick = {
        let text = props.text.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            // `navigator.clipboard` is undefined outside secure contexts.
            let Some(clipboard) = clipboard.filter(|c| !JsValue::from(c.clone()).is_undefined())
            else {
                status.set(Some(false));
                return;
            };
            let report = |ok: bool| -> Report {
                let status = status.clone();
                Closure::new(move |_: JsValue| status.set(Some(ok)))
            };
            let (ok, failed) = (report(true), report(false));
            let _ = clipboard.write_text(&text).then2(&ok, &failed);
            *pending.borrow_mut() = Some((ok, failed));
        })
    };
    let said = match *status {
        None => "",
        Some(true) => "Copied",
        Some(false) => "Copy failed: select the text instead",
    };
    html! {
        <span class="copy">
            <button type="button" class="copy-btn" aria-label={props.label.clone()} {onclick}>{ "Copy" }</button>
            <span class="copy-status" role="status">{ said }</span>
        </span>
    }
}
