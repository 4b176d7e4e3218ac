//! Pre-rendering: the build renders the standalone page, its iframe page and (for docs
//! authors) the element with Yew's server renderer; the wasm then renders the same
//! playground into a container of its own and puts it in the pre-rendered one's place
//! in the same task ("taking over"; nothing is painted in between, and identical markup
//! lays out identically). It starts from the pre-rendered state when that is exactly
//! its own (this build, these options, nothing stored, no link), and from its usual
//! state otherwise.
//!
//! Not Yew's hydration: its `hydration` feature makes every component of the build
//! 16.5 KB gzip larger (measured, December 2026), more than the budget holds, and a
//! markup mismatch panics (with `panic = "abort"`, every playground of the page dies).
//! Taking over costs nothing and cannot panic.
//!
//! The markup's container carries what it was rendered from: the build's fingerprint
//! ([`BUILD`], a hash of the sources, made by `build.rs`), the options ([`key`]) and
//! the encoded length of the signature it shows ([`SIGNATURE_LENGTH`]). The container is
//! `inert` and `aria-busy` until the app has taken it over (nothing can be typed into
//! markup the app replaces), and hidden until it is parsed whole ([`PARSED_MARK`]). See
//! ARCHITECTURE.md, pre-rendering.

use std::fmt::Write;

use vsg_core::Generated;

use crate::options::Options;

/// The build's fingerprint: a hash of the sources that shape the rendering.
pub const BUILD: &str = env!("VSG_BUILD");

/// The attribute of the container holding [`BUILD`].
pub const BUILD_ATTR: &str = "data-build";
/// The attribute of the container holding [`key`].
pub const OPTIONS_ATTR: &str = "data-options";
/// The attribute of the container holding the encoded length of the signature shown.
pub const SIGNATURE_LENGTH: &str = "data-signature-length";

/// The container's last child: until the parser has reached it, the stylesheet keeps
/// the container `visibility: hidden` (`[data-build]:not(:has(> .vsg-parsed))`). A
/// browser short of CPU paints a long page while still parsing it, and the playground's
/// markup would show half parsed, its boxes moving as the rest arrives (layout shifts
/// the reader sees); hidden, it shows whole or not at all, and still takes its room.
pub const PARSED_MARK: &str = r#"<span class="vsg-parsed" hidden></span>"#;

/// The nonce and time the build pre-renders with (the page replaces them at
/// take-over with fresh ones whose signature has the same length, so that nothing
/// moves).
pub fn build_generated() -> Generated {
    Generated {
        nonce: "00000000-0000-4000-8000-000000000000".into(),
        timestamp: "2024-01-01T00:00:00Z".into(),
    }
}

/// What the rendering depends on among the options, canonically: the playground
/// starts from pre-rendered markup only when this is the same (the iframe's parent
/// origin and the element's page address change no markup).
pub fn key(o: &Options) -> String {
    let mut k = String::from(o.mode.as_str());
    let p = o.panels;
    let panels: String = [p.form, p.request, p.signature, p.responses, p.code]
        .iter()
        .map(|&on| if on { '1' } else { '0' })
        .collect();
    let _ = write!(
        k,
        ";lang={};theme={};panels={panels};readonly={};compact={};controls={}{}{}",
        o.lang.map_or("", |l| l.tag()),
        o.theme.as_str(),
        o.readonly,
        o.compact,
        u8::from(o.controls.language),
        u8::from(o.controls.theme),
        u8::from(o.controls.simulate),
    );
    for (name, v) in [
        ("preset", &o.preset),
        ("simulate", &o.simulate),
        ("operation", &o.operation),
        ("sandbox", &o.sandbox),
    ] {
        let _ = write!(k, ";{name}={}", v.as_deref().unwrap_or(""));
    }
    k
}

/// The length of the signature of `request` signed with `generated`, as the URL shows
/// it (percent-encoded: `+`, `/` and `=` take three characters).
pub fn signature_length(request: &vsg_core::Request, generated: &Generated) -> usize {
    vsg_core::sign_request(request, generated)
        .params
        .iter()
        .find(|p| p.name == "Signature")
        .map_or(0, |p| p.encoded.len())
}

#[cfg(feature = "ssr")]
pub use ssr::{attr, render_app, render_element};

#[cfg(feature = "ssr")]
mod ssr {
    use std::rc::Rc;

    use super::{
        build_generated, key, signature_length, BUILD, BUILD_ATTR, OPTIONS_ATTR, PARSED_MARK,
        SIGNATURE_LENGTH,
    };
    use crate::options::Options;
    use crate::{App, AppProps};

    /// The attributes of a pre-rendered container for `options`.
    fn container_attrs(options: &Options) -> String {
        let state = crate::app::initial::initial(options, build_generated(), true);
        let length = signature_length(&state.request, &build_generated());
        format!(
            "inert aria-busy=\"true\" {BUILD_ATTR}=\"{BUILD}\" {OPTIONS_ATTR}=\"{}\" {SIGNATURE_LENGTH}=\"{length}\"",
            attr(&key(options))
        )
    }

    /// Escapes text for an HTML attribute value in double quotes.
    pub fn attr(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    }

    /// `C` rendered with the props made from `options`, for the wasm to take over (not
    /// Yew's hydration: ARCHITECTURE.md, Decisions): its container's attributes, and its
    /// markup ending with [`PARSED_MARK`].
    async fn render<C: yew::BaseComponent>(
        options: Options,
        props: impl FnOnce(Rc<Options>) -> C::Properties,
    ) -> (String, String) {
        let attrs = container_attrs(&options);
        let html = yew::LocalServerRenderer::<C>::with_props(props(Rc::new(options)))
            .hydratable(false)
            .render()
            .await;
        (attrs, html + PARSED_MARK)
    }

    /// The page's (or the iframe page's) playground, as `render` makes it.
    pub async fn render_app(options: Options) -> (String, String) {
        render::<App>(options, |options| AppProps {
            options,
            start: Some(build_generated()),
            host: None,
            prerendered: true,
            replaces: None,
        })
        .await
    }

    /// An element's playground as `mount()` renders it (its root component, then the
    /// playground), as `render` makes it.
    pub async fn render_element(options: Options) -> (String, String) {
        render::<crate::Slot>(options, |options| crate::SlotProps {
            generation: 0,
            app: Some((options, None)),
            prerendered: true,
            start: Some(build_generated()),
            replaces: None,
        })
        .await
    }
}
