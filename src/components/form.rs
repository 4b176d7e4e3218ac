//! The form column: the request's sections, its rows and tags, the advanced fold, and
//! the import box.

use std::rc::Rc;

use vsg_core::params::{Operation, Section};
use vsg_core::{Field, Problem};
use yew::prelude::*;

use super::fields::{section_texts, SectionFields};
use super::import_panel::ImportPanel;
use super::raw_editor::RawEditor;
use super::server_row::server_rows;
use super::tag_rows::TagRows;
use crate::i18n::Lang;
use crate::state::State;
use crate::ui::Ui;

/// The problems of each part of the form (each part re-renders only when its own
/// change).
#[derive(Default)]
pub struct Parts {
    main: Rc<Vec<Problem>>,
    rows: Vec<Rc<Vec<Problem>>>,
    servers: Vec<Problem>,
    tags: Rc<Vec<Problem>>,
    owner: Rc<Vec<Problem>>,
    endpoint: Rc<Vec<Problem>>,
    credentials: Rc<Vec<Problem>>,
}

impl Parts {
    /// Splits `problems` among the parts of a form of `op` with `rows` server rows.
    pub fn of(problems: &[Problem], op: &'static Operation, rows: usize) -> Parts {
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
        let mut rows_of = vec![Vec::new(); rows];
        let mut servers = Vec::new();
        for p in problems {
            match p.field {
                Field::Server { row, .. } if row < rows => rows_of[row].push(p.clone()),
                Field::Servers => servers.push(p.clone()),
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
            rows: rows_of.into_iter().map(Rc::new).collect(),
            servers,
            tags: Rc::new(tags),
            owner: of(Section::Owner),
            endpoint: of(Section::Endpoint),
            credentials: of(Section::Credentials),
        }
    }
}

/// The form (`landmark`: named, outside a custom element) and, unless `readonly`, the
/// import box.
pub fn form_column(
    state: &State,
    parts: &Parts,
    lang: Lang,
    readonly: bool,
    landmark: bool,
    on: &Callback<Ui>,
) -> Html {
    let t = lang.tr();
    let req = &state.request;
    let section = |section: Section, problems: &Rc<Vec<Problem>>| {
        html! {
            <SectionFields op={req.op} {section} texts={section_texts(req, section)} format={req.format} method={req.method}
                endpoint={req.endpoint} problems={problems.clone()} {lang} {readonly} on={on.clone()} />
        }
    };
    let raw = html! {
        <RawEditor rows={Rc::new(req.servers.clone())} raw={state.raw.clone()} {lang} {readonly} on={on.clone()} />
    };
    html! {
        <div class="col-form">
            <form class="request-form" aria-label={landmark.then_some(t.form)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { section(Section::Main, &parts.main) }
                { server_rows(&req.servers, &parts.rows, &parts.servers, lang, readonly, on, raw) }
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
}
