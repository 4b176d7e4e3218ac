//! Inline validation messages under a field.

use vsg_core::{Field, Problem, Severity};
use yew::prelude::*;

/// The id of the element holding a field's messages (for `aria-describedby`).
pub fn messages_id(field: Field) -> String {
    format!("{}-msg", crate::labels::dom_id(&field))
}

/// `"true"` when any of the problems of `field` is an error (the value of
/// `aria-invalid`).
pub fn invalid(problems: &[Problem], field: Field) -> Option<&'static str> {
    problems
        .iter()
        .any(|p| p.field == field && p.severity == Severity::Error)
        .then_some("true")
}

/// One problem as a line: the field (inside rows), the rule broken and, for service
/// errors, the code and status.
fn problem_line(p: &Problem) -> Html {
    let (kind, tag) = match p.severity {
        Severity::Error => ("error", "Error"),
        Severity::Warning => ("warning", "Warning"),
    };
    html! {
        <li class="msg" data-severity={kind}>
            <span class="msg-tag">{ tag }</span>
            if matches!(p.field, Field::Server { .. }) {
                { " " }<span class="msg-field">{ crate::labels::label(&p.field) }{ ":" }</span>
            }
            { " " }{ p.rule.to_string() }
            if let Some(api) = &p.api {
                { " " }<code class="msg-code">{ format!("{} {}", api.status, api.code) }</code>
            }
        </li>
    }
}

/// The list of the problems of `field` among `problems` (empty, but present, when
/// there are none, so that `aria-describedby` always points somewhere).
pub fn messages(field: Field, problems: &[Problem]) -> Html {
    html! {
        <ul class="msgs" id={messages_id(field)}>
            { for problems.iter().filter(|p| p.field == field).map(problem_line) }
        </ul>
    }
}
