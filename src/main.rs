//! Entry point of the wasm build. On the standalone page (and in its iframe mode) the
//! playground mounts on `#vsg-app`. When the build pre-rendered it there, the app
//! renders into a container of its own and takes the pre-rendered one's place once
//! rendered (see `vsg_playground::prerender`). A page that only loads the custom
//! element's script has no such element, and its elements mount themselves
//! (`vsg_playground::mount`).

use std::rc::Rc;

// The allocator is Rust's default (dlmalloc): lol_alloc saved 3.4 KB of gzip but its
// free list made every keystroke ~0.25 ms slower at 20 rows (see ARCHITECTURE.md, size).

use vsg_playground::options::{Mode, Options};
use vsg_playground::prerender::BUILD_ATTR;
use vsg_playground::{browser::host, takes_over, App, AppProps};

fn main() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("vsg-app") else {
        return;
    };
    let mut options = Options::from_query(&host::query());
    // The iframe's own page (`embed.html`) is the iframe mode without `?embed`.
    if root.has_attribute("data-embed") && options.mode == Mode::Page {
        options = Options::from_query(&format!("embed&{}", host::query().trim_start_matches('?')));
    }
    let (container, replaces) = if root.has_attribute(BUILD_ATTR) {
        match document.create_element("div") {
            Ok(own) => {
                own.set_id("vsg-app");
                (own, Some(root))
            }
            Err(_) => (root, None),
        }
    } else {
        (root, None)
    };
    let start = replaces.as_ref().and_then(|r| takes_over(r, &options));
    let props = AppProps {
        options: Rc::new(options),
        prerendered: start.is_some(),
        start,
        host: None,
        replaces,
    };
    yew::Renderer::<App>::with_root_and_props(container, props).render();
}
