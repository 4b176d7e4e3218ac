//! The mock JSON and XML responses, as tabs.

use vsg_core::mock::MockResponse;
use vsg_core::{Format, Problem};
use yew::prelude::*;

use super::shown;

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "",
    }
}

/// The HTTP status and JSON / XML tabs with the response body; `tab` is shown. When
/// `not_sent` names an error the page itself finds (the request could not even be
/// sent), that is shown instead.
pub fn responses(
    r: &MockResponse,
    not_sent: Option<&Problem>,
    tab: Format,
    onshow: &Callback<Format>,
) -> Html {
    let tab_button = |format: Format| {
        let selected = tab == format;
        let cb = onshow.clone();
        html! {
            <button type="button" role="tab" id={format!("tab-{}", format.as_str())}
                    aria-selected={if selected { "true" } else { "false" }}
                    aria-controls={format!("panel-{}", format.as_str())}
                    onclick={Callback::from(move |_| cb.emit(format))}>
                { format.as_str() }
            </button>
        }
    };
    let panel = |format: Format, body: &str, testid: &'static str| {
        html! {
            <div role="tabpanel" id={format!("panel-{}", format.as_str())}
                 aria-labelledby={format!("tab-{}", format.as_str())} hidden={tab != format}>
                <pre tabindex="0"><code data-testid={testid}>{ shown(body) }</code></pre>
            </div>
        }
    };
    html! {
        <section class="responses" aria-labelledby="responses-title">
            <h2 id="responses-title">{ "Mock response" }</h2>
            if let Some(p) = not_sent {
                <p class="status" data-ok="false" data-testid="response-status">{ "Not sent" }</p>
                <p>{ "The request cannot be sent, so no service would answer: " }
                   <strong>{ crate::labels::label(&p.field) }</strong>{ ": " }{ p.rule.to_string() }</p>
            } else {
                <p class="status" data-ok={if r.status == 200 { "true" } else { "false" }} data-testid="response-status">
                    { format!("HTTP {} {}", r.status, reason(r.status)) }
                </p>
                <div role="tablist" aria-label="Response format">
                    { tab_button(Format::Json) }
                    { tab_button(Format::Xml) }
                </div>
                { panel(Format::Json, &r.json, "response-json") }
                { panel(Format::Xml, &r.xml, "response-xml") }
            }
        </section>
    }
}
