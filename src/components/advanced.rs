//! The "advanced" fold: owner parameters, endpoint choice and credentials.

use vsg_core::{EndpointKind, Problem, Request, TextField};
use yew::prelude::*;

use super::request_form::{select, text_field};
use crate::state::Edit;

/// Rarely used parameters, the endpoint and the signing credentials, in a closed fold.
pub fn advanced(req: &Request, problems: &[Problem], onedit: &Callback<Edit>) -> Html {
    let on_endpoint = {
        let cb = onedit.clone();
        Callback::from(move |v: String| {
            cb.emit(Edit::Endpoint(EndpointKind::parse(&v).unwrap_or_default()))
        })
    };
    let field = |f| text_field(problems, req, onedit, f);
    html! {
        <details class="advanced">
            <summary>{ "Advanced: owner, endpoint, credentials" }</summary>
            <div class="grid">
                { field(TextField::ResourceOwnerAccount).view() }
                { field(TextField::OwnerAccount).view() }
                { field(TextField::OwnerId).view() }
                { field(TextField::ResourceOwnerId).view() }
                { select("f-Endpoint", "Endpoint",
                    &[("public", "Public (by region)"), ("vpc", "VPC (by region)"), ("custom", "Custom host")],
                    req.endpoint.as_str(), on_endpoint) }
                if req.endpoint == EndpointKind::Custom {
                    { field(TextField::CustomEndpoint).placeholder("slb.example.com").view() }
                }
            </div>
            <fieldset class="credentials">
                <legend>{ "Credentials" }</legend>
                <p class="hint">{ "Everything stays in this page: nothing is sent anywhere. Leave empty to sign with the documented example pair testid / testsecret." }</p>
                <div class="grid">
                    { field(TextField::AccessKeyId).placeholder("testid").view() }
                    { field(TextField::AccessKeySecret).password().placeholder("testsecret").view() }
                    { field(TextField::SignatureNonce).placeholder("generated")
                        .hint("Empty: a fresh UUID for every change. Fill it for a stable URL.").view() }
                    { field(TextField::Timestamp).placeholder("generated")
                        .hint("Empty: the current UTC time. Form: 2024-01-01T00:00:00Z.").view() }
                </div>
            </fieldset>
        </details>
    }
}
