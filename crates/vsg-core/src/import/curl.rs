//! `curl [options] URL` command lines.

use super::builder::Builder;
use super::text::{Fail, Mapped};
use super::url::target;
use super::{ImportErrorKind, Reason};
use crate::model::Method;

/// Whether `word` is one of the space-separated `words`.
pub(crate) fn has_word(words: &str, word: &str) -> bool {
    words.split_whitespace().any(|w| w == word)
}

/// curl options that take a value.
const CURL_VALUE_OPTIONS: &str = "-X --request -d --data --data-raw --data-binary \
    --data-ascii --data-urlencode -H --header --url -o --output -u --user -A --user-agent -e \
    --referer -b --cookie -c --cookie-jar -m --max-time --connect-timeout -w --write-out -x \
    --proxy -F --form -T --upload-file --retry";

/// Reads `curl [options] URL`.
pub(crate) fn read(words: &[Mapped], b: &mut Builder, end: usize) -> Result<(), Fail> {
    let mut url: Option<Mapped> = None;
    let mut method: Option<Mapped> = None;
    let mut data = Vec::new();
    let mut get = false;
    let mut host = None;
    let mut i = 1;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        let t = w.text.as_str();
        if !t.starts_with('-') || t == "-" {
            match url {
                None => url = Some(w.clone()),
                Some(_) => b.unmapped(t, "", Reason::CurlExtraWord),
            }
            continue;
        }
        let long = t.starts_with("--");
        let opt = if long { t } else { t.get(..2).unwrap_or(t) };
        let takes = has_word(CURL_VALUE_OPTIONS, opt);
        let value = if !takes {
            None
        } else if !long && t.len() > 2 {
            Some(w.slice(2, t.len()))
        } else if i < words.len() {
            i += 1;
            Some(words[i - 1].clone())
        } else {
            Some(Mapped::raw(""))
        };
        let v = value.as_ref().map_or("", |m| m.text.as_str());
        match opt {
            "-X" | "--request" => method = value,
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii"
                if v.starts_with('@') && opt != "--data-raw" =>
            {
                b.unmapped(t, v, Reason::CurlFile)
            }
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii" => data.extend(value),
            "--data-urlencode" => match v.split_once('=') {
                Some((name, _)) if !name.is_empty() => {
                    let m = value.as_ref().map(|m| m.slice(name.len() + 1, v.len()));
                    b.param(name, &m.unwrap_or_else(|| Mapped::raw("")))?;
                }
                _ => b.unmapped(t, v, Reason::CurlUrlencode),
            },
            "-G" | "--get" => get = true,
            "-H" | "--header" => {
                let line = value.clone().unwrap_or_else(|| Mapped::raw(""));
                if let Some(h) = b.header(&line)? {
                    host = Some(h);
                }
            }
            "--url" => url = value,
            _ if takes => b.unmapped(t, v, Reason::CurlOption),
            _ if !long && t.len() > 2 => {} // -sSL and the like: output flags
            "-s" | "-S" | "-v" | "-i" | "-k" | "-L" | "--silent" | "--show-error" | "--verbose"
            | "--include" | "--insecure" | "--location" | "--compressed" => {}
            _ => b.unmapped(t, "", Reason::CurlOption),
        }
    }
    let url = url.ok_or((end, ImportErrorKind::MissingUrl))?;
    b.req.method = match &method {
        Some(m) => match Method::parse(&m.text) {
            Some(method) => method,
            None => {
                b.unmapped("-X", &m.text, Reason::Method);
                Method::Get
            }
        },
        None if !data.is_empty() && !get => Method::Post,
        None => Method::Get,
    };
    for d in &data {
        b.query(d, true)?;
    }
    target(&url.trim(), b, host)
}
