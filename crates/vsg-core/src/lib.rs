//! Pure domain logic of the CreateVServerGroup playground.
//!
//! What the API is lives in tables, [`params`]: each operation of the family
//! ([`FAMILY`]) is a table of its parameters, each with its wire name, where it is sent,
//! how it is serialised, its permalink key, its SDK names and its rules. A [`Request`]
//! holds the form exactly as typed; [`check`] validates it ([`validate()`]) and signs it
//! ([`Prepared`], signature v1; [`sign_v3`] for V3). What the service would answer is
//! the [`sandbox`]'s answer (stateful), or [`evaluate`]'s (stateless; [`mock`] writes
//! the bodies).
//! [`import`], [`permalink`] and [`snippets`] read and write it in other forms.
//!
//! This crate does no I/O, reads no clock and draws no random numbers: the caller
//! passes the time and nonce in ([`Generated`]). It has no browser dependencies, so
//! everything here is tested natively.

#![warn(missing_docs)]

pub mod backend;
pub mod encode;
pub mod endpoint;
pub mod form;
pub mod iac;
pub mod ids;
pub mod import;
pub mod located;
pub mod mock;
pub mod model;
mod outcome;
pub mod params;
pub mod permalink;
pub mod regions;
pub mod request;
pub mod sandbox;
pub mod sign;
pub mod sign_v3;
pub mod snippets;
pub mod validate;

pub use backend::{
    encode_backend_servers, parse_backend_servers, pretty_backend_servers, Note, ParseError, Parsed,
};
pub use encode::{canonical_query, percent_decode, percent_encode};
pub use form::{Request, Texts};
pub use ids::{format_timestamp, uuid_v4};
pub use located::Located;
pub use model::{
    parse_small_int, EndpointKind, Format, Method, ServerField, ServerRow, TagRow, TextField,
    MAX_SERVERS, MAX_TAGS,
};
pub use outcome::{check, evaluate, Checked, Outcome};
pub use params::{Operation, FAMILY};
pub use request::{sign_request, Generated, Prepared, QueryParam, SignedRequest, Signing};
pub use validate::{
    first_local_error, has_errors, validate, ApiError, Field, Problem, Rule, Severity,
};
