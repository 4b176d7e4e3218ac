//! The request form: main parameters, BackendServers rows, tags and the advanced fold.

use vsg_core::{regions, Field, Format, Method, Problem, Request, TextField};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::advanced::advanced;
use super::focus;
use super::server_rows::server_rows;
use super::tag_rows::tag_rows;
use super::text_input::TextInput;
use crate::state::Edit;

/// A text input for a scalar field, wired to `onedit`.
pub fn text_field<'a>(
    problems: &'a [Problem],
    req: &'a Request,
    onedit: &Callback<Edit>,
    field: TextField,
) -> TextInput<'a> {
    let f = Field::Text(field);
    let cb = onedit.clone();
    TextInput::new(
        f,
        &req[field],
        problems,
        Callback::from(move |v| cb.emit(Edit::Text(field, v))),
    )
}

/// The known regions with their names; picking one fills RegionId, and "Other" empties
/// it to be typed (new regions appear before this list knows them).
fn region_select(region_id: &str, onedit: &Callback<Edit>) -> Html {
    let cb = onedit.clone();
    let onchange = Callback::from(move |e: Event| {
        // "Other" empties RegionId and sends the cursor there, to type a new ID.
        let id = e.target_unchecked_into::<HtmlSelectElement>().value();
        let other = id.is_empty();
        cb.emit(Edit::Text(TextField::RegionId, id));
        if other {
            focus(&crate::labels::dom_id(&Field::Text(TextField::RegionId)));
        }
    });
    let known = regions::find(region_id).is_some();
    html! {
        <div class="field">
            <label for="f-Region">{ "Known regions" }</label>
            <select id="f-Region" data-value={if known { region_id.to_string() } else { String::new() }} {onchange}>
                { for regions::REGIONS.iter().map(|r| html! {
                    <option value={r.id} selected={r.id == region_id}>
                        { r.id }{ " · " }{ r.name_zh }{ " · " }{ r.name_en }
                    </option>
                }) }
                <option value="" selected={!known}>{ "Other: type it in RegionId" }</option>
            </select>
        </div>
    }
}

/// A `<select>` with a visible label, emitting the chosen option's value.
pub fn select(
    id: &'static str,
    label: &'static str,
    options: &[(&'static str, &'static str)],
    current: &str,
    onchange: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        onchange.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} data-value={current.to_string()} {onchange}>
                { for options.iter().map(|(v, text)| html! {
                    <option value={*v} selected={*v == current}>{ *text }</option>
                }) }
            </select>
        </div>
    }
}

/// The whole form; every change is reported to `onedit`.
pub fn request_form(req: &Request, problems: &[Problem], onedit: &Callback<Edit>) -> Html {
    let region_hint = AttrValue::from(match regions::find(&req[TextField::RegionId]) {
        Some(r) => format!("{} · {}", r.name_zh, r.name_en),
        None if req[TextField::RegionId].is_empty() => {
            "Pick a known region above, or type its ID.".to_string()
        }
        None => "Not a known region: check the ID, or go ahead if it is new.".to_string(),
    });
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
    html! {
        <form class="request-form" aria-label="CreateVServerGroup request" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="grid">
                { region_select(&req[TextField::RegionId], onedit) }
                { text_field(problems, req, onedit, TextField::RegionId).required().hint(region_hint).view() }
                { text_field(problems, req, onedit, TextField::LoadBalancerId).required().placeholder("lb-…").view() }
                { text_field(problems, req, onedit, TextField::VServerGroupName).view() }
                { select("f-Format", "Format", &[("JSON", "JSON"), ("XML", "XML")], req.format.as_str(), on_format) }
                { select("f-Method", "HTTP method", &[("GET", "GET"), ("POST", "POST")], req.method.as_str(), on_method) }
            </div>
            { server_rows(&req.servers, problems, onedit) }
            { tag_rows(&req.tags, problems, onedit) }
            { advanced(req, problems, onedit) }
        </form>
    }
}
