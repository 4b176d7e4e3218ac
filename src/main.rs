//! Entry point of the wasm build. On the standalone page (and in its iframe mode) the
//! playground mounts on `#vsg-app`; a page that only loads the custom element's script
//! has no such element, and its elements mount themselves (`vsg_playground::mount`).

use std::rc::Rc;

// SAFETY: the page's wasm runs on the browser's main thread only (no threads, no
// shared memory), which is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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
