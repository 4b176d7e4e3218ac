//! python-hcl2 and PyYAML read the snippets, and what they read is the request: every
//! field, every server and every tag, as the module documentation of `vsg_core::iac`
//! says each is written.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use vsg_core::iac::{hcl_str, ros_add, ros_create, terraform_add, terraform_create};
use vsg_core::{parse_small_int, Request, ServerField, TextField};

use crate::common::arb_request;
use crate::fixtures::fixtures;
use crate::{parse_all, python, unclosed_marker, Syntax};

/// Which form a snippet writes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Form {
    Create,
    Add,
}

/// A text field as the snippets carry it: absent when empty.
fn text(value: &str) -> Option<Value> {
    (!value.is_empty()).then(|| json!(value))
}

/// Port or Weight: an integer when the text reads as one, else the text; absent when
/// empty.
fn number(value: &str) -> Option<Value> {
    (!value.is_empty()).then(|| match parse_small_int(value) {
        Some(n) => json!(n),
        None => json!(value),
    })
}

/// An object of the entries that are present.
fn object(entries: Vec<(&str, Option<Value>)>) -> Value {
    let map: Map<String, Value> = entries
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
        .collect();
    Value::Object(map)
}

/// The provider version a Terraform snippet of `req` asks for.
fn provider_version(req: &Request, form: Form) -> &'static str {
    if req.servers.iter().any(|r| r.server_type == "eci") {
        ">= 1.246.0"
    } else if form == Form::Create && !req.tags.is_empty() {
        ">= 1.227.1"
    } else {
        ">= 1.163.0"
    }
}

/// Whether `name` is a Terraform resource name (a letter or `_`, then letters,
/// digits, `_` and `-`).
fn is_resource_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// The one `type → name → arguments` entry of a `resource` list item.
fn resource(item: &Value) -> Result<(&str, &str, &Value), String> {
    let one = |v: &Value| -> Option<(String, Value)> {
        let map = v.as_object()?;
        (map.len() == 1).then(|| map.iter().next().map(|(k, v)| (k.clone(), v.clone())))?
    };
    let (kind, named) = one(item).ok_or(format!("not one resource: {item}"))?;
    let (name, _) = one(&named).ok_or(format!("not one name: {named}"))?;
    let (kind_key, named_ref) = item
        .as_object()
        .and_then(|m| m.iter().next())
        .ok_or("empty")?;
    let (name_key, args) = named_ref
        .as_object()
        .and_then(|m| m.iter().next())
        .ok_or("empty")?;
    debug_assert!(kind == *kind_key && name == *name_key);
    Ok((kind_key, name_key, args))
}

/// What python-hcl2 read from a Terraform snippet of `req`, checked field by field.
fn check_terraform(req: &Request, form: Form, parsed: &Value) -> Result<(), String> {
    let mut want_top = vec!["terraform"];
    if form == Form::Create || !req.servers.is_empty() {
        want_top.push("resource");
    }
    let requirements = json!([{ "required_providers": [{ "alicloud": {
        "source": "aliyun/alicloud",
        "version": provider_version(req, form),
    } }] }]);
    if parsed["terraform"] != requirements {
        return Err(format!(
            "terraform block {} != {requirements}",
            parsed["terraform"]
        ));
    }
    if let Some(region) = text(&req[TextField::RegionId]) {
        want_top.push("provider");
        let provider = json!([{ "alicloud": { "region": region } }]);
        if parsed["provider"] != provider {
            return Err(format!("provider {} != {provider}", parsed["provider"]));
        }
    }
    let top: Vec<&str> = parsed
        .as_object()
        .ok_or("not an object")?
        .keys()
        .map(String::as_str)
        .collect();
    want_top.sort_unstable();
    if top != want_top {
        return Err(format!("top-level keys {top:?} != {want_top:?}"));
    }
    let none = Vec::new();
    let resources = parsed.get("resource").map_or(Some(&none), Value::as_array);
    let mut resources = resources.ok_or("no resource list")?.iter();
    let group_id = match form {
        Form::Create => {
            let (kind, name, args) = resource(resources.next().ok_or("no group")?)?;
            if kind != "alicloud_slb_server_group" || !is_resource_name(name) {
                return Err(format!("group resource {kind} {name:?}"));
            }
            let tags: Map<String, Value> = req
                .tags
                .iter()
                .map(|t| (t.key.clone(), json!(t.value)))
                .collect();
            let want = object(vec![
                ("load_balancer_id", text(&req[TextField::LoadBalancerId])),
                ("name", text(&req[TextField::VServerGroupName])),
                (
                    "tags",
                    (!req.tags.is_empty()).then_some(Value::Object(tags)),
                ),
            ]);
            if *args != want {
                return Err(format!("group {args} != {want}"));
            }
            Some(json!(format!("${{alicloud_slb_server_group.{name}.id}}")))
        }
        Form::Add => text(&req[TextField::VServerGroupId]),
    };
    let mut names = std::collections::HashSet::new();
    let attachments: Vec<&Value> = resources.collect();
    if attachments.len() != req.servers.len() {
        return Err(format!(
            "{} attachments for {} rows",
            attachments.len(),
            req.servers.len()
        ));
    }
    for (i, (item, row)) in attachments.into_iter().zip(&req.servers).enumerate() {
        let (kind, name, args) = resource(item)?;
        if kind != "alicloud_slb_server_group_server_attachment"
            || !is_resource_name(name)
            || !names.insert(name.to_string())
        {
            return Err(format!("row {i}: resource {kind} {name:?}"));
        }
        let want = object(vec![
            ("server_group_id", group_id.clone()),
            ("server_id", text(&row.server_id)),
            ("port", number(&row.port)),
            ("weight", number(&row.weight)),
            ("type", text(&row.server_type)),
            ("description", text(&row.description)),
        ]);
        if *args != want {
            return Err(format!("row {i}: {args} != {want}"));
        }
    }
    Ok(())
}

