fn main() {
    mmptf_explorer::app::panic::install();
    // The first language's file (if not English) and the data file are fetched before
    // anything is drawn. (The bare wasm spawner: Leptos's executor is only set up by mounting.)
    wasm_bindgen_futures::spawn_local(async {
        mmptf_explorer::app::boot::prepare().await;
        leptos::mount::mount_to_body(mmptf_explorer::App);
        mmptf_explorer::browser::offline::register_service_worker();
    });
}
