//! The build's fingerprint: a hash of every source file that shapes what the
//! playground renders (the app's and the core's sources, and the lock file), as the
//! compile-time constant `VSG_BUILD`. The pre-rendered markup carries it, and the wasm
//! hydrates that markup only when its own fingerprint is the same (ARCHITECTURE.md,
//! pre-rendering): another build's markup is rendered anew instead.

use std::path::{Path, PathBuf};

/// Every file under `dir`, sorted, so that the hash does not depend on the order the
/// file system lists them in.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut list = Vec::new();
    for dir in ["src", "crates/vsg-core/src"] {
        files(&root.join(dir), &mut list);
        println!("cargo:rerun-if-changed={dir}");
    }
    list.push(root.join("Cargo.lock"));
    println!("cargo:rerun-if-changed=Cargo.lock");
    list.sort();
    // FNV-1a, 64 bits, over each file's path (relative) and bytes.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for path in &list {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        feed(rel.to_string_lossy().as_bytes());
        feed(&[0]);
        feed(&std::fs::read(path).unwrap_or_default());
        feed(&[0]);
    }
    println!("cargo:rustc-env=VSG_BUILD={hash:016x}");
}
