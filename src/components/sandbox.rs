//! The sandbox under the response: the Send button, what was sent last, and a fold
//! with the groups it holds and every request sent to it with the groups after each.
//! A component of its own, so that it renders only when the sandbox changes, not on
//! every keystroke.

use std::rc::Rc;

use vsg_core::params::BACKEND_SERVERS;
use vsg_core::sandbox::{Entry, Group};
use vsg_core::TextField;
use yew::prelude::*;

use crate::hooks::sandbox::Shared;
use crate::i18n::{marks, member, sent_line, Lang};
use crate::labels::text_label;
use crate::ui::Ui;

/// Properties of [`SandboxView`].
#[derive(Properties, PartialEq)]
pub struct SandboxProps {
    /// The playground's sandbox.
    pub sandbox: Rc<Shared>,
    /// Its version (the view renders again when it changes).
    pub version: u32,
    /// Whether the request can be sent (it has an answer).
    pub sendable: bool,
    /// The page's language.
    pub lang: Lang,
    /// What the user does.
    pub on: Callback<Ui>,
}

/// `#3 AddVServerGroupBackendServers · HTTP 200 OK`.
fn entry_line(e: &Entry) -> String {
    sent_line(e.number, e.op.action, e.response.status)
}

/// The groups as a table: ID, name, and members as `ServerId:Port (Weight)`.
fn groups_table(groups: &[Group], caption: String, lang: Lang) -> Html {
    let t = lang.tr();
    if groups.is_empty() {
        return html! { <p class="hint">{ caption }{ marks::COLON }{ t.no_groups }</p> };
    }
    let head = [
        text_label(TextField::VServerGroupId, lang),
        text_label(TextField::VServerGroupName, lang),
        BACKEND_SERVERS.name,
    ];
    html! {
        <div class="table-wrap">
            <table class="params">
                <caption>{ caption }</caption>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                <tbody>
                { for groups.iter().map(|g| {
                    let members: Vec<String> = g.members.iter()
                        .map(|m| member(&m.server_id, &m.port, &m.weight))
                        .collect();
                    html! {
                        <tr>
                            <th scope="row"><code>{ &g.id }</code></th>
                            <td>{ &g.name }</td>
                            <td>{ members.join(marks::SEMICOLON) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </div>
    }
}

/// The Send button, the last request sent, and the sandbox's groups and history.
#[component]
pub fn SandboxView(p: &SandboxProps) -> Html {
    let t = p.lang.tr();
    let sandbox = p.sandbox.sandbox();
    let history = sandbox.history();
    let onclick = {
        let cb = p.on.clone();
        Callback::from(move |_| cb.emit(Ui::Send))
    };
    html! {
        <div class="sandbox">
            <p class="url-line">
                <button type="button" data-testid="send" disabled={!p.sendable} {onclick}>{ t.send }</button>
                <span role="status" data-testid="sent">
                    if let Some(e) = history.back() { { t.last_sent }{ entry_line(e) } }
                </span>
            </p>
            <p class="hint">{ t.sandbox_note }</p>
            <details class="history" data-testid="sandbox-history">
                <summary>{ t.history }{ p.lang.count(history.len(), vsg_core::sandbox::HISTORY_LIMIT) }</summary>
                { groups_table(sandbox.groups(), t.groups_now.into(), p.lang) }
                <ul>
                { for history.iter().rev().map(|e| {
                    // The body in the format the request asked for (`f=XML` in its link).
                    let xml = e.link.split('&').any(|item| item == "f=XML");
                    let body = if xml { e.response.xml() } else { e.response.json() };
                    html! {
                        <li data-testid="history-entry" data-ok={(e.response.status == 200).then_some("true")}>
                            <details>
                                <summary>{ entry_line(e) }</summary>
                                <pre tabindex="0"><code lang="en">{ body }</code></pre>
                            </details>
                            { groups_table(e.state.groups(), t.groups_after.replace("{n}", &e.number.to_string()), p.lang) }
                        </li>
                    }
                }) }
                </ul>
            </details>
        </div>
    }
}
