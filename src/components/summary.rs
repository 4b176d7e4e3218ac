//! The list of every problem; clicking one focuses its field.

use std::rc::Rc;

use vsg_core::{first_local_error, Problem, Severity};
use yew::prelude::*;

use crate::i18n::{api_error, marks, Lang};
use crate::labels::{dom_id, label, SUMMARY_TITLE};
use crate::ui::Ui;

/// Properties of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// Every problem.
    pub problems: Rc<Vec<Problem>>,
    /// The page's language.
    pub lang: Lang,
    /// What the user does.
    pub on: Callback<Ui>,
    /// Whether it is a landmark (not inside a custom element).
    pub landmarks: bool,
}

/// The validation summary (`data-testid="validation-summary"`): every problem in form
/// order; clicking one focuses its field.
#[component]
pub fn Summary(p: &SummaryProps) -> Html {
    let t = p.lang.tr();
    let errors = p
        .problems
        .iter()
        .filter(|x| x.severity == Severity::Error)
        .count();
    let warnings = p.problems.len() - errors;
    let local = first_local_error(&p.problems).is_some();
    let headline = p.lang.headline(errors, warnings, local);
    html! {
        <section class="summary" data-errors={if errors > 0 { "true" } else { "false" }}
                 data-testid="validation-summary" aria-labelledby={SUMMARY_TITLE}
                 role={(!p.landmarks).then_some("group")}>
            <h2 id={SUMMARY_TITLE}>{ t.validation }</h2>
            <p class="headline" data-testid="validation-headline">{ headline }</p>
            if !p.problems.is_empty() {
                <ul>
                { for p.problems.iter().map(|problem| {
                    let id = dom_id(&problem.field);
                    let cb = p.on.clone();
                    let onclick = Callback::from(move |_| cb.emit(Ui::Focus(id.clone())));
                    let error = problem.severity == Severity::Error;
                    html! {
                        <li data-severity={if error { "error" } else { "warning" }}>
                            <button type="button" class="link" {onclick}>
                                <span class="msg-tag">{ if error { t.error } else { t.warning } }</span>
                                { " " }<strong>{ label(&problem.field, p.lang) }</strong>{ marks::COLON }{ p.lang.rule(&problem.rule) }
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
        </section>
    }
}
