//! The parameter table is the one description of the API: every parameter in it is
//! built into the signed request, imported back, kept by a permalink and named in the
//! snippets, and nothing outside it is.

mod common;

use common::second_operation::CATALOG;
use vsg_core::import::import_url;
use vsg_core::params::{Operation, Param, Sent, Value};
use vsg_core::permalink;
use vsg_core::snippets::{snippet, Language};
use vsg_core::{
    sign_request, EndpointKind, Format, Generated, Method, Request, ServerRow, TagRow, TextField,
};

fn generated() -> Generated {
    Generated {
        nonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf".into(),
        timestamp: "2024-05-01T08:00:00Z".into(),
    }
}

/// A value for a text parameter that nothing else in the request contains.
fn marker(param: &Param) -> String {
    match param.value {
        Value::Long(_) => "987654321".into(),
        _ if param.name == "CustomEndpoint" => "marker.example.com".into(),
        _ if param.name == "Timestamp" => "2031-02-03T04:05:06Z".into(),
        _ => format!("marker-{}", param.name.to_ascii_lowercase()),
    }
}

/// The seed as a request of `op` (what its table has of the seed), its required text
/// set.
fn base(op: &'static Operation) -> Request {
    let seed = Request::seed();
    let mut req = Request {
        op,
        ..Request::default()
    };
    for param in op.params {
        match param.value {
            Value::Text(f) | Value::Long(f) | Value::Bool(f) => req[f] = seed[f].clone(),
            Value::ServersJson(list) => *req.list_mut(list) = seed.servers.clone(),
            Value::TagList => req.tags = seed.tags.clone(),
            Value::Format | Value::Method | Value::Endpoint => {}
        }
    }
    for param in op.required {
        if let Some(f) = param.value.text_field() {
            if req[f].is_empty() {
                req[f] = "required-base".into();
            }
        }
    }
    req
}

/// The base request of `op` with `param` set to something it does not have by default.
fn with_param(op: &'static Operation, param: &Param) -> Request {
    let mut req = base(op);
    match param.value {
        Value::Bool(f) => req[f] = "true".into(),
        Value::Text(f) | Value::Long(f) => {
            req[f] = marker(param);
            if f == TextField::CustomEndpoint {
                req.endpoint = EndpointKind::Custom;
            }
        }
        Value::ServersJson(list) => req
            .list_mut(list)
            .push(ServerRow::new("i-marker", "8080", "7")),
        Value::TagList => req.tags.push(TagRow {
            key: "marker-key".into(),
            value: "marker-value".into(),
        }),
        Value::Format => req.format = Format::Xml,
        Value::Method => req.method = Method::Post,
        Value::Endpoint => req.endpoint = EndpointKind::Vpc,
    }
    req
}

