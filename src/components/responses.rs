//! The mock JSON and XML responses, as tabs.

use vsg_core::mock::MockResponse;
use vsg_core::Format;
use yew::prelude::*;

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "",
    }
}

/// The HTTP status and JSON / XML tabs with the response body; `tab` is shown.
pub fn responses(r: &MockResponse, tab: Format, onshow: &Callback<Format>) -> Html {
    let tab_button = |format: Format| {
        let selected = tab == format;
        let cb = onshow.clone();
        let other = match format {
            Format::Json => Format::Xml,
            Format::Xml => Format::Json,
        };
        let cb2 = onshow.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), "ArrowLeft" | "ArrowRight") {
                e.prevent_default();
                cb2.emit(other);
            }
        });
        html! {
            <button type="button" role="tab" id={format!("tab-{}", format.as_str())}
                    aria-selected={if selected { "true" } else { "false" }}
                    aria-controls={format!("panel-{}", format.as_str())}
                    tabindex={if selected { "0" } else { "-1" }}
                    onclick={Callback::from(move |_| cb.emit(format))} {onkeydown}>
                { format.as_str() }
            </button>
        }
    };
    let panel = |format: Format, body: &str, testid: &'static str| {
        html! {
            <div role="tabpanel" id={format!("panel-{}", format.as_str())}
                 aria-labelledby={format!("tab-{}", format.as_str())} hidden={tab != format}>
                <pre tabindex="0"><code data-testid={testid}>{ body.to_string() }</code></pre>
            </div>
        }
    };
    html! {
        <section class="responses" aria-labelledby="responses-title">
            <h2 id="responses-title">{ "Mock response" }</h2>
            <p class={classes!("status", if r.status == 200 { "ok" } else { "bad" })} data-testid="response-status">
                { format!("HTTP {} {}", r.status, reason(r.status)) }
            </p>
            <div role="tablist" aria-label="Response format">
                { tab_button(Format::Json) }
                { tab_button(Format::Xml) }
            </div>
            { panel(Format::Json, &r.json, "response-json") }
            { panel(Format::Xml, &r.xml, "response-xml") }
        </section>
    }
}
