//! The IDs of the groups a sandbox makes: from the Create request's content and the
//! count of groups made, the first one the stateless answer's.

use std::collections::HashSet;

use proptest::prelude::*;
use vsg_core::ids::{mock_vserver_group_id, sandbox_vserver_group_id};

/// 0, 1, …, 19: a content digest to pin values with.
const CONTENT: [u8; 20] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
];

/// Whether `id` has the service's shape: `rsp-` and 10 lowercase letters or digits.
fn is_group_id(id: &str) -> bool {
    id.strip_prefix("rsp-").is_some_and(|rest| {
        rest.len() == 10
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

#[test]
fn pinned_values() {
    // Computed apart from the crate, with Python's hashlib: SHA-1 of
    // "VServerGroupId\n" + content (+ the count as a little-endian u64 when it is not
    // 0), each of the first 10 bytes mod 36 into 0-9a-z.
    for (made, expected) in [
        (0, "rsp-al3uhglart"),
        (1, "rsp-lsgoycaq8i"),
        (2, "rsp-y5b17nnzu3"),
    ] {
        assert_eq!(sandbox_vserver_group_id(&CONTENT, made), expected, "{made}");
    }
}

#[test]
fn the_first_group_has_the_stateless_id() {
    assert_eq!(
        sandbox_vserver_group_id(&CONTENT, 0),
        mock_vserver_group_id(&CONTENT)
    );
}

#[test]
fn the_same_content_gives_a_new_id_for_each_group_made() {
    let ids: HashSet<String> = (0..1000)
        .map(|made| sandbox_vserver_group_id(&CONTENT, made))
        .collect();
    assert_eq!(ids.len(), 1000);
    assert!(ids.iter().all(|id| is_group_id(id)));
}

#[test]
fn deterministic_and_content_dependent() {
    let other = [1u8; 20];
    assert_eq!(
        sandbox_vserver_group_id(&CONTENT, 5),
        sandbox_vserver_group_id(&CONTENT, 5)
    );
    assert_ne!(
        sandbox_vserver_group_id(&CONTENT, 5),
        sandbox_vserver_group_id(&other, 5)
    );
}

proptest! {
    #[test]
    fn always_shaped_like_the_services(content in any::<[u8; 20]>(), made in any::<u64>()) {
        prop_assert!(is_group_id(&sandbox_vserver_group_id(&content, made)));
    }
}
