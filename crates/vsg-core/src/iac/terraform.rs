//! The request as a Terraform configuration for the `aliyun/alicloud` provider:
//! `alicloud_slb_server_group` and one `alicloud_slb_server_group_server_attachment`
//! per row (TF docs `d9165437`, `api-facts-vserver-group-family.md` §10.1–10.3).

use super::hcl::{file, hcl_str, identifier, Item};
use super::note::IacNote;
use super::rows::{is_eci, note_rows, number_notes, rows_where, written};
use super::{left_out, Covers, Iac};
use crate::form::Request;
use crate::model::{ServerField, TextField};

/// A provider version, compared as numbers.
type Version = (u32, u32, u32);

/// `alicloud_slb_server_group_server_attachment` exists from this version.
const ATTACHMENT_SINCE: Version = (1, 163, 0);
/// The group's `tags` argument exists from this version.
const TAGS_SINCE: Version = (1, 227, 1);
/// The attachment's `type` accepts `eci` from this version.
const ECI_SINCE: Version = (1, 246, 0);

/// The Create form as a new `alicloud_slb_server_group` with its members.
pub fn terraform_create(req: &Request) -> Iac {
    let name = &req[TextField::VServerGroupName];
    let group = identifier(name, "this");
    let mut notes = Vec::new();
    let mut args = text_arg("load_balancer_id", &req[TextField::LoadBalancerId]);
    if name.is_empty() {
        notes.push(IacNote::TerraformDefaultName);
    } else {
        args.push(Item::Attr("name", hcl_str(name)));
    }
    let mut version = ATTACHMENT_SINCE;
    if !req.tags.is_empty() {
        version = version.max(TAGS_SINCE);
        let tags = req
            .tags
            .iter()
            .map(|t| (hcl_str(&t.key), hcl_str(&t.value)))
            .collect();
        args.push(Item::Object("tags", tags));
        notes.extend(repeated_keys(req));
    }
    let resource = Item::Block(
        format!("resource \"alicloud_slb_server_group\" \"{group}\""),
        args,
    );
    let covers = Covers {
        fields: &[
            TextField::RegionId,
            TextField::LoadBalancerId,
            TextField::VServerGroupName,
        ],
        servers: true,
        tags: true,
    };
    let group_id = Some(format!("alicloud_slb_server_group.{group}.id"));
    config(req, version, vec![resource], group_id, notes, &covers)
}

/// The Add form as attachments to the existing group VServerGroupId.
pub fn terraform_add(req: &Request) -> Iac {
    let id = &req[TextField::VServerGroupId];
    let group_id = (!id.is_empty()).then(|| hcl_str(id));
    let covers = Covers {
        fields: &[TextField::RegionId, TextField::VServerGroupId],
        servers: true,
        tags: false,
    };
    config(
        req,
        ATTACHMENT_SINCE,
        Vec::new(),
        group_id,
        Vec::new(),
        &covers,
    )
}

/// The whole configuration: the provider requirements, the provider, `resources`
/// and one attachment per row to `group_id` (an HCL expression); the notes are
/// `notes` and then those of the rows and of what is left out.
fn config(
    req: &Request,
    version: Version,
    resources: Vec<Item>,
    group_id: Option<String>,
    mut notes: Vec<IacNote>,
    covers: &Covers,
) -> Iac {
    let servers = &req.servers;
    let eci = rows_where(servers, is_eci);
    let version = if eci.is_empty() {
        version
    } else {
        version.max(ECI_SINCE)
    };
    let mut blocks = vec![requirements(version)];
    let region = &req[TextField::RegionId];
    if !region.is_empty() {
        blocks.push(Item::Block(
            "provider \"alicloud\"".into(),
            vec![Item::Attr("region", hcl_str(region))],
        ));
    }
    blocks.extend(resources);
    blocks.extend(attachments(req, group_id.as_deref()));
    let ip = rows_where(servers, |row| !row.server_ip.is_empty());
    notes.extend(note_rows(ip, |rows| IacNote::ServerIpLeftOut { rows }));
    notes.extend(note_rows(eci, |rows| IacNote::EciNeedsProvider { rows }));
    notes.extend(number_notes(servers));
    notes.extend(left_out(req, covers));
    Iac {
        code: file(&blocks),
        notes,
    }
}

/// `terraform { required_providers { alicloud = … } }` asking for `version` or later.
fn requirements(version: Version) -> Item {
    let (major, minor, patch) = version;
    let alicloud = Item::Object(
        "alicloud",
        vec![
            ("source".into(), hcl_str("aliyun/alicloud")),
            (
                "version".into(),
                hcl_str(&format!(">= {major}.{minor}.{patch}")),
            ),
        ],
    );
    Item::Block(
        "terraform".into(),
        vec![Item::Block("required_providers".into(), vec![alicloud])],
    )
}

/// The attachment argument each row field is written to (Terraform has no
/// `server_ip`).
fn argument(field: ServerField) -> Option<&'static str> {
    match field {
        ServerField::ServerId => Some("server_id"),
        ServerField::Port => Some("port"),
        ServerField::Weight => Some("weight"),
        ServerField::Type => Some("type"),
        ServerField::ServerIp => None,
        ServerField::Description => Some("description"),
    }
}

/// One `alicloud_slb_server_group_server_attachment` per row, named after its
/// ServerId and Port, each name used once.
fn attachments(req: &Request, group_id: Option<&str>) -> Vec<Item> {
    // At most 20 rows: a list is enough (and smaller in the page than a hash set).
    let mut taken = Vec::new();
    req.servers
        .iter()
        .map(|row| {
            let name = unique(
                identifier(&format!("{}_{}", row.server_id, row.port), "server"),
                &mut taken,
            );
            let mut args: Vec<Item> = group_id
                .map(|id| Item::Attr("server_group_id", id.to_string()))
                .into_iter()
                .collect();
            for field in ServerField::ALL {
                if let (Some(arg), Some(value)) = (argument(field), written(row, field, hcl_str)) {
                    args.push(Item::Attr(arg, value));
                }
            }
            Item::Block(
                format!("resource \"alicloud_slb_server_group_server_attachment\" \"{name}\""),
                args,
            )
        })
        .collect()
}

/// `name`, or `name_2`, `name_3`… : the first not in `taken`, which then holds it.
fn unique(name: String, taken: &mut Vec<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 1;
    while taken.contains(&candidate) {
        n += 1;
        candidate = format!("{name}_{n}");
    }
    taken.push(candidate.clone());
    candidate
}

/// `name = "…"` when the text is set, else nothing.
fn text_arg(name: &'static str, text: &str) -> Vec<Item> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Item::Attr(name, hcl_str(text))]
    }
}

/// [`IacNote::TagKeyRepeated`] when a tag key appears more than once.
fn repeated_keys(req: &Request) -> Option<IacNote> {
    let mut keys: Vec<String> = Vec::new();
    for (i, tag) in req.tags.iter().enumerate() {
        let repeated = req.tags[..i].iter().any(|t| t.key == tag.key);
        if repeated && !keys.contains(&tag.key) {
            keys.push(tag.key.clone());
        }
    }
    (!keys.is_empty()).then_some(IacNote::TagKeyRepeated { keys })
}
