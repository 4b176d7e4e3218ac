//! Inline validation messages under a field.

use vsg_core::{Field, Problem, Severity};
use yew::prelude::*;

/// The problems that concern `field`.
pub fn for_field(problems: &[Problem], field: Field) -> Vec<Problem> {
    problems
        .iter()
        .filter(|p| p.field == field)
        .cloned()
        .collect()
}

/// The id of the element holding a field's messages (for `aria-describedby`).
pub fn messages_id(field: Field) -> String {
    format!("{}-msg", field.dom_id())
}

/// Whether any of `problems` is an error (drives `aria-invalid`).
pub fn any_error(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

/// One problem as a line: the rule broken and, for service errors, the code and status.
pub fn problem_line(p: &Problem) -> Html {
    let (class, tag) = match p.severity {
        Severity::Error => ("msg error", "Error"),
        Severity::Warning => ("msg warning", "Warning"),
    };
    html! {
        <li class={class}>
            <span class="msg-tag">{ tag }</span>
            { " " }{ p.rule.to_string() }
            if let Some(api) = &p.api {
                { " " }<code class="msg-code">{ format!("{} {}", api.status, api.code) }</code>
            }
        </li>
    }
}

/// Properties of [`Messages`].
#[derive(Properties, PartialEq)]
pub struct MessagesProps {
    /// The field the messages belong to.
    pub field: Field,
    /// Only this field's problems.
    pub problems: Vec<Problem>,
}

/// The list of a field's problems, or an empty placeholder keeping the id alive.
#[component]
pub fn Messages(props: &MessagesProps) -> Html {
    html! {
        <ul class="msgs" id={messages_id(props.field)}>
            { for props.problems.iter().map(problem_line) }
        </ul>
    }
}
