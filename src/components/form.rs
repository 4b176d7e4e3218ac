//! The form column: the request's sections, its rows and tags, the advanced fold, and
//! the import box.

use std::rc::Rc;

use vsg_core::params::{Operation, Response, Section, Value};
use vsg_core::sandbox::Pick;
use vsg_core::{Field, Problem};
use yew::prelude::*;

use super::fields::{section_texts, SectionFields};
use super::import_panel::ImportPanel;
use super::raw_editor::RawEditor;
use super::server_row::server_rows;
use super::tag_rows::TagRows;
use crate::i18n::Lang;
use crate::labels::list_name;
use crate::state::{slot, State};
use crate::ui::Ui;

/// The problems of each part of the form (each part re-renders only when its own
/// change).
#[derive(Default)]
pub struct Parts {
    main: Rc<Vec<Problem>>,
    rows: [Vec<Rc<Vec<Problem>>>; 2],
    servers: [Vec<Problem>; 2],
    tags: Rc<Vec<Problem>>,
    owner: Rc<Vec<Problem>>,
    endpoint: Rc<Vec<Problem>>,
    credentials: Rc<Vec<Problem>>,
}

impl Parts {
    /// Splits `problems` among the parts of a form of `op` whose server lists have
    /// `rows` rows (indexed by [`slot`]).
    pub fn of(problems: &[Problem], op: &'static Operation, rows: [usize; 2]) -> Parts {
        let of = |section: Section| {
            let fields: Vec<Field> = op
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
        let mut rows_of = rows.map(|n| vec![Vec::new(); n]);
        let mut servers = [Vec::new(), Vec::new()];
        for p in problems {
            match p.field {
                Field::Server { list, row, .. } => {
                    if let Some(r) = rows_of[slot(list)].get_mut(row) {
                        r.push(p.clone());
                    }
                }
                Field::Servers(list) => servers[slot(list)].push(p.clone()),
                _ => {}
            }
        }
        let tags = problems
            .iter()
            .filter(|p| matches!(p.field, Field::TagKey(_) | Field::TagValue(_) | Field::Tags))
            .cloned()
            .collect();
        Parts {
            main: of(Section::Main),
            rows: rows_of.map(|r| r.into_iter().map(Rc::new).collect()),
            servers,
            tags: Rc::new(tags),
            owner: of(Section::Owner),
            endpoint: of(Section::Endpoint),
            credentials: of(Section::Credentials),
        }
    }
}

/// The form (`landmark`: named `name`, outside a custom element) and, unless
/// `readonly`, the import box; `groups` are the sandbox's groups of the request's
/// region, for the VServerGroupId picker.
#[allow(clippy::too_many_arguments)]
pub fn form_column(
    state: &State,
    parts: &Parts,
    groups: &Rc<Vec<Pick>>,
    name: &AttrValue,
    lang: Lang,
    readonly: bool,
    landmark: bool,
    on: &Callback<Ui>,
) -> Html {
    let t = lang.tr();
    let req = &state.request;
    let section = |section: Section, problems: &Rc<Vec<Problem>>| {
        let groups = match section {
            Section::Main => groups.clone(),
            _ => Rc::default(),
        };
        html! {
            <SectionFields op={req.op} {section} texts={section_texts(req, section)} format={req.format} method={req.method}
                endpoint={req.endpoint} problems={problems.clone()} {groups} {lang} {readonly} on={on.clone()} />
        }
    };
    let op = req.op;
    // Each server list of the operation's table, under its name there.
    let lists = op.params.iter().filter_map(|p| match p.value {
        Value::ServersJson(list) => Some(list),
        _ => None,
    });
    let lists = lists.map(|list| {
        let (name, at) = (list_name(op, list), slot(list));
        let none = if op.response == Response::Created {
            t.no_servers.to_string()
        } else {
            t.no_rows.replace("{list}", name)
        };
        let rows = req.list(list);
        let raw = html! {
            <RawEditor {list} {name} rows={Rc::new(rows.clone())} raw={state.raw[at].clone()} {lang} {readonly} on={on.clone()} />
        };
        server_rows(list, name, none, rows, &parts.rows[at], &parts.servers[at], lang, readonly, on, raw)
    });
    let tags = op.params.iter().any(|p| p.value == Value::TagList);
    html! {
        <div class="col-form">
            <form class="request-form" aria-label={landmark.then(|| name.clone())} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { section(Section::Main, &parts.main) }
                { for lists }
                if tags {
                    <TagRows tags={req.tags.clone()} problems={parts.tags.clone()} {lang} {readonly} on={on.clone()} />
                }
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
                <ImportPanel text={state.import.text.clone()} result={state.import.result.clone()}
                    {lang} on={on.clone()} />
            }
        </div>
    }
}
