//! The list of every problem; clicking one focuses its field.

use std::rc::Rc;

use vsg_core::{first_local_error, Operation, Problem, Severity};
use yew::prelude::*;

use crate::i18n::{api_error, marks, Lang};
use crate::labels::{field_name, SUMMARY_TITLE};
use crate::ui::Ui;

/// What `problems` come to, in a sentence: how many errors and warnings, and what the
/// service would do.
pub fn headline(problems: &[Problem], lang: Lang) -> AttrValue {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let local = first_local_error(problems).is_some();
    lang.headline(errors, problems.len() - errors, local).into()
}

/// Properties of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The request's operation (whose table names its lists).
    pub op: &'static Operation,
    /// Every problem.
    pub problems: Rc<Vec<Problem>>,
    /// What they come to (see [`crate::i18n::Lang::headline`]), computed once by the
    /// root, which also announces it.
    pub headline: AttrValue,
    /// The page's language.
    pub lang: Lang,
    /// What the user does.
    pub on: Callback<Ui>,
    /// Whether it is a landmark (not inside a custom element).
    pub landmarks: bool,
    /// An embed's summary: the headline on one line, the list folded under it (each
    /// problem is also at its field).
    pub compact: bool,
}

/// The validation summary (`data-testid="validation-summary"`): every problem in form
/// order; clicking one focuses its field.
#[component]
pub fn Summary(p: &SummaryProps) -> Html {
    let t = p.lang.tr();
    let errors = p.problems.iter().any(|x| x.severity == Severity::Error);
    html! {
        <section class="summary" data-errors={if errors { "true" } else { "false" }}
                 data-testid="validation-summary" aria-labelledby={SUMMARY_TITLE}
                 role={(!p.landmarks).then_some("group")}>
            if p.compact {
                <h2 id={SUMMARY_TITLE} class="sr-only">{ t.validation }</h2>
                <details class="problems">
                    <summary><span class="headline" data-testid="validation-headline">{ p.headline.clone() }</span></summary>
                    { list(p) }
                </details>
            } else {
                <h2 id={SUMMARY_TITLE}>{ t.validation }</h2>
                <p class="headline" data-testid="validation-headline">{ p.headline.clone() }</p>
                { list(p) }
            }
        </section>
    }
}

/// The problems, each a button that focuses its field.
fn list(p: &SummaryProps) -> Html {
    let t = p.lang.tr();
    html! {
        <>
            if !p.problems.is_empty() {
                <ul>
                { for p.problems.iter().map(|problem| {
                    let field = problem.field;
                    let cb = p.on.clone();
                    let onclick = Callback::from(move |_| cb.emit(Ui::Focus(field)));
                    let error = problem.severity == Severity::Error;
                    html! {
                        <li data-severity={if error { "error" } else { "warning" }}>
                            <button type="button" class="link" {onclick}>
                                <span class="msg-tag">{ if error { t.error } else { t.warning } }</span>
                                { " " }<strong>{ field_name(&problem.field, p.op, p.lang) }</strong>{ marks::COLON }{ p.lang.rule(&problem.rule) }
                            </button>
                            if let Some(api) = &problem.api {
                                <div class="api-error">
                                    <code>{ api_error(api.status, api.code) }</code>
                                    { " " }<span lang="en">{ api.message.clone() }</span>
                                </div>
                            }
                        </li>
                    }
                }) }
                </ul>
            }
        </>
    }
}
