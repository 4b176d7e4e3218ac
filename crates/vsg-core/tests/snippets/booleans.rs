//! Booleans (IncludeListener, IncludeRule of DescribeVServerGroups) are written as each
//! language's Boolean, and the Python snippets say that their SDKs send `True`.

use super::generated;
use vsg_core::snippets::{snippet, Language};
use vsg_core::{sign_request, Request, TextField};

fn describe(listener: &str, rule: &str) -> Request {
    let op = vsg_core::FAMILY
        .iter()
        .copied()
        .find(|o| o.action == "DescribeVServerGroups")
        .expect("DescribeVServerGroups");
    Request {
        op,
        ..Request::default()
    }
    .with(TextField::RegionId, "cn-hangzhou")
    .with(TextField::LoadBalancerId, "lb-bp1qjwo61pqz3ahltv0mw")
    .with(TextField::IncludeListener, listener)
    .with(TextField::IncludeRule, rule)
}

#[test]
fn booleans_are_each_languages_booleans() {
    let req = describe("true", "false");
    let signed = sign_request(&req, &generated());
    for (lang, wanted) in [
        (
            Language::PythonV2,
            &["include_listener=True", "include_rule=False"][..],
        ),
        (
            Language::PythonV1,
            &["set_IncludeListener(True)", "set_IncludeRule(False)"],
        ),
        (
            Language::Java,
            &[".setIncludeListener(true)", ".setIncludeRule(false)"],
        ),
        (
            Language::Go,
            &["IncludeListener: dara.Bool(true)", "dara.Bool(false)"],
        ),
        (
            Language::NodeTs,
            &["includeListener: true", "includeRule: false"],
        ),
        (
            Language::AliyunCli,
            &["--IncludeListener true", "--IncludeRule false"],
        ),
    ] {
        let code = snippet(lang, &req, &signed);
        for w in wanted {
            assert!(code.contains(w), "{lang:?} lacks {w}\n{code}");
        }
    }
    for lang in [Language::PythonV2, Language::PythonV1] {
        let code = snippet(lang, &req, &signed);
        assert!(
            code.contains("send IncludeListener=True, not true"),
            "{lang:?}\n{code}"
        );
    }
}

#[test]
fn a_capitalised_boolean_needs_no_note_and_a_non_boolean_stays_text() {
    let req = describe("True", "maybe");
    let signed = sign_request(&req, &generated());
    let py = snippet(Language::PythonV2, &req, &signed);
    assert!(py.contains("include_listener=True"), "{py}");
    assert!(!py.contains("their signature differs"), "{py}");
    assert!(py.contains("include_rule='maybe'"), "{py}");
}
