//! node reads the TypeScript literals back.

use std::process::Command;

use vsg_core::snippets::ts_str;

use crate::{awkward, run, sent_params, tmp_dir};

/// node evaluates every TypeScript string literal of the awkward fixture back to its text.
#[test]
fn node_reads_the_typescript_literals_back() {
    let mut texts: Vec<String> = sent_params(&awkward())
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    texts.extend(["\0".into(), "\u{feff}".into(), "a\u{2029}b".into()]);
    let program = format!(
        "process.stdout.write(JSON.stringify([{}]));\n",
        texts
            .iter()
            .map(|t| ts_str(t))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let path = tmp_dir("node").join("literals.js");
    std::fs::write(&path, program).unwrap();
    let out = run(Command::new("node").arg(&path));
    let back: Vec<String> = serde_json::from_str(&out).expect("JSON from node");
    assert_eq!(back, texts);
}
