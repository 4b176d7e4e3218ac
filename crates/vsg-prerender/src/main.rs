//! Pre-renders the playground with Yew's server renderer, so that it is readable at
//! first paint and the wasm takes it over in place (not Yew's hydration: the markup is
//! replaced by the app's own render, ARCHITECTURE.md, Decisions).
//!
//! ```text
//! vsg-prerender page DIST
//!     fills DIST/index.html's `<div id="vsg-app">` with the standalone page's
//!     playground, and writes DIST/embed.html: the same page as the iframe shows it
//!     (the embed layout, default options)
//! vsg-prerender fill [--base URL] DIST FILE…
//!     replaces every bare <vsg-playground …></vsg-playground> of DIST/FILE (the demo
//!     and tutorial pages; FILE may be a path of its own, as the docs sites' pages
//!     are) with that element pre-rendered, its stylesheet linked from URL (default
//!     "./")
//! vsg-prerender element [--base URL] [--preset P] [--lang L] [--theme T] [--panels P]
//!                       [--readonly] [--compact false] [--simulate CODE]
//!                       [--operation ACTION] [--sandbox NAME] DIST
//!     prints a <vsg-playground> element with those attributes and its shadow content
//!     pre-rendered as a declarative shadow root; its stylesheet is linked from URL
//!     (where DIST is served, default "./"), which a strict CSP (`style-src 'self'`)
//!     allows where inline styles are refused
//! ```
//!
//! The markup carries the build's fingerprint and the options it was rendered with;
//! the page starts from it only when both are its own (ARCHITECTURE.md, pre-rendering).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use vsg_playground::options::{Options, ATTRIBUTES};
use vsg_playground::prerender::{attr, render_app, render_element};

