//! The signature, step by step: v1 (`HMAC-SHA1`) or V3 (`ACS3-HMAC-SHA256`), each
//! value with a copy button.

use vsg_core::sign_v3::V3Signed;
use vsg_core::SignedRequest;
use yew::prelude::*;

use super::{copy_button, cut, CopyState, SHOWN_MAX};
use crate::i18n::{authorization_line, marks, Lang};
use crate::state::SigVersion;
use crate::ui::Ui;

/// One numbered step: its title, its value as a block of code and, with a copy id, a
/// copy button.
#[allow(clippy::too_many_arguments)]
fn step(
    n: usize,
    title: &'static str,
    value: &str,
    testid: Option<&'static str>,
    copy: Option<&'static str>,
    copied: CopyState,
    lang: Lang,
    on: &Callback<Ui>,
) -> Html {
    let t = lang.tr();
    html! {
        <li class="step">
            <h3>{ n }{ marks::STEP }{ title }</h3>
            <pre tabindex="0"><code data-testid={testid}>{ cut(value, SHOWN_MAX, lang) }</code></pre>
            if let Some(id) = copy {
                { copy_button(id, format!("{} {n}", t.copy_step), copied, lang, on) }
            }
        </li>
    }
}

/// Signature v1, step by step.
pub fn v1(
    s: &SignedRequest,
    example_secret: bool,
    copied: CopyState,
    lang: Lang,
    on: &Callback<Ui>,
) -> Html {
    let t = lang.tr();
    let names: Vec<&str> = s
        .params
        .iter()
        .map(|p| p.name.as_str())
        .filter(|n| *n != "Signature")
        .collect();
    let key = lang.hmac_key(example_secret);
    let sts = s.string_to_sign();
    let st = |n, value: &str, testid, copy| {
        step(n, t.v1_steps[n - 1], value, testid, copy, copied, lang, on)
    };
    html! {
        <ol class="steps">
            { st(1, &names.join(" "), None, None) }
            { st(2, &s.canonical_query, Some("canonical-query"), Some("canon")) }
            { st(3, &sts, Some("string-to-sign"), Some("sts")) }
            { st(4, key, None, None) }
            { st(5, &s.signature, Some("signature"), Some("sig")) }
        </ol>
    }
}

/// Signature V3, step by step.
pub fn v3(s: &V3Signed, curl: &str, copied: CopyState, lang: Lang, on: &Callback<Ui>) -> Html {
    let t = lang.tr();
    let auth = s.headers.last().map(|(_, v)| v.as_str()).unwrap_or("");
    let st = |n, value: &str, testid, copy| {
        step(n, t.v3_steps[n - 1], value, testid, copy, copied, lang, on)
    };
    html! {
        <>
            <p class="hint">{ t.v3_note }</p>
            <ol class="steps">
                { st(1, &s.canonical_request, Some("v3-canonical-request"), Some("v3-creq")) }
                { st(2, &s.hashed_canonical_request, Some("v3-hash"), Some("v3-hash")) }
                { st(3, &s.string_to_sign, Some("v3-string-to-sign"), Some("v3-sts")) }
                { st(4, &s.signature, Some("v3-signature"), Some("v3-sig")) }
                { st(5, &authorization_line(auth), Some("v3-authorization"), Some("v3-auth")) }
                { st(6, curl, Some("v3-curl"), Some("v3-curl")) }
            </ol>
        </>
    }
}

/// The v1 / V3 switch.
pub fn switch(current: SigVersion, lang: Lang, on: &Callback<Ui>) -> Html {
    let t = lang.tr();
    let radio = |v: SigVersion| {
        let cb = on.clone();
        let checked = current == v;
        html! {
            <button type="button" role="radio" aria-checked={if checked { "true" } else { "false" }}
                    onclick={Callback::from(move |_| cb.emit(Ui::Signature(v)))}>{ v.name() }</button>
        }
    };
    html! {
        <div role="radiogroup" aria-label={t.signature} class="switch" data-testid="signature-switch">
            { radio(SigVersion::V1) }
            { radio(SigVersion::V3) }
        </div>
    }
}
