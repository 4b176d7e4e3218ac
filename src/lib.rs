//! The CreateVServerGroup playground: a Yew front end over the pure `vsg-core` crate.
//!
//! This crate renders state and dispatches actions; every rule, encoding and signature
//! lives in `vsg-core`. It runs as the standalone page, in an iframe, or as the
//! `<vsg-playground>` custom element ([`mount`]).

#![warn(missing_docs)]

pub mod app;
pub mod browser;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod labels;
pub mod options;
pub mod signing;
pub mod state;
pub mod ui;

pub use app::{App, AppProps};

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use options::Options;

/// What a root rendered by [`mount`] shows: the playground of the element it serves, or
/// nothing while it is parked.
#[derive(Properties, PartialEq)]
struct SlotProps {
    /// How many elements the root has served: the playground's key, so that each element
    /// gets a new [`App`] with its own state.
    generation: u32,
    /// The playground's properties; `None` while parked.
    app: Option<(Rc<Options>, web_sys::Element)>,
}

#[component]
fn Slot(props: &SlotProps) -> Html {
    match &props.app {
        Some((options, host)) => html! {
            <App key={props.generation} options={options.clone()} host={Some(host.clone())} />
        },
        None => Html::default(),
    }
}

/// A Yew app rendered by [`mount`] into a container: it shows one element's playground,
/// or nothing once unmounted, until it is remounted for another element.
///
/// Yew never frees an app's event delegation (the listeners it adds to the container are
/// forgotten closures that keep the app's event registry and the container), so an app
/// is not destroyed when its element goes away: `element.js` parks it and hands it to
/// the next element, and a page has only as many apps as it ever shows elements at once.
#[wasm_bindgen]
pub struct Mounted {
    handle: yew::AppHandle<Slot>,
    generation: u32,
    shown: Option<(Rc<Options>, web_sys::Element)>,
}

impl Mounted {
    fn render(&mut self) {
        self.handle.update(SlotProps {
            generation: self.generation,
            app: self.shown.clone(),
        });
    }
}

#[wasm_bindgen]
impl Mounted {
    /// New options (the element's attributes, as an array) for the playground shown.
    pub fn update(&mut self, options: js_sys::Array) {
        if let Some((shown, _)) = &mut self.shown {
            *shown = Rc::new(Options::from_attributes(&values(&options)));
            self.render();
        }
    }

    /// Removes the playground from its container and frees it (its state, timers and
    /// listeners); the app stays, empty, for [`Mounted::remount`].
    pub fn unmount(&mut self) {
        if self.shown.take().is_some() {
            self.render();
        }
    }

    /// Shows a new playground, with its own state, for the element `host` with its
    /// attributes as JSON (after [`Mounted::unmount`], the container moved to `host`).
    pub fn remount(&mut self, host: web_sys::Element, options: js_sys::Array) {
        self.generation = self.generation.wrapping_add(1);
        self.shown = Some((Rc::new(Options::from_attributes(&values(&options))), host));
        self.render();
    }
}

/// Renders a playground into `container` (inside the element's shadow root) for the
/// element `host`, with the element's attributes as JSON (see
/// [`Options::from_attributes`]). Each call is its own playground with its own state, in
/// a new Yew app that lives as long as the page (see [`Mounted`]).
#[wasm_bindgen]
pub fn mount(
    container: web_sys::Element,
    host: web_sys::Element,
    options: js_sys::Array,
) -> Mounted {
    let shown = Some((Rc::new(Options::from_attributes(&values(&options))), host));
    let props = SlotProps {
        generation: 0,
        app: shown.clone(),
    };
    let handle = yew::Renderer::<Slot>::with_root_and_props(container, props).render();
    Mounted {
        handle,
        generation: 0,
        shown,
    }
}

/// The element's attribute values as its script passes them: strings, or `null` for an
/// absent one (anything else counts as absent).
fn values(array: &js_sys::Array) -> Vec<Option<String>> {
    array.iter().map(|v| v.as_string()).collect()
}
