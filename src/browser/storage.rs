//! The page's memory in local storage (through gloo): the last request as a permalink
//! (which never holds the secret) and the choices of the UI. Only the standalone page
//! remembers; embeds show their preset.

use gloo::storage::{LocalStorage, Storage};

/// The storage key of the request (a permalink, `v1&…`).
const LINK: &str = "vsg-playground:link";
/// The storage key of the UI's choices (`lang=zh-CN&theme=dark&tab=code&…`).
const PREFS: &str = "vsg-playground:prefs";

/// Requests whose permalink is longer than this are not remembered (a pasted megabyte
/// would not fit local storage anyway).
pub const MAX_LINK: usize = 256 * 1024;

/// What is remembered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// The request as a permalink (`v1&…`); `None` when it is too long to remember
    /// (more than [`MAX_LINK`]): the last one that was short enough stays.
    pub link: Option<String>,
    /// The language picked with the toggle (`en`, `zh-CN`), if any.
    pub lang: Option<String>,
    /// The theme picked with the toggle, if any.
    pub theme: Option<String>,
    /// The output tab.
    pub tab: String,
    /// The snippet language's id.
    pub snippet: String,
    /// The signature walked through (`v1`, `V3`).
    pub signature: String,
}

impl Saved {
    /// The choices as `name=value&…` (values are ids: no `&` or `=` in them).
    fn prefs(&self) -> String {
        let mut out = format!(
            "tab={}&snippet={}&sig={}",
            self.tab, self.snippet, self.signature
        );
        for (name, value) in [("lang", &self.lang), ("theme", &self.theme)] {
            if let Some(v) = value {
                out.push_str(&format!("&{name}={v}"));
            }
        }
        out
    }

    /// Reads what [`Saved::prefs`] wrote (unknown names are ignored).
    fn read(link: String, prefs: &str) -> Saved {
        let mut s = Saved {
            link: Some(link),
            ..Saved::default()
        };
        for (name, value) in prefs.split('&').filter_map(|p| p.split_once('=')) {
            let value = value.to_string();
            match name {
                "tab" => s.tab = value,
                "snippet" => s.snippet = value,
                "sig" => s.signature = value,
                "lang" => s.lang = Some(value),
                "theme" => s.theme = Some(value),
                _ => {}
            }
        }
        s
    }
}

/// The last saved state, if any.
pub fn load() -> Option<Saved> {
    let storage = LocalStorage::raw();
    let link = storage.get_item(LINK).ok().flatten()?;
    let prefs = storage.get_item(PREFS).ok().flatten().unwrap_or_default();
    Some(Saved::read(link, &prefs))
}

/// Saves `saved` (quietly: storage may be full or forbidden).
pub fn save(saved: &Saved) {
    let storage = LocalStorage::raw();
    if let Some(link) = saved.link.as_deref().filter(|l| l.len() <= MAX_LINK) {
        let _ = storage.set_item(LINK, link);
    }
    let _ = storage.set_item(PREFS, &saved.prefs());
}
