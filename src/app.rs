//! The root component: owns the state, derives what is shown (each once per change)
//! and lays out the page. Its hooks ([`crate::hooks`]) do everything else: the callback the
//! children share, focus, storage and the location, the host page, the live region.

pub mod initial;
pub mod texts;

use std::rc::Rc;

use vsg_core::{permalink, Generated};
use yew::prelude::*;

use crate::browser::{clock, host, storage};
use crate::components::extras::Extras;
use crate::components::form::form_column;
use crate::components::output::Output;
use crate::components::summary::Summary;
use crate::components::toolbar::Toolbar;
use crate::hooks::announcer::use_announcer;
use crate::hooks::checked::use_checked;
use crate::hooks::embed_options::use_embed_options;
use crate::hooks::focus::use_focus;
use crate::hooks::host_events::use_host_events;
use crate::hooks::hydrated::use_hydrated;
use crate::hooks::persistence::use_persistence;
use crate::hooks::sandbox::use_sandbox_view;
use crate::hooks::ui::{history_keys, use_ui};
use crate::i18n::Lang;
use crate::options::{Mode, Options};
use crate::signing::use_derived;
use crate::state::{Copied, CopyTarget, Fallback};
use texts::{link_for, open_full, Sources};

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// How the playground is embedded.
    pub options: Rc<Options>,
    /// The nonce and timestamp of the first render; `None` reads the browser's clock
    /// and random numbers. Edits always generate fresh ones.
    #[prop_or_default]
    pub start: Option<Generated>,
    /// The custom element the playground renders for (its `vsg-change` events are
    /// dispatched on it).
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    /// Start from exactly the pre-rendered state (nothing stored, no link, the
    /// embedder's or the default language, not the browser's): what the build
    /// pre-renders, and what the page takes over (see [`crate::prerender`]).
    #[prop_or_default]
    pub prerendered: bool,
    /// The pre-rendered container this playground replaces once it has rendered (its
    /// own container is then put in its place, in the same task: nothing is painted
    /// in between).
    #[prop_or_default]
    pub replaces: Option<web_sys::Element>,
}

/// The language a playground opens in without a choice of its own: the embedder's,
/// else (unless it starts from the pre-rendered state, which is English) the browser's
/// first known one, else English.
pub fn opening_lang(options: &Options, prerendered: bool) -> Lang {
    options.lang.unwrap_or_else(|| {
        if prerendered {
            return Lang::default();
        }
        let tags = host::languages();
        tags.iter().find_map(|t| Lang::parse(t)).unwrap_or_default()
    })
}

/// The page's language: the one picked, else [`opening_lang`].
fn lang_of(picked: Option<Lang>, options: &Options, prerendered: bool) -> Lang {
    picked.unwrap_or_else(|| opening_lang(options, prerendered))
}

