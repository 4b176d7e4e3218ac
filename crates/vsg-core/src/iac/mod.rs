//! Infrastructure as code: the request as Terraform (HCL) and as a ROS template
//! (YAML), with the semantic gaps between them and the API as [`IacNote`]s shown
//! beside the snippet.
//!
//! The emitters read the request's data, whatever its operation:
//! [`terraform_create`] and [`ros_create`] write the Create form (RegionId,
//! LoadBalancerId, VServerGroupName, BackendServers, tags) as a new group,
//! [`terraform_add`] and [`ros_add`] the Add form (RegionId, VServerGroupId,
//! BackendServers) as members of an existing group.
//!
//! # What is written
//!
//! - **Terraform**: a `terraform { required_providers }` block asking for the
//!   `aliyun/alicloud` version the snippet needs (1.163.0 for
//!   `alicloud_slb_server_group_server_attachment`, 1.227.1 for the group's `tags`,
//!   1.246.0 for `type = "eci"`), `provider "alicloud" { region }` from RegionId,
//!   the `alicloud_slb_server_group` (Create: `load_balancer_id`, `name`, `tags`) and
//!   one `alicloud_slb_server_group_server_attachment` per row (`server_group_id` =
//!   the group's `.id`, or the typed VServerGroupId for Add; `server_id`, `port`,
//!   `weight`, `type`, `description`). Resource names are ASCII identifiers: the
//!   group's from its name (else `this`), each attachment's from ServerId and Port
//!   (else `server`), made unique with `_2`, `_3`… The layout is `terraform fmt`'s.
//! - **ROS**: `ROSTemplateFormatVersion: '2015-09-01'` (single-quoted, as in the
//!   official examples) and one resource: `ALIYUN::SLB::VServerGroup`
//!   (LoadBalancerId, VServerGroupName, BackendServers, Tags) or
//!   `ALIYUN::SLB::BackendServerToVServerGroupAddition` (VServerGroupId,
//!   BackendServers). Each BackendServers item has the row's fields under their API
//!   names (ServerId, Port, Weight, Type, ServerIp, Description).
//!
//! An empty field is left out, as the API request leaves it out (a required one
//! then makes the tool refuse the snippet, as validation already says); the one
//! exception is ROS's VServerGroupName (below).
//!
//! # The gaps ([`IacNote`])
//!
//! - Empty VServerGroupName: Terraform's `name` defaults to `tf-server-group`
//!   (`name` is left out, [`IacNote::TerraformDefaultName`]); ROS requires the
//!   property, so the template names the group after the stack,
//!   `Ref: ALIYUN::StackName` ([`IacNote::RosNameFromStack`]).
//! - ServerIp: Terraform's attachment has no `server_ip`, so it is left out
//!   ([`IacNote::ServerIpLeftOut`]); ROS carries it. Description is carried by both.
//! - Type `eci`: Terraform only from provider 1.246.0 (the snippet asks for it,
//!   [`IacNote::EciNeedsProvider`]); ROS documents only `ecs` and `eni`, so `eci` is
//!   written as typed ([`IacNote::RosEciUndocumented`]). Any other Type is written
//!   as typed without a note (validation reports it).
//! - Port and Weight are integers in both targets: a value that reads as one is
//!   written bare (`080` as `80`); any other text is written as a quoted string, so
//!   that the tool refuses it rather than the snippet silently changing it
//!   ([`IacNote::NotAnInteger`]). An empty Weight is left out: the default, 100,
//!   applies as in the API ([`IacNote::WeightDefault`]).
//! - Repeated tag keys: Terraform's object keeps the last one
//!   ([`IacNote::TagKeyRepeated`]; checked with Terraform 1.11.4, which accepts
//!   `{ "a" = "1", "a" = "2" }` as `{"a" = "2"}`); ROS's list keeps them all.
//! - RegionId is not part of a ROS template: the stack's region is used
//!   ([`IacNote::RegionFromStack`]).
//! - Any other parameter the request sends (the owner parameters) has no counterpart
//!   in either target: left out ([`IacNote::LeftOut`]).
//!
//! # Escaping
//!
//! Every string the request supplies is a quoted literal ([`hcl_str`],
//! [`yaml_str`]): `\` and `"` escaped, line breaks and tab as `\n` `\r` `\t`, the
//! other characters [`escaped`] names as hexadecimal escapes, everything else
//! (non-ASCII included) as itself. HCL also doubles the template introducers:
//! `${` → `$${`, `%{` → `%%{`, so text holding `$${x}` is written `$$${x}` and read
//! back as `$${x}` (checked with Terraform 1.11.4, whose hclsyntax reads `"$$${x}"`
//! as `$${x}` and `"$${"` as `${`; python-hcl2 8.1.4 reads `"$$${x}"` alike, but
//! cannot tokenise a `$${` or `%%{` with no `}` after it, a limit of its grammar).
//! Every YAML string from the request is double-quoted, so no text becomes a
//! number, boolean, null or date; the template's own constants (the resource types,
//! `ALIYUN::StackName`) are plain, and the version single-quoted, as in the official
//! examples.
//!
//! Both syntaxes carry every Unicode scalar value through their escapes, U+0000
//! included (HCL `\u0000`, YAML `\x00`), so nothing is replaced or dropped and no
//! note is needed: whether the service accepts such a value is validation's
//! question ([`crate::Rule::NotXmlCharacter`]).

// The quoting machinery of the snippets: one escaper for every language.
use crate::snippets::literal;

mod hcl;
mod note;
mod ros;
mod rows;
mod terraform;
mod yaml;

pub use hcl::hcl_str;
pub use note::IacNote;
pub use ros::{ros_add, ros_create};
pub use terraform::{terraform_add, terraform_create};
pub use yaml::yaml_str;

use crate::form::Request;
use crate::model::{ServerList, TextField};
use crate::params::{Sent, Value};

/// A snippet and what it cannot say as the request says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Iac {
    /// The Terraform configuration or ROS template.
    pub code: String,
    /// The semantic gaps, in a fixed order (see the module documentation).
    pub notes: Vec<IacNote>,
}

/// The characters written as escapes in both syntaxes besides `\` and the quote:
/// those every snippet language escapes (controls, DEL, U+2028, U+2029, U+FEFF),
/// and the noncharacters U+FFFE and U+FFFF, which YAML does not allow raw (they are
/// not `c-printable`).
pub fn escaped(c: char) -> bool {
    literal::needs_escape(c) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// What an emitter accounts for: the text fields it writes (or notes on its own),
/// and whether it writes the rows and the tags.
struct Covers {
    fields: &'static [TextField],
    servers: bool,
    tags: bool,
}

/// [`IacNote::LeftOut`] for each parameter the request sends (set, and sent in the
/// query by its operation) that `covers` does not account for, in table order.
fn left_out(req: &Request, covers: &Covers) -> Vec<IacNote> {
    req.op
        .params
        .iter()
        .filter(|p| p.sent == Sent::Query && req.is_set(p))
        .filter(|p| match p.value {
            Value::Text(f) | Value::Long(f) | Value::Bool(f) => !covers.fields.contains(&f),
            Value::ServersJson(list) => list != ServerList::Main || !covers.servers,
            Value::TagList => !covers.tags,
            Value::Format | Value::Method | Value::Endpoint => false,
        })
        .map(|p| IacNote::LeftOut { param: p.name })
        .collect()
}
