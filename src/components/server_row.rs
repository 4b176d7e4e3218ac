//! The rows of a BackendServers list: a table with one component per row, so that
//! typing in a row re-renders that row only.

use std::rc::Rc;

use vsg_core::model::{server_type, ServerList, SERVER_TYPES};
use vsg_core::{Field, Problem, ServerField, ServerRow, MAX_SERVERS};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::select::shown;
use super::{invalid, messages};
use crate::i18n::{in_list, marks, Lang, RowButton};
use crate::labels::{add_server, add_server_why, dom_id, label, messages_id, move_id};
use crate::state::{Direction, Edit};
use crate::ui::Ui;

/// Properties of [`ServerRowView`].
#[derive(Properties, PartialEq)]
pub struct ServerRowProps {
    /// The list the row is in.
    pub list: ServerList,
    /// 0-based row.
    pub index: usize,
    /// Whether this is the last row (it cannot move down).
    pub last: bool,
    /// Whether the list is full (nothing can be duplicated).
    pub full: bool,
    /// The row as typed.
    pub row: ServerRow,
    /// The problems of this row.
    pub problems: Rc<Vec<Problem>>,
    /// The page's language.
    pub lang: Lang,
    /// Shown, not editable.
    pub readonly: bool,
    /// What the user does.
    pub on: Callback<Ui>,
}

fn cell(p: &ServerRowProps, field: ServerField) -> Html {
    let (list, row) = (p.list, p.index);
    let value = p.row.get(field);
    let f = Field::Server { list, row, field };
    let invalid = invalid(&p.problems, f);
    let cb = p.on.clone();
    let control = if field == ServerField::Type {
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            cb.emit(Ui::Edit(Edit::Server(list, row, field, v)))
        });
        // Empty is not sent: the service default, ecs.
        let known = server_type(value).is_some();
        html! {
            <select id={dom_id(&f)} ~value={shown(value)} aria-label={label(&f, p.lang)} aria-invalid={invalid}
                    aria-describedby={messages_id(&f)} disabled={p.readonly} {onchange}>
                <option value="" selected={value.is_empty()}>{ p.lang.tr().type_default }</option>
                { for SERVER_TYPES.iter().map(|t| html! {
                    <option value={t.name} selected={t.name == value}>{ t.name }</option>
                }) }
                if !known {
                    <option value={value.to_string()} selected=true>{ value.to_string() }</option>
                }
            </select>
        }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            cb.emit(Ui::Edit(Edit::Server(list, row, field, v)))
        });
        let numeric = matches!(field, ServerField::Port | ServerField::Weight);
        html! {
            <input id={dom_id(&f)} type="text" aria-label={label(&f, p.lang)} value={value.to_string()}
                   inputmode={numeric.then_some("numeric")} spellcheck="false" autocomplete="off"
                   readonly={p.readonly} aria-invalid={invalid} aria-describedby={messages_id(&f)} {oninput} />
        }
    };
    html! {
        <td class="cell" data-label={field.name()}>{ control }</td>
    }
}

fn row_buttons(p: &ServerRowProps) -> Html {
    let (list, row) = (p.list, p.index);
    let n = row + 1;
    let lang = p.lang;
    let why = p.full.then(|| add_server_why(list));
    let buttons = [
        (
            Some(move_id(list, row, Direction::Up)),
            RowButton::Up,
            row == 0,
            Edit::MoveServer(list, row, Direction::Up),
        ),
        (
            Some(move_id(list, row, Direction::Down)),
            RowButton::Down,
            p.last,
            Edit::MoveServer(list, row, Direction::Down),
        ),
        (
            None,
            RowButton::Duplicate,
            p.full,
            Edit::DuplicateServer(list, row),
        ),
        (
            None,
            RowButton::Remove,
            false,
            Edit::RemoveServer(list, row),
        ),
    ];
    html! {
        <td class="row-actions">
            { for buttons.into_iter().map(|(id, what, disabled, edit)| {
                let cb = p.on.clone();
                let name = lang.row_button(what, n);
                // The New list's buttons say which list they act on.
                let name = match list {
                    ServerList::Main => name,
                    ServerList::New => in_list(&name, &label(&Field::Servers(list), lang)),
                };
                html! {
                    <button type="button" {id} class="icon" data-danger={(what == RowButton::Remove).then_some("true")}
                            aria-label={name.clone()} title={name}
                            aria-describedby={why.clone().filter(|_| what == RowButton::Duplicate)}
                            {disabled} onclick={Callback::from(move |_| cb.emit(Ui::Edit(edit.clone())))}>{ what.icon() }</button>
                }
            }) }
        </td>
    }
}

