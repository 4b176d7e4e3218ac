//! The BackendServers list, one editable row per server.

use std::rc::Rc;

use vsg_core::{Field, Problem, ServerField, ServerRow, MAX_SERVERS};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::messages::{any_error, for_field, messages_id, Messages};

/// The Type choices: empty = not sent (the service default, ecs).
const TYPES: [(&str, &str); 4] = [
    ("", "default (ecs)"),
    ("ecs", "ecs"),
    ("eni", "eni"),
    ("eci", "eci"),
];

/// Properties of [`ServerRows`].
#[derive(Properties, PartialEq)]
pub struct ServerRowsProps {
    /// The rows.
    pub rows: Vec<ServerRow>,
    /// Every problem of the request (each cell picks its own).
    pub problems: Rc<Vec<Problem>>,
    /// A cell changed: (row, field, new text).
    pub onchange: Callback<(usize, ServerField, String)>,
    /// Append an empty row.
    pub onadd: Callback<()>,
    /// Remove a row.
    pub onremove: Callback<usize>,
    /// Insert a copy of a row below it.
    pub onduplicate: Callback<usize>,
    /// Move a row up (`true`) or down.
    pub onmove: Callback<(usize, bool)>,
}

fn cell(props: &ServerRowsProps, row: usize, field: ServerField, value: &str) -> Html {
    let f = Field::Server { row, field };
    let problems = for_field(&props.problems, f);
    let label = f.label();
    let invalid = any_error(&problems).then_some("true");
    let control = if field == ServerField::Type {
        let onchange = {
            let cb = props.onchange.clone();
            Callback::from(move |e: Event| {
                cb.emit((
                    row,
                    field,
                    e.target_unchecked_into::<HtmlSelectElement>().value(),
                ))
            })
        };
        let known = TYPES.iter().any(|(v, _)| *v == value);
        html! {
            <select id={f.dom_id()} aria-label={label} aria-invalid={invalid}
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
        let oninput = {
            let cb = props.onchange.clone();
            Callback::from(move |e: InputEvent| {
                cb.emit((
                    row,
                    field,
                    e.target_unchecked_into::<HtmlInputElement>().value(),
                ))
            })
        };
        let numeric = matches!(field, ServerField::Port | ServerField::Weight);
        html! {
            <input id={f.dom_id()} type="text" aria-label={label} value={value.to_string()}
                   inputmode={numeric.then_some("numeric")} spellcheck="false" autocomplete="off"
                   aria-invalid={invalid} aria-describedby={messages_id(f)} {oninput} />
        }
    };
    html! {
        <td class={classes!("cell", format!("cell-{}", field.name().to_ascii_lowercase()))}
            data-label={field.name()}>
            { control }
            <Messages field={f} {problems} />
        </td>
    }
}

fn row_buttons(props: &ServerRowsProps, row: usize, count: usize) -> Html {
    let n = row + 1;
    let full = count >= MAX_SERVERS;
    let emit = |cb: &Callback<usize>| {
        let cb = cb.clone();
        Callback::from(move |_| cb.emit(row))
    };
    let mv = |up: bool| {
        let cb = props.onmove.clone();
        Callback::from(move |_| cb.emit((row, up)))
    };
    html! {
        <td class="row-actions">
            <button type="button" class="icon" aria-label={format!("Move server {n} up")}
                    title="Move up" disabled={row == 0} onclick={mv(true)}>{ "↑" }</button>
            <button type="button" class="icon" aria-label={format!("Move server {n} down")}
                    title="Move down" disabled={row + 1 >= count} onclick={mv(false)}>{ "↓" }</button>
            <button type="button" class="icon" aria-label={format!("Duplicate server {n}")}
                    title={if full { "At most 20 servers" } else { "Duplicate" }}
                    disabled={full} onclick={emit(&props.onduplicate)}>{ "⧉" }</button>
            <button type="button" class="icon danger" aria-label={format!("Remove server {n}")}
                    title="Remove" onclick={emit(&props.onremove)}>{ "✕" }</button>
        </td>
    }
}

/// The BackendServers editor: a table of rows with add, remove, duplicate and move.
#[component]
pub fn ServerRows(props: &ServerRowsProps) -> Html {
    let count = props.rows.len();
    let full = count >= MAX_SERVERS;
    let list_problems = for_field(&props.problems, Field::Servers);
    let onadd = {
        let cb = props.onadd.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <fieldset class="servers">
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
                    { for props.rows.iter().enumerate().map(|(i, r)| html! {
                        <tr>
                            <th scope="row" class="row-num">{ i + 1 }</th>
                            { for ServerField::ALL.iter().map(|f| cell(props, i, *f, r.get(*f))) }
                            { row_buttons(props, i, count) }
                        </tr>
                    }) }
                    </tbody>
                </table>
            }
            <Messages field={Field::Servers} problems={list_problems} />
            <div class="add-row">
                <button type="button" data-testid="add-server" disabled={full}
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
