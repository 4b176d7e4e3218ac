//! Signature v1, step by step, each value with a copy button.

use vsg_core::SignedRequest;
use yew::prelude::*;

use super::copy_button::copy_button;
use super::shown;

/// What the signature panel shows.
pub struct SignatureView<'a> {
    /// The signed request.
    pub v1: &'a SignedRequest,
    /// Whether the example secret (`testsecret`) keys the HMAC (else it is masked).
    pub example_secret: bool,
    /// The last copy (see [`copy_button`]).
    pub copied: Option<(&'static str, bool)>,
    /// A copy finished.
    pub oncopied: &'a Callback<(&'static str, bool)>,
}

impl SignatureView<'_> {
    /// One numbered step: a title, its value (as a block of code) and, when `copy`
    /// gives its id and accessible name, a copy button.
    fn step(
        &self,
        n: u8,
        title: &'static str,
        value: &str,
        testid: Option<&'static str>,
        copy: Option<(&'static str, &'static str)>,
    ) -> Html {
        html! {
            <li class="step">
                <h3>{ n }{ ". " }{ title }</h3>
                <pre><code data-testid={testid}>{ shown(value) }</code></pre>
                if let Some((id, label)) = copy {
                    { copy_button(id, label, value, self.copied, self.oncopied) }
                }
            </li>
        }
    }

    /// Renders the panel.
    pub fn view(self) -> Html {
        let s = self.v1;
        let names: Vec<&str> = s
            .params
            .iter()
            .map(|p| p.name.as_str())
            .filter(|n| *n != "Signature")
            .collect();
        let key = if self.example_secret {
            "testsecret&"
        } else {
            "•••••• (your AccessKeySecret) + &"
        };
        html! {
            <section class="signature" aria-labelledby="signature-title">
                <h2 id="signature-title">{ "Signature v1 (HMAC-SHA1), step by step" }</h2>
                <ol class="steps">
                    { self.step(1, "Parameters sorted by name (all but Signature)", &names.join(" "), None, None) }
                    { self.step(2, "Canonical query: name=value, percent-encoded, joined by &", &s.canonical_query, Some("canonical-query"), Some(("canon", "Copy canonical query"))) }
                    { self.step(3, "StringToSign = METHOD&%2F&percentEncode(canonical query)", &s.string_to_sign, Some("string-to-sign"), Some(("sts", "Copy StringToSign"))) }
                    { self.step(4, "HMAC-SHA1 key = AccessKeySecret + \"&\"", key, None, None) }
                    { self.step(5, "Signature = Base64(HMAC-SHA1(key, StringToSign))", &s.signature, Some("signature"), Some(("sig", "Copy signature"))) }
                </ol>
            </section>
        }
    }
}
