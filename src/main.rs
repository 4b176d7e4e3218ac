fn main() {
    yew::Renderer::<vsg_playground::App>::new().render();
}
