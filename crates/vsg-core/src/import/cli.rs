//! `aliyun slb CreateVServerGroup --Name value …` command lines.

use super::builder::{Builder, HIDDEN};
use super::curl::has_word;
use super::shell;
use super::text::{Fail, Mapped};
use super::{short, ImportErrorKind, Note, Reason};
use crate::endpoint;
use crate::model::Method;

/// Options of the aliyun CLI that take no value.
const CLI_SWITCHES: &str = "vpc secure insecure force dryrun quiet skip-secure-verify help";

/// Reads an `aliyun slb CreateVServerGroup --Name value …` command line (also
/// `--Name=value`; shell quoting as [`super::split_shell_words`] reads it). The CLI's
/// own options map where they can: `--region` → RegionId when `--RegionId` is absent,
/// `--endpoint` → endpoint, `--insecure` → its `http://`, `--vpc` → VPC endpoint,
/// `--method` → method, `--access-key-id` → AccessKeyId; the others are listed as
/// unmapped.
pub(crate) fn read(text: &str, b: &mut Builder) -> Result<(), Fail> {
    {
        let words = shell::words(text, b)?;
        let skip = usize::from(words.first().is_some_and(|w| w.text == "$"));
        let words = &words[skip..];
        let Some(first) = words.first() else {
            return Err((text.len(), ImportErrorKind::Empty));
        };
        let program = first.text.rsplit(['/', '\\']).next().unwrap_or("");
        if program != "aliyun" && program != "aliyun.exe" {
            return Err((first.at[0], ImportErrorKind::NotAliyun(first.text.clone())));
        }
        let mut positional = 0;
        let mut i = 1;
        while i < words.len() {
            let w = &words[i];
            i += 1;
            let t = w.text.as_str();
            if let Some(flag) = t.strip_prefix("--").filter(|f| !f.is_empty()) {
                let sep = flag.find(['=', ':']);
                let name = &flag[..sep.unwrap_or(flag.len())];
                let value = match sep {
                    Some(s) => w.slice(3 + s, t.len()),
                    None if has_word(CLI_SWITCHES, name) => Mapped::raw(""),
                    None if i < words.len() && !words[i].text.starts_with("--") => {
                        i += 1;
                        words[i - 1].clone()
                    }
                    None => {
                        b.note(Note::FlagWithoutValue(short(name)));
                        w.slice(t.len(), t.len())
                    }
                };
                option(b, name, &value)?;
                if matches!(name, "output" | "pager" | "waiter") {
                    while i < words.len()
                        && !words[i].text.starts_with('-')
                        && words[i].text.contains('=')
                    {
                        b.unmapped(t, &words[i].text, Reason::CliOption);
                        i += 1;
                    }
                }
            } else if t == "-p" {
                let v = words.get(i).filter(|w| !w.text.starts_with('-'));
                b.unmapped(t, v.map_or("", |w| w.text.as_str()), Reason::CliOption);
                i += usize::from(v.is_some());
            } else if t.starts_with('-') && t.len() == 2 {
                b.unmapped(t, "", Reason::CliOption);
            } else {
                positional += 1;
                match positional {
                    1 if !t.eq_ignore_ascii_case(b.product()) => {
                        return Err((w.at[0], ImportErrorKind::WrongProduct(t.into())));
                    }
                    2 if b.operation(t, true).is_none() => {
                        return Err((w.at[0], ImportErrorKind::WrongApi(t.into())));
                    }
                    1 | 2 => {}
                    _ => b.unmapped(t, "", Reason::CliExtraWord),
                }
            }
        }
        match positional {
            0 => Err((text.len(), ImportErrorKind::MissingProduct)),
            1 => Err((text.len(), ImportErrorKind::MissingApi)),
            _ => Ok(()),
        }
    }
}

/// Options of the aliyun CLI that are listed as unmapped.
const CLI_OTHER_OPTIONS: &str = "profile mode language config-path sts-region ram-role-name \
    ram-role-arn role-session-name source-profile key-pair-name read-timeout retry-timeout \
    connect-timeout retry-count skip-secure-verify expired-seconds process-command force \
    header body body-file accept roa output pager waiter dryrun quiet help";

/// One `--name value` of the CLI.
fn option(b: &mut Builder, name: &str, v: &Mapped) -> Result<(), Fail> {
    let value = v.text.as_str();
    let flag = format!("--{name}");
    match name {
        "region" => b.region_flag = Some(value.into()),
        "endpoint" => {
            let host = endpoint::custom_host(value);
            if host != value {
                b.note(Note::EndpointFlag {
                    from: short(value),
                    to: short(host),
                });
            }
            b.host = Some(host.into());
        }
        "vpc" => b.vpc = true,
        "method" => match Method::parse(value) {
            Some(m) => b.req.method = m,
            None => b.unmapped(&flag, value, Reason::Method),
        },
        "access-key-id" => b.param("AccessKeyId", v)?,
        "access-key-secret" => b.unmapped(&flag, HIDDEN, Reason::Secret),
        "sts-token" => b.unmapped(&flag, HIDDEN, Reason::StsToken),
        "private-key" => b.unmapped(&flag, HIDDEN, Reason::CliOption),
        "version" => b.param("Version", v)?,
        // `--insecure` sends over http, `--secure` over https (the default).
        "insecure" => b.http = true,
        "secure" => b.http = false,
        _ if has_word(CLI_OTHER_OPTIONS, name) => b.unmapped(&flag, value, Reason::CliOption),
        _ => b.param(name, v)?,
    }
    Ok(())
}
