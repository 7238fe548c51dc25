//! Thin wrappers around browser effects. Each one checks that its API exists before
//! calling it, because a missing API (iOS has no vibration, older browsers no wake lock)
//! must never break a workout; and each one swallows only errors that cost nothing.

pub mod audio;
pub mod clock;
pub mod cues;
pub mod download;
pub mod navigation;
pub mod service_worker;
pub mod speech;
pub mod tasks;
pub mod vibration;
pub mod wake_lock;

use wasm_bindgen::JsValue;

/// Whether `target` has a property `name` (feature detection without calling anything).
pub(crate) fn has_property(target: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false)
}

pub(crate) fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Whether the page is on screen (not a background tab, not a locked phone).
pub fn page_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}
