//! The reference files the tests read are copies in `tests/data/`, so that a bare clone
//! tests with nothing beside it. This is the one check that each copy is still the
//! shared original, byte for byte, wherever the originals are present.

mod common;

use std::path::Path;

/// The files the tests read from `tests/data/`: every one of them is a copy.
const COPIES: [&str; 3] = [
    "signature-vectors.json",
    "api-facts.md",
    "CreateVServerGroup.zh-CN.md",
];

#[test]
fn tests_data_holds_exactly_the_reference_copies() {
    let mut found: Vec<String> = std::fs::read_dir(common::DATA_DIR)
        .expect("tests/data is readable")
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .into_string()
                .expect("a UTF-8 file name")
        })
        .collect();
    found.sort();
    let mut expected: Vec<String> = COPIES.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(
        found, expected,
        "tests/data holds copies of reference files only; add a new one to COPIES"
    );
}

/// Each copy equals its original in `$VSG_REFERENCE_DIR`, or else in
/// `../shared/reference` beside the repository. Without `$VSG_REFERENCE_DIR`, a missing
/// `../shared/reference` (a bare clone) is reported and not a failure, even under
/// `VSG_STRICT`: the copies are what the tests use, the originals are only compared.
#[test]
fn every_copy_equals_its_shared_original_when_present() {
    let explicit = std::env::var_os("VSG_REFERENCE_DIR").is_some_and(|d| !d.is_empty());
    let dir = common::reference_dir();
    if !dir.is_dir() {
        assert!(
            !explicit,
            "VSG_REFERENCE_DIR is {}, which is not a directory",
            dir.display()
        );
        common::note(&format!(
            "reference copies NOT compared: {} does not exist (no ../shared/reference \
             beside this clone; set VSG_REFERENCE_DIR to compare); the tests read the \
             copies in tests/data",
            dir.display()
        ));
        return;
    }
    let dir = dir
        .canonicalize()
        .expect("the reference directory resolves");
    for name in COPIES {
        let copy = Path::new(common::DATA_DIR).join(name);
        let original = dir.join(name);
        let copy_bytes = std::fs::read(&copy).expect("the copy is readable");
        let original_bytes = std::fs::read(&original)
            .unwrap_or_else(|e| panic!("{}: {e} (the copy has no original)", original.display()));
        if copy_bytes != original_bytes {
            let at = copy_bytes
                .iter()
                .zip(&original_bytes)
                .position(|(a, b)| a != b)
                .unwrap_or(copy_bytes.len().min(original_bytes.len()));
            panic!(
                "{} ({} bytes) differs from {} ({} bytes) from byte {at} on: \
                 copy the original again (cp {} {})",
                copy.display(),
                copy_bytes.len(),
                original.display(),
                original_bytes.len(),
                original.display(),
                copy.display()
            );
        }
    }
    common::note(&format!(
        "reference copies: {} files of tests/data equal to {}",
        COPIES.len(),
        dir.display()
    ));
}