/// The ROS template of `req`, as PyYAML must read it.
fn ros_expected(req: &Request, form: Form) -> Value {
    let servers: Vec<Value> = req
        .servers
        .iter()
        .map(|row| {
            object(
                ServerField::ALL
                    .into_iter()
                    .map(|f| {
                        let value = row.get(f);
                        let v = match f {
                            ServerField::Port | ServerField::Weight => number(value),
                            _ => text(value),
                        };
                        (f.name(), v)
                    })
                    .collect(),
            )
        })
        .collect();
    let servers = (!servers.is_empty()).then_some(Value::Array(servers));
    let (id, kind, props) = match form {
        Form::Create => {
            let name = text(&req[TextField::VServerGroupName])
                .unwrap_or(json!({ "Ref": "ALIYUN::StackName" }));
            let tags: Vec<Value> = req
                .tags
                .iter()
                .map(|t| json!({ "Key": t.key, "Value": t.value }))
                .collect();
            let props = object(vec![
                ("LoadBalancerId", text(&req[TextField::LoadBalancerId])),
                ("VServerGroupName", Some(name)),
                ("BackendServers", servers),
                ("Tags", (!tags.is_empty()).then_some(Value::Array(tags))),
            ]);
            ("VServerGroup", "ALIYUN::SLB::VServerGroup", props)
        }
        Form::Add => {
            let props = object(vec![
                ("VServerGroupId", text(&req[TextField::VServerGroupId])),
                ("BackendServers", servers),
            ]);
            (
                "BackendServerAddition",
                "ALIYUN::SLB::BackendServerToVServerGroupAddition",
                props,
            )
        }
    };
    json!({
        "ROSTemplateFormatVersion": "2015-09-01",
        "Resources": { id: { "Type": kind, "Properties": props } },
    })
}

/// Writes every snippet of `requests`, has them parsed and checked; the failures,
/// each named.
fn check(python: &str, requests: &[(String, Request)]) -> Vec<String> {
    let forms = [Form::Create, Form::Add];
    let mut hcl = Vec::new();
    let mut yaml = Vec::new();
    for (_, req) in requests {
        hcl.push(terraform_create(req).code);
        hcl.push(terraform_add(req).code);
        yaml.push(ros_create(req).code);
        yaml.push(ros_add(req).code);
    }
    let hcl_read = parse_all(python, Syntax::Hcl, &hcl);
    let yaml_read = parse_all(python, Syntax::Yaml, &yaml);
    let mut failures = Vec::new();
    let cases = requests
        .iter()
        .flat_map(|(name, req)| forms.map(|f| (name, req, f)));
    for (i, (name, req, form)) in cases.enumerate() {
        let tf = hcl_read[i]
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|v| check_terraform(req, form, v));
        if let Err(e) = tf {
            failures.push(format!("{name} / Terraform {form:?}: {e}\n{}", hcl[i]));
        }
        let want = ros_expected(req, form);
        match &yaml_read[i] {
            Ok(got) if *got == want => {}
            Ok(got) => failures.push(format!(
                "{name} / ROS {form:?}: {got} != {want}\n{}",
                yaml[i]
            )),
            Err(e) => failures.push(format!("{name} / ROS {form:?}: {e}\n{}", yaml[i])),
        }
    }
    failures
}

#[test]
fn every_fixture_reads_back_as_the_request() {
    let Some(python) = python() else { return };
    let named: Vec<(String, Request)> = fixtures()
        .into_iter()
        .map(|(n, r)| (n.to_string(), r))
        .collect();
    let failures = check(&python, &named);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every text of `req` a snippet may write.
fn texts(req: &Request) -> impl Iterator<Item = &str> {
    let fields = TextField::ALL.into_iter().map(|f| req[f].as_str());
    let rows = req
        .servers
        .iter()
        .flat_map(|r| ServerField::ALL.into_iter().map(|f| r.get(f)));
    let tags = req
        .tags
        .iter()
        .flat_map(|t| [t.key.as_str(), t.value.as_str()]);
    fields.chain(rows).chain(tags)
}

/// Requests python-hcl2 can tokenise: none of their texts is written with an escaped
/// template marker that has no `}` after it (`crate::unclosed_marker`). The literals
/// it cannot read are read back by Terraform in the `terraform` module, and by
/// python-hcl2 wherever it can in `escaping`.
fn readable_requests() -> impl Strategy<Value = Request> {
    arb_request().prop_filter(
        "python-hcl2 cannot tokenise an unclosed escaped marker",
        |req| !texts(req).any(|t| unclosed_marker(&hcl_str(t))),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    /// Arbitrary requests (up to 30 rows and tags, fields plausible, empty or any
    /// Unicode), 25 to a batch: every snippet reads back as its request.
    #[test]
    fn arbitrary_requests_read_back(reqs in proptest::collection::vec(readable_requests(), 25)) {
        let Some(python) = python() else { return Ok(()) };
        let named: Vec<(String, Request)> = reqs
            .into_iter()
            .enumerate()
            .map(|(i, r)| (format!("request {i}"), r))
            .collect();
        let failures = check(&python, &named);
        prop_assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }
}
