//! The list of every problem; clicking one focuses its field.

use vsg_core::{Problem, Severity};
use yew::prelude::*;

use super::focus;

/// The validation summary (`data-testid="validation-summary"`): every problem in form
/// order; clicking one focuses its field.
pub fn summary(problems: &[Problem]) -> Html {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let local = vsg_core::first_local_error(problems).is_some();
    let verdict = if local {
        "the request cannot be sent."
    } else if errors > 0 {
        "the service would reject this request."
    } else {
        "the service would accept this request."
    };
    let headline = match (errors, warnings) {
        (0, 0) => format!("No problems: {verdict}"),
        (0, w) => format!("No errors, {w} warning{}: {verdict}", plural(w)),
        (e, w) => format!(
            "{e} error{}, {w} warning{}: {verdict}",
            plural(e),
            plural(w)
        ),
    };
    html! {
        <section class="summary" data-errors={if errors > 0 { "true" } else { "false" }}
                 data-testid="validation-summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ "Validation" }</h2>
            <p class="headline" role="status">{ headline }</p>
            if !problems.is_empty() {
                <ul>
                { for problems.iter().map(|p| {
                    let id = crate::labels::dom_id(&p.field);
                    let onclick = Callback::from(move |_| focus(&id));
                    let kind = if p.severity == Severity::Error { "error" } else { "warning" };
                    html! {
                        <li data-severity={kind}>
                            <button type="button" class="link" {onclick}>
                                <span class="msg-tag">{ if kind == "error" { "Error" } else { "Warning" } }</span>
                                { " " }<strong>{ crate::labels::label(&p.field) }</strong>{ ": " }{ p.rule.to_string() }
                            </button>
                            if let Some(api) = &p.api {
                                <div class="api-error">
                                    <code>{ format!("HTTP {} · {}", api.status, api.code) }</code>
                                    { " " }<span>{ api.message.clone() }</span>
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

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