/// The playground.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (options, start, prerendered) = (
        props.options.clone(),
        props.start.clone(),
        props.prerendered,
    );
    let state = use_reducer(move || {
        initial::initial(&options, start.unwrap_or_else(clock::fresh), prerendered)
    });
    let (options, root, d) = (props.options.clone(), use_node_ref(), state.dispatcher());
    let lang = lang_of(state.lang, &options, prerendered);
    let theme = state.theme.unwrap_or(options.theme);
    let (t, readonly, panels) = (lang.tr(), options.readonly, options.panels);
    let req = state.request.clone();

    let derived = use_derived(req.clone(), state.generated.clone());
    let sandbox = use_sandbox_view(
        options.sandbox.clone(),
        derived.clone(),
        req.clone(),
        state.simulate,
    );
    let rows = [req.servers.len(), req.new_servers.len()];
    let checked = use_checked(&derived, req.op, rows, lang);
    let (headline, problems) = (checked.headline.clone(), checked.problems.clone());
    let extras = use_memo((req.clone(), state.generated.clone()), |(r, g)| {
        Extras::new(r.clone(), g.clone())
    });
    // An embed's link to the full page: the permalink of a request small enough to
    // remember (a lower bound of its length says so without reading megabytes), made
    // once per change. The standalone page makes its own only once typing pauses.
    let link = use_memo((req.clone(), options.mode), |(r, mode)| {
        (*mode != Mode::Page && r.text_len() <= storage::MAX_LINK).then(|| permalink::encode(r))
    });

    let sources = Sources {
        derived: derived.clone(),
        request: req.clone(),
        extras: extras.clone(),
        language: state.view.snippet,
        options: options.clone(),
        sandbox: sandbox.shared.clone(),
        answer: sandbox.answer.clone(),
        simulate: state.simulate,
    };
    let on = use_ui(d.clone(), root.clone(), sources);
    use_focus(root.clone(), state.focus);
    let told = use_embed_options(options.clone(), d.clone());
    use_persistence(&state, options.mode == Mode::Page, d);
    use_host_events(req.clone(), props.host.clone(), &options, told);
    let announced = use_announcer(t.announce, headline.clone());
    use_hydrated(root.clone(), props.replaces.clone());

    // Inside a custom element the host page has the landmarks (its own header and
    // main); the standalone page and the iframe are documents of their own.
    let landmarks = options.mode != Mode::Element;
    let open_full = open_full(&options, link.as_deref().unwrap_or_default());
    let failed_link = Some(Copied {
        target: CopyTarget::Link,
        ok: false,
    });
    let link_text = (state.copied == failed_link)
        .then(|| AttrValue::from(link_for(&options, &permalink::encode(&req))));
    let name = AttrValue::from(t.form.replace("{op}", req.op.action));
    let has_response = (sandbox.answer.as_ref()).is_some_and(|a| a.response.is_some());
    html! {
        <div class="vsg" ref={root} lang={lang.tag()} data-theme={theme.as_str()} data-compact={options.compact.then_some("true")}
             data-mode={options.mode.as_str()} data-readonly={readonly.then_some("true")} onkeydown={history_keys(&on, readonly)}>
            <@{if landmarks { "header" } else { "div" }} class="top">
                if options.mode == Mode::Page {
                    <h1>{ req.op.action }<span class="sub">{ t.subtitle }</span></h1>
                    <p class="lede">{ t.lede }</p>
                }
                <Toolbar name={name.clone()} {lang} {theme} {readonly} can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                    simulate={state.simulate.map(|e| e.code)} copied={state.copied} on={on.clone()} link={link_text}
                    {open_full} {has_response}
                    controls={options.controls} compact_bar={options.mode != Mode::Page} />
                if let Some(e) = &state.link_error {
                    <p class="note" role="alert">
                        { if e.fallback == Fallback::Example { t.link_error } else { t.link_error_kept } }
                        { lang.import_error(&e.error) }
                    </p>
                }
                if readonly {
                    <p class="note">{ t.readonly }</p>
                }
                <div class="sr-only" aria-live="polite" data-testid="announcer">{ announced }</div>
            </@>
            <@{if landmarks { "main" } else { "div" }} class="columns" data-output={panels.any_output().then_some("true")} data-form={panels.form.then_some("true")}>
                if panels.form {
                    { form_column(&state, &checked.parts, &sandbox.groups, &name, lang, readonly, landmarks, &on) }
                }
                if panels.any_output() {
                    <div class="col-output">
                        if panels.request {
                            <Summary op={req.op} {problems} {headline} {lang} on={on.clone()} {landmarks} compact={options.compact} />
                        }
                        <Output {derived} answer={sandbox.answer.clone()} sandbox={sandbox.shared.clone()} version={sandbox.version} request={req} {extras} view={state.view.clone()} {panels} simulate={state.simulate}
                            copied={state.copied} {lang} {on} {landmarks} {readonly} />
                    </div>
                }
            </@>
        </div>
    }
}
