//! A labelled text input whose accessible name is its API parameter name.

use vsg_core::{Field, Problem};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::messages::{invalid, messages, messages_id};

/// A `<label>` + `<input>` + inline messages: configure with the builder methods,
/// then render with [`TextInput::view`].
pub struct TextInput<'a> {
    /// The field; its label is the accessible name.
    pub field: Field,
    /// The current text.
    pub value: &'a str,
    /// Every problem of the request (the input shows its own).
    pub problems: &'a [Problem],
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
}

impl<'a> TextInput<'a> {
    /// A plain optional text input.
    pub fn new(
        field: Field,
        value: &'a str,
        problems: &'a [Problem],
        oninput: Callback<String>,
    ) -> Self {
        TextInput {
            field,
            value,
            problems,
            oninput,
            kind: "text",
            placeholder: None,
            hint: None,
            required: false,
        }
    }

    /// Marks the parameter as required.
    pub fn required(mut self) -> Self {
        self.required = true;
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

    /// Renders the field.
    pub fn view(self) -> Html {
        let id = crate::labels::dom_id(&self.field);
        let cb = self.oninput;
        let oninput = Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let hint_id = format!("{id}-hint");
        let mut describedby = messages_id(self.field);
        if self.hint.is_some() {
            describedby.push(' ');
            describedby.push_str(&hint_id);
        }
        html! {
            <div class="field">
                <div class="label-line">
                    <label for={id.clone()}>{ crate::labels::label(&self.field) }</label>
                    if self.required { <span class="req" aria-hidden="true">{ "*" }</span> }
                </div>
                <input
                    id={id}
                    type={self.kind}
                    value={self.value.to_string()}
                    placeholder={self.placeholder}
                    required={self.required}
                    spellcheck="false"
                    autocomplete="off"
                    aria-invalid={invalid(self.problems, self.field)}
                    aria-describedby={describedby}
                    {oninput}
                />
                if let Some(hint) = self.hint {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
                { messages(self.field, self.problems) }
            </div>
        }
    }
}
