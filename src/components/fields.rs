//! The scalar parameters of one section of the form, as the parameter table lists
//! them: a text input per text parameter, a select per choice.

use std::rc::Rc;

use vsg_core::params::{find, Operation, Section, Value};
use vsg_core::sandbox::Pick;
use vsg_core::{regions, EndpointKind, Field, Format, Method, Problem, TextField, FAMILY};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::select::{select, shown};
use super::{invalid, messages, TextInput};
use crate::i18n::{marks, Lang};
use crate::labels::{
    dom_id, label, messages_id, ACTION, ACTION_SELECT, ENDPOINT_SELECT, FORMAT_SELECT,
    GROUP_SELECT, METHOD_SELECT, REGION_SELECT,
};
use crate::state::Edit;
use crate::ui::Ui;

/// Properties of [`SectionFields`].
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The operation whose table the form shows.
    pub op: &'static Operation,
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
    /// The sandbox's groups in the request's region, for the VServerGroupId picker.
    pub groups: Rc<Vec<Pick>>,
    /// The page's language.
    pub lang: Lang,
    /// Shown, not editable.
    pub readonly: bool,
    /// What the user does.
    pub on: Callback<Ui>,
}

/// The known regions with their names; picking one fills RegionId, and "Other" empties
/// it to be typed (new regions appear before this list knows them). `region` is the
/// known region typed, or empty.
fn region_select(p: &SectionProps, region: &str) -> Html {
    let t = p.lang.tr();
    let cb = p.on.clone();
    let onchange = Callback::from(move |e: Event| {
        let id = e.target_unchecked_into::<HtmlSelectElement>().value();
        let other = id.is_empty();
        cb.emit(Ui::Edit(Edit::Text(TextField::RegionId, id)));
        if other {
            cb.emit(Ui::Focus(Field::Text(TextField::RegionId)));
        }
    });
    html! {
        <div class="field">
            <label for={REGION_SELECT}>{ t.known_regions }</label>
            <select id={REGION_SELECT} ~value={shown(region)} disabled={p.readonly} {onchange}>
                { for regions::REGIONS.iter().map(|r| html! {
                    <option value={r.id} selected={r.id == region}>
                        { r.id }{ marks::DOT }{ p.lang.region_name(r) }
                    </option>
                }) }
                <option value="" selected={region.is_empty()}>{ t.other_region }</option>
            </select>
        </div>
    }
}

/// The sandbox's groups of the request's region: picking one fills VServerGroupId.
/// It shows the group typed, if it is one of them, else the empty choice.
fn group_select(p: &SectionProps, id: &str) -> Html {
    let t = p.lang.tr();
    let cb = p.on.clone();
    let onchange = Callback::from(move |e: Event| {
        let id = e.target_unchecked_into::<HtmlSelectElement>().value();
        if !id.is_empty() {
            cb.emit(Ui::Edit(Edit::Text(TextField::VServerGroupId, id)));
        }
    });
    let known = p.groups.iter().any(|g| g.id == id);
    let shown_id = if known { id } else { "" };
    html! {
        <div class="field">
            <label for={GROUP_SELECT}>{ t.sandbox_groups }</label>
            <select id={GROUP_SELECT} ~value={shown(shown_id)} disabled={p.readonly} {onchange}>
                <option value="" selected={!known}>{ t.pick_group }</option>
                { for p.groups.iter().map(|g| html! {
                    <option value={g.id.clone()} selected={g.id == id}>
                        { &g.id }{ marks::DOT }{ if g.name.is_empty() { t.unnamed } else { &g.name } }
                        { marks::DOT }{ t.members.replace("{n}", &g.members.to_string()) }
                    </option>
                }) }
            </select>
        </div>
    }
}

