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
pub mod prerender;
pub mod signing;
pub mod state;
pub mod ui;

pub use app::{App, AppProps};

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use options::Options;

/// Properties of [`Slot`].
#[derive(Properties, PartialEq)]
pub struct SlotProps {
    /// How many elements the root has served: the playground's key, so that each element
    /// gets a new [`App`] with its own state.
    pub generation: u32,
    /// The playground's options and the element it serves (none when pre-rendered);
    /// `None` while parked.
    pub app: Option<(Rc<Options>, Option<web_sys::Element>)>,
    /// The playground starts from the pre-rendered state (see [`prerender`]).
    pub prerendered: bool,
    /// The nonce and time of its first render (`None`: fresh ones).
    pub start: Option<vsg_core::Generated>,
    /// The pre-rendered container the playground replaces once rendered.
    pub replaces: Option<web_sys::Element>,
}

/// What a root rendered by [`mount`] shows: the playground of the element it serves, or
/// nothing while it is parked.
#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.app {
        Some((options, host)) => html! {
            <App key={props.generation} options={options.clone()} host={host.clone()}
                 prerendered={props.prerendered} start={props.start.clone()}
                 replaces={props.replaces.clone()} />
        },
        None => Html::default(),
    }
}

/// Whether `container` holds markup pre-rendered for exactly this start (this build,
/// these options, a page with nothing stored and no link, a language the browser does
/// not change): then the fresh nonce and time to start with, chosen so that the
/// signature shown keeps its length (nothing moves when the app takes it over).
/// Otherwise the app starts as it would without it, and replaces it all the same.
pub fn takes_over(container: &web_sys::Element, options: &Options) -> Option<vsg_core::Generated> {
    use prerender::{BUILD, BUILD_ATTR, OPTIONS_ATTR, SIGNATURE_LENGTH};
    let page = options.mode == options::Mode::Page;
    let same = container.get_attribute(BUILD_ATTR).as_deref() == Some(BUILD)
        && container.get_attribute(OPTIONS_ATTR).as_deref()
            == Some(prerender::key(options).as_str())
        && (!page || (browser::storage::load().is_none() && browser::host::fragment().is_empty()))
        && app::opening_lang(options, true) == app::opening_lang(options, false);
    if !same {
        return None;
    }
    let wanted: usize = container
        .get_attribute(SIGNATURE_LENGTH)
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    let request = app::initial::initial(options, prerender::build_generated(), true).request;
    let mut fresh = browser::clock::fresh();
    for _ in 0..64 {
        if prerender::signature_length(&request, &fresh) == wanted {
            break;
        }
        fresh = browser::clock::fresh();
    }
    Some(fresh)
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
    shown: Option<(Rc<Options>, Option<web_sys::Element>)>,
}

impl Mounted {
    fn render(&mut self) {
        self.handle.update(SlotProps {
            generation: self.generation,
            app: self.shown.clone(),
            prerendered: false,
            start: None,
            replaces: None,
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
    /// attributes' values (an array in the order of [`options::ATTRIBUTES`]; after [`Mounted::unmount`], the container moved to `host`).
    pub fn remount(&mut self, host: web_sys::Element, options: js_sys::Array) {
        self.generation = self.generation.wrapping_add(1);
        self.shown = Some((
            Rc::new(Options::from_attributes(&values(&options))),
            Some(host),
        ));
        self.render();
    }
}

/// Renders a playground into `container` (inside the element's shadow root) for the
/// element `host`, with the element's attributes (see [`Options::from_attributes`]).
/// `replaces` is the element's pre-rendered container, if it has one: the playground
/// starts from its state when it is this start's ([`takes_over`]) and takes its place
/// once rendered. Each call is its own playground with its own state, in a new Yew app
/// that lives as long as the page (see [`Mounted`]).
#[wasm_bindgen]
pub fn mount(
    container: web_sys::Element,
    host: web_sys::Element,
    options: js_sys::Array,
    replaces: Option<web_sys::Element>,
) -> Mounted {
    let options = Rc::new(Options::from_attributes(&values(&options)));
    let start = replaces.as_ref().and_then(|r| takes_over(r, &options));
    let shown = Some((options, Some(host)));
    let props = SlotProps {
        generation: 0,
        app: shown.clone(),
        prerendered: start.is_some(),
        start,
        replaces,
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
