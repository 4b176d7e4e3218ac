//! The CreateVServerGroup playground: a Yew front end over the pure `vsg-core` crate.
//!
//! This crate renders state and dispatches actions; every rule, encoding and signature
//! lives in `vsg-core`. It runs as the standalone page, in an iframe, or as the
//! `<vsg-playground>` custom element ([`mount`]).

#![warn(missing_docs)]

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod labels;
pub mod options;
pub mod signing;
pub mod state;
pub mod ui;

pub use app::{App, AppProps};

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use options::Options;

/// A playground mounted by [`mount`]: update its options, or unmount it.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<yew::AppHandle<App>>,
    host: web_sys::Element,
}

#[wasm_bindgen]
impl Mounted {
    /// New options (the element's attributes, as JSON).
    pub fn update(&mut self, options: &str) {
        if let Some(handle) = &mut self.handle {
            handle.update(AppProps {
                options: Rc::new(Options::from_attributes(options)),
                start: None,
                host: Some(self.host.clone()),
            });
        }
    }

    /// Removes the playground from its container.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Renders a playground into `container` (inside the element's shadow root) for the
/// element `host`, with the element's attributes as JSON (see
/// [`Options::from_attributes`]). Each call is its own playground with its own state.
#[wasm_bindgen]
pub fn mount(container: web_sys::Element, host: web_sys::Element, options: &str) -> Mounted {
    let props = AppProps {
        options: Rc::new(Options::from_attributes(options)),
        start: None,
        host: Some(host.clone()),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(container, props).render();
    Mounted {
        handle: Some(handle),
        host,
    }
}