/// The container the page's template holds, empty (as written, or as Trunk's minifier
/// writes it).
const CONTAINERS: [&str; 2] = [r#"<div id="vsg-app"></div>"#, "<div id=vsg-app></div>"];

fn usage() -> ExitCode {
    eprintln!(
        "usage: vsg-prerender page DIST\n       vsg-prerender fill [--base URL] DIST FILE…\n       vsg-prerender element [--base URL] [--ATTRIBUTE VALUE]… DIST\n       attributes: {}",
        ATTRIBUTES.join(", ")
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("vsg-prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let local = tokio::task::LocalSet::new();
    let result = match args.first().map(String::as_str) {
        Some("page") if args.len() == 2 => local.block_on(&runtime, page(Path::new(&args[1]))),
        Some("fill") => match &args[1..] {
            [flag, base, dist, files @ ..] if flag == "--base" && !files.is_empty() => {
                local.block_on(&runtime, fill(base, Path::new(dist), files))
            }
            [dist, files @ ..] if !dist.starts_with("--") && !files.is_empty() => {
                local.block_on(&runtime, fill("./", Path::new(dist), files))
            }
            _ => return usage(),
        },
        Some("element") if args.len() >= 2 => match element_args(&args[1..]) {
            Some((base, values, dist)) => local.block_on(&runtime, element(&base, &values, &dist)),
            None => return usage(),
        },
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vsg-prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Fills the page's container and writes the iframe's page beside it.
async fn page(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let template =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let Some(container) = CONTAINERS.iter().find(|c| template.contains(*c)) else {
        return Err(format!(
            "{} has no empty {}",
            index.display(),
            CONTAINERS[0]
        ));
    };
    for (file, query, extra) in [
        ("index.html", "", ""),
        ("embed.html", "embed", " data-embed"),
    ] {
        let options = Options::from_query(query);
        let (attrs, html) = render_app(options).await;
        let filled = template.replacen(
            container,
            &format!(r#"<div id="vsg-app"{extra} {attrs}>{html}</div>"#),
            1,
        );
        let path = dist.join(file);
        std::fs::write(&path, filled).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!(
            "vsg-prerender: {} pre-rendered ({} bytes of markup)",
            path.display(),
            html.len()
        );
    }
    Ok(())
}

/// `--base URL`, the attributes in [`ATTRIBUTES`] order, and the dist folder.
fn element_args(args: &[String]) -> Option<(String, Vec<Option<String>>, PathBuf)> {
    let (dist, flags) = args.split_last()?;
    let mut base = String::from("./");
    let mut values: Vec<Option<String>> = vec![None; ATTRIBUTES.len()];
    let mut i = 0;
    while i < flags.len() {
        let name = flags[i].strip_prefix("--")?;
        let boolean =
            matches!(name, "readonly") && flags.get(i + 1).is_none_or(|v| v.starts_with("--"));
        let value = if boolean {
            String::new()
        } else {
            i += 1;
            flags.get(i)?.clone()
        };
        if name == "base" {
            base = value;
        } else {
            let at = ATTRIBUTES.iter().position(|a| *a == name)?;
            values[at] = Some(value);
        }
        i += 1;
    }
    Some((base, values, PathBuf::from(dist)))
}

/// Escapes text for an HTML attribute value in double quotes.
/// Pre-renders every bare element of the pages `files` of `dist` (a file's path is
/// taken as it is when it is absolute), their stylesheet linked from `base`.
async fn fill(base: &str, dist: &Path, files: &[String]) -> Result<(), String> {
    const OPEN: &str = "<vsg-playground";
    const CLOSE: &str = "</vsg-playground>";
    for file in files {
        let path = dist.join(file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut out = String::with_capacity(text.len() * 4);
        let mut rest = text.as_str();
        let mut count = 0;
        while let Some(at) = rest.find(OPEN) {
            out.push_str(&rest[..at]);
            let tag = &rest[at..];
            let end = tag
                .find('>')
                .ok_or_else(|| format!("{file}: an unclosed <vsg-playground"))?;
            let close = format!(">{CLOSE}");
            if !tag[end..].starts_with(&close) {
                // Not a bare element: left as it is.
                out.push_str(&tag[..=end]);
                rest = &tag[end + 1..];
                continue;
            }
            let list = &tag[OPEN.len()..end];
            // The element keeps its own attributes (an id, a class) as written.
            let (_, shadow) = element_markup(base, &attributes(list), dist).await?;
            out.push_str(&format!("{OPEN}{list}>{shadow}"));
            rest = &tag[end + close.len()..];
            count += 1;
        }
        out.push_str(rest);
        std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!(
            "vsg-prerender: {count} element(s) of {} pre-rendered",
            path.display()
        );
    }
    Ok(())
}

/// The values of [`ATTRIBUTES`] in a start tag's attribute list (`name="value"`,
/// `name='value'`, `name=value` or a bare `name`; entities `&amp;` `&quot;` `&lt;`
/// `&gt;` `&#39;` read).
fn attributes(list: &str) -> Vec<Option<String>> {
    let mut values: Vec<Option<String>> = vec![None; ATTRIBUTES.len()];
    let b = list.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        let name = list[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            let quote = b.get(i).copied().filter(|q| *q == b'"' || *q == b'\'');
            let from = i + usize::from(quote.is_some());
            let to = match quote {
                Some(q) => list[from..].find(q as char).map_or(b.len(), |n| from + n),
                None => list[from..]
                    .find(|c: char| c.is_ascii_whitespace())
                    .map_or(b.len(), |n| from + n),
            };
            value = list[from..to]
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            i = (to + usize::from(quote.is_some())).min(b.len());
        }
        if let Some(at) = ATTRIBUTES.iter().position(|a| *a == name) {
            values[at] = Some(value);
        }
        if i == start {
            i += 1;
        }
    }
    values
}

/// Prints the element.
async fn element(base: &str, values: &[Option<String>], dist: &Path) -> Result<(), String> {
    let (open, shadow) = element_markup(base, values, dist).await?;
    println!("{open}{shadow}");
    Ok(())
}

/// The element with these attribute values, pre-rendered, its stylesheet linked from
/// `base`: its start tag, then its declarative shadow root and end tag.
async fn element_markup(
    base: &str,
    values: &[Option<String>],
    dist: &Path,
) -> Result<(String, String), String> {
    let css = stylesheet(dist)?;
    let options = Options::from_attributes(values);
    let (attrs, html) = render_element(options).await;
    let mut tag = String::from("<vsg-playground");
    for (name, value) in ATTRIBUTES.iter().zip(values) {
        if let Some(v) = value {
            tag.push_str(&format!(r#" {name}="{}""#, attr(v)));
        }
    }
    let base = if base.is_empty() || base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    Ok((
        format!("{tag}>"),
        format!(
            r#"<template shadowrootmode="open"><link rel="stylesheet" href="{}{css}"><div class="vsg-root" {attrs}>{html}</div></template></vsg-playground>"#,
            attr(&base)
        ),
    ))
}

/// The name of the build's stylesheet (`style-<hash>.css`).
fn stylesheet(dist: &Path) -> Result<String, String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("style-") && n.ends_with(".css"))
        .ok_or_else(|| format!("{} holds no style-*.css: build it first", dist.display()))
}
