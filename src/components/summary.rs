//! The list of every problem; clicking one focuses its field.

use vsg_core::{Problem, Severity};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves keyboard focus to the input with this DOM id, opening a closed fold around it.
fn focus(dom_id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(el) = doc.get_element_by_id(dom_id) else {
        return;
    };
    if let Ok(Some(details)) = el.closest("details") {
        let _ = details.set_attribute("open", "");
    }
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// The validation summary (`data-testid="validation-summary"`): every problem in form
/// order; clicking one focuses its field.
pub fn summary(problems: &[Problem]) -> Html {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let headline = match (errors, warnings) {
        (0, 0) => "No problems: the service would accept this request.".to_string(),
        (0, w) => format!(
            "No errors, {w} warning{}: the service would accept this request.",
            plural(w)
        ),
        (e, w) => format!(
            "{e} error{}, {w} warning{}: the service would reject this request.",
            plural(e),
            plural(w)
        ),
    };
    html! {
        <section class={classes!("summary", (errors > 0).then_some("has-errors"))}
                 data-testid="validation-summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ "Validation" }</h2>
            <p class="headline" role="status">{ headline }</p>
            if !problems.is_empty() {
                <ul>
                { for problems.iter().map(|p| {
                    let id = p.field.dom_id();
                    let onclick = Callback::from(move |_| focus(&id));
                    let kind = if p.severity == Severity::Error { "error" } else { "warning" };
                    html! {
                        <li class={kind}>
                            <button type="button" class="link" {onclick}>
                                <span class="msg-tag">{ if kind == "error" { "Error" } else { "Warning" } }</span>
                                { " " }<strong>{ p.field.label() }</strong>{ ": " }{ p.rule.to_string() }
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
