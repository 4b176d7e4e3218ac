//! How the playground is embedded: the options of the custom element, of the iframe's
//! query string and of the JS `mount()` call, read into one typed value.

use vsg_core::params::{find, Operation};
use vsg_core::FAMILY;

use crate::i18n::Lang;

/// Where the playground runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The standalone page (`index.html`): page chrome, memory, permalinks in the URL.
    #[default]
    Page,
    /// `index.html?embed…` in an iframe: no chrome, compact, reports its height.
    Iframe,
    /// A `<vsg-playground>` element (or `mount()`), in a shadow root of a host page.
    Element,
}

impl Mode {
    /// Its name in the markup (`data-mode`) and in the pre-rendering's key.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Page => "page",
            Mode::Iframe => "iframe",
            Mode::Element => "element",
        }
    }
}

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// `auto`, `light` or `dark`: the attribute value, also set as `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parses [`Theme::as_str`].
    pub fn parse(s: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Which panels show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    /// The form (with the raw editor and import).
    pub form: bool,
    /// The validation summary, the URL and the parameter table.
    pub request: bool,
    /// The signature walkthrough.
    pub signature: bool,
    /// The mock responses.
    pub responses: bool,
    /// The code snippets.
    pub code: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Panels {
            form: true,
            request: true,
            signature: true,
            responses: true,
            code: true,
        }
    }
}

impl Panels {
    /// Reads `form,request,responses`: the panels named show, the others not. Unknown
    /// names are ignored; naming none at all shows every panel.
    pub fn parse(list: &str) -> Panels {
        let mut p = Panels {
            form: false,
            request: false,
            signature: false,
            responses: false,
            code: false,
        };
        let mut any = false;
        for name in list
            .split([',', ' '])
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            let slot = match name.to_ascii_lowercase().as_str() {
                "form" => &mut p.form,
                "request" => &mut p.request,
                "signature" => &mut p.signature,
                "responses" | "response" => &mut p.responses,
                "code" | "snippets" => &mut p.code,
                _ => continue,
            };
            *slot = true;
            any = true;
        }
        if any {
            p
        } else {
            Panels::default()
        }
    }

    /// Whether any panel of the output column shows.
    pub fn any_output(&self) -> bool {
        self.request || self.signature || self.responses || self.code
    }
}

/// Everything an embedder can set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Where the playground runs.
    pub mode: Mode,
    /// The language; `None` follows the browser.
    pub lang: Option<Lang>,
    /// The theme.
    pub theme: Theme,
    /// Which panels show.
    pub panels: Panels,
    /// Nothing is editable: the request is shown as it is.
    pub readonly: bool,
    /// The compact layout (one column, tighter); the default of both embeds.
    pub compact: bool,
    /// The request, as a permalink (`v1&r=…`); `None` for the example (or, on the page,
    /// the link or the last state).
    pub preset: Option<String>,
    /// A runtime error to preview (its code, e.g. `Throttling`).
    pub simulate: Option<String>,
    /// The iframe's parent, the only origin its height is posted to.
    pub parent_origin: Option<String>,
    /// The standalone page's address (for "Open in the full playground" from an
    /// element); the element's script knows it.
    pub page_url: Option<String>,
    /// The operation shown (its `Action`, e.g. `AddVServerGroupBackendServers`) when
    /// the preset names none; `None` for CreateVServerGroup.
    pub operation: Option<String>,
    /// The name of the sandbox the playground sends to: elements of one page with the
    /// same name share one; `None` is a sandbox of its own.
    pub sandbox: Option<String>,
    /// Which controls an embed shows besides its compact bar.
    pub controls: Controls,
}

/// The controls an embed shows: language and theme come from the host (attributes) and
/// the simulated failure from `simulate`, unless the embedder asks for them
/// (`controls="language,theme,simulate"`, or `controls` alone for all). The standalone
/// page shows them all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Controls {
    /// The language select.
    pub language: bool,
    /// The theme select.
    pub theme: bool,
    /// The simulated-failure select.
    pub simulate: bool,
}

