//! Entry point of the wasm build: mounts [`vsg_playground::App`] on `<body>`.

// SAFETY: the page's wasm runs on the browser's main thread only (no threads, no
// shared memory), which is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    yew::Renderer::<vsg_playground::App>::new().render();
}
