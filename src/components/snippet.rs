//! The code snippets: one tab per language, the code coloured, a copy button.

use vsg_core::snippets::Language;
use yew::prelude::*;

use super::highlight::highlight;
use super::{copy_button, tab_list, SHOWN_MAX};
use crate::i18n::Lang;
use crate::labels::{copy_shown, panel_id, tab_id, CODE_TABS};
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
