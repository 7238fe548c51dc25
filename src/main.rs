//! Entry point: in the browser, mount the app; natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    rotation_rehab::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rotation Rehab runs in a browser: see README.md (scripts/serve).");
}
