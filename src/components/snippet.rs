//! The code snippets: one tab per language, the code coloured, a copy button; then
//! Terraform and ROS with what they cannot say as the request does.

use vsg_core::iac::Iac;
use vsg_core::snippets::Language;
use yew::prelude::*;

use super::highlight::highlight;
use super::{copy_button, cut, tab_list, SHOWN_MAX};
use crate::i18n::Lang;
use crate::labels::{copy_shown, panel_id, tab_id, CODE_TABS, IAC_TITLE};
use crate::state::{Copied, CopyTarget};
use crate::ui::Ui;

/// The snippet of `language` (already generated), with its tabs.
pub fn snippets(
    language: Language,
    code: &str,
    copied: Option<Copied>,
    lang: Lang,
    on: &Callback<Ui>,
) -> Html {
    let t = lang.tr();
    let tabs: Vec<(Language, &'static str, &'static str)> = Language::ALL
        .iter()
        .map(|l| (*l, l.id(), l.name()))
        .collect();
    let note = Language::ALL
        .iter()
        .position(|l| *l == language)
        .map_or("", |i| t.snippet_notes[i]);
    let shown = if code.len() > SHOWN_MAX {
        let mut end = SHOWN_MAX;
        while !code.is_char_boundary(end) {
            end -= 1;
        }
        &code[..end]
    } else {
        code
    };
    html! {
        <>
            { tab_list(t.snippet_language, CODE_TABS, &tabs, language, on, Ui::Snippet) }
            <div role="tabpanel" id={panel_id(CODE_TABS, language.id())}
                 aria-labelledby={tab_id(CODE_TABS, language.id())}>
                <p class="hint">{ note }</p>
                <pre class="code" tabindex="0"><code data-testid={copy_shown(CopyTarget::Snippet)} data-language={language.id()}>
                    { highlight(shown, language) }
                    if shown.len() < code.len() {
                        <mark class="cut">{ lang.cut(code[shown.len()..].chars().count()) }</mark>
                    }
                </code></pre>
                { copy_button(CopyTarget::Snippet, t.copy_snippet.to_string(), copied, lang, on) }
            </div>
        </>
    }
}

/// Terraform and ROS (`None`: not written for this operation, which it says), each
/// with its notes beside the code and a copy button.
pub fn iac(iac: Option<&[Iac; 2]>, copied: Option<Copied>, lang: Lang, on: &Callback<Ui>) -> Html {
    let t = lang.tr();
    let Some([terraform, ros]) = iac else {
        return html! { <p class="hint" data-testid="iac-none">{ t.iac_none }</p> };
    };
    let kinds = [
        (
            CopyTarget::Terraform,
            t.terraform,
            t.copy_terraform,
            terraform,
        ),
        (CopyTarget::Ros, t.ros, t.copy_ros, ros),
    ];
    html! {
        <div class="iac" role="group" aria-labelledby={IAC_TITLE}>
            <h3 id={IAC_TITLE}>{ t.iac_title }</h3>
            { for kinds.into_iter().map(|(target, title, copy, iac)| html! {
                <>
                    <h4>{ title }</h4>
                    if !iac.notes.is_empty() {
                        <ul class="msgs" data-testid={format!("{}-notes", copy_shown(target))}>
                            { for iac.notes.iter().map(|n| html! { <li class="msg" data-severity="warning">{ lang.iac_note(n) }</li> }) }
                        </ul>
                    }
                    <pre class="code" tabindex="0"><code data-testid={copy_shown(target)} lang="en">{ cut(&iac.code, SHOWN_MAX, lang) }</code></pre>
                    { copy_button(target, copy.to_string(), copied, lang, on) }
                </>
            }) }
        </div>
    }
}
