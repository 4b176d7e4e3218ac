//! The "advanced" fold: owner parameters, endpoint choice and credentials.

use std::rc::Rc;

use vsg_core::{EndpointKind, Field, Problem, Request, TextField};
use yew::prelude::*;

use super::messages::for_field;
use super::request_form::{select, text_field};
use super::text_input::TextInput;
use crate::state::Edit;

/// Properties of [`Advanced`].
#[derive(Properties, PartialEq)]
pub struct AdvancedProps {
    /// The request as typed.
    pub request: Rc<Request>,
    /// Every problem of the request.
    pub problems: Rc<Vec<Problem>>,
    /// Called with every change.
    pub onedit: Callback<Edit>,
}

/// Rarely used parameters, the endpoint and the signing credentials.
#[component]
pub fn Advanced(props: &AdvancedProps) -> Html {
    let req = &props.request;
    let problems = &props.problems;
    let onedit = &props.onedit;
    let on_endpoint = {
        let cb = onedit.clone();
        Callback::from(move |v: String| {
            cb.emit(Edit::Endpoint(EndpointKind::parse(&v).unwrap_or_default()))
        })
    };
    let text = |field: TextField,
                kind: &'static str,
                placeholder: &'static str,
                hint: &'static str| {
        let f = Field::Text(field);
        let cb = onedit.clone();
        html! {
            <TextInput field={f} value={req.text(field).to_string()} kind={kind}
                       placeholder={(!placeholder.is_empty()).then_some(AttrValue::Static(placeholder))}
                       hint={(!hint.is_empty()).then_some(AttrValue::Static(hint))}
                       problems={for_field(problems, f)}
                       oninput={Callback::from(move |v| cb.emit(Edit::Text(field, v)))} />
        }
    };
    html! {
        <details class="advanced">
            <summary>{ "Advanced: owner, endpoint, credentials" }</summary>
            <div class="grid">
                { text_field(problems, req, onedit, TextField::ResourceOwnerAccount) }
                { text_field(problems, req, onedit, TextField::OwnerAccount) }
                { text_field(problems, req, onedit, TextField::OwnerId) }
                { text_field(problems, req, onedit, TextField::ResourceOwnerId) }
                { select("f-Endpoint", "Endpoint",
                    &[("public", "Public (by region)"), ("vpc", "VPC (by region)"), ("custom", "Custom host")],
                    req.endpoint.as_str(), on_endpoint) }
                if req.endpoint == EndpointKind::Custom {
                    { text(TextField::CustomEndpoint, "text", "slb.example.com", "") }
                }
            </div>
            <fieldset class="credentials">
                <legend>{ "Credentials" }</legend>
                <p class="hint">{ "Everything stays in this page: nothing is sent anywhere. Leave empty to sign with the documented example pair testid / testsecret." }</p>
                <div class="grid">
                    { text(TextField::AccessKeyId, "text", "testid", "") }
                    { text(TextField::AccessKeySecret, "password", "testsecret", "") }
                    { text(TextField::SignatureNonce, "text", "generated", "Empty: a fresh UUID for every change. Fill it for a stable URL.") }
                    { text(TextField::Timestamp, "text", "generated", "Empty: the current UTC time. Form: 2024-01-01T00:00:00Z.") }
                </div>
            </fieldset>
        </details>
    }
}
