//! Entry point: in the browser, mount the app; natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    // In a task of its own: instantiating the module (and compiling what start-up calls) is one
    // long task already, and a phone should get to handle a tap between the two.
    rotation_rehab::platform::tasks::run_soon(rotation_rehab::ui::mount);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rotation Rehab runs in a browser: see README.md (scripts/serve).");
}
