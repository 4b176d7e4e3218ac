//! The root component: owns the state, derives what is shown, runs the side effects
//! (focus, storage, the location, the host page), and lays out the page.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use vsg_core::mock::RuntimeError;
use vsg_core::params::{Section, CREATE_VSERVER_GROUP};
use vsg_core::sign_v3::{curl_v3, sign_request_v3};
use vsg_core::snippets::{snippet, Language};
use vsg_core::{
    first_local_error, permalink, Field, Generated, Problem, Request, Severity, TextField,
};
use yew::prelude::*;

use crate::browser::{clipboard, clock, dom, download, host, storage};
use crate::components::fields::{section_texts, SectionFields};
use crate::components::import_panel::ImportPanel;
use crate::components::output::Output;
use crate::components::raw_editor::RawEditor;
use crate::components::server_row::server_rows;
use crate::components::summary::Summary;
use crate::components::tag_rows::TagRows;
use crate::components::toolbar::{Download, Toolbar};
use crate::components::CopyState;
use crate::i18n::Lang;
use crate::options::{Mode, Options, Theme};
use crate::signing::{use_derived, Derived};
use crate::state::{Action, Fallback, LinkError, SigVersion, State, Tab, View};
use crate::ui::Ui;

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
}

/// The request the page opens with, and why a link could not be read: the preset,
/// else (on the standalone page) the URL's fragment, else the last state, else the
/// original page's example.
fn initial(options: &Options, generated: Generated) -> State {
    {
        let page = options.mode == Mode::Page;
        let saved = if page { storage::load() } else { None };
        let link = match &options.preset {
            Some(p) => Some(p.clone()),
            None if page => Some(host::fragment()).filter(|f| !f.is_empty()),
            None => None,
        };
        let mut error = None;
        let request = match link.map(|l| permalink::decode(&l)) {
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                error = Some(e);
                Request::seed()
            }
            None => saved
                .as_ref()
                .and_then(|s| s.link.as_deref())
                .and_then(|l| permalink::decode(l).ok())
                .unwrap_or_else(Request::seed),
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
        if state.simulate.is_some() {
            state.view.tab = Tab::Response;
        }
        state
    }
}

/// The problems of each part of the form.
#[derive(Default)]
struct Parts {
    main: Rc<Vec<Problem>>,
    rows: Vec<Rc<Vec<Problem>>>,
    servers: Vec<Problem>,
    tags: Rc<Vec<Problem>>,
    owner: Rc<Vec<Problem>>,
    endpoint: Rc<Vec<Problem>>,
    credentials: Rc<Vec<Problem>>,
}

fn parts(problems: &[Problem], rows: usize) -> Parts {
    let of = |section: Section| {
        let fields: Vec<Field> = CREATE_VSERVER_GROUP
            .section(section)
            .filter_map(|p| p.value.text_field())
            .map(Field::Text)
            .collect();
        Rc::new(
            problems
                .iter()
                .filter(|p| fields.contains(&p.field))
                .cloned()
                .collect::<Vec<_>>(),
        )
    };
    let mut rows_of = vec![Vec::new(); rows];
    let mut servers = Vec::new();
    for p in problems {
        match p.field {
            Field::Server { row, .. } if row < rows => rows_of[row].push(p.clone()),
            Field::Servers => servers.push(p.clone()),
            _ => {}
        }
    }
    Parts {
        main: of(Section::Main),
        rows: rows_of.into_iter().map(Rc::new).collect(),
        servers,
        tags: Rc::new(
            problems
                .iter()
                .filter(|p| matches!(p.field, Field::TagKey(_) | Field::TagValue(_) | Field::Tags))
                .cloned()
                .collect(),
        ),
        owner: of(Section::Owner),
        endpoint: of(Section::Endpoint),
        credentials: of(Section::Credentials),
    }
}

