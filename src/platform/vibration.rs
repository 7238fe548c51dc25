//! Vibration, where the device has it (Android browsers; not iOS).

use super::{has_property, navigator};
use wasm_bindgen::JsValue;

pub fn vibrate(pattern_ms: &[u32]) {
    let Some(navigator) = navigator() else { return };
    if !has_property(&navigator, "vibrate") {
        return;
    }
    let pattern: js_sys::Array = pattern_ms.iter().map(|&ms| JsValue::from(ms)).collect();
    // `false` only means the browser declined (e.g. no user gesture yet): nothing to do.
    let _ = navigator.vibrate_with_pattern(&pattern);
}
