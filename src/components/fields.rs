//! The scalar parameters of one section of the form, as the parameter table lists
//! them: a text input per text parameter, a select per choice.

use std::rc::Rc;

use vsg_core::params::{Section, Value, CREATE_VSERVER_GROUP};
use vsg_core::request::{EXAMPLE_ACCESS_KEY_ID, EXAMPLE_ACCESS_KEY_SECRET};
use vsg_core::{regions, EndpointKind, Field, Format, Method, Problem, TextField};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::select::{select, shown};
use super::TextInput;
use crate::i18n::Lang;
use crate::labels::dom_id;
use crate::state::Edit;
use crate::ui::Ui;

/// Properties of [`SectionFields`].
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The section of the table shown.
    pub section: Section,
    /// The text of each text parameter of the section, in table order.
    pub texts: Vec<AttrValue>,
    /// Format.
    pub format: Format,
    /// HTTP method.
    pub method: Method,
    /// Endpoint choice.
    pub endpoint: EndpointKind,
    /// The problems of these fields.
    pub problems: Rc<Vec<Problem>>,
    /// The page's language.
    pub lang: Lang,
    /// Shown, not editable.
    pub readonly: bool,
    /// What the user does.
    pub on: Callback<Ui>,
}

/// The known regions with their names; picking one fills RegionId, and "Other" empties
/// it to be typed (new regions appear before this list knows them).
fn region_select(p: &SectionProps, region: &str) -> Html {
    let t = p.lang.tr();
    let cb = p.on.clone();
    let onchange = Callback::from(move |e: Event| {
        let id = e.target_unchecked_into::<HtmlSelectElement>().value();
        let other = id.is_empty();
        cb.emit(Ui::Edit(Edit::Text(TextField::RegionId, id)));
        if other {
            cb.emit(Ui::Focus(dom_id(&Field::Text(TextField::RegionId))));
        }
    });
    let known = regions::find(region).is_some();
    let zh = p.lang == Lang::Zh;
    html! {
        <div class="field">
            <label for="f-Region">{ t.known_regions }</label>
            <select id="f-Region" ~value={shown(if known { region } else { "" })}
                    disabled={p.readonly} {onchange}>
                { for regions::REGIONS.iter().map(|r| html! {
                    <option value={r.id} selected={r.id == region}>
                        { r.id }{ " · " }{ if zh { r.name_zh } else { r.name_en } }
                    </option>
                }) }
                <option value="" selected={!known}>{ t.other_region }</option>
            </select>
        </div>
    }
}

/// How the page presents a text parameter: placeholder, hint, masked.
fn present<'a>(input: TextInput<'a>, field: TextField, value: &str, lang: Lang) -> TextInput<'a> {
    let t = lang.tr();
    match field {
        TextField::RegionId => input.hint(match regions::find(value) {
            Some(r) if lang == Lang::Zh => r.name_zh,
            Some(r) => r.name_en,
            None if value.is_empty() => t.region_empty,
            None => t.region_unknown,
        }),
        TextField::LoadBalancerId => input.placeholder("lb-…"),
        TextField::VServerGroupName => input.placeholder("Group1"),
        TextField::CustomEndpoint => input.placeholder("slb.example.com"),
        TextField::AccessKeyId => input.placeholder(EXAMPLE_ACCESS_KEY_ID),
        TextField::AccessKeySecret => input.password().placeholder(EXAMPLE_ACCESS_KEY_SECRET),
        TextField::SignatureNonce => input.placeholder(t.generated).hint(t.nonce_hint),
        TextField::Timestamp => input.placeholder(t.generated).hint(t.timestamp_hint),
        _ => input,
    }
}

/// The fields of one section.
#[component]
pub fn SectionFields(p: &SectionProps) -> Html {
    let t = p.lang.tr();
    let mut texts = p.texts.iter();
    let fields = CREATE_VSERVER_GROUP
        .section(p.section)
        .map(|param| match param.value {
            Value::Text(field) | Value::Long(field) => {
                let value = texts.next().map(AttrValue::as_str).unwrap_or("");
                if field == TextField::CustomEndpoint && p.endpoint != EndpointKind::Custom {
                    return Html::default();
                }
                let cb = p.on.clone();
                let input = TextInput::new(
                    Field::Text(field),
                    value,
                    &p.problems,
                    p.lang,
                    Callback::from(move |v| cb.emit(Ui::Edit(Edit::Text(field, v)))),
                )
                .required(param.required)
                .readonly(p.readonly);
                let input = present(input, field, value, p.lang).view();
                if field == TextField::RegionId {
                    html! { <>{ region_select(p, value) }{ input }</> }
                } else {
                    input
                }
            }
            Value::Format => select(
                "f-Format",
                "Format",
                &[("JSON", "JSON"), ("XML", "XML")],
                p.format.as_str(),
                p.readonly,
                edit_on(&p.on, |v| {
                    Edit::Format(Format::parse(v).unwrap_or_default())
                }),
            ),
            Value::Method => select(
                "f-Method",
                t.http_method,
                &[("GET", "GET"), ("POST", "POST")],
                p.method.as_str(),
                p.readonly,
                edit_on(&p.on, |v| {
                    Edit::Method(Method::parse(v).unwrap_or_default())
                }),
            ),
            Value::Endpoint => {
                let options = [
                    ("public", t.endpoint_public),
                    ("vpc", t.endpoint_vpc),
                    ("custom", t.endpoint_custom),
                ];
                select(
                    "f-Endpoint",
                    t.endpoint,
                    &options,
                    p.endpoint.as_str(),
                    p.readonly,
                    edit_on(&p.on, |v| {
                        Edit::Endpoint(EndpointKind::parse(v).unwrap_or_default())
                    }),
                )
            }
            Value::ServersJson | Value::TagList => Html::default(),
        });
    html! { <div class="grid">{ for fields }</div> }
}

/// The texts of a section's text parameters, in table order (what [`SectionFields`]
/// shows).
pub fn section_texts(req: &vsg_core::Request, section: Section) -> Vec<AttrValue> {
    CREATE_VSERVER_GROUP
        .section(section)
        .filter_map(|p| p.value.text_field())
        .map(|f| AttrValue::from(req[f].clone()))
        .collect()
}

/// A select's value as an edit of the request.
fn edit_on(cb: &Callback<Ui>, make: fn(&str) -> Edit) -> Callback<String> {
    let cb = cb.clone();
    Callback::from(move |v: String| cb.emit(Ui::Edit(make(&v))))
}
