//! What the page takes from the browser: clock, clipboard, storage, the DOM, the
//! location, downloads, and messages to a host page. Everything impure lives here.

pub mod clipboard;
pub mod clock;
pub mod dom;
pub mod download;
pub mod host;
pub mod storage;