#[test]
fn every_text_field_is_in_some_table_once_and_every_rule_fits_its_value() {
    for field in TextField::ALL {
        assert_eq!(TextField::ALL[field as usize], field);
        let counts: Vec<usize> = CATALOG
            .iter()
            .map(|op| {
                op.params
                    .iter()
                    .filter(|p| p.value.text_field() == Some(field))
                    .count()
            })
            .collect();
        assert!(counts.iter().all(|&n| n <= 1), "{field:?}: {counts:?}");
        assert!(counts.contains(&1), "{field:?} is in no table");
    }
    for op in CATALOG {
        let mut names: Vec<&str> = op.params.iter().map(|p| p.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(
            names.len(),
            op.params.len(),
            "{}: names are unique",
            op.action
        );
        for param in op.params {
            assert!(
                vsg_core::validate::fits(param.check, param.value),
                "{}: the rule of {} does not fit its value",
                op.action,
                param.name
            );
        }
        for param in op.required {
            assert!(
                op.params.iter().any(|p| std::ptr::eq(*p, *param)),
                "{}: {} is required but not in the table",
                op.action,
                param.name
            );
        }
    }
}

#[test]
fn the_catalog_is_the_family_and_the_test_operation() {
    assert_eq!(&CATALOG[..vsg_core::FAMILY.len()], vsg_core::FAMILY);
    assert_eq!(CATALOG.len(), vsg_core::FAMILY.len() + 1);
}

#[test]
fn every_parameter_of_every_operation_is_built_imported_linked_and_named() {
    for op in CATALOG {
        walk(op);
    }
}

fn walk(op: &'static Operation) {
    let seed = sign_request(&base(op), &generated());
    for param in op.params {
        let req = with_param(op, param);
        let signed = sign_request(&req, &generated());
        let name = param.name;

        // Built: the parameter changes what is sent.
        match param.sent {
            Sent::Query | Sent::Common => {
                let wire = match param.value {
                    Value::TagList => "Tag.1.Key",
                    _ => name,
                };
                let sent = signed.params.iter().find(|p| p.name == wire);
                let sent = sent.unwrap_or_else(|| panic!("{name} is not sent"));
                if let Value::Text(f) | Value::Long(f) = param.value {
                    assert_eq!(sent.value, req[f], "{name}");
                }
                assert_ne!(signed.canonical_query, seed.canonical_query, "{name}");
            }
            Sent::Host => assert_ne!(signed.host, seed.host, "{name} picks the host"),
            Sent::Method => assert_eq!(signed.method, Method::Post, "{name}"),
            Sent::Key => {
                assert!(!signed.url.contains(&marker(param)), "{name} is never sent");
                assert_ne!(signed.signature, seed.signature, "{name} keys the HMAC");
            }
        }

        // Imported: the signed URL brings the value back (the secret excepted).
        let text = match req.method {
            Method::Post => format!("POST {}", signed.url),
            Method::Get => signed.url.clone(),
        };
        let imported = import_url(&text, &Request::default(), CATALOG)
            .expect("imports")
            .request;
        match param.sent {
            Sent::Key => assert_eq!(imported[TextField::AccessKeySecret], "", "{name}"),
            _ => assert_eq!(
                imported,
                Request {
                    texts: imported.texts.clone(),
                    ..req.clone()
                },
                "{name}"
            ),
        }
        if let Value::Text(f) | Value::Long(f) = param.value {
            if param.sent != Sent::Key {
                assert_eq!(imported[f], req[f], "{name} imported");
            }
        }

        // Linked: a permalink keeps it, and never holds the secret.
        let link = permalink::encode(&req);
        let back = permalink::decode(&link, CATALOG).expect("decodes");
        match param.link {
            Some(key) => {
                assert!(link.contains(&format!("&{key}=")), "{name}: {link}");
                assert_eq!(back, req, "{name}");
            }
            None => {
                assert!(!link.contains(&marker(param)), "{name} is never linked");
                assert_eq!(back[TextField::AccessKeySecret], "");
            }
        }

        // Named: every parameter of the operation appears in each SDK snippet under
        // the SDK's own name.
        if let (Sent::Query, Some(sdk)) = (param.sent, param.sdk) {
            let expect = [
                (
                    Language::AliyunCli,
                    format!(
                        "--{}",
                        if param.value == Value::TagList {
                            "Tag.1.Key"
                        } else {
                            name
                        }
                    ),
                ),
                (Language::PythonV2, format!("{}=", sdk.python)),
                (Language::Java, format!(".set{name}(")),
                (Language::Go, format!("{name}:")),
                (Language::NodeTs, format!("{}: ", sdk.typescript)),
            ];
            for (lang, needle) in expect {
                let code = snippet(lang, &req, &signed);
                assert!(
                    code.contains(&needle),
                    "{name}: {lang:?} lacks {needle:?}\n{code}"
                );
            }
            let v1 = snippet(Language::PythonV1, &req, &signed);
            match sdk.python_v1 {
                Some(setter) => assert!(v1.contains(&format!("request.set_{setter}(")), "{name}"),
                // The V1 client sends RegionId itself: it is the client's argument.
                None => assert!(
                    v1.contains(&format!("'{}'", req[TextField::RegionId])),
                    "{name}"
                ),
            }
        }
    }
}

#[test]
fn nothing_but_the_table_is_sent() {
    for op in CATALOG {
        let req = base(op);
        let signed = sign_request(&req, &generated());
        let fixed = vsg_core::request::FIXED_PARAMS;
        for p in &signed.params {
            let from_table = op.wire_param(&p.name).is_some();
            assert!(
                from_table || fixed.contains(&p.name.as_str()),
                "{} is not in the table",
                p.name
            );
        }
    }
}
