//! The raw editor of a BackendServers list: the rows as JSON, in step with the form
//! both ways.

use std::rc::Rc;

use vsg_core::model::ServerList;
use vsg_core::{pretty_backend_servers, ServerRow};
use web_sys::{HtmlDetailsElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{marks, Lang};
use crate::labels::{raw_hint, raw_testid};
use crate::state::RawText;
use crate::ui::Ui;

/// Properties of [`RawEditor`].
#[derive(Properties, PartialEq)]
pub struct RawEditorProps {
    /// The list edited.
    pub list: ServerList,
    /// The list's parameter name in the operation's table.
    pub name: &'static str,
    /// The rows (shown as JSON while no text of the user's differs from them).
    pub rows: Rc<Vec<ServerRow>>,
    /// The user's text, while it differs from the rows' JSON.
    pub raw: Option<RawText>,
    /// The page's language.
    pub lang: Lang,
    /// Shown, not editable.
    pub readonly: bool,
    /// What the user does.
    pub on: Callback<Ui>,
}

/// A fold with the JSON text area; the area and its JSON exist only while it is open.
#[component]
pub fn RawEditor(p: &RawEditorProps) -> Html {
    let t = p.lang.tr();
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(e.target_unchecked_into::<HtmlDetailsElement>().open())
        })
    };
    let list = p.list;
    let oninput = {
        let cb = p.on.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(Ui::Raw(
                list,
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    // The text area exists only once this component knows the fold is open: the
    // browser opens a `<details>` at the click and reports it (`toggle`) a task later.
    // An area shown in between would be empty, and filling it with the rows' JSON when
    // `toggle` arrives would write into what the person had started typing.
    let text = (*open).then(|| match &p.raw {
        Some(raw) => raw.text.clone(),
        None => pretty_backend_servers(&p.rows).into(),
    });
    let status = match &p.raw {
        Some(RawText {
            read: Err(e),
            stale,
            ..
        }) => html! {
            <p class="raw-status" data-state="error" data-testid="raw-status">
                { t.raw_rows_kept }{ p.lang.parse_error(e) }
                if *stale { { " " }{ t.raw_stale } }
            </p>
        },
        Some(RawText {
            read: Ok(notes), ..
        }) if !notes.is_empty() => {
            let said: Vec<String> = notes.iter().map(|n| p.lang.note(n)).collect();
            html! {
                <p class="raw-status" data-state="normalised" data-testid="raw-status">
                    { t.raw_normalised }{ said.join(marks::SEMICOLON) }
                </p>
            }
        }
        _ => html! { <p class="raw-status" data-testid="raw-status"></p> },
    };
    let discard = match &p.raw {
        Some(RawText { read: Err(_), .. }) if !p.readonly => {
            let cb = p.on.clone();
            let rows = p.rows.clone();
            html! {
                <button type="button" onclick={Callback::from(move |_| cb.emit(Ui::Raw(list, pretty_backend_servers(&rows))))}>
                    { t.raw_discard }
                </button>
            }
        }
        _ => Html::default(),
    };
    let (title, hint) = (t.raw_title.replace("{list}", p.name), raw_hint(list));
    html! {
        <details class="raw" open={*open} {ontoggle}>
            <summary>{ title.clone() }</summary>
            <p class="hint" id={hint.clone()}>{ t.raw_hint }</p>
            if let Some(text) = text {
                <textarea data-testid={raw_testid(list)} aria-label={title} aria-describedby={hint}
                          spellcheck="false" rows="10" readonly={p.readonly} value={text} {oninput} />
            }
            <div aria-live="polite">{ status }</div>
            { discard }
        </details>
    }
}