/// One BackendServers row and, under it, the messages of its fields.
#[component]
pub fn ServerRowView(p: &ServerRowProps) -> Html {
    html! {
        <>
            <tr class="row">
                <th scope="row" class="row-num">{ p.index + 1 }</th>
                { for ServerField::ALL.iter().map(|f| cell(p, *f)) }
                if !p.readonly { { row_buttons(p) } }
            </tr>
            <tr class="row-msgs">
                <td></td>
                <td colspan="7">
                    { for ServerField::ALL.iter().map(|&field| {
                        messages(Field::Server { list: p.list, row: p.index, field }, &p.problems, p.lang)
                    }) }
                </td>
            </tr>
        </>
    }
}

/// A BackendServers list's editor: a table of rows with add, remove, duplicate and
/// move, under `name` (the list's parameter name), saying `none` when it is empty. At
/// [`MAX_SERVERS`] rows adding is disabled and the reason is shown. `row_problems[i]`
/// are the problems of row `i`; `list_problems` the list's own.
#[allow(clippy::too_many_arguments)]
pub fn server_rows(
    list: ServerList,
    name: &'static str,
    none: String,
    rows: &[ServerRow],
    row_problems: &[Rc<Vec<Problem>>],
    list_problems: &[Problem],
    lang: Lang,
    readonly: bool,
    on: &Callback<Ui>,
    raw: Html,
) -> Html {
    let t = lang.tr();
    let count = rows.len();
    let full = count >= MAX_SERVERS;
    let onadd = {
        let cb = on.clone();
        Callback::from(move |_| cb.emit(Ui::Edit(Edit::AddServer(list))))
    };
    let empty = Rc::new(Vec::new());
    let (whole, add, why) = (Field::Servers(list), add_server(list), add_server_why(list));
    html! {
        <fieldset class="servers" id={dom_id(&whole)} tabindex="-1">
            <legend>{ name }<span class="count">{ lang.count(count, MAX_SERVERS) }</span></legend>
            if count == 0 {
                <p class="hint">{ none }</p>
            } else {
                <table class="rows">
                    <thead><tr>
                        <th scope="col">{ marks::ROW_NUMBER }</th>
                        { for ServerField::ALL.iter().map(|f| html! { <th scope="col">{ f.name() }</th> }) }
                        if !readonly { <th scope="col"><span class="sr-only">{ t.actions }</span></th> }
                    </tr></thead>
                    <tbody>
                    { for rows.iter().enumerate().map(|(i, r)| html! {
                        <ServerRowView key={i} {list} index={i} last={i + 1 == count} {full} row={r.clone()}
                            problems={row_problems.get(i).cloned().unwrap_or_else(|| empty.clone())}
                            {lang} {readonly} on={on.clone()} />
                    }) }
                    </tbody>
                </table>
            }
            { messages(whole, list_problems, lang) }
            if !readonly {
                <div class="add-row">
                    <button type="button" id={add} data-testid={add} disabled={full}
                            aria-describedby={full.then(|| why.clone())} onclick={onadd}>
                        if list == ServerList::New { { in_list(t.add_server, name) } } else { { t.add_server } }
                    </button>
                    if full {
                        <span id={why} class="hint">{ lang.limit(t.servers_full, MAX_SERVERS) }</span>
                    }
                </div>
            }
            { raw }
        </fieldset>
    }
}
