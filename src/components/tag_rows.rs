//! The `Tag.N.Key` / `Tag.N.Value` rows.

use std::rc::Rc;

use vsg_core::params::TagPart;
use vsg_core::{Field, Problem, TagRow, MAX_TAGS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{invalid, messages};
use crate::i18n::{Lang, RowButton};
use crate::labels::{dom_id, label, messages_id, ADD_TAG, ADD_TAG_WHY};
use crate::state::Edit;
use crate::ui::Ui;

/// Properties of [`TagRows`].
#[derive(Properties, PartialEq)]
pub struct TagRowsProps {
    /// The tags as typed.
    pub tags: Vec<TagRow>,
    /// The problems of the tags (and of the list).
    pub problems: Rc<Vec<Problem>>,
    /// The page's language.
    pub lang: Lang,
    /// Shown, not editable.
    pub readonly: bool,
    /// What the user does.
    pub on: Callback<Ui>,
}

fn tag_input(p: &TagRowsProps, row: usize, part: TagPart, value: &str) -> Html {
    let f = match part {
        TagPart::Key => Field::TagKey(row),
        TagPart::Value => Field::TagValue(row),
    };
    let t = p.lang.tr();
    let cb = p.on.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        cb.emit(Ui::Edit(Edit::Tag(
            row,
            part,
            e.target_unchecked_into::<HtmlInputElement>().value(),
        )))
    });
    html! {
        <div class="tag-cell">
            <input id={dom_id(&f)} type="text" aria-label={label(&f, p.lang)} value={value.to_string()}
                   placeholder={if part == TagPart::Key { t.key } else { t.value }} spellcheck="false" autocomplete="off"
                   readonly={p.readonly} aria-invalid={invalid(&p.problems, f)} aria-describedby={messages_id(&f)} {oninput} />
            { messages(f, &p.problems, p.lang) }
        </div>
    }
}

/// The tag editor: up to [`MAX_TAGS`] key/value rows.
#[component]
pub fn TagRows(p: &TagRowsProps) -> Html {
    let t = p.lang.tr();
    let count = p.tags.len();
    let full = count >= MAX_TAGS;
    let onadd = {
        let cb = p.on.clone();
        Callback::from(move |_| cb.emit(Ui::Edit(Edit::AddTag)))
    };
    html! {
        <fieldset class="tags" id={dom_id(&Field::Tags)} tabindex="-1">
            <legend>{ label(&Field::Tags, p.lang) }<span class="count">{ p.lang.count(count, MAX_TAGS) }</span></legend>
            { for p.tags.iter().enumerate().map(|(i, tag)| {
                let cb = p.on.clone();
                let onremove = Callback::from(move |_| cb.emit(Ui::Edit(Edit::RemoveTag(i))));
                let name = p.lang.row_button(RowButton::RemoveTag, i + 1);
                html! {
                    <div class="tag-row">
                        { tag_input(p, i, TagPart::Key, &tag.key) }
                        { tag_input(p, i, TagPart::Value, &tag.value) }
                        if !p.readonly {
                            <button type="button" class="icon" data-danger="true" aria-label={name.clone()}
                                    title={name} onclick={onremove}>{ RowButton::RemoveTag.icon() }</button>
                        }
                    </div>
                }
            }) }
            { messages(Field::Tags, &p.problems, p.lang) }
            if !p.readonly {
                <div class="add-row">
                    <button type="button" id={ADD_TAG} disabled={full} onclick={onadd}
                            aria-describedby={full.then_some(ADD_TAG_WHY)}>{ t.add_tag }</button>
                    if full {
                        <span id={ADD_TAG_WHY} class="hint">{ p.lang.limit(t.tags_full, MAX_TAGS) }</span>
                    }
                </div>
            }
        </fieldset>
    }
}