impl Controls {
    /// Every control.
    pub const ALL: Controls = Controls {
        language: true,
        theme: true,
        simulate: true,
    };

    /// Reads `language,theme,simulate` (any of them, in any order; an empty value, or
    /// a present attribute without one, is all of them).
    pub fn parse(list: &str) -> Controls {
        let mut c = Controls::default();
        let mut any = false;
        for name in list
            .split([',', ' '])
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            any = true;
            match name.to_ascii_lowercase().as_str() {
                "language" | "lang" => c.language = true,
                "theme" => c.theme = true,
                "simulate" => c.simulate = true,
                _ => {}
            }
        }
        if any {
            c
        } else {
            Controls::ALL
        }
    }
}

/// The names of the element's attributes, in the order its script hands their values
/// over (then the standalone page's address).
pub const ATTRIBUTES: [&str; 10] = [
    "preset",
    "lang",
    "theme",
    "panels",
    "readonly",
    "compact",
    "simulate",
    "operation",
    "sandbox",
    "controls",
];

/// A present boolean attribute: `readonly`, `readonly=""`, `readonly="true"` are on,
/// `readonly="false"` is off.
fn flag(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"))
}

impl Options {
    /// The operation the embedder asked for ([`Options::operation`]), when it is one of
    /// [`FAMILY`]; else the default one.
    pub fn op(&self) -> &'static Operation {
        self.operation
            .as_deref()
            .and_then(|a| find(FAMILY, a))
            .unwrap_or(FAMILY[0])
    }
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.filter(|s| !s.trim().is_empty())
}

impl Options {
    /// The options of a custom element, from its script: the values of [`ATTRIBUTES`]
    /// in order (`None` for an absent one), then the standalone page's address. Missing
    /// values are the defaults (an element with broken options still shows).
    pub fn from_attributes(values: &[Option<String>]) -> Options {
        let get = |i: usize| values.get(i).cloned().flatten();
        let [preset, lang, theme, panels, readonly, compact, simulate, operation, sandbox, controls] =
            std::array::from_fn(get);
        Options {
            mode: Mode::Element,
            lang: lang.as_deref().and_then(Lang::parse),
            theme: theme.as_deref().and_then(Theme::parse).unwrap_or_default(),
            panels: panels.as_deref().map(Panels::parse).unwrap_or_default(),
            readonly: flag(readonly.as_deref()),
            // Compact unless told otherwise: an element sits in a docs page's column.
            compact: compact.as_deref().is_none_or(|v| flag(Some(v))),
            preset: non_empty(preset),
            simulate: non_empty(simulate),
            parent_origin: None,
            page_url: non_empty(get(ATTRIBUTES.len())),
            operation: non_empty(operation),
            sandbox: non_empty(sandbox),
            controls: controls.as_deref().map(Controls::parse).unwrap_or_default(),
        }
    }

    /// The options of the page from its query string (`?embed&preset=…`, with or
    /// without the `?`): without `embed`, the standalone page.
    pub fn from_query(query: &str) -> Options {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut o = Options::default();
        let mut compact = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode_component(v);
            match k {
                "embed" => o.mode = Mode::Iframe,
                "preset" => o.preset = non_empty(Some(v)),
                "lang" => o.lang = Lang::parse(&v),
                "theme" => o.theme = Theme::parse(&v).unwrap_or_default(),
                "panels" => o.panels = Panels::parse(&v),
                "readonly" => o.readonly = flag(Some(&v)),
                "compact" => compact = Some(flag(Some(&v))),
                "simulate" => o.simulate = non_empty(Some(v)),
                "operation" => o.operation = non_empty(Some(v)),
                "sandbox" => o.sandbox = non_empty(Some(v)),
                "controls" => o.controls = Controls::parse(&v),
                "parent-origin" => o.parent_origin = origin(&v),
                _ => {}
            }
        }
        o.compact = compact.unwrap_or(o.mode == Mode::Iframe);
        if o.mode == Mode::Page {
            o.controls = Controls::ALL;
        }
        o
    }
}