/// What the copy buttons copy: the text behind each id, and what to select when
/// copying fails.
fn copy_text(
    id: &str,
    derived: &Derived,
    req: &Request,
    generated: &Generated,
    view: &View,
    link: &str,
) -> Option<(String, &'static str)> {
    if id == "link" {
        return Some((link.to_string(), "[data-testid=\"link-text\"]"));
    }
    let Derived::Ready(o) = derived else {
        return None;
    };
    let s = &o.signed;
    let v3 = || sign_request_v3(req, generated);
    Some(match id {
        "url" => (s.url.clone(), "[data-testid=\"request-url\"]"),
        "canon" => (
            s.canonical_query.clone(),
            "[data-testid=\"canonical-query\"]",
        ),
        "sts" => (s.string_to_sign(), "[data-testid=\"string-to-sign\"]"),
        "sig" => (s.signature.clone(), "[data-testid=\"signature\"]"),
        "v3-creq" => (
            v3().canonical_request,
            "[data-testid=\"v3-canonical-request\"]",
        ),
        "v3-hash" => (v3().hashed_canonical_request, "[data-testid=\"v3-hash\"]"),
        "v3-sts" => (v3().string_to_sign, "[data-testid=\"v3-string-to-sign\"]"),
        "v3-sig" => (v3().signature, "[data-testid=\"v3-signature\"]"),
        "v3-auth" => {
            let s = v3();
            let auth = s.headers.last().map(|(_, v)| v.clone()).unwrap_or_default();
            (
                format!("Authorization: {auth}"),
                "[data-testid=\"v3-authorization\"]",
            )
        }
        "v3-curl" => (curl_v3(req.method, &v3()), "[data-testid=\"v3-curl\"]"),
        "snippet" => (snippet(view.snippet, req, s), "[data-testid=\"snippet\"]"),
        "json" => (
            o.response.as_ref()?.json.clone(),
            "[data-testid=\"response-json\"]",
        ),
        "xml" => (
            o.response.as_ref()?.xml.clone(),
            "[data-testid=\"response-xml\"]",
        ),
        _ => return None,
    })
}

/// The latest of what the stable callbacks need (they are made once, so that the
/// components' props compare equal and skip re-rendering).
#[derive(Default)]
struct Latest {
    derived: Option<Derived>,
    request: Rc<Request>,
    generated: Generated,
    view: View,
    options: Rc<Options>,
    root: Option<web_sys::Element>,
}

/// Does what the user asked: most messages are actions of the reducer (with a fresh
/// nonce and time where the request changes); copies, downloads and focus happen
/// here, with the latest state.
fn handle(ui: Ui, d: &UseReducerDispatcher<State>, latest: &Rc<RefCell<Latest>>, page: bool) {
    let action = match ui {
        Ui::Edit(edit) => Action::Edit(edit, clock::fresh()),
        Ui::Raw(text) => Action::Raw(text, clock::fresh()),
        Ui::History(true) => Action::Undo(clock::fresh()),
        Ui::History(false) => Action::Redo(clock::fresh()),
        Ui::Reset => Action::Replace(Box::new(Request::seed()), clock::fresh()),
        Ui::Lang(l) => Action::Lang(Some(l)),
        Ui::Theme(t) => Action::Theme(Some(t)),
        Ui::Simulate(code) => Action::Simulate(RuntimeError::find(&code)),
        Ui::Show(tab) => Action::Show(tab),
        Ui::Response(f) => Action::ShowResponse(f),
        Ui::Signature(v) => Action::Signature(v),
        Ui::Snippet(l) => Action::Snippet(l),
        Ui::Regenerate => Action::Regenerate(clock::fresh()),
        Ui::ImportText(text) => Action::ImportText(text),
        Ui::Import => Action::Import(clock::fresh()),
        Ui::Focus(id) => {
            if let Some(root) = &latest.borrow().root {
                dom::focus(root, &id);
            }
            return;
        }
        Ui::Copy(id) => {
            copy(id, d, &latest.borrow(), page);
            return;
        }
        Ui::Download(what) => {
            save(what, &latest.borrow());
            return;
        }
    };
    d.dispatch(action);
}

