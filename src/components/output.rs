//! The output column: the request URL, then tabs for the parameters, the signature,
//! the mock response and the code. Only the chosen tab is built.

use std::rc::Rc;

use vsg_core::mock::{MockResponse, RuntimeError};
use vsg_core::model::ServerList;
use vsg_core::sandbox::Answer;
use vsg_core::validate::MAX_URL;
use vsg_core::{first_local_error, Checked, Format, Method, Request, SignedRequest};
use yew::prelude::*;

use super::extras::Extras;
use super::sandbox::SandboxView;
use super::signature;
use super::snippet::{iac, snippets};
use super::{copy_button, cut, tab_list, SHOWN_MAX};
use crate::hooks::sandbox::Shared;
use crate::i18n::{marks, status_line, Lang};
use crate::labels::{
    copy_shown, label, list_name, panel_id, tab_id, FORMAT_TABS, OUTPUT_TABS, REQUEST_TITLE,
};
use crate::options::Panels;
use crate::signing::{Derived, Pending};
use crate::state::{Copied, CopyTarget, SigVersion, Tab, View};
use crate::ui::Ui;

/// Properties of [`Output`].
#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// What the request comes to.
    pub derived: Derived,
    /// What the sandbox answers it now (`None` while it is being signed).
    pub answer: Option<Rc<Answer>>,
    /// The sandbox it is sent to.
    pub sandbox: Rc<Shared>,
    /// The sandbox's version.
    pub version: u32,
    /// The request.
    pub request: Rc<Request>,
    /// The V3 walkthrough and the snippet (computed only if shown or copied).
    pub extras: Rc<Extras>,
    /// What is looked at.
    pub view: View,
    /// Which panels show.
    pub panels: Panels,
    /// The simulated runtime error, if any.
    pub simulate: Option<&'static RuntimeError>,
    /// The last copy.
    pub copied: Option<Copied>,
    /// The page's language.
    pub lang: Lang,
    /// What the user does.
    pub on: Callback<Ui>,
    /// Whether its sections are landmarks (not inside a custom element, whose host
    /// page has its own).
    pub landmarks: bool,
    /// Nothing editable: no new nonce and time either.
    pub readonly: bool,
}

/// A long encoded value inside a cut URL: its start, a marker, its end.
fn cut_value(encoded: &str, lang: Lang) -> Html {
    const HEAD: usize = 1024;
    const TAIL: usize = 128;
    if encoded.len() <= 2048 {
        return html! { { encoded.to_string() } };
    }
    // Encoded text is ASCII: any byte offset is a boundary.
    let left = encoded.len() - HEAD - TAIL;
    html! {
        <>{ encoded[..HEAD].to_string() }<mark class="cut">{ lang.cut(left) }</mark>{ encoded[encoded.len() - TAIL..].to_string() }</>
    }
}

/// The URL as the `request-url` element shows it: exact up to [`MAX_URL`], beyond it
/// each long value cut (the copy button copies the whole URL).
fn url_text(s: &SignedRequest, lang: Lang) -> Html {
    if s.url.len() <= MAX_URL {
        return html! { { s.url.clone() } };
    }
    let prefix = s.url.find('?').map_or("", |q| &s.url[..=q]);
    html! {
        <>
            { prefix.to_string() }
            { for s.params.iter().enumerate().map(|(i, p)| html! {
                <>{ if i > 0 { "&" } else { "" } }{ p.name.clone() }{ "=" }{ cut_value(&p.encoded, lang) }</>
            }) }
        </>
    }
}

/// The URL of a request being signed: every parameter, long values cut, the signature
/// to come.
fn pending_url(p: &Pending, lang: Lang) -> Html {
    let at = p.params.partition_point(|q| q.name.as_str() < "Signature");
    let param = |q: &crate::signing::PreviewParam| {
        let left = q.len - q.head.len();
        html! {
            <>{ q.name.clone() }{ "=" }{ q.head.clone() }
              if left > 0 { <mark class="cut">{ lang.cut(left) }</mark> }</>
        }
    };
    html! {
        <>
            { p.prefix.clone() }
            { for p.params[..at].iter().map(|q| html! { <>{ param(q) }{ "&" }</> }) }
            { "Signature=" }<mark class="pending">{ marks::ELLIPSIS }</mark>
            { for p.params[at..].iter().map(|q| html! { <>{ "&" }{ param(q) }</> }) }
        </>
    }
}

