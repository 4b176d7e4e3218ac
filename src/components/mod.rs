//! One component per file; each renders data it is given and reports changes through
//! `on<verb>` callbacks.

pub mod advanced;
pub mod copy_button;
pub mod messages;
pub mod request_form;
pub mod request_view;
pub mod responses;
pub mod server_rows;
pub mod signature_view;
pub mod summary;
pub mod tag_rows;
pub mod text_input;
