//! Pure domain logic of the CreateVServerGroup playground.
//!
//! A [`Request`] holds the form exactly as typed. [`validate()`] checks it against the
//! API's rules, [`sign_request`] turns it into the exact signed URL (signature v1),
//! and [`mock::respond`] previews what the service would answer.
//!
//! This crate does no I/O, reads no clock and draws no random numbers: the caller
//! passes the time and nonce in ([`Generated`]). It has no browser dependencies, so
//! everything here is tested natively.

#![warn(missing_docs)]

pub mod backend;
pub mod encode;
pub mod endpoint;
pub mod ids;
pub mod import;
pub mod ip;
pub mod json;
pub mod mock;
pub mod model;
pub mod permalink;
pub mod regions;
pub mod request;
pub mod sign;
pub mod sign_v3;
pub mod snippets;
pub mod validate;

pub use backend::{encode_backend_servers, parse_backend_servers, Note, ParseError, Parsed};
pub use encode::{canonical_query, percent_decode, percent_encode};
pub use ids::{format_timestamp, uuid_v4};
pub use model::{
    EndpointKind, Format, Method, Request, ServerField, ServerRow, TagRow, TextField, MAX_SERVERS,
    MAX_TAGS,
};
pub use request::{sign_request, Generated, Param, SignedRequest};
pub use validate::{first_local_error, validate, ApiError, Field, Problem, Rule, Severity};
