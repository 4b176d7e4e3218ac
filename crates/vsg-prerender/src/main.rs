//! Pre-renders the playground with Yew's server renderer, so that it is readable at
//! first paint and the wasm hydrates it in place.
//!
//! ```text
//! vsg-prerender page DIST
//!     fills DIST/index.html's `<div id="vsg-app">` with the standalone page's
//!     playground, and writes DIST/embed.html: the same page as the iframe shows it
//!     (the embed layout, default options)
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
//! the page hydrates it only when both are its own (ARCHITECTURE.md, pre-rendering).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use vsg_playground::options::{Options, ATTRIBUTES};
use vsg_playground::prerender::{render_app, render_element};

/// The container the page's template holds, empty (as written, or as Trunk's minifier
/// writes it).
const CONTAINERS: [&str; 2] = [r#"<div id="vsg-app"></div>"#, "<div id=vsg-app></div>"];

fn usage() -> ExitCode {
    eprintln!(
        "usage: vsg-prerender page DIST\n       vsg-prerender element [--base URL] [--ATTRIBUTE VALUE]… DIST\n       attributes: {}",
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
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// Prints the element.
async fn element(base: &str, values: &[Option<String>], dist: &Path) -> Result<(), String> {
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
    println!(
        r#"{tag}><template shadowrootmode="open"><link rel="stylesheet" href="{}{css}"><div class="vsg-root" {attrs}>{html}</div></template></vsg-playground>"#,
        attr(&base)
    );
    Ok(())
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
