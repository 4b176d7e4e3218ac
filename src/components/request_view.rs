//! The signed request: URL and parameter table.

use vsg_core::{Method, SignedRequest};
use yew::prelude::*;

use super::copy_button::copy_button;

/// The request as it would be sent: method and URL, parameter table.
/// `copied` and `oncopied` drive the copy buttons (see [`copy_button`]).
pub fn request_view(
    s: &SignedRequest,
    copied: Option<(&'static str, bool)>,
    oncopied: &Callback<(&'static str, bool)>,
) -> Html {
    html! {
        <section class="request" aria-labelledby="request-title">
            <h2 id="request-title">{ "Request" }</h2>
            <div class="url-line">
                <span class={classes!("method", (s.method == Method::Post).then_some("post"))}>{ s.method.as_str() }</span>
                <code class="url" data-testid="request-url">{ s.url.clone() }</code>
                { copy_button("url", "Copy request URL", &s.url, copied, oncopied) }
            </div>
            if s.method == Method::Post {
                <p class="hint">{ "POST with an empty body: every parameter stays in the query string, as the SDKs send it." }</p>
            }
            if s.example_credentials {
                <p class="note" data-testid="example-credentials">
                    { "Signed with the documented example credentials " }<code>{ "testid" }</code>{ " / " }<code>{ "testsecret" }</code>
                    { ": this URL shows the shape of a real request but the service would reject its signature. Enter your own AccessKey under Advanced (it never leaves this page)." }
                </p>
            }
            <details class="params" open=true>
                <summary>{ format!("Parameters ({})", s.params.len()) }</summary>
                <div class="table-wrap">
                <table>
                    <thead><tr><th scope="col">{ "Name" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Encoded" }</th></tr></thead>
                    <tbody>
                    { for s.params.iter().map(|p| html! {
                        <tr>
                            <th scope="row"><code>{ p.name.clone() }</code></th>
                            <td><code>{ p.value.clone() }</code></td>
                            <td><code>{ p.encoded.clone() }</code></td>
                        </tr>
                    }) }
                    </tbody>
                </table>
                </div>
            </details>
        </section>
    }
}
