//! Tag.N.Key / Tag.N.Value rows.

use vsg_core::{Field, Problem, TagRow, MAX_TAGS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::messages::{invalid, messages, messages_id};
use crate::state::Edit;

fn tag_input(
    problems: &[Problem],
    onedit: &Callback<Edit>,
    row: usize,
    is_key: bool,
    value: &str,
) -> Html {
    let f = if is_key {
        Field::TagKey(row)
    } else {
        Field::TagValue(row)
    };
    let cb = onedit.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        cb.emit(Edit::Tag(
            row,
            is_key,
            e.target_unchecked_into::<HtmlInputElement>().value(),
        ))
    });
    html! {
        <div class="tag-cell">
            <input id={crate::labels::dom_id(&f)} type="text" aria-label={crate::labels::label(&f)} value={value.to_string()}
                   placeholder={if is_key { "Key" } else { "Value" }} spellcheck="false" autocomplete="off"
                   aria-invalid={invalid(problems, f)} aria-describedby={messages_id(f)} {oninput} />
            { messages(f, problems) }
        </div>
    }
}

/// The tag editor: up to [`MAX_TAGS`] key/value rows.
pub fn tag_rows(tags: &[TagRow], problems: &[Problem], onedit: &Callback<Edit>) -> Html {
    let count = tags.len();
    let full = count >= MAX_TAGS;
    let onadd = {
        let cb = onedit.clone();
        Callback::from(move |_| cb.emit(Edit::AddTag))
    };
    html! {
        <fieldset class="tags" id={crate::labels::dom_id(&Field::Tags)} tabindex="-1">
            <legend>{ "Tag" }<span class="count">{ format!(" ({count}/{MAX_TAGS})") }</span></legend>
            { for tags.iter().enumerate().map(|(i, t)| {
                let cb = onedit.clone();
                let onremove = Callback::from(move |_| cb.emit(Edit::RemoveTag(i)));
                html! {
                    <div class="tag-row">
                        { tag_input(problems, onedit, i, true, &t.key) }
                        { tag_input(problems, onedit, i, false, &t.value) }
                        <button type="button" class="icon danger" aria-label={format!("Remove tag {}", i + 1)}
                                title="Remove" onclick={onremove}>{ "✕" }</button>
                    </div>
                }
            }) }
            { messages(Field::Tags, problems) }
            <div class="add-row">
                <button type="button" id="add-tag" disabled={full} onclick={onadd}
                        aria-describedby={full.then_some("add-tag-why")}>{ "+ Add tag" }</button>
                if full {
                    <span id="add-tag-why" class="hint">
                        { format!("At most {MAX_TAGS} tags per request (SizeLimitExceeded.Tag beyond).") }
                    </span>
                }
            </div>
        </fieldset>
    }
}
