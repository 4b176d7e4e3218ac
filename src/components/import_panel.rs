//! Import: paste a URL, a curl command or an aliyun command line; the form is filled
//! and the report says what was mapped and what not.

use std::rc::Rc;

use vsg_core::import::ImportError;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::{marks, Lang};
use crate::labels::IMPORT_HINT;
use crate::state::ImportReport;
use crate::ui::Ui;

/// Properties of [`ImportPanel`].
#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// The text pasted.
    pub text: AttrValue,
    /// The last import.
    pub result: Option<Result<Rc<ImportReport>, ImportError>>,
    /// The page's language.
    pub lang: Lang,
    /// What the user does.
    pub on: Callback<Ui>,
}

fn report(r: &ImportReport, lang: Lang) -> Html {
    let t = lang.tr();
    let i = &r.imported;
    let signature = match (r.signature_ok, &i.signed) {
        (Some(true), _) => html! { <p data-state="ok">{ t.signature_ok }</p> },
        (Some(false), _) => html! { <p data-state="error">{ t.signature_bad }</p> },
        (None, Some(_)) => html! { <p>{ t.signature_unchecked }</p> },
        (None, None) => Html::default(),
    };
    html! {
        <>
            <p data-state="ok">{ t.import_done }</p>
            { signature }
            if i.unmapped.is_empty() {
                <p>{ t.import_all_mapped }</p>
            } else {
                <h3>{ t.import_unmapped }</h3>
                <ul class="unmapped">
                    { for i.unmapped.iter().map(|u| html! {
                        <li>
                            <code>{ u.name.clone() }</code>
                            if !u.value.is_empty() { { marks::EQUALS }<code>{ super::cut(&u.value, 200, lang) }</code> }
                            { marks::DASH }{ lang.reason(u.reason) }
                        </li>
                    }) }
                </ul>
            }
            if !i.notes.is_empty() {
                <h3>{ t.import_notes }</h3>
                <ul>{ for i.notes.iter().map(|n| html! { <li>{ lang.import_note(n) }</li> }) }</ul>
            }
        </>
    }
}

/// The import fold.
#[component]
pub fn ImportPanel(p: &ImportProps) -> Html {
    let t = p.lang.tr();
    let oninput = {
        let cb = p.on.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(Ui::ImportText(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let onclick = {
        let cb = p.on.clone();
        Callback::from(move |_| cb.emit(Ui::Import))
    };
    let result = match &p.result {
        None => Html::default(),
        Some(Ok(r)) => report(r, p.lang),
        Some(Err(e)) => html! {
            <p data-state="error">{ t.import_failed }{ p.lang.import_error(e) }</p>
        },
    };
    html! {
        <details class="import">
            <summary>{ t.import_title }</summary>
            <p class="hint" id={IMPORT_HINT}>{ t.import_hint }</p>
            <textarea data-testid="import-input" aria-label={t.import_label} aria-describedby={IMPORT_HINT}
                      spellcheck="false" rows="4" value={p.text.clone()} {oninput} />
            <div class="add-row">
                <button type="button" data-testid="import-apply" disabled={p.text.trim().is_empty()} {onclick}>
                    { t.import_apply }
                </button>
            </div>
            <div class="import-report" data-testid="import-report" aria-live="polite">{ result }</div>
        </details>
    }
}
