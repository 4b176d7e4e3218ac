//! Mapping what the readers found onto the form, through the parameter table.

use super::text::{decode, header, pieces, Fail, Mapped};
use super::{short, ImportErrorKind, Imported, Note, Reason, Signed, Unmapped};
use crate::backend::parse_backend_servers;
use crate::endpoint;
use crate::form::Request;
use crate::model::{EndpointKind, Format, ServerList, TagRow, TextField};
use crate::params::{find, Operation, TagPart, Value};
use crate::request::{EXAMPLE_ACCESS_KEY_ID, FIXED_PARAMS};
use crate::sign::{SIGNATURE_METHOD, SIGNATURE_VERSION};

/// The value shown for a secret found in the text.
pub(crate) const HIDDEN: &str = "(hidden)";
/// The highest tag number read (`Tag.1000.Key`).
const MAX_TAG_NUMBER: usize = 1000;
/// The most notes kept; past it, one last note says more were left out.
const MAX_NOTES: usize = 50;

/// The form being filled, and everything said about it on the way.
pub(crate) struct Builder {
    /// The operations an `Action` may name.
    catalog: &'static [&'static Operation],
    /// The operation the text named (its `Action`, or the CLI's API), if it did;
    /// otherwise the form's own stays.
    named: Option<&'static Operation>,
    pub(crate) req: Request,
    /// The parameters read, mapped once the operation is known (the `Action` may come
    /// last), each with its place among what was read.
    pending: Vec<(usize, String, Mapped)>,
    /// What could not be mapped, each with the place (in reading order) of what it
    /// came from, so that the list follows the text.
    unmapped: Vec<(usize, Unmapped)>,
    /// The place of what is being read now.
    place: usize,
    notes: Vec<Note>,
    /// Parameters set so far (a second time, the first value is listed as repeated).
    seen: Vec<&'static str>,
    /// The BackendServers text, read when everything else is.
    backend: [Option<Mapped>; 2],
    tags: Vec<[Option<String>; 2]>,
    /// The host of the URL (or of `--endpoint`), and whether the URL was `http://`.
    pub(crate) host: Option<String>,
    pub(crate) http: bool,
    /// `--vpc` of the CLI.
    pub(crate) vpc: bool,
    /// `--region` of the CLI.
    pub(crate) region_flag: Option<String>,
    plus_noted: bool,
    /// Every parameter as written, for verifying a signature.
    raw: Vec<(String, String)>,
    signature: Option<String>,
}

