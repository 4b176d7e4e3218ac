//! Entry point of the wasm build. On the standalone page (and in its iframe mode) the
//! playground mounts on `#vsg-app`; a page that only loads the custom element's script
//! has no such element, and its elements mount themselves (`vsg_playground::mount`).

use std::rc::Rc;

// The allocator is Rust's default (dlmalloc): lol_alloc saved 3.4 KB of gzip but its
// free list made every keystroke ~0.25 ms slower at 20 rows (see ARCHITECTURE.md, size).

use vsg_playground::options::Options;
use vsg_playground::{browser::host, App, AppProps};

fn main() {
    let Some(root) = gloo::utils::document().get_element_by_id("vsg-app") else {
        return;
    };
    let props = AppProps {
        options: Rc::new(Options::from_query(&host::query())),
        start: None,
        host: None,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
