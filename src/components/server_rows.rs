//! The BackendServers list, one editable row per server.

use vsg_core::{Field, Problem, ServerField, ServerRow, MAX_SERVERS};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::messages::{invalid, messages, messages_id};
use crate::state::Edit;

/// The Type choices: empty = not sent (the service default, ecs).
const TYPES: [(&str, &str); 4] = [
    ("", "(default)"),
    ("ecs", "ecs"),
    ("eni", "eni"),
    ("eci", "eci"),
];

fn cell(
    problems: &[Problem],
    onedit: &Callback<Edit>,
    row: usize,
    field: ServerField,
    value: &str,
) -> Html {
    let f = Field::Server { row, field };
    let invalid = invalid(problems, f);
    let cb = onedit.clone();
    let control = if field == ServerField::Type {
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            cb.emit(Edit::Server(row, field, v))
        });
        let known = TYPES.iter().any(|(v, _)| *v == value);
        html! {
            <select id={crate::labels::dom_id(&f)} data-value={value.to_string()} aria-label={crate::labels::label(&f)} aria-invalid={invalid}
                    aria-describedby={messages_id(f)} {onchange}>
                { for TYPES.iter().map(|(v, text)| html! {
                    <option value={*v} selected={*v == value}>{ *text }</option>
                }) }
                if !known {
                    <option value={value.to_string()} selected=true>{ value.to_string() }</option>
                }
            </select>
        }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            cb.emit(Edit::Server(row, field, v))
        });
        let numeric = matches!(field, ServerField::Port | ServerField::Weight);
        html! {
            <input id={crate::labels::dom_id(&f)} type="text" aria-label={crate::labels::label(&f)} value={value.to_string()}
                   inputmode={numeric.then_some("numeric")} spellcheck="false" autocomplete="off"
                   aria-invalid={invalid} aria-describedby={messages_id(f)} {oninput} />
        }
    };
    html! {
        <td class="cell" data-label={field.name()}>{ control }</td>
    }
}

/// The messages of every field of a row, under the row (each list keeps the id its
/// input's `aria-describedby` points to).
fn row_messages(problems: &[Problem], row: usize) -> Html {
    html! {
        <tr class="row-msgs">
            <td></td>
            <td colspan="7">
                { for ServerField::ALL.iter().map(|&field| {
                    let f = Field::Server { row, field };
                    messages(f, problems)
                }) }
            </td>
        </tr>
    }
}

fn row_buttons(onedit: &Callback<Edit>, row: usize, count: usize) -> Html {
    let full = count >= MAX_SERVERS;
    let n = row + 1;
    let buttons = [
        (
            "↑",
            Some(format!("move-up-{n}")),
            false,
            format!("Move server {n} up"),
            row == 0,
            Edit::MoveServer(row, true),
        ),
        (
            "↓",
            Some(format!("move-down-{n}")),
            false,
            format!("Move server {n} down"),
            row + 1 >= count,
            Edit::MoveServer(row, false),
        ),
        (
            "❐",
            None,
            false,
            format!("Duplicate server {n}"),
            count >= MAX_SERVERS,
            Edit::DuplicateServer(row),
        ),
        (
            "✕",
            None,
            true,
            format!("Remove server {n}"),
            false,
            Edit::RemoveServer(row),
        ),
    ];
    html! {
        <td class="row-actions">
            { for buttons.into_iter().map(|(icon, id, danger, label, disabled, edit)| {
                let cb = onedit.clone();
                html! {
                    <button type="button" {id} class="icon" data-danger={danger.then_some("true")} aria-label={label.clone()} title={label}
                            aria-describedby={(full && icon == "❐").then_some("add-server-why")}
                            {disabled} onclick={Callback::from(move |_| cb.emit(edit.clone()))}>{ icon }</button>
                }
            }) }
        </td>
    }
}

/// The BackendServers editor: a table of rows with add, remove, duplicate and move.
/// At [`MAX_SERVERS`] rows adding is disabled and the reason is shown.
pub fn server_rows(rows: &[ServerRow], problems: &[Problem], onedit: &Callback<Edit>) -> Html {
    let count = rows.len();
    let full = count >= MAX_SERVERS;
    let onadd = {
        let cb = onedit.clone();
        Callback::from(move |_| cb.emit(Edit::AddServer))
    };
    html! {
        <fieldset class="servers" id={crate::labels::dom_id(&Field::Servers)} tabindex="-1">
            <legend>{ "BackendServers" }<span class="count">{ format!(" ({count}/{MAX_SERVERS})") }</span></legend>
            if count == 0 {
                <p class="hint">{ "No servers: the BackendServers parameter is not sent and the group is created empty." }</p>
            } else {
                <table class="rows">
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        { for ServerField::ALL.iter().map(|f| html! { <th scope="col">{ f.name() }</th> }) }
                        <th scope="col"><span class="sr-only">{ "Actions" }</span></th>
                    </tr></thead>
                    <tbody>
                    { for rows.iter().enumerate().map(|(i, r)| html! {
                        <>
                            <tr class="row">
                                <th scope="row" class="row-num">{ i + 1 }</th>
                                { for ServerField::ALL.iter().map(|f| cell(problems, onedit, i, *f, r.get(*f))) }
                                { row_buttons(onedit, i, count) }
                            </tr>
                            { row_messages(problems, i) }
                        </>
                    }) }
                    </tbody>
                </table>
            }
            { messages(Field::Servers, problems) }
            <div class="add-row">
                <button type="button" id="add-server" data-testid="add-server" disabled={full}
                        aria-describedby={full.then_some("add-server-why")} onclick={onadd}>
                    { "+ Add server" }
                </button>
                if full {
                    <span id="add-server-why" class="hint">
                        { format!("At most {MAX_SERVERS} servers per request (TooManyBackendServers beyond).") }
                    </span>
                }
            </div>
        </fieldset>
    }
}
