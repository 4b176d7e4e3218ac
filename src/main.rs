//! Entry point of the wasm build: mounts [`vsg_playground::App`] on `<body>`.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

fn main() {
    yew::Renderer::<vsg_playground::App>::new().render();
}