/// A Boolean parameter: not sent, `true` or `false`, and any other text typed
/// (`True`, from an import) as a choice of its own, so that it is shown as it is sent.
fn bool_select(p: &SectionProps, field: TextField, value: &str) -> Html {
    let f = Field::Text(field);
    let cb = p.on.clone();
    let onchange = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        cb.emit(Ui::Edit(Edit::Text(field, v)))
    });
    let (id, other) = (dom_id(&f), !matches!(value, "" | "true" | "false"));
    html! {
        <div class="field">
            <label for={id.clone()}>{ label(&f, p.lang) }</label>
            <select {id} ~value={shown(value)} disabled={p.readonly} aria-invalid={invalid(&p.problems, f)}
                    aria-describedby={messages_id(&f)} {onchange}>
                <option value="" selected={value.is_empty()}>{ p.lang.tr().bool_unset }</option>
                { for ["true", "false"].map(|b| html! { <option value={b} selected={b == value}>{ b }</option> }) }
                if other {
                    <option value={value.to_string()} selected=true>{ value.to_string() }</option>
                }
            </select>
            { messages(f, &p.problems, p.lang) }
        </div>
    }
}

/// How the page presents a text parameter: placeholder, hint, masked.
fn present<'a>(input: TextInput<'a>, field: TextField, value: &str, lang: Lang) -> TextInput<'a> {
    let t = lang.tr();
    let input = match lang.placeholder(field) {
        Some(text) => input.placeholder(text),
        None => input,
    };
    match field {
        TextField::RegionId => input.hint(match regions::find(value) {
            Some(r) => lang.region_name(r),
            None if value.is_empty() => t.region_empty,
            None => t.region_unknown,
        }),
        TextField::AccessKeySecret => input.password(),
        TextField::SignatureNonce => input.hint(t.nonce_hint),
        TextField::DescriptionFilter => input.hint(t.name_filter_hint),
        TextField::Timestamp => input.hint(t.timestamp_hint),
        _ => input,
    }
}

/// The fields of one section.
#[component]
pub fn SectionFields(p: &SectionProps) -> Html {
    let t = p.lang.tr();
    let mut texts = p.texts.iter();
    let fields = p.op.section(p.section).map(|param| match param.value {
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
            .required(p.op.requires(param))
            .readonly(p.readonly);
            let input = present(input, field, value, p.lang).view();
            match field {
                TextField::RegionId => {
                    // The select shows a known region, or "Other".
                    let shown = if regions::find(value).is_some() {
                        value
                    } else {
                        ""
                    };
                    html! { <>{ region_select(p, shown) }{ input }</> }
                }
                TextField::VServerGroupId => html! { <>{ input }{ group_select(p, value) }</> },
                _ => input,
            }
        }
        Value::Bool(field) => {
            let value = texts.next().map(AttrValue::as_str).unwrap_or("");
            bool_select(p, field, value)
        }
        // The Format parameter's select is named by the parameter, its options by
        // their wire values.
        Value::Format => select(
            FORMAT_SELECT,
            param.name,
            &Format::ALL.map(|f| (f.as_str(), f.as_str())),
            p.format.as_str(),
            p.readonly,
            edit_on(&p.on, |v| {
                Edit::Format(Format::parse(v).unwrap_or_default())
            }),
        ),
        Value::Method => select(
            METHOD_SELECT,
            t.http_method,
            &Method::ALL.map(|m| (m.as_str(), m.as_str())),
            p.method.as_str(),
            p.readonly,
            edit_on(&p.on, |v| {
                Edit::Method(Method::parse(v).unwrap_or_default())
            }),
        ),
        Value::Endpoint => select(
            ENDPOINT_SELECT,
            t.endpoint,
            &EndpointKind::ALL.map(|k| (k.as_str(), p.lang.endpoint_kind(k))),
            p.endpoint.as_str(),
            p.readonly,
            edit_on(&p.on, |v| {
                Edit::Endpoint(EndpointKind::parse(v).unwrap_or_default())
            }),
        ),
        Value::ServersJson(_) | Value::TagList => Html::default(),
    });
    // The main section begins with the operation (the `Action`), named by its wire
    // values like Format.
    let action = (p.section == Section::Main).then(|| {
        let actions: Vec<_> = FAMILY.iter().map(|op| (op.action, op.action)).collect();
        select(
            ACTION_SELECT,
            ACTION,
            &actions,
            p.op.action,
            p.readonly,
            edit_on(&p.on, |v| {
                Edit::Operation(find(FAMILY, v).unwrap_or(FAMILY[0]))
            }),
        )
    });
    html! { <div class="grid">{ action }{ for fields }</div> }
}

/// The texts of a section's text parameters, in table order (what [`SectionFields`]
/// shows).
pub fn section_texts(req: &vsg_core::Request, section: Section) -> Vec<AttrValue> {
    req.op
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
