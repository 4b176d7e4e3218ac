//! The CreateVServerGroup playground: a Yew front end over the pure `vsg-core` crate.
//!
//! This crate only renders state and dispatches actions; every rule, encoding and
//! signature lives in `vsg-core`.

#![warn(missing_docs)]

pub mod app;
pub mod clipboard;
pub mod clock;
pub mod components;
pub mod labels;
pub mod state;

pub use app::{App, AppProps};