/// Copies what the button `id` stands for; reports the outcome to the state, and
/// selects the text when copying failed (so that Ctrl+C copies it).
fn copy(id: &'static str, d: &UseReducerDispatcher<State>, l: &Latest, page: bool) {
    let Some(derived) = &l.derived else { return };
    // The permalink is made here, not on every render: a megabyte of text would make
    // every keystroke encode it.
    let fragment = if id == "link" {
        permalink::encode(&l.request)
    } else {
        String::new()
    };
    let link = if id == "link" {
        link_for(&l.options, &fragment)
    } else {
        String::new()
    };
    let Some((text, select)) = copy_text(id, derived, &l.request, &l.generated, &l.view, &link)
    else {
        return;
    };
    if id == "link" && page {
        host::set_fragment(&fragment);
    }
    let d = d.clone();
    let root = l.root.clone();
    clipboard::copy(
        &text,
        Callback::from(move |ok: bool| {
            d.dispatch(Action::Copied(id, ok));
            if let (false, Some(root)) = (ok, root.clone()) {
                // After the render that shows the failure (and the link's text).
                Timeout::new(0, move || dom::select_text(&root, select)).forget();
            }
        }),
    );
}

/// Offers a file: the URL, the CLI command or a response.
fn save(what: Download, l: &Latest) {
    let Some(Derived::Ready(o)) = &l.derived else {
        return;
    };
    let (name, mime, body) = match what {
        Download::Url => (
            "CreateVServerGroup-request.txt",
            "text/plain",
            o.signed.url.clone(),
        ),
        Download::Cli => (
            "CreateVServerGroup.sh",
            "text/x-shellscript",
            snippet(Language::AliyunCli, &l.request, &o.signed),
        ),
        Download::Json | Download::Xml => {
            let Some(r) = &o.response else { return };
            match what {
                Download::Json => (
                    "CreateVServerGroup-response.json",
                    "application/json",
                    r.json.clone(),
                ),
                _ => (
                    "CreateVServerGroup-response.xml",
                    "application/xml",
                    r.xml.clone(),
                ),
            }
        }
    };
    let body = if body.ends_with('\n') {
        body
    } else {
        format!("{body}\n")
    };
    download::save(name, mime, &body);
}

/// The link that reopens this request: the standalone page's address (the page's own,
/// or the one an embed was given) with the permalink.
fn link_for(options: &Options, fragment: &str) -> String {
    match &options.page_url {
        Some(page) => format!("{page}#{fragment}"),
        None => {
            let location = gloo::utils::window().location();
            let origin = location.origin().unwrap_or_default();
            let path = location.pathname().unwrap_or_default();
            format!("{origin}{path}#{fragment}")
        }
    }
}

