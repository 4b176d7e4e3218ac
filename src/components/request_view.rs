//! The signed request: URL and parameter table.

use vsg_core::{Method, SignedRequest};
use yew::prelude::*;

use super::copy_button::copy_button;
use super::shown;

/// Says plainly which documented example credential signed the request.
fn example_note(s: &SignedRequest) -> String {
    let which = match (s.example_key_id, s.example_secret) {
        (true, true) => "AccessKeyId testid and AccessKeySecret testsecret",
        (true, false) => "AccessKeyId testid",
        _ => "AccessKeySecret testsecret",
    };
    format!(
        "Signed with the documented example {which}: the URL has the shape of a real request, \
         but the service would reject its signature. Enter your own AccessKey under Advanced \
         (it never leaves this page)."
    )
}

/// The request as it would be sent: method and URL, parameter table.
/// `copied` and `oncopied` drive the copy buttons (see [`copy_button`]); with
/// `onregenerate`, a button makes a fresh nonce and timestamp (shown while either is
/// generated rather than typed).
pub fn request_view(
    s: &SignedRequest,
    copied: Option<(&'static str, bool)>,
    oncopied: &Callback<(&'static str, bool)>,
    onregenerate: Option<&Callback<()>>,
) -> Html {
    html! {
        <section class="request" aria-labelledby="request-title">
            <h2 id="request-title">{ "Request" }</h2>
            <div class="url-line">
                <span class="method" data-method={s.method.as_str()}>{ s.method.as_str() }</span>
                <code class="url" data-testid="request-url">{ s.url.clone() }</code>
                { copy_button("url", "Copy request URL", &s.url, copied, oncopied) }
            </div>
            if let Some(cb) = onregenerate {
                <p class="hint">
                    { "Empty SignatureNonce / Timestamp fields are generated (the service accepts a Timestamp for about 15 minutes, and each nonce once). " }
                    <button type="button" onclick={let cb = cb.clone(); Callback::from(move |_| cb.emit(()))}>
                        { "New nonce and time" }
                    </button>
                </p>
            }
            if s.method == Method::Post {
                <p class="hint">{ "POST with an empty body: every parameter stays in the query string, as the SDKs send it." }</p>
            }
            if s.example_credentials {
                <p class="note" data-testid="example-credentials">{ example_note(s) }</p>
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
                            <td><code>{ shown(&p.value) }</code></td>
                            <td><code>{ shown(&p.encoded) }</code></td>
                        </tr>
                    }) }
                    </tbody>
                </table>
                </div>
            </details>
        </section>
    }
}