/// A query-string component: `%XY` escapes and `+` for a space (what
/// `URLSearchParams` writes); undecodable text is kept as it is.
fn decode_component(v: &str) -> String {
    let spaced = v.replace('+', " ");
    vsg_core::percent_decode(&spaced).unwrap_or(spaced)
}

/// `https://docs.example.com` (or `http://localhost:8000`): a scheme, a host and an
/// optional port, nothing else. Anything else (`*`, a path) names no origin, so the
/// height is posted to none.
pub fn origin(v: &str) -> Option<String> {
    let (scheme, rest) = v.split_once("://")?;
    let host_ok = !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
    (matches!(scheme, "http" | "https") && host_ok).then(|| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The element's script passes the attributes' values by position: its list must be
    /// [`ATTRIBUTES`], in the same order.
    #[test]
    fn element_script_lists_the_same_attributes() {
        let script = include_str!("../static/element.js");
        let line = script
            .lines()
            .find_map(|l| l.strip_prefix("const ATTRIBUTES = ["))
            .expect("static/element.js declares const ATTRIBUTES = [...]");
        let listed: Vec<&str> = line
            .trim_end_matches("];")
            .split(',')
            .map(|a| a.trim().trim_matches('\''))
            .collect();
        assert_eq!(listed, ATTRIBUTES);
    }

    #[test]
    fn element_attributes() {
        let s = |v: &str| Some(v.to_string());
        let o = Options::from_attributes(&[
            s("v1&r=cn-beijing"),
            s("zh-CN"),
            s("dark"),
            s("form,request,responses"),
            s(""),
            None,
            None,
            None,
            None,
            None,
            s("https://x/index.html"),
        ]);
        assert_eq!(o.mode, Mode::Element);
        assert_eq!(o.lang, Some(Lang::Zh));
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.preset.as_deref(), Some("v1&r=cn-beijing"));
        assert!(o.readonly && o.compact);
        assert!(o.panels.form && o.panels.request && o.panels.responses);
        assert_eq!(o.page_url.as_deref(), Some("https://x/index.html"));
        assert!(!o.panels.signature && !o.panels.code);
        let o = Options::from_attributes(&[None, None, None, None, s("false"), s("false")]);
        assert!(!o.compact && !o.readonly);
        assert_eq!(o.panels, Panels::default());
        // No values at all still give an element.
        let o = Options::from_attributes(&[]);
        assert_eq!(
            (o.mode, o.lang, o.theme),
            (Mode::Element, None, Theme::Auto)
        );
    }

    #[test]
    fn iframe_query() {
        let o = Options::from_query(
            "?embed&preset=v1%26r%3Dcn-hangzhou&lang=en&theme=light&parent-origin=https://docs.example.com",
        );
        assert_eq!(o.mode, Mode::Iframe);
        assert!(o.compact);
        assert_eq!(o.preset.as_deref(), Some("v1&r=cn-hangzhou"));
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.theme, Theme::Light);
        assert_eq!(o.parent_origin.as_deref(), Some("https://docs.example.com"));
        let page = Options::from_query("");
        assert_eq!(page.mode, Mode::Page);
        assert!(!page.compact);
        assert!(!Options::from_query("?embed&compact=false").compact);
    }

    #[test]
    fn only_a_real_origin_is_a_parent_origin() {
        assert_eq!(
            origin("http://127.0.0.1:8000").as_deref(),
            Some("http://127.0.0.1:8000")
        );
        for bad in [
            "*",
            "",
            "docs.example.com",
            "https://a.com/path",
            "javascript:x",
            "https://",
        ] {
            assert_eq!(origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn panels_list() {
        let p = Panels::parse("signature, code");
        assert!(p.signature && p.code && !p.form && !p.request && !p.responses);
        assert_eq!(Panels::parse("nonsense"), Panels::default());
        assert!(!Panels::parse("form").any_output());
    }
}
