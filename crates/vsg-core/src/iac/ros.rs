//! The request as a ROS template: `ALIYUN::SLB::VServerGroup` or
//! `ALIYUN::SLB::BackendServerToVServerGroupAddition` (ROS 48486 and 60193,
//! `api-facts-vserver-group-family.md` §10.4).

use super::note::IacNote;
use super::rows::{is_eci, note_rows, number_notes, rows_where, written};
use super::yaml::{document, yaml_str, Node};
use super::{left_out, Covers, Iac};
use crate::form::Request;
use crate::model::{ServerField, TextField};

/// The template format version, single-quoted as in the official examples.
const VERSION: &str = "'2015-09-01'";

/// The Create form as an `ALIYUN::SLB::VServerGroup`.
pub fn ros_create(req: &Request) -> Iac {
    let mut notes = Vec::new();
    let mut props = text_prop("LoadBalancerId", &req[TextField::LoadBalancerId]);
    let name = &req[TextField::VServerGroupName];
    let name = if name.is_empty() {
        notes.push(IacNote::RosNameFromStack);
        Node::Map(vec![("Ref", Node::Scalar("ALIYUN::StackName".into()))])
    } else {
        Node::Scalar(yaml_str(name))
    };
    props.push(("VServerGroupName", name));
    props.extend(servers(req));
    if !req.tags.is_empty() {
        let tags = req
            .tags
            .iter()
            .map(|t| {
                Node::Map(vec![
                    ("Key", Node::Scalar(yaml_str(&t.key))),
                    ("Value", Node::Scalar(yaml_str(&t.value))),
                ])
            })
            .collect();
        props.push(("Tags", Node::List(tags)));
    }
    let covers = Covers {
        fields: &[
            TextField::RegionId,
            TextField::LoadBalancerId,
            TextField::VServerGroupName,
        ],
        servers: true,
        tags: true,
    };
    template(
        req,
        "VServerGroup",
        "ALIYUN::SLB::VServerGroup",
        props,
        notes,
        &covers,
    )
}

/// The Add form as an `ALIYUN::SLB::BackendServerToVServerGroupAddition`.
pub fn ros_add(req: &Request) -> Iac {
    let mut props = text_prop("VServerGroupId", &req[TextField::VServerGroupId]);
    props.extend(servers(req));
    let covers = Covers {
        fields: &[TextField::RegionId, TextField::VServerGroupId],
        servers: true,
        tags: false,
    };
    template(
        req,
        "BackendServerAddition",
        "ALIYUN::SLB::BackendServerToVServerGroupAddition",
        props,
        Vec::new(),
        &covers,
    )
}

/// The template of one resource `id` of `kind` with `props`; the notes are `notes`
/// and then the region's, the rows' and those of what is left out.
fn template(
    req: &Request,
    id: &'static str,
    kind: &str,
    props: Vec<(&'static str, Node)>,
    mut notes: Vec<IacNote>,
    covers: &Covers,
) -> Iac {
    let resource = Node::Map(vec![
        ("Type", Node::Scalar(kind.into())),
        ("Properties", Node::Map(props)),
    ]);
    let code = document(&[
        ("ROSTemplateFormatVersion", Node::Scalar(VERSION.into())),
        ("Resources", Node::Map(vec![(id, resource)])),
    ]);
    if !req[TextField::RegionId].is_empty() {
        notes.push(IacNote::RegionFromStack);
    }
    let eci = rows_where(&req.servers, is_eci);
    notes.extend(note_rows(eci, |rows| IacNote::RosEciUndocumented { rows }));
    notes.extend(number_notes(&req.servers));
    notes.extend(left_out(req, covers));
    Iac { code, notes }
}

/// `BackendServers`, one item per row with its non-empty fields under their API
/// names, when there are rows.
fn servers(req: &Request) -> Option<(&'static str, Node)> {
    if req.servers.is_empty() {
        return None;
    }
    let items = req
        .servers
        .iter()
        .map(|row| {
            Node::Map(
                ServerField::ALL
                    .into_iter()
                    .filter_map(|f| written(row, f, yaml_str).map(|v| (f.name(), Node::Scalar(v))))
                    .collect(),
            )
        })
        .collect();
    Some(("BackendServers", Node::List(items)))
}

/// `name: "…"` when the text is set, else nothing.
fn text_prop(name: &'static str, text: &str) -> Vec<(&'static str, Node)> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![(name, Node::Scalar(yaml_str(text)))]
    }
}