impl Builder {
    pub(crate) fn new(base: &Request, catalog: &'static [&'static Operation]) -> Builder {
        let mut req = Request {
            op: base.op,
            ..Request::default()
        };
        req[TextField::AccessKeySecret] = base[TextField::AccessKeySecret].clone();
        Builder {
            catalog,
            named: None,
            req,
            pending: Vec::new(),
            unmapped: Vec::new(),
            place: 0,
            notes: Vec::new(),
            seen: Vec::new(),
            backend: [None, None],
            tags: Vec::new(),
            host: None,
            http: false,
            vpc: false,
            region_flag: None,
            plus_noted: false,
            raw: Vec::new(),
            signature: None,
        }
    }

    pub(crate) fn unmapped(&mut self, name: &str, value: &str, reason: Reason) {
        self.place += 1;
        let unmapped = Unmapped {
            name: name.into(),
            value: value.into(),
            reason,
        };
        self.unmapped.push((self.place, unmapped));
    }

    /// Adds a note once; past [`MAX_NOTES`] the rest are summed up in one last note
    /// (so that pasting megabytes stays linear).
    pub(crate) fn note(&mut self, note: Note) {
        if self.notes.len() + 1 < MAX_NOTES && !self.notes.contains(&note) {
            self.notes.push(note);
        } else if self.notes.len() + 1 == MAX_NOTES {
            self.notes.push(Note::MoreNotes);
        }
    }

    /// Records that `name` was set; a second time, the value it replaces is listed.
    fn set(&mut self, name: &'static str, replaced: String) {
        if self.seen.contains(&name) {
            self.unmapped(name, &replaced, Reason::Repeated);
        } else {
            self.seen.push(name);
        }
    }

    /// A fixed parameter (`Version`, `SignatureMethod`, `SignatureVersion`): another
    /// value is replaced, with a note.
    fn fixed(&mut self, name: &'static str, value: &str, wanted: &'static str) {
        if value != wanted {
            self.note(Note::Replaced {
                name,
                from: short(value),
                to: wanted,
            });
        }
    }

    /// The operation an API name (the CLI's) or an `Action` names: exactly, or (when
    /// `any_case`) in another case, with a note. `None` when the catalog has none.
    pub(crate) fn operation(&mut self, name: &str, any_case: bool) -> Option<&'static Operation> {
        let op = find(self.catalog, name).or_else(|| {
            let op = any_case
                .then(|| {
                    self.catalog
                        .iter()
                        .copied()
                        .find(|o| o.action.eq_ignore_ascii_case(name))
                })
                .flatten()?;
            self.note(Note::ApiCase {
                from: short(name),
                to: op.action,
            });
            Some(op)
        })?;
        self.named = Some(op);
        Some(op)
    }

    /// The product the operations belong to (`slb`).
    pub(crate) fn product(&self) -> &'static str {
        self.req.op.product
    }

    /// Reads one parameter (URL query / form / `--Name` of the CLI): the operation
    /// and what does not depend on it at once, the rest once the operation is known.
    pub(crate) fn param(&mut self, name: &str, v: &Mapped) -> Result<(), Fail> {
        let value = v.text.as_str();
        if name == "Signature" {
            self.signature = Some(value.into());
            self.note(Note::SignatureRecomputed);
            return Ok(());
        }
        self.raw.push((name.into(), value.into()));
        if name == "Action" {
            if self.operation(value, false).is_none() {
                return Err((v.at[0], ImportErrorKind::UnknownOperation(value.into())));
            }
            return Ok(());
        }
        self.place += 1;
        self.pending.push((self.place, name.into(), v.clone()));
        Ok(())
    }

    /// Maps one parameter onto the form of the operation `op`.
    fn map(&mut self, op: &'static Operation, name: &str, v: &Mapped) {
        let value = v.text.as_str();
        if let Some((param, tag)) = op.wire_param(name) {
            match (param.value, tag) {
                (Value::Text(f) | Value::Long(f) | Value::Bool(f), _) => {
                    let old = std::mem::replace(&mut self.req[f], value.into());
                    self.set(param.name, old);
                }
                (Value::TagList, Some((n, part))) => {
                    if n == 0 || n > MAX_TAG_NUMBER {
                        self.unmapped(name, value, Reason::TagNumber);
                    } else {
                        if self.tags.len() < n {
                            self.tags.resize(n, [None, None]);
                        }
                        let slot = &mut self.tags[n - 1][usize::from(part == TagPart::Value)];
                        if let Some(old) = slot.replace(value.into()) {
                            self.unmapped(name, &old, Reason::Repeated);
                        }
                    }
                }
                (Value::ServersJson(list), _) => {
                    let old = self.backend[list as usize].replace(v.clone());
                    self.set(param.name, old.map(|m| m.text).unwrap_or_default());
                }
                (Value::Format, _) => match Format::parse(value) {
                    Some(f) => {
                        if f.as_str() != value {
                            self.note(Note::FormatCase {
                                from: short(value),
                                to: f.as_str(),
                            });
                        }
                        let old = std::mem::replace(&mut self.req.format, f);
                        self.set(param.name, old.as_str().into());
                    }
                    None => self.unmapped(name, value, Reason::Format),
                },
                _ => self.unmapped(name, value, Reason::NotAParameter),
            }
            return;
        }
        match name {
            "Version" => self.fixed("Version", value, op.version),
            "SignatureMethod" => self.fixed("SignatureMethod", value, SIGNATURE_METHOD),
            "SignatureVersion" => self.fixed("SignatureVersion", value, SIGNATURE_VERSION),
            "AccessKeySecret" => self.unmapped(name, HIDDEN, Reason::Secret),
            "SecurityToken" => self.unmapped(name, HIDDEN, Reason::StsToken),
            _ => {
                let lower = name.to_ascii_lowercase();
                let known = op.params.iter().filter(|p| p.is_wire()).any(|p| {
                    p.name.eq_ignore_ascii_case(name)
                        || (p.value == Value::TagList
                            && lower.starts_with(&format!("{}.", p.name.to_ascii_lowercase())))
                });
                let fixed = FIXED_PARAMS.iter().any(|k| k.eq_ignore_ascii_case(name));
                let reason = if known || fixed {
                    Reason::WrongCase
                } else {
                    Reason::NotAParameter
                };
                self.unmapped(name, value, reason);
            }
        }
    }

    /// Maps one HTTP header line (`Name: value`) of a raw request or a curl `-H`: a
    /// V3 request's own headers fill the parameters they stand for, anything else but
    /// `Host` is listed. Returns the Host header's value.
    pub(crate) fn header(&mut self, line: &Mapped) -> Result<Option<String>, Fail> {
        let Some((name, value)) = header(&line.text) else {
            self.unmapped("-H", &line.text, Reason::Header);
            return Ok(None);
        };
        // Where the value starts in the line (`header` trims it).
        let start = value.as_ptr() as usize - line.text.as_ptr() as usize;
        let v = line.slice(start, start + value.len());
        let lower = name.to_ascii_lowercase();
        let param = match lower.as_str() {
            "host" => return Ok(Some(value.to_string())),
            "x-acs-action" => "Action",
            "x-acs-version" => "Version",
            "x-acs-date" => "Timestamp",
            "x-acs-signature-nonce" => "SignatureNonce",
            // Part of the V3 signature, which is computed again.
            "x-acs-content-sha256" => {
                self.note(Note::V3Headers);
                return Ok(None);
            }
            "authorization" => {
                let credential = value
                    .strip_prefix("ACS3-HMAC-SHA256 ")
                    .and_then(|rest| rest.split(',').next())
                    .and_then(|c| c.strip_prefix("Credential="));
                match credential {
                    Some(id) => {
                        self.note(Note::V3Headers);
                        self.param("AccessKeyId", &Mapped::raw(id))?;
                    }
                    None => self.unmapped(name, &short(value), Reason::Authorization),
                }
                return Ok(None);
            }
            // How the request travels, not what it asks.
            "accept" | "accept-encoding" | "accept-language" | "content-type"
            | "content-length" | "user-agent" | "connection" => {
                self.note(Note::TransportHeaders);
                return Ok(None);
            }
            _ => {
                self.unmapped(name, value, Reason::Header);
                return Ok(None);
            }
        };
        self.note(Note::V3Headers);
        self.param(param, &v)?;
        Ok(None)
    }

    /// Reads `name=value&…` pairs; `form` makes `+` a space.
    pub(crate) fn query(&mut self, q: &Mapped, form: bool) -> Result<(), Fail> {
        for (start, end) in pieces(&q.text, '&') {
            let eq = q.text[start..end].find('=').map_or(end, |e| start + e);
            let name = decode(&q.slice(start, eq), form)?;
            let value = decode(&q.slice((eq + 1).min(end), end), form)?;
            if !form && !self.plus_noted && q.text[start..end].contains('+') {
                self.plus_noted = true;
                self.note(Note::PlusKept);
            }
            self.param(&name.text, &value)?;
        }
        Ok(())
    }

    /// The endpoint the host stands for. Public and VPC endpoints are https only: an
    /// `http://` URL to them is a custom endpoint that keeps its scheme, as is any
    /// other host. The host must be the region's endpoint byte for byte, as
    /// [`endpoint`] writes it (lowercase): `SLB.CN-SHANGHAI.ALIYUNCS.COM` names the
    /// same server, but the form would sign it to the lowercase host, so it stays a
    /// custom endpoint, as typed.
    fn endpoint(&mut self) {
        let region = self.req[TextField::RegionId].clone();
        match self.host.take() {
            Some(h) if h.is_empty() => self.note(Note::NoHost),
            Some(h) if !self.http && h == endpoint::public_host(&region) => {}
            Some(h) if !self.http && h == endpoint::vpc_host(&region) => {
                self.req.endpoint = EndpointKind::Vpc;
            }
            Some(h) => {
                let lower = h.to_ascii_lowercase();
                if !self.http && lower.starts_with("slb") && lower.ends_with(".aliyuncs.com") {
                    self.note(Note::OtherSlbHost {
                        host: short(&h),
                        region: short(&region),
                    });
                }
                self.req.endpoint = EndpointKind::Custom;
                self.req[TextField::CustomEndpoint] =
                    if self.http { format!("http://{h}") } else { h };
            }
            None if self.vpc => self.req.endpoint = EndpointKind::Vpc,
            None => {}
        }
    }

    pub(crate) fn finish(mut self) -> Result<Imported, Fail> {
        let op = self.named.unwrap_or(self.req.op);
        self.req.op = op;
        for (place, name, v) in std::mem::take(&mut self.pending) {
            // What this parameter leaves unmapped is listed where it was read.
            let unmapped = self.unmapped.len();
            self.map(op, &name, &v);
            for u in &mut self.unmapped[unmapped..] {
                u.0 = place;
            }
        }
        // In reading order; what one place left unmapped, in the order it was found.
        let mut unmapped: Vec<_> = std::mem::take(&mut self.unmapped)
            .into_iter()
            .enumerate()
            .collect();
        unmapped.sort_unstable_by_key(|(i, (place, _))| (*place, *i));
        self.unmapped = unmapped.into_iter().map(|(_, u)| u).collect();
        for list in ServerList::ALL {
            let Some(m) = self.backend[list as usize].take() else {
                continue;
            };
            let parsed = parse_backend_servers(&m.text)
                .map_err(|e| (m.at[e.offset], ImportErrorKind::BackendServers(e.kind)))?;
            *self.req.list_mut(list) = parsed.rows;
            for n in parsed.notes {
                self.note(Note::BackendServers(n));
            }
        }
        let mut gaps = false;
        for (i, [key, value]) in std::mem::take(&mut self.tags).into_iter().enumerate() {
            if key.is_none() && value.is_none() {
                gaps = true;
                continue;
            }
            if key.is_none() {
                self.note(Note::TagWithoutKey(i + 1));
            }
            self.req.tags.push(TagRow {
                key: key.unwrap_or_default(),
                value: value.unwrap_or_default(),
            });
        }
        if gaps {
            self.note(Note::TagsRenumbered);
        }
        if let Some(region) = self.region_flag.take() {
            if !self.seen.contains(&"RegionId") {
                self.note(Note::RegionFlag(short(&region)));
                self.req[TextField::RegionId] = region;
            } else if region != self.req[TextField::RegionId] {
                self.unmapped("--region", &region, Reason::RegionTwice);
            }
        }
        self.endpoint();
        if self.req[TextField::AccessKeyId] == EXAMPLE_ACCESS_KEY_ID {
            self.req[TextField::AccessKeyId].clear();
            self.note(Note::ExampleKeyId);
        }
        let signed = self.signature.take().map(|signature| Signed {
            method: self.req.method,
            params: std::mem::take(&mut self.raw),
            signature,
        });
        Ok(Imported {
            request: self.req,
            unmapped: self.unmapped.into_iter().map(|(_, u)| u).collect(),
            notes: self.notes,
            signed,
        })
    }
}
