//! A labelled text input whose accessible name is its API parameter name.

use vsg_core::{Field, Problem};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::messages::{any_error, messages_id, Messages};

/// Properties of [`TextInput`].
#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    /// The field; its label is the accessible name.
    pub field: Field,
    /// The current text.
    pub value: AttrValue,
    /// This field's problems.
    #[prop_or_default]
    pub problems: Vec<Problem>,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<String>,
    /// `text` (default) or `password`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Placeholder shown when empty.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// A hint under the input.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The id of a `<datalist>` of suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    /// Shown after the label, e.g. "required".
    #[prop_or_default]
    pub required: bool,
}

/// `<label>` + `<input>` + inline messages.
#[component]
pub fn TextInput(props: &TextInputProps) -> Html {
    let id = props.field.dom_id();
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let hint_id = format!("{id}-hint");
    let describedby = if props.hint.is_some() {
        format!("{} {hint_id}", messages_id(props.field))
    } else {
        messages_id(props.field)
    };
    html! {
        <div class="field">
            <label for={id.clone()}>
                { props.field.label() }
                if props.required { <span class="req" aria-hidden="true">{ " *" }</span> }
            </label>
            <input
                id={id}
                type={props.kind.clone()}
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                list={props.list.clone()}
                required={props.required}
                spellcheck="false"
                autocomplete="off"
                aria-invalid={any_error(&props.problems).then_some("true")}
                aria-describedby={describedby}
                {oninput}
            />
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
            <Messages field={props.field} problems={props.problems.clone()} />
        </div>
    }
}
