fn main() {
    mmptf_explorer::panic_hook::install();
    leptos::mount::mount_to_body(mmptf_explorer::App);
}
