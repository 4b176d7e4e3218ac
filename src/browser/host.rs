//! Talking to the page around the playground: the iframe's height to its parent, the
//! custom element's `vsg-change` event, and the standalone page's location.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};

/// The message type an iframe posts its height with.
pub const HEIGHT_MESSAGE: &str = "vsg-playground:height";

/// Posts `{ type: "vsg-playground:height", height }` to the parent window, to
/// `origin` only.
fn post_height(origin: &str, height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, origin);
}

/// Reports the document's height to the parent (at `origin`) now and whenever it
/// changes. Dropping the returned observer stops the reports.
pub struct HeightReporter {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl HeightReporter {
    /// Starts reporting the height of the document's root element.
    pub fn start(origin: String) -> Option<HeightReporter> {
        let document = web_sys::window()?.document()?;
        let root = document.document_element()?;
        let watched = root.clone();
        let mut last = -1.0;
        let callback = Closure::<dyn FnMut()>::new(move || {
            let height = f64::from(watched.scroll_height());
            if height != last {
                last = height;
                post_height(&origin, height);
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        if let Some(body) = document.body() {
            observer.observe(&body);
        }
        Some(HeightReporter {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Dispatches `vsg-change` on the element, with `detail: { preset }`; it bubbles and
/// crosses the shadow boundary.
pub fn dispatch_change(host: &Element, preset: &str) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"preset".into(), &preset.into());
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("vsg-change", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The location's fragment without `#` (empty when there is none).
pub fn fragment() -> String {
    gloo::utils::window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// The location's query string, `?` included (empty when there is none).
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Replaces the location's fragment without adding a history entry or scrolling
/// (an empty one removes it, `#` included).
pub fn set_fragment(fragment: &str) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let url = if fragment.is_empty() {
        base
    } else {
        format!("{base}#{fragment}")
    };
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// The browser's preferred language tags, most preferred first.
pub fn languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(tag) = navigator.language() {
        tags.push(tag);
    }
    tags
}
