//! The request form: main parameters, BackendServers rows, tags and the advanced fold.

use std::rc::Rc;

use vsg_core::{regions, Field, Format, Method, Problem, Request, TextField};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::advanced::Advanced;
use super::messages::for_field;
use super::server_rows::ServerRows;
use super::tag_rows::TagRows;
use super::text_input::TextInput;
use crate::state::Edit;

/// Properties of [`RequestForm`].
#[derive(Properties, PartialEq)]
pub struct RequestFormProps {
    /// The request as typed.
    pub request: Rc<Request>,
    /// Every problem of the request.
    pub problems: Rc<Vec<Problem>>,
    /// Called with every change.
    pub onedit: Callback<Edit>,
}

/// A text input for a scalar field, wired to `onedit`.
pub fn text_field(
    props_problems: &[Problem],
    req: &Request,
    onedit: &Callback<Edit>,
    field: TextField,
) -> Html {
    let f = Field::Text(field);
    let cb = onedit.clone();
    html! {
        <TextInput field={f} value={req.text(field).to_string()}
                   problems={for_field(props_problems, f)}
                   oninput={Callback::from(move |v| cb.emit(Edit::Text(field, v)))} />
    }
}

/// A `<select>` with a visible label, emitting the chosen option's value.
pub fn select(
    id: &str,
    label: &str,
    options: &[(&str, &str)],
    current: &str,
    onchange: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        onchange.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} {onchange}>
                { for options.iter().map(|(v, text)| html! {
                    <option value={v.to_string()} selected={*v == current}>{ text.to_string() }</option>
                }) }
            </select>
        </div>
    }
}

/// The whole form.
#[component]
pub fn RequestForm(props: &RequestFormProps) -> Html {
    let req = &props.request;
    let problems = &props.problems;
    let onedit = &props.onedit;
    let region_name = regions::find(&req.region_id)
        .map(|r| AttrValue::from(format!("{} · {}", r.name_zh, r.name_en)));
    let region = {
        let cb = onedit.clone();
        let f = Field::Text(TextField::RegionId);
        html! {
            <TextInput field={f} value={req.region_id.clone()} required=true list="regions"
                       hint={region_name.unwrap_or(AttrValue::Static("Pick a known region or type a new ID."))}
                       problems={for_field(problems, f)}
                       oninput={Callback::from(move |v| cb.emit(Edit::Text(TextField::RegionId, v)))} />
        }
    };
    let lb = {
        let cb = onedit.clone();
        let f = Field::Text(TextField::LoadBalancerId);
        html! {
            <TextInput field={f} value={req.load_balancer_id.clone()} required=true
                       placeholder="lb-…" problems={for_field(problems, f)}
                       oninput={Callback::from(move |v| cb.emit(Edit::Text(TextField::LoadBalancerId, v)))} />
        }
    };
    let on_format = {
        let cb = onedit.clone();
        Callback::from(move |v: String| {
            cb.emit(Edit::Format(Format::parse(&v).unwrap_or_default()))
        })
    };
    let on_method = {
        let cb = onedit.clone();
        Callback::from(move |v: String| {
            cb.emit(Edit::Method(Method::parse(&v).unwrap_or_default()))
        })
    };
    let servers = {
        let e = onedit.clone();
        let onchange = Callback::from(move |(r, f, v)| e.emit(Edit::Server(r, f, v)));
        let e = onedit.clone();
        let onadd = Callback::from(move |()| e.emit(Edit::AddServer));
        let e = onedit.clone();
        let onremove = Callback::from(move |r| e.emit(Edit::RemoveServer(r)));
        let e = onedit.clone();
        let onduplicate = Callback::from(move |r| e.emit(Edit::DuplicateServer(r)));
        let e = onedit.clone();
        let onmove = Callback::from(move |(r, up)| e.emit(Edit::MoveServer(r, up)));
        html! {
            <ServerRows rows={req.servers.clone()} problems={problems.clone()}
                        {onchange} {onadd} {onremove} {onduplicate} {onmove} />
        }
    };
    let tags = {
        let e = onedit.clone();
        let onchange = Callback::from(move |(r, k, v)| e.emit(Edit::Tag(r, k, v)));
        let e = onedit.clone();
        let onadd = Callback::from(move |()| e.emit(Edit::AddTag));
        let e = onedit.clone();
        let onremove = Callback::from(move |r| e.emit(Edit::RemoveTag(r)));
        html! { <TagRows tags={req.tags.clone()} problems={problems.clone()} {onchange} {onadd} {onremove} /> }
    };
    html! {
        <form class="request-form" aria-label="CreateVServerGroup request" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <datalist id="regions">
                { for regions::REGIONS.iter().map(|r| html! {
                    <option value={r.id}>{ format!("{} · {}", r.name_zh, r.name_en) }</option>
                }) }
            </datalist>
            <div class="grid">
                { region }
                { lb }
                { text_field(problems, req, onedit, TextField::VServerGroupName) }
                { select("f-Format", "Format", &[("JSON", "JSON"), ("XML", "XML")], req.format.as_str(), on_format) }
                { select("f-Method", "HTTP method", &[("GET", "GET"), ("POST", "POST")], req.method.as_str(), on_method) }
            </div>
            { servers }
            { tags }
            <Advanced request={req.clone()} problems={problems.clone()} onedit={onedit.clone()} />
        </form>
    }
}
