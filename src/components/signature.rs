//! The signature, step by step: v1 (`HMAC-SHA1`) or V3 (`ACS3-HMAC-SHA256`), each
//! value with a copy button.

use vsg_core::sign_v3::{curl_v3, sign_request_v3, V3Signed};
use vsg_core::{Generated, Request, SignedRequest};
use yew::prelude::*;

use super::{copy_button, cut, SHOWN_MAX};
use crate::i18n::{authorization_line, marks, Lang};
use crate::labels::copy_shown;
use crate::state::{Copied, CopyTarget, SigVersion};
use crate::ui::Ui;

/// The V3 signature of a request, with what the walkthrough shows beside it.
pub struct V3 {
    /// The signature and its parts.
    pub signed: V3Signed,
    /// The `Authorization` header as a line (`Authorization: ACS3-HMAC-SHA256 …`).
    pub authorization: String,
    /// The request as curl, with its headers.
    pub curl: String,
}

impl V3 {
    /// Signs `request` with V3.
    pub fn of(request: &Request, generated: &Generated) -> V3 {
        let signed = sign_request_v3(request, generated);
        let authorization = authorization_line(signed.headers.last().map_or("", |(_, v)| v));
        let curl = curl_v3(request.method, &signed);
        V3 {
            signed,
            authorization,
            curl,
        }
    }
}

/// One numbered step: its title, its value as a block of code and, when it can be
/// copied, a copy button (the value's `data-testid` is the copy target's).
fn step(
    n: usize,
    title: &'static str,
    value: &str,
    copy: Option<CopyTarget>,
    copied: Option<Copied>,
    lang: Lang,
    on: &Callback<Ui>,
) -> Html {
    let t = lang.tr();
    html! {
        <li class="step">
            <h3>{ n }{ marks::STEP }{ title }</h3>
            <pre tabindex="0"><code data-testid={copy.map(copy_shown)}>{ cut(value, SHOWN_MAX, lang) }</code></pre>
            if let Some(target) = copy {
                { copy_button(target, format!("{} {n}", t.copy_step), copied, lang, on) }
            }
        </li>
    }
}

/// Signature v1, step by step.
pub fn v1(
    s: &SignedRequest,
    example_secret: bool,
    copied: Option<Copied>,
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
    let sts = s.string_to_sign();
    let st = |n, value: &str, copy| step(n, t.v1_steps[n - 1], value, copy, copied, lang, on);
    html! {
        <ol class="steps">
            { st(1, &names.join(" "), None) }
            { st(2, &s.canonical_query, Some(CopyTarget::CanonicalQuery)) }
            { st(3, &sts, Some(CopyTarget::StringToSign)) }
            { st(4, lang.hmac_key(example_secret), None) }
            { st(5, &s.signature, Some(CopyTarget::Signature)) }
        </ol>
    }
}

/// Signature V3, step by step.
pub fn v3(v3: &V3, copied: Option<Copied>, lang: Lang, on: &Callback<Ui>) -> Html {
    let t = lang.tr();
    let s = &v3.signed;
    let st = |n, value: &str, copy| step(n, t.v3_steps[n - 1], value, Some(copy), copied, lang, on);
    html! {
        <>
            <p class="hint">{ t.v3_note }</p>
            <ol class="steps">
                { st(1, &s.canonical_request, CopyTarget::V3CanonicalRequest) }
                { st(2, &s.hashed_canonical_request, CopyTarget::V3Hash) }
                { st(3, &s.string_to_sign, CopyTarget::V3StringToSign) }
                { st(4, &s.signature, CopyTarget::V3Signature) }
                { st(5, &v3.authorization, CopyTarget::V3Authorization) }
                { st(6, &v3.curl, CopyTarget::V3Curl) }
            </ol>
        </>
    }
}

/// The v1 / V3 switch.
pub fn switch(current: SigVersion, lang: Lang, on: &Callback<Ui>) -> Html {
    let t = lang.tr();
    let radio = |v: SigVersion| {
        let cb = on.clone();
        html! {
            <button type="button" role="radio" aria-checked={if current == v { "true" } else { "false" }}
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
