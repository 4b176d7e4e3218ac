//! The page's views. Components (one per file, each with its own `Properties`) where
//! skipping an unchanged subtree pays — the rows, the form's sections, the summary,
//! the output — and plain view functions (here and in their files) elsewhere.
//! Children get data and `on<verb>` callbacks, never the reducer.

use vsg_core::{Field, Problem, Severity};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{marks, status_code, Lang};
use crate::labels::{copy_key, dom_id, hint_id, label, messages_id, panel_id, tab_id};
use crate::state::{Copied, CopyTarget};
use crate::ui::Ui;

pub mod extras;
pub mod fields;
pub mod form;
pub mod highlight;
pub mod import_panel;
pub mod output;
pub mod raw_editor;
pub mod sandbox;
pub mod select;
pub mod server_row;
pub mod signature;
pub mod snippet;
pub mod summary;
pub mod tag_rows;
pub mod toolbar;

/// Values longer than this (in bytes) are shown cut; copy buttons copy all of them.
pub const SHOWN_MAX: usize = 4096;

/// `text`, or its first `max` bytes (at a character boundary) and a marker saying how
/// many characters are left out.
pub fn cut(text: &str, max: usize, lang: Lang) -> Html {
    if text.len() <= max {
        return html! { { text.to_string() } };
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = text[end..].chars().count();
    html! {
        <>{ text[..end].to_string() }<mark class="cut" data-testid="cut">{ lang.cut(rest) }</mark></>
    }
}

/// `"true"` when any of the problems of `field` is an error (the value of
/// `aria-invalid`).
pub fn invalid(problems: &[Problem], field: Field) -> Option<&'static str> {
    problems
        .iter()
        .any(|p| p.field == field && p.severity == Severity::Error)
        .then_some("true")
}

/// One problem as a line: the field (inside rows), the rule broken and, for service
/// errors, the code and status.
fn problem_line(p: &Problem, lang: Lang, name_field: bool) -> Html {
    let t = lang.tr();
    let (kind, tag) = match p.severity {
        Severity::Error => ("error", t.error),
        Severity::Warning => ("warning", t.warning),
    };
    html! {
        <li class="msg" data-severity={kind}>
            <span class="msg-tag">{ tag }</span>
            if name_field {
                { " " }<span class="msg-field">{ label(&p.field, lang) }{ marks::COLON.trim_end() }</span>
            }
            { " " }{ lang.rule(&p.rule) }
            if let Some(api) = &p.api {
                { " " }<code class="msg-code">{ status_code(api.status, api.code) }</code>
            }
        </li>
    }
}

/// The list of the problems of `field` among `problems` (empty, but present, when
/// there are none, so that `aria-describedby` always points somewhere). Inside rows,
/// each line names its field.
pub fn messages(field: Field, problems: &[Problem], lang: Lang) -> Html {
    let name_field = matches!(field, Field::Server { .. });
    html! {
        <ul class="msgs" id={messages_id(&field)}>
            { for problems.iter().filter(|p| p.field == field).map(|p| problem_line(p, lang, name_field)) }
        </ul>
    }
}

/// A labelled text input with its hint and messages.
pub struct TextInput<'a> {
    /// The field; its label is the accessible name.
    pub field: Field,
    /// The current text.
    pub value: &'a str,
    /// The problems of the field (others are ignored).
    pub problems: &'a [Problem],
    /// The page's language.
    pub lang: Lang,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<String>,
    /// `text` or `password`.
    pub kind: &'static str,
    /// Placeholder shown when empty.
    pub placeholder: Option<&'static str>,
    /// A hint under the input.
    pub hint: Option<AttrValue>,
    /// A required parameter (marked with `*`).
    pub required: bool,
    /// Shown, not editable.
    pub readonly: bool,
}

impl<'a> TextInput<'a> {
    /// A plain optional text input.
    pub fn new(
        field: Field,
        value: &'a str,
        problems: &'a [Problem],
        lang: Lang,
        oninput: Callback<String>,
    ) -> Self {
        TextInput {
            field,
            value,
            problems,
            lang,
            oninput,
            kind: "text",
            placeholder: None,
            hint: None,
            required: false,
            readonly: false,
        }
    }

    /// Marks the parameter as required.
    pub fn required(mut self, required: bool) -> Self {
        self.required = required;
        self
    }

    /// Sets the placeholder.
    pub fn placeholder(mut self, text: &'static str) -> Self {
        self.placeholder = Some(text);
        self
    }

    /// Sets the hint shown under the input.
    pub fn hint(mut self, text: impl Into<AttrValue>) -> Self {
        self.hint = Some(text.into());
        self
    }

    /// Masks the value (a secret).
    pub fn password(mut self) -> Self {
        self.kind = "password";
        self
    }

    /// Shows the value without letting it be edited.
    pub fn readonly(mut self, readonly: bool) -> Self {
        self.readonly = readonly;
        self
    }