/// The table shows at most this much of a value (the URL above holds all of it): a
/// narrow column of kilobytes is unreadable, and laying it out again on every
/// keystroke cost more than a millisecond at 20 full rows.
const CELL_MAX: usize = 1024;

fn params_table(s: &SignedRequest, lang: Lang) -> Html {
    let t = lang.tr();
    html! {
        <div class="table-wrap">
            <table class="params">
                <caption class="sr-only">{ t.tab_params }</caption>
                <thead><tr><th scope="col">{ t.name }</th><th scope="col">{ t.value_col }</th><th scope="col">{ t.encoded }</th></tr></thead>
                <tbody>
                { for s.params.iter().map(|p| html! {
                    <tr>
                        <th scope="row"><code>{ p.name.clone() }</code></th>
                        <td><code>{ cut(&p.value, CELL_MAX, lang) }</code></td>
                        <td><code>{ cut(&p.encoded, CELL_MAX, lang) }</code></td>
                    </tr>
                }) }
                </tbody>
            </table>
        </div>
    }
}

fn response(o: &Checked, p: &OutputProps) -> Html {
    let t = p.lang.tr();
    let answer = p.answer.as_deref();
    let sandbox = html! {
        <SandboxView sandbox={p.sandbox.clone()} version={p.version} lang={p.lang} on={p.on.clone()}
            sendable={answer.is_some_and(|a| a.response.is_some())} />
    };
    let Some(r): Option<&MockResponse> = answer.and_then(|a| a.response.as_ref()) else {
        let problem = first_local_error(&o.problems);
        return html! {
            <>
                <p class="status" data-ok="false" data-testid="response-status">{ t.not_sent }</p>
                if let Some(problem) = problem {
                    <p>{ t.not_sent_why }<strong>{ label(&problem.field, p.lang) }</strong>{ marks::COLON }{ p.lang.rule(&problem.rule) }</p>
                }
                { sandbox }
            </>
        };
    };
    // Rows of the main list that name no member of the group (Remove, Modify, Set).
    let ignored = answer.map_or(&[][..], |a| &a.ignored[..]);
    let ignored = (!ignored.is_empty()).then(|| {
        let rows: Vec<String> = ignored.iter().map(|r| (r + 1).to_string()).collect();
        t.ignored
            .replace("{list}", list_name(p.request.op, ServerList::Main))
            .replace("{rows}", &rows.join(marks::COMMA))
    });
    let shown = p.view.response.unwrap_or(p.request.format);
    // The formats are named by their wire values.
    let tabs = Format::ALL.map(|f| (f, f.as_str(), f.as_str()));
    // Only the body shown is written.
    let (body, copy) = match shown {
        Format::Json => (r.json(), CopyTarget::Json),
        Format::Xml => (r.xml(), CopyTarget::Xml),
    };
    html! {
        <>
            if let Some(e) = p.simulate {
                <p class="note" data-testid="simulated">{ t.simulated }<code>{ e.code }</code></p>
            }
            <p class="status" data-ok={if r.status == 200 { "true" } else { "false" }} data-testid="response-status">
                { status_line(r.status) }
            </p>
            if let Some(ignored) = ignored {
                <p class="note" data-testid="ignored">{ ignored }</p>
            }
            { tab_list(t.response_format, FORMAT_TABS, &tabs, shown, &p.on, Ui::Response) }
            <div role="tabpanel" id={panel_id(FORMAT_TABS, shown.as_str())}
                 aria-labelledby={tab_id(FORMAT_TABS, shown.as_str())}>
                <pre tabindex="0"><code data-testid={copy_shown(copy)} lang="en">{ cut(&body, SHOWN_MAX, p.lang) }</code></pre>
                { copy_button(copy, format!("{} {}", t.copy, shown.as_str()), p.copied, p.lang, &p.on) }
            </div>
            { sandbox }
        </>
    }
}

