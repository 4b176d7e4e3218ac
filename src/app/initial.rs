//! The state the page opens with.

use vsg_core::mock::RuntimeError;
use vsg_core::snippets::Language;
use vsg_core::FAMILY;
use vsg_core::{permalink, Generated, Request};

use crate::browser::{host, storage};
use crate::i18n::Lang;
use crate::options::{Mode, Options, Theme};
use crate::state::{Fallback, LinkError, SigVersion, State, Tab, View};

/// The request the page opens with, and why a link could not be read: the preset,
/// else (on the standalone page) the URL's fragment, else the last state, else the
/// example of the embedder's operation (the original page's example by default; a
/// link without `op` is of that operation too); on the standalone page, the choices
/// it remembered. `prerendered` starts from exactly what the build pre-renders: the
/// preset or the example, nothing read from the browser.
pub fn initial(options: &Options, generated: Generated, prerendered: bool) -> State {
    let page = options.mode == Mode::Page && !prerendered;
    let saved = if page { storage::load() } else { None };
    let link = match &options.preset {
        Some(p) => Some(p.clone()),
        None if page => Some(host::fragment()).filter(|f| !f.is_empty()),
        None => None,
    };
    let mut error = None;
    // The embedder's operation, unless the link names one.
    let op = options.op();
    let request = match link.map(|l| permalink::decode_as(&l, FAMILY, op)) {
        Some(Ok(r)) => r,
        Some(Err(e)) => {
            error = Some(e);
            Request::example(op)
        }
        None => saved
            .as_ref()
            .and_then(|s| s.link.as_deref())
            .and_then(|l| permalink::decode(l, FAMILY).ok())
            .unwrap_or_else(|| Request::example(op)),
    };
    let mut state = State::new(request, generated);
    state.link_error = error.map(|error| LinkError {
        error,
        fallback: Fallback::Example,
    });
    state.simulate = options.simulate.as_deref().and_then(RuntimeError::find);
    if let Some(s) = &saved {
        state.view = View {
            tab: Tab::parse(&s.tab).unwrap_or(Tab::Params),
            response: None,
            signature: SigVersion::parse(&s.signature).unwrap_or_default(),
            snippet: Language::parse(&s.snippet).unwrap_or(Language::AliyunCli),
        };
        state.lang = s.lang.as_deref().and_then(Lang::parse);
        state.theme = s.theme.as_deref().and_then(Theme::parse);
    }
    // An embed shows its answer without a click (it is what a docs page teaches); the
    // standalone page opens on the parameters.
    if state.simulate.is_some() || (options.mode != Mode::Page && options.panels.responses) {
        state.view.tab = Tab::Response;
    }
    state
}