    /// Renders the field.
    pub fn view(self) -> Html {
        let id = dom_id(&self.field);
        let cb = self.oninput;
        let oninput = Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let hint_id = hint_id(&self.field);
        let mut describedby = messages_id(&self.field);
        if self.hint.is_some() {
            describedby.push(' ');
            describedby.push_str(&hint_id);
        }
        html! {
            <div class="field">
                <div class="label-line">
                    <label for={id.clone()}>{ label(&self.field, self.lang) }</label>
                    if self.required { <span class="req" aria-hidden="true">{ marks::REQUIRED }</span> }
                </div>
                <input
                    id={id}
                    type={self.kind}
                    value={shown_value(self.value)}
                    placeholder={self.placeholder}
                    required={self.required}
                    readonly={self.readonly}
                    spellcheck="false"
                    autocomplete="off"
                    aria-invalid={invalid(self.problems, self.field)}
                    aria-describedby={describedby}
                    {oninput}
                />
                if let Some(hint) = self.hint {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
                { messages(self.field, self.problems, self.lang) }
            </div>
        }
    }
}

/// The value an input holds: the text as typed. (An input holds any length: the
/// browser lays out only what shows.)
fn shown_value(value: &str) -> String {
    value.to_string()
}

/// The live status of the copy button for `target`: "Copied" or "Copy failed…" when it
/// was the last one used, else empty.
pub fn copy_status(target: CopyTarget, copied: Option<Copied>, lang: Lang) -> Html {
    let t = lang.tr();
    let said = match copied {
        Some(c) if c.target == target && c.ok => t.copied,
        Some(c) if c.target == target => t.copy_failed,
        _ => "",
    };
    html! { <span class="copy-status" role="status">{ said }</span> }
}

/// A "Copy" button with the accessible name `label`, followed by its status. It sends
/// `Ui::Copy(target)`; the root knows what each target copies.
pub fn copy_button(
    target: CopyTarget,
    label: String,
    copied: Option<Copied>,
    lang: Lang,
    on: &Callback<Ui>,
) -> Html {
    let cb = on.clone();
    html! {
        <span class="copy">
            <button type="button" class="copy-btn" aria-label={label} data-copy={copy_key(target)}
                    onclick={Callback::from(move |_| cb.emit(Ui::Copy(target)))}>{ lang.tr().copy }</button>
            { copy_status(target, copied, lang) }
        </span>
    }
}

/// A tab list (ARIA tabs): one button per `(value, id, label)`, the `selected` one
/// active; arrow keys, Home and End move between tabs. Tab and panel ids are
/// [`tab_id`]`(prefix, id)` and [`panel_id`]`(prefix, id)`. Picking a tab sends
/// `pick(value)`.
pub fn tab_list<T: Copy + PartialEq + 'static>(
    name: &'static str,
    prefix: &'static str,
    tabs: &[(T, &'static str, &'static str)],
    selected: T,
    on: &Callback<Ui>,
    pick: fn(T) -> Ui,
) -> Html {
    let values: Vec<T> = tabs.iter().map(|t| t.0).collect();
    let names: Vec<_> = tabs.iter().map(|t| (t.1, t.2)).collect();
    let at = values.iter().position(|v| *v == selected).unwrap_or(0);
    let on = on.clone();
    tabs_of(
        name,
        prefix,
        &names,
        at,
        Callback::from(move |i: usize| on.emit(pick(values[i]))),
    )
}

/// The tabs of [`tab_list`], by position (one copy of this markup for every kind of
/// tab).
fn tabs_of(
    name: &'static str,
    prefix: &'static str,
    tabs: &[(&'static str, &'static str)],
    selected: usize,
    pick: Callback<usize>,
) -> Html {
    let count = tabs.len();
    html! {
        <div role="tablist" aria-label={name} class="tabs">
            { for tabs.iter().enumerate().map(|(at, &(id, text))| {
                let is = at == selected;
                let click = pick.clone();
                let keys = pick.clone();
                let onkeydown = Callback::from(move |e: KeyboardEvent| {
                    let to = match e.key().as_str() {
                        "ArrowRight" | "ArrowDown" => (at + 1) % count,
                        "ArrowLeft" | "ArrowUp" => (at + count - 1) % count,
                        "Home" => 0,
                        "End" => count - 1,
                        _ => return,
                    };
                    e.prevent_default();
                    keys.emit(to);
                    focus_tab(&e, to);
                });
                html! {
                    <button type="button" role="tab" id={tab_id(prefix, id)}
                            aria-selected={if is { "true" } else { "false" }}
                            aria-controls={panel_id(prefix, id)}
                            tabindex={if is { "0" } else { "-1" }}
                            onclick={Callback::from(move |_| click.emit(at))} {onkeydown}>
                        { text }
                    </button>
                }
            }) }
        </div>
    }
}

/// Focuses the `index`-th tab of the tab list the event came from.
fn focus_tab(e: &KeyboardEvent, index: usize) {
    use wasm_bindgen::JsCast;
    let list = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.parent_element());
    if let Some(tab) = list
        .and_then(|l| l.children().item(index as u32))
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = tab.focus();
    }
}