/// The playground.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = props.options.clone();
    let start = props.start.clone();
    let state = use_reducer(move || initial(&options, start.unwrap_or_else(clock::fresh)));
    let options = props.options.clone();
    let root = use_node_ref();
    let latest = use_mut_ref(Latest::default);

    let lang = state.lang.or(options.lang).unwrap_or_else(|| {
        host::languages()
            .iter()
            .find_map(|t| Lang::parse(t))
            .unwrap_or_default()
    });
    let theme = state.theme.unwrap_or(options.theme);
    let t = lang.tr();
    let readonly = options.readonly;
    let panels = options.panels;

    let derived = use_derived(
        state.request.clone(),
        state.generated.clone(),
        state.simulate,
    );
    let problems = derived.problems();
    let parts = {
        let rows = state.request.servers.len();
        use_memo((problems.clone(), rows), |(p, rows)| parts(p, *rows))
    };
    // An embed's link to the full page: the permalink of a request small enough to
    // remember (a lower bound of its length says so without reading megabytes), made
    // once per change. The standalone page makes its own only once typing pauses.
    let link = use_memo((state.request.clone(), options.mode), |(r, mode)| {
        (*mode != Mode::Page && r.text_len() <= storage::MAX_LINK).then(|| permalink::encode(r))
    });
    {
        let mut l = latest.borrow_mut();
        l.derived = Some(derived.clone());
        l.request = state.request.clone();
        l.generated = state.generated.clone();
        l.view = state.view.clone();
        l.options = options.clone();
        l.root = root.cast::<web_sys::Element>();
    }

    // ---- one callback for every child, made once ----
    let on = {
        let d = state.dispatcher();
        let latest = latest.clone();
        let page = options.mode == Mode::Page;
        use_callback((), move |ui: Ui, _| handle(ui, &d, &latest, page))
    };
    let dispatcher = state.dispatcher();

    // ---- effects ----
    // After a row was added, removed, moved or duplicated, keyboard focus follows it.
    {
        let root = root.clone();
        let focused = use_mut_ref(|| 0u32);
        let focus = state.focus.clone();
        use_effect(move || {
            if let Some(root) = root.cast::<web_sys::Element>() {
                if *focused.borrow() != focus.0 {
                    *focused.borrow_mut() = focus.0;
                    if let Some(id) = &focus.1 {
                        dom::focus(&root, id);
                    }
                }
            }
        });
    }
    // An embedder's later attribute changes: a new preset replaces the request, a new
    // simulated error is shown, a new language or theme overrides the toggles.
    // The last link the element told its page (`vsg-change`): a page that sets it back
    // as the preset echoes what the user typed a moment ago, and must not take back
    // what was typed since.
    let told_link = use_mut_ref(|| None::<String>);
    {
        let d = dispatcher.clone();
        let seen = use_mut_ref(|| None::<Rc<Options>>);
        let told_link = told_link.clone();
        use_effect_with(options.clone(), move |now| {
            let before = seen.replace(Some(now.clone()));
            if let Some(before) = before {
                let echo = now.preset.is_some() && *told_link.borrow() == now.preset;
                if before.preset != now.preset && !echo {
                    match now.preset.as_deref().map(permalink::decode) {
                        Some(Ok(req)) => d.dispatch(Action::Replace(Box::new(req), clock::fresh())),
                        Some(Err(e)) => d.dispatch(Action::BadLink(e)),
                        None => {}
                    }
                }
                if before.simulate != now.simulate {
                    d.dispatch(Action::Simulate(
                        now.simulate.as_deref().and_then(RuntimeError::find),
                    ));
                }
                if before.lang != now.lang {
                    d.dispatch(Action::Lang(None));
                }
                if before.theme != now.theme {
                    d.dispatch(Action::Theme(None));
                }
            }
        });
    }
    // The request the address bar was last brought in step with (or left alone for):
    // a link that could not be read stays there until the request is edited.
    let followed = use_mut_ref(|| state.request.clone());
    // When the request or a choice changes, the standalone page remembers them (the
    // request as a permalink, never the secret).
    {
        let timer = use_mut_ref(|| None::<Timeout>);
        let page = options.mode == Mode::Page;
        // Everything but the link, which is made in the timer.
        let prefs = storage::Saved {
            link: None,
            lang: state.lang.map(|l| l.tag().to_string()),
            theme: state.theme.map(|t| t.as_str().to_string()),
            tab: state.view.tab.id().to_string(),
            snippet: state.view.snippet.id().to_string(),
            signature: state.view.signature.name().to_string(),
        };
        let followed = followed.clone();
        use_effect_with((state.request.clone(), prefs), move |(request, prefs)| {
            if !page {
                return;
            }
            let (request, mut saved) = (request.clone(), prefs.clone());
            *timer.borrow_mut() = Some(Timeout::new(200, move || {
                // Made once typing pauses, for a request short enough to remember.
                saved.link =
                    (request.text_len() <= storage::MAX_LINK).then(|| permalink::encode(&request));
                storage::save(&saved);
                if *followed.borrow() == request {
                    return;
                }
                followed.replace(request);
                let link = saved
                    .link
                    .as_deref()
                    .filter(|l| l.len() <= storage::MAX_LINK);
                // A link in the address bar (opened, or put there by Copy link) follows
                // the edits, so that a reload shows the last state, not the old link.
                let shown = host::fragment();
                if !shown.is_empty() && Some(shown.as_str()) != link {
                    host::set_fragment(link.unwrap_or(""));
                }
            }));
        });
    }
    // A permalink pasted into the address bar of the open page is opened (undoably).
    {
        let d = dispatcher.clone();
        let latest = latest.clone();
        let page = options.mode == Mode::Page;
        let followed = followed.clone();
        use_effect_with(page, move |page| {
            let listener = page.then(|| {
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let fragment = host::fragment();
                    let now = latest.borrow().request.clone();
                    if fragment.is_empty() || permalink::encode(&now) == fragment {
                        return;
                    }
                    match permalink::decode(&fragment) {
                        Ok(mut req) => {
                            // A link never holds the secret: the one typed stays.
                            req[TextField::AccessKeySecret] =
                                now[TextField::AccessKeySecret].clone();
                            d.dispatch(Action::Replace(Box::new(req), clock::fresh()))
                        }
                        Err(e) => {
                            // An edit just before must not replace the link now shown.
                            followed.replace(now);
                            d.dispatch(Action::BadLink(e))
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    // The custom element tells its page when the user changed the request (not on
    // mount, not for a choice of tab or language, not for the page's own preset).
    {
        let timer = use_mut_ref(|| None::<Timeout>);
        let told = use_mut_ref(|| state.request.clone());
        let host_el = props.host.clone();
        let preset = options.preset.clone();
        let told_link = told_link.clone();
        use_effect_with(state.request.clone(), move |request| {
            let Some(el) = host_el else { return };
            let request = request.clone();
            *timer.borrow_mut() = Some(Timeout::new(200, move || {
                if *told.borrow() == request {
                    return;
                }
                told.replace(request.clone());
                // Made once typing pauses, however long the request.
                let link = permalink::encode(&request);
                if preset.as_deref() != Some(link.as_str()) {
                    host::dispatch_change(&el, &link);
                    told_link.replace(Some(link));
                }
            }));
        });
    }
    // The iframe reports its height to the origin its embedder named.
    {
        let origin = (options.mode == Mode::Iframe)
            .then(|| options.parent_origin.clone())
            .flatten();
        use_effect_with(origin, move |origin| {
            let reporter = origin.clone().and_then(host::HeightReporter::start);
            move || drop(reporter)
        });
    }
    // Validation changes are announced once typing pauses, not on every keystroke.
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let headline = lang.headline(
        errors,
        problems.len() - errors,
        first_local_error(&problems).is_some(),
    );
    let announced = use_state(String::new);
    {
        let timer = use_mut_ref(|| None::<Timeout>);
        let announced = announced.clone();
        let text = format!("{}{headline}", t.announce);
        use_effect_with(text, move |text| {
            let (text, announced) = (text.clone(), announced.clone());
            *timer.borrow_mut() = Some(Timeout::new(1200, move || {
                if *announced != text {
                    announced.set(text);
                }
            }));
        });
    }

    // ---- keyboard: undo and redo inside the playground ----
    let onkeydown = {
        let h = on.clone();
        Callback::from(move |e: KeyboardEvent| {
            if readonly || !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                return;
            }
            let redo = match e.key().as_str() {
                "z" | "Z" => e.shift_key(),
                "y" | "Y" => true,
                _ => return,
            };
            e.prevent_default();
            h.emit(Ui::History(!redo));
        })
    };

    // ---- layout ----
    let req = &state.request;
    let copied = CopyState {
        last: state.copied.map(|c| (c.id, c.ok)),
    };
    let section = |section: Section, problems: &Rc<Vec<Problem>>| {
        html! {
            <SectionFields {section} texts={section_texts(req, section)} format={req.format} method={req.method}
                endpoint={req.endpoint} problems={problems.clone()} {lang} {readonly} on={on.clone()} />
        }
    };
    let raw = html! {
        <RawEditor rows={Rc::new(req.servers.clone())} raw={state.raw.clone()} {lang} {readonly} on={on.clone()} />
    };
    let embedded = options.mode != Mode::Page;
    // Inside a custom element the host page has the landmarks (its own header and
    // main); the standalone page and the iframe are documents of their own.
    let landmarks = options.mode != Mode::Element;
    // An element knows the page's address from its script; an iframe is the page.
    let open_full = match options.mode {
        Mode::Page => None,
        Mode::Element => options
            .page_url
            .as_ref()
            .map(|_| link_for(&options, link.as_deref().unwrap_or_default())),
        Mode::Iframe => Some(format!(
            "index.html#{}",
            link.as_deref().unwrap_or_default()
        )),
    };
    html! {
        <div class="vsg" ref={root} lang={lang.tag()} data-theme={theme.as_str()}
             data-compact={options.compact.then_some("true")} data-mode={match options.mode { Mode::Page => "page", Mode::Iframe => "iframe", Mode::Element => "element" }}
             data-readonly={readonly.then_some("true")} {onkeydown}>
            <@{if landmarks { "header" } else { "div" }} class="top">
                if !embedded {
                    <h1>{ "CreateVServerGroup" }<span class="sub">{ t.subtitle }</span></h1>
                    <p class="lede">{ t.lede }</p>
                }
                <Toolbar {lang} {theme} {readonly} can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                    simulate={state.simulate.map(|e| e.code)} {copied} on={on.clone()}
                    link={(copied.last == Some(("link", false))).then(|| AttrValue::from(link_for(&options, &permalink::encode(req))))}
                    {open_full} has_response={matches!(&derived, Derived::Ready(o) if o.response.is_some())} />
                if let Some(e) = &state.link_error {
                    <p class="note" role="alert">
                        { if e.fallback == Fallback::Example { t.link_error } else { t.link_error_kept } }
                        { lang.import_error(&e.error) }
                    </p>
                }
                if readonly {
                    <p class="note">{ t.readonly }</p>
                }
                <div class="sr-only" aria-live="polite" data-testid="announcer">{ (*announced).clone() }</div>
            </@>
            <@{if landmarks { "main" } else { "div" }} class="columns" data-output={panels.any_output().then_some("true")} data-form={panels.form.then_some("true")}>
                if panels.form {
                    <div class="col-form">
                        <form class="request-form" aria-label={landmarks.then_some(t.form)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                            { section(Section::Main, &parts.main) }
                            { server_rows(&req.servers, &parts.rows, &parts.servers, lang, readonly, &on, raw) }
                            <TagRows tags={req.tags.clone()} problems={parts.tags.clone()} {lang} {readonly} on={on.clone()} />
                            <details class="advanced">
                                <summary>{ t.advanced }</summary>
                                { section(Section::Owner, &parts.owner) }
                                { section(Section::Endpoint, &parts.endpoint) }
                                <fieldset class="credentials">
                                    <legend>{ t.credentials }</legend>
                                    <p class="hint">{ t.credentials_hint }</p>
                                    { section(Section::Credentials, &parts.credentials) }
                                </fieldset>
                            </details>
                        </form>
                        if !readonly {
                            <ImportPanel text={AttrValue::from(state.import.text.clone())} result={state.import.result.clone()}
                                {lang} on={on.clone()} />
                        }
                    </div>
                }
                if panels.any_output() {
                    <div class="col-output">
                        if panels.request {
                            <Summary problems={problems.clone()} {lang} on={on.clone()} {landmarks} />
                        }
                        <Output derived={derived.clone()} request={state.request.clone()} generated={state.generated.clone()}
                            view={state.view.clone()} {panels} simulate={state.simulate} {copied} {lang} {on} {landmarks} {readonly} />
                    </div>
                }
            </@>
        </div>
    }
}
