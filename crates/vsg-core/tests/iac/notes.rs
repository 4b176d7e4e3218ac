//! The notes each fixture gets from each emitter, what the seed's snippets are byte
//! for byte, and no panic on any request.

use proptest::prelude::*;
use vsg_core::iac::{ros_add, ros_create, terraform_add, terraform_create, Iac, IacNote};
use vsg_core::{Request, ServerField};

use crate::common::arb_request;
use crate::fixtures::fixtures;

/// An emitter of `vsg_core::iac`.
type Emitter = fn(&Request) -> Iac;

/// The four emitters, named.
pub const EMITTERS: [(&str, Emitter); 4] = [
    ("terraform_create", terraform_create),
    ("ros_create", ros_create),
    ("terraform_add", terraform_add),
    ("ros_add", ros_add),
];

fn left_out(params: &[&'static str]) -> Vec<IacNote> {
    params
        .iter()
        .map(|&param| IacNote::LeftOut { param })
        .collect()
}

/// What each fixture is expected to note, per emitter (in `EMITTERS` order).
fn expected(fixture: &str) -> [Vec<IacNote>; 4] {
    use IacNote::*;
    let region = || vec![RegionFromStack];
    let cat = |parts: Vec<Vec<IacNote>>| parts.concat();
    let numbers = || {
        vec![
            NotAnInteger {
                field: ServerField::Port,
                rows: vec![1, 3, 4],
            },
            NotAnInteger {
                field: ServerField::Weight,
                rows: vec![2, 3, 4],
            },
            WeightDefault { rows: vec![1] },
        ]
    };
    match fixture {
        "seed" => [
            vec![TerraformDefaultName],
            vec![RosNameFromStack, RegionFromStack],
            left_out(&["LoadBalancerId"]),
            cat(vec![region(), left_out(&["LoadBalancerId"])]),
        ],
        "named with tags" => {
            let add = left_out(&["LoadBalancerId", "VServerGroupName", "Tag"]);
            [vec![], region(), add.clone(), cat(vec![region(), add])]
        }
        "members of every type" => {
            let add = left_out(&["LoadBalancerId", "VServerGroupName"]);
            let tf = vec![
                ServerIpLeftOut {
                    rows: vec![1, 2, 3],
                },
                EciNeedsProvider { rows: vec![2] },
            ];
            let ros = vec![RegionFromStack, RosEciUndocumented { rows: vec![2] }];
            [
                tf.clone(),
                ros.clone(),
                cat(vec![tf, add.clone()]),
                cat(vec![ros, add]),
            ]
        }
        "numbers as typed" => {
            let add = left_out(&["LoadBalancerId", "VServerGroupName"]);
            [
                numbers(),
                cat(vec![region(), numbers()]),
                cat(vec![numbers(), add.clone()]),
                cat(vec![region(), numbers(), add]),
            ]
        }
        "twin rows" => {
            let weight = || vec![WeightDefault { rows: vec![4] }];
            let add = left_out(&["LoadBalancerId", "Tag"]);
            [
                cat(vec![
                    vec![
                        TerraformDefaultName,
                        TagKeyRepeated {
                            keys: vec!["k".into(), "j".into()],
                        },
                    ],
                    weight(),
                ]),
                cat(vec![vec![RosNameFromStack], region(), weight()]),
                cat(vec![weight(), add.clone()]),
                cat(vec![region(), weight(), add]),
            ]
        }
        "owner parameters" => {
            let owners = [
                "ResourceOwnerAccount",
                "OwnerAccount",
                "OwnerId",
                "ResourceOwnerId",
            ];
            let add = [&["LoadBalancerId"][..], &owners[..]].concat();
            [
                cat(vec![vec![TerraformDefaultName], left_out(&owners)]),
                cat(vec![vec![RosNameFromStack], region(), left_out(&owners)]),
                left_out(&add),
                cat(vec![region(), left_out(&add)]),
            ]
        }
        "empty" => [
            vec![TerraformDefaultName],
            vec![RosNameFromStack],
            vec![],
            vec![],
        ],
        "hostile" => {
            let row = || {
                vec![
                    NotAnInteger {
                        field: ServerField::Port,
                        rows: vec![0],
                    },
                    NotAnInteger {
                        field: ServerField::Weight,
                        rows: vec![0],
                    },
                ]
            };
            let ip = || vec![ServerIpLeftOut { rows: vec![0] }];
            let add = left_out(&["LoadBalancerId", "VServerGroupName", "Tag"]);
            [
                cat(vec![ip(), row()]),
                cat(vec![region(), row()]),
                cat(vec![ip(), row(), add.clone()]),
                cat(vec![region(), row(), add]),
            ]
        }
        "add" => {
            let ip = || vec![ServerIpLeftOut { rows: vec![1] }];
            let weight = || vec![WeightDefault { rows: vec![1] }];
            [
                cat(vec![vec![TerraformDefaultName], ip(), weight()]),
                cat(vec![vec![RosNameFromStack], region(), weight()]),
                cat(vec![ip(), weight()]),
                cat(vec![region(), weight()]),
            ]
        }
        other => panic!("no expectation for fixture {other:?}"),
    }
}

#[test]
fn each_fixture_gets_the_notes_of_its_gaps() {
    let mut failures = Vec::new();
    for (fixture, req) in fixtures() {
        for ((emitter, emit), want) in EMITTERS.iter().zip(expected(fixture)) {
            let got = emit(&req).notes;
            if got != want {
                failures.push(format!(
                    "{fixture} / {emitter}:\n  got  {got:?}\n  want {want:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn notes_read_as_english() {
    let cases = [
        (
            IacNote::ServerIpLeftOut { rows: vec![0] },
            "Terraform's attachment has no server_ip: the ServerIp of row 1 is left out",
        ),
        (
            IacNote::NotAnInteger {
                field: ServerField::Weight,
                rows: vec![1, 3],
            },
            "Weight of rows 2, 4 is not an integer: it is written as text, which the tool refuses",
        ),
        (
            IacNote::TagKeyRepeated {
                keys: vec!["k".into(), "a\"b".into()],
            },
            "Terraform keeps only the last tag of a repeated key (\"k\", \"a\\\"b\")",
        ),
        (
            IacNote::LeftOut { param: "OwnerId" },
            "OwnerId has no counterpart here: left out",
        ),
    ];
    for (note, text) in cases {
        assert_eq!(note.to_string(), text);
    }
}

#[test]
fn the_seed_as_terraform() {
    assert_eq!(
        terraform_create(&Request::seed()).code,
        r#"terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.163.0"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_slb_server_group" "this" {
  load_balancer_id = "lb-bp1qjwo61pqz3ahltv0mw"
}

resource "alicloud_slb_server_group_server_attachment" "vm_233_80" {
  server_group_id = alicloud_slb_server_group.this.id
  server_id       = "vm-233"
  port            = 80
  weight          = 100
}

resource "alicloud_slb_server_group_server_attachment" "vm_232_90" {
  server_group_id = alicloud_slb_server_group.this.id
  server_id       = "vm-232"
  port            = 90
  weight          = 100
}

resource "alicloud_slb_server_group_server_attachment" "vm_231_70" {
  server_group_id = alicloud_slb_server_group.this.id
  server_id       = "vm-231"
  port            = 70
  weight          = 100
}
"#
    );
}

#[test]
fn the_seed_as_ros() {
    assert_eq!(
        ros_create(&Request::seed()).code,
        r#"ROSTemplateFormatVersion: '2015-09-01'
Resources:
  VServerGroup:
    Type: ALIYUN::SLB::VServerGroup
    Properties:
      LoadBalancerId: "lb-bp1qjwo61pqz3ahltv0mw"
      VServerGroupName:
        Ref: ALIYUN::StackName
      BackendServers:
        - ServerId: "vm-233"
          Port: 80
          Weight: 100
        - ServerId: "vm-232"
          Port: 90
          Weight: 100
        - ServerId: "vm-231"
          Port: 70
          Weight: 100
"#
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any request: no emitter panics, and each writes something.
    #[test]
    fn no_request_makes_an_emitter_panic(req in arb_request()) {
        for (_, emit) in EMITTERS {
            prop_assert!(!emit(&req).code.is_empty());
        }
    }
}
