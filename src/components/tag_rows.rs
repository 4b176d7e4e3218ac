//! Tag.N.Key / Tag.N.Value rows.

use std::rc::Rc;

use vsg_core::{Field, Problem, TagRow, MAX_TAGS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::messages::{any_error, for_field, messages_id, Messages};

/// Properties of [`TagRows`].
#[derive(Properties, PartialEq)]
pub struct TagRowsProps {
    /// The tags.
    pub tags: Vec<TagRow>,
    /// Every problem of the request.
    pub problems: Rc<Vec<Problem>>,
    /// A key (`true`) or value changed: (row, is_key, text).
    pub onchange: Callback<(usize, bool, String)>,
    /// Append an empty tag.
    pub onadd: Callback<()>,
    /// Remove a tag.
    pub onremove: Callback<usize>,
}

fn tag_input(props: &TagRowsProps, row: usize, is_key: bool, value: &str) -> Html {
    let f = if is_key {
        Field::TagKey(row)
    } else {
        Field::TagValue(row)
    };
    let problems = for_field(&props.problems, f);
    let oninput = {
        let cb = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit((
                row,
                is_key,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    html! {
        <div class="tag-cell">
            <input id={f.dom_id()} type="text" aria-label={f.label()} value={value.to_string()}
                   placeholder={if is_key { "Key" } else { "Value" }} spellcheck="false" autocomplete="off"
                   aria-invalid={any_error(&problems).then_some("true")}
                   aria-describedby={messages_id(f)} {oninput} />
            <Messages field={f} {problems} />
        </div>
    }
}

/// The tag editor.
#[component]
pub fn TagRows(props: &TagRowsProps) -> Html {
    let count = props.tags.len();
    let full = count >= MAX_TAGS;
    let onadd = {
        let cb = props.onadd.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <fieldset class="tags">
            <legend>{ "Tag" }<span class="count">{ format!(" ({count}/{MAX_TAGS})") }</span></legend>
            { for props.tags.iter().enumerate().map(|(i, t)| {
                let onremove = {
                    let cb = props.onremove.clone();
                    Callback::from(move |_| cb.emit(i))
                };
                html! {
                    <div class="tag-row">
                        { tag_input(props, i, true, &t.key) }
                        { tag_input(props, i, false, &t.value) }
                        <button type="button" class="icon danger" aria-label={format!("Remove tag {}", i + 1)}
                                title="Remove" onclick={onremove}>{ "✕" }</button>
                    </div>
                }
            }) }
            <Messages field={Field::Tags} problems={for_field(&props.problems, Field::Tags)} />
            <div class="add-row">
                <button type="button" disabled={full} onclick={onadd}>{ "+ Add tag" }</button>
                if full { <span class="hint">{ format!("At most {MAX_TAGS} tags per request.") }</span> }
            </div>
        </fieldset>
    }
}
