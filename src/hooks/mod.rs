//! The root's hooks: everything [`crate::app::App`] does besides deriving and laying
//! out — one concern per file. Their effects touch storage, the location, the host
//! page and focus; the reducer never does.

pub mod announcer;
pub mod checked;
pub mod embed_options;
pub mod focus;
pub mod hashchange;
pub mod host_events;
pub mod hydrated;
pub mod persistence;
pub mod sandbox;
pub mod ui;
