//! What the copy buttons copy and the downloads save: always the whole text (the
//! page may show it cut), from what the latest render showed.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use vsg_core::mock::{MockResponse, RuntimeError};
use vsg_core::sandbox::Answer;
use vsg_core::snippets::{snippet, Language};
use vsg_core::{permalink, Checked, Request};
use yew::prelude::*;

use crate::browser::{clipboard, dom, download, host};
use crate::components::extras::Extras;
use crate::hooks::sandbox::Shared;
use crate::labels::copy_shown;
use crate::options::{Mode, Options};
use crate::signing::Derived;
use crate::state::{Action, CopyTarget, Download, State};

/// What a render showed, for the copies and downloads made after it.
#[derive(Clone)]
pub struct Sources {
    /// What the request came to.
    pub derived: Derived,
    /// The request.
    pub request: Rc<Request>,
    /// Its V3 walkthrough and snippets (computed once, by the panel or the first
    /// copy).
    pub extras: Rc<Extras>,
    /// The snippet language shown.
    pub language: Language,
    /// How the playground is embedded.
    pub options: Rc<Options>,
    /// The sandbox the request is sent to.
    pub sandbox: Rc<Shared>,
    /// What the sandbox answers the request now (`None` while it is being signed).
    pub answer: Option<Rc<Answer>>,
    /// The runtime error simulated, if any.
    pub simulate: Option<&'static RuntimeError>,
}

impl Sources {
    fn ready(&self) -> Option<&Checked> {
        match &self.derived {
            Derived::Ready(o) => Some(o.as_ref()),
            Derived::Pending(_) => None,
        }
    }

    /// The response shown: the sandbox's answer.
    fn response(&self) -> Option<&MockResponse> {
        self.answer.as_ref()?.response.as_ref()
    }

    /// The text behind `target`, `None` while the request is being signed (or when
    /// there is no response). Copying the link on the standalone page also puts it in
    /// the address bar.
    fn text(&self, target: CopyTarget) -> Option<String> {
        let o = self.ready();
        let v3 = || o.map(|_| self.extras.v3());
        Some(match target {
            CopyTarget::Link => {
                // Made here, not on every render: a megabyte of text would make every
                // keystroke encode it.
                let fragment = permalink::encode(&self.request);
                if self.options.mode == Mode::Page {
                    host::set_fragment(&fragment);
                }
                link_for(&self.options, &fragment)
            }
            CopyTarget::Url => o?.signed.url.clone(),
            CopyTarget::CanonicalQuery => o?.signed.canonical_query.clone(),
            CopyTarget::StringToSign => o?.signed.string_to_sign(),
            CopyTarget::Signature => o?.signed.signature.clone(),
            CopyTarget::V3CanonicalRequest => v3()?.signed.canonical_request.clone(),
            CopyTarget::V3Hash => v3()?.signed.hashed_canonical_request.clone(),
            CopyTarget::V3StringToSign => v3()?.signed.string_to_sign.clone(),
            CopyTarget::V3Signature => v3()?.signed.signature.clone(),
            CopyTarget::V3Authorization => v3()?.authorization.clone(),
            CopyTarget::V3Curl => v3()?.curl.clone(),
            CopyTarget::Snippet => (*self.extras.snippet(self.language, &o?.signed)).clone(),
            CopyTarget::Terraform => self.extras.iac()?[0].code.clone(),
            CopyTarget::Ros => self.extras.iac()?[1].code.clone(),
            CopyTarget::Json => self.response()?.json(),
            CopyTarget::Xml => self.response()?.xml(),
        })
    }
}

/// Copies what `target` stands for; reports the outcome to the state, and selects the
/// text shown when copying failed (so that Ctrl+C copies it).
pub fn copy(target: CopyTarget, d: &UseReducerDispatcher<State>, s: &Sources, root: &NodeRef) {
    let Some(text) = s.text(target) else {
        return;
    };
    let d = d.clone();
    let root = root.clone();
    clipboard::copy(
        &text,
        Callback::from(move |ok: bool| {
            d.dispatch(Action::Copied(target, ok));
            if let (false, Some(root)) = (ok, root.cast::<web_sys::Element>()) {
                // After the render that shows the failure (and the link's text).
                let shown = format!("[data-testid=\"{}\"]", copy_shown(target));
                Timeout::new(0, move || dom::select_text(&root, &shown)).forget();
            }
        }),
    );
}

/// Sends the request to the sandbox (a local error keeps it from being sent, and a
/// request still being signed is not sent); whether it was.
pub fn send(s: &Sources) -> bool {
    let (Some(o), Some(_)) = (s.ready(), s.response()) else {
        return false;
    };
    s.sandbox.change(|sandbox| {
        sandbox.send(&s.request, &o.signed, &o.problems, s.simulate);
    });
    true
}

/// Offers a file: the URL, the CLI command or a response.
pub fn save(what: Download, s: &Sources) {
    let Some(o) = s.ready() else {
        return;
    };
    let action = s.request.op.action;
    let (name, mime, body) = match what {
        Download::Url => (
            format!("{action}-request.txt"),
            "text/plain",
            o.signed.url.clone(),
        ),
        Download::Cli => (
            format!("{action}.sh"),
            "text/x-shellscript",
            snippet(Language::AliyunCli, &s.request, &o.signed),
        ),
        Download::Json => match s.response() {
            Some(r) => (
                format!("{action}-response.json"),
                "application/json",
                r.json(),
            ),
            None => return,
        },
        Download::Xml => match s.response() {
            Some(r) => (format!("{action}-response.xml"), "application/xml", r.xml()),
            None => return,
        },
    };
    let body = if body.ends_with('\n') {
        body
    } else {
        format!("{body}\n")
    };
    download::save(&name, mime, &body);
}

/// From an embed, the standalone page with this request (`link`, its permalink): an
/// element knows the page's address from its script; an iframe is the page.
pub fn open_full(options: &Options, link: &str) -> Option<String> {
    match options.mode {
        Mode::Page => None,
        Mode::Element => options.page_url.as_ref().map(|_| link_for(options, link)),
        Mode::Iframe => Some(format!("index.html#{link}")),
    }
}

/// The link that reopens this request: the standalone page's address (the page's own,
/// or the one an embed was given) with the permalink.
pub fn link_for(options: &Options, fragment: &str) -> String {
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
