//! The browser's `localStorage` as a [`Backend`]. Errors keep their kind (quota, disabled),
//! because the user is told which one happened.

use super::backend::{Backend, BackendError};
use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `Storage` with a `getItem` that keeps the value a JS string: see [`BrowserStorage::get`].
    #[wasm_bindgen(js_name = Storage)]
    type TextStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &TextStorage, key: &str) -> Result<Option<JsString>, JsValue>;

    type TextEncoder;

    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;

    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsString) -> Uint8Array;
}

pub struct BrowserStorage {
    storage: web_sys::Storage,
}

impl BrowserStorage {
    /// `None` when the browser gives no storage (disabled, sandboxed, or it throws on access).
    /// Whether it can be written is `Repository::open`'s test: a full storage is still read.
    pub fn open() -> Option<BrowserStorage> {
        let storage = web_sys::window()?.local_storage().ok()??;
        Some(BrowserStorage { storage })
    }
}

fn classify(error: JsValue) -> BackendError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(exception) => match exception.name().as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => BackendError::QuotaExceeded,
            "SecurityError" => BackendError::Unavailable,
            other => BackendError::Other(format!("{other}: {}", exception.message())),
        },
        Err(other) => {
            BackendError::Other(other.as_string().unwrap_or_else(|| "unknown error".into()))
        }
    }
}

impl Backend for BrowserStorage {
    /// The history is the largest document (about 1 KB a session), read at every start. A
    /// `String` return would be copied into wasm memory by wasm-bindgen's character-at-a-time
    /// JS loop, which on a cold page takes 3.6 ms for 24 sessions and 14.5 ms for 800; the
    /// browser's encoder and one block copy take 0.3 and 4 ms (docs/benchmarks.md, seventh
    /// session).
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        let Some(text) = self
            .storage
            .unchecked_ref::<TextStorage>()
            .get_item(key)
            .map_err(classify)?
        else {
            return Ok(None);
        };
        let bytes = TextEncoder::new().encode(&text).to_vec();
        // SAFETY: the Encoding Standard's UTF-8 encoder only writes valid UTF-8 (a lone
        // surrogate becomes U+FFFD). wasm-bindgen places the same trust in the browser for
        // every `String` it hands over, through the same encoder. Checking again would add
        // 0.4 KB of validation code to the main module for nothing.
        Ok(Some(unsafe { String::from_utf8_unchecked(bytes) }))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        let count = self.storage.length().map_err(classify)?;
        Ok((0..count)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .collect())
    }
}
