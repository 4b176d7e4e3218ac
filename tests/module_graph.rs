//! No module reaches itself through its imports, in the core crate or in the app.
//!
//! Each source file is a module (`validate/text.rs` is `validate::text`, a `mod.rs` is
//! its folder's module, `lib.rs`/`main.rs` the crate root). A module depends on another
//! when it names it: in a `use` (`crate::…`, `super::…`, `self::…`, or a child
//! module's name) or in a path in its code (`crate::mock::respond(…)`). A module may
//! use its ancestors' items (they are its namespace: `use super::Problem` in
//! `validate::text`) without that counting as a dependency; every other dependency
//! must leave the graph without cycles. Comments and string literals are not read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file relative to its crate's `src/`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The code of a file without comments, string and char literals (so that a path in
/// a doc comment or a message is not read as a dependency).
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'r' if b.get(i + 1).is_some_and(|&c| c == b'"' || c == b'#')
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                // A raw string: r"…", r#"…"#.
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    out.push('r');
                    i += 1;
                    continue;
                }
                j += 1;
                loop {
                    if j >= b.len() {
                        break;
                    }
                    if b[j] == b'"' && b[j + 1..].iter().take(hashes).all(|&c| c == b'#') {
                        j += 1 + hashes;
                        break;
                    }
                    j += 1;
                }
                out.push_str("\"\"");
                i = j;
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                out.push_str("\"\"");
            }
            b'\'' => {
                // A char literal ('a', '\n', '\u{..}') or a lifetime ('a).
                let close = b[i + 1..].iter().take(12).position(|&c| c == b'\'');
                match close {
                    Some(n)
                        if n > 0
                            && (b[i + 1] == b'\\'
                                || n == text[i + 1..].chars().next().map_or(1, char::len_utf8)) =>
                    {
                        i += n + 2;
                        out.push_str("' '");
                    }
                    _ => {
                        out.push('\'');
                        i += 1;
                    }
                }
            }
            _ => {
                let c = text[i..].chars().next().expect("a char");
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// The paths a file's code names: each `use` tree expanded, and each `a::b::c` path.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    // `use` trees: expand braces.
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        rest = &rest[at + 4..];
        if before
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        expand(&[], rest[..end].trim(), &mut out);
        rest = &rest[end..];
    }
    // Paths in code: identifiers joined by `::`.
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let ident = |i: usize| chars[i].is_alphanumeric() || chars[i] == '_';
        if ident(i) && (i == 0 || !(ident(i - 1) || chars[i - 1] == ':')) {
            let mut segs = Vec::new();
            let mut j = i;
            loop {
                let start = j;
                while j < chars.len() && ident(j) {
                    j += 1;
                }
                segs.push(chars[start..j].iter().collect::<String>());
                if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' && ident(j + 2) {
                    j += 2;
                } else {
                    break;
                }
            }
            if segs.len() > 1 {
                out.push(segs);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Expands a `use` tree (`a::{b, c::d}`) under `prefix` into paths.
fn expand(prefix: &[String], tree: &str, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        let mut p = prefix.to_vec();
        p.extend(head);
        for (k, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&p, &inner[start..k], out);
                    start = k + 1;
                }
                _ => {}
            }
        }
        expand(&p, &inner[start..], out);
    } else {
        let name = tree.split(" as ").next().unwrap_or("").trim();
        if name.is_empty() {
            return;
        }
        let mut p = prefix.to_vec();
        p.extend(name.split("::").map(|s| s.trim().to_string()));
        out.push(p);
    }
}

/// The module graph of one crate: module → the modules it depends on.
fn graph(src: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut list = Vec::new();
    files(src, &mut list);
    let modules: BTreeSet<Vec<String>> = list
        .iter()
        .map(|f| module_of(f.strip_prefix(src).expect("under src")))
        .collect();
    let mut g = BTreeMap::new();
    for file in &list {
        let me = module_of(file.strip_prefix(src).expect("under src"));
        let text = std::fs::read_to_string(file).expect("a source file");
        // A file's own inline test module may use anything.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        let mut deps = BTreeSet::new();
        for path in paths(&code_only(text)) {
            // Resolve the path's start to a module path.
            let mut abs: Vec<String> = match path[0].as_str() {
                "crate" => Vec::new(),
                "super" => {
                    let mut m = me.clone();
                    let mut k = 0;
                    while path.get(k).is_some_and(|s| s == "super") {
                        m.pop();
                        k += 1;
                    }
                    m.extend(path[k..].iter().cloned());
                    resolve(&modules, &m, &me, &mut deps);
                    continue;
                }
                "self" => me.clone(),
                first => {
                    // A child module named directly (`text::region`).
                    let mut child = me.clone();
                    child.push(first.to_string());
                    if modules.contains(&child) {
                        me.clone()
                    } else {
                        continue;
                    }
                }
            };
            let skip = usize::from(matches!(path[0].as_str(), "crate" | "self"));
            abs.extend(path[skip..].iter().cloned());
            resolve(&modules, &abs, &me, &mut deps);
        }
        g.insert(me, deps);
    }
    g
}

/// Adds the longest module that `path` starts with, unless it is `me` or an ancestor
/// of `me`.
fn resolve(
    modules: &BTreeSet<Vec<String>>,
    path: &[String],
    me: &[String],
    deps: &mut BTreeSet<Vec<String>>,
) {
    let target = (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| modules.contains(p));
    if let Some(t) = target {
        if !me.starts_with(&t) {
            deps.insert(t);
        }
    }
}

/// A cycle of the graph, if there is one.
fn cycle(g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    fn visit(
        g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        node: &Vec<String>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut c: Vec<String> = stack[at..].iter().map(|m| m.join("::")).collect();
            c.push(node.join("::"));
            return Some(c);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.clone());
        for next in g.get(node).into_iter().flatten() {
            if let Some(c) = visit(g, next, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    g.keys()
        .find_map(|n| visit(g, n, &mut Vec::new(), &mut done))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_module_reaches_itself_through_its_imports() {
    for src in [root().join("crates/vsg-core/src"), root().join("src")] {
        let g = graph(&src);
        assert!(g.len() > 10, "{}: {} modules read", src.display(), g.len());
        if let Some(c) = cycle(&g) {
            panic!("{}: a circle of imports: {}", src.display(), c.join(" → "));
        }
    }
}

#[test]
fn the_checker_finds_a_circle() {
    let m = |s: &str| s.split("::").map(String::from).collect::<Vec<_>>();
    let g: BTreeMap<_, _> = [
        (m("a"), BTreeSet::from([m("b")])),
        (m("b"), BTreeSet::from([m("c")])),
        (m("c"), BTreeSet::from([m("a")])),
    ]
    .into();
    assert_eq!(
        cycle(&g),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let code = "use crate::{a::{b, c::D}, e};\nfn f() { crate::x::y(); let s = \"crate::z::w\"; } // crate::q::r";
    let p = paths(&code_only(code));
    for want in [
        &["crate", "a", "b"][..],
        &["crate", "a", "c", "D"],
        &["crate", "e"],
        &["crate", "x", "y"],
    ] {
        assert!(p.iter().any(|x| x == want), "{want:?} in {p:?}");
    }
    assert!(!p
        .iter()
        .any(|x| x.contains(&"z".to_string()) || x.contains(&"q".to_string())));
}