fn panel(tab: Tab, o: &Checked, p: &OutputProps) -> Html {
    let t = p.lang.tr();
    match tab {
        Tab::Params => params_table(&o.signed, p.lang),
        Tab::Signature => {
            let body = match p.view.signature {
                SigVersion::V1 => signature::v1(
                    &o.signed,
                    p.request[vsg_core::TextField::AccessKeySecret].is_empty(),
                    p.copied,
                    p.lang,
                    &p.on,
                ),
                SigVersion::V3 => signature::v3(p.extras.v3(), p.copied, p.lang, &p.on),
            };
            html! { <>{ signature::switch(p.view.signature, p.lang, &p.on) }{ body }</> }
        }
        Tab::Response => html! {
            <section aria-label={t.response} role={(!p.landmarks).then_some("group")}>{ response(o, p) }</section>
        },
        Tab::Code => {
            let code = p.extras.snippet(p.view.snippet, &o.signed);
            html! {
                <>
                    { snippets(p.view.snippet, &code, p.copied, p.lang, &p.on) }
                    { iac(p.extras.iac(), p.copied, p.lang, &p.on) }
                </>
            }
        }
    }
}

/// The URL and the tabs.
#[component]
pub fn Output(p: &OutputProps) -> Html {
    let t = p.lang.tr();
    let tabs: Vec<(Tab, &'static str, &'static str)> = [
        (Tab::Params, t.tab_params, p.panels.request),
        (Tab::Signature, t.tab_signature, p.panels.signature),
        (Tab::Response, t.tab_response, p.panels.responses),
        (Tab::Code, t.tab_code, p.panels.code),
    ]
    .into_iter()
    .filter(|(_, _, on)| *on)
    .map(|(tab, text, _)| (tab, tab.id(), text))
    .collect();
    let tab = if tabs.iter().any(|(x, _, _)| *x == p.view.tab) {
        p.view.tab
    } else {
        tabs.first().map_or(Tab::Params, |(x, _, _)| *x)
    };
    let generated = p.request[vsg_core::TextField::SignatureNonce].is_empty()
        || p.request[vsg_core::TextField::Timestamp].is_empty();
    let (method, url, ready) = match &p.derived {
        Derived::Ready(o) => (o.signed.method, url_text(&o.signed, p.lang), Some(o)),
        Derived::Pending(pending) => (pending.method, pending_url(pending, p.lang), None),
    };
    let onregenerate = {
        let cb = p.on.clone();
        Callback::from(move |_| cb.emit(Ui::Regenerate))
    };
    html! {
        <section class="output" aria-labelledby={REQUEST_TITLE} role={(!p.landmarks).then_some("group")}>
            if p.panels.request {
                <h2 id={REQUEST_TITLE}>{ t.request }</h2>
                <div class="url-line">
                    <span class="method" data-method={method.as_str()}>{ method.as_str() }</span>
                    <code class="url" data-testid={copy_shown(CopyTarget::Url)} tabindex="0">{ url }</code>
                    { copy_button(CopyTarget::Url, t.copy_url.to_string(), p.copied, p.lang, &p.on) }
                    // On a line of its own below (the page); beside the copy button, the
                    // text in the button's title (an embed).
                    if generated {
                        <p class="hint">
                            <span>{ t.regenerate_hint }</span>
                            if !p.readonly {
                                { " " }<button type="button" title={t.regenerate_hint} onclick={onregenerate}>{ t.regenerate }</button>
                            }
                        </p>
                    }
                </div>
                if let Derived::Pending(pending) = &p.derived {
                    <p class="note" data-testid="signing" role="status">
                        { p.lang.signing(pending.progress.0 * 100 / pending.progress.1.max(1), pending.progress.1) }
                    </p>
                }
                if method == Method::Post {
                    <p class="hint">{ t.post_note }</p>
                }
                if let Some(o) = ready.filter(|o| o.signed.example_credentials) {
                    <p class="note" data-testid="example-credentials">
                        { p.lang.example_note(o.signed.example_key_id, o.signed.example_secret) }
                    </p>
                }
            } else {
                <h2 id={REQUEST_TITLE} class="sr-only">{ t.request }</h2>
            }
            if !tabs.is_empty() {
                { tab_list(t.output, OUTPUT_TABS, &tabs, tab, &p.on, Ui::Show) }
                <div role="tabpanel" id={panel_id(OUTPUT_TABS, tab.id())} aria-labelledby={tab_id(OUTPUT_TABS, tab.id())}
                     class="tab-panel" data-testid={format!("panel-{}", tab.id())}>
                    { match ready {
                        Some(o) => panel(tab, o, p),
                        None => html! { <p class="hint">{ t.signing_pending }</p> },
                    } }
                </div>
            }
        </section>
    }
}
