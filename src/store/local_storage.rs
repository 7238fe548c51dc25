//! The browser's `localStorage` as a [`Backend`]. Errors keep their kind (quota, disabled),
//! because the user is told which one happened.

use super::backend::{Backend, BackendError};
use wasm_bindgen::{JsCast, JsValue};

pub struct BrowserStorage {
    storage: web_sys::Storage,
}

impl BrowserStorage {
    /// `None` when the browser gives no storage (disabled, sandboxed, or it throws on access).
    pub fn open() -> Option<BrowserStorage> {
        let storage = web_sys::window()?.local_storage().ok()??;
        // Some browsers hand out a storage object that throws on every write (old private modes).
        let probe = "rotation-rehab/probe";
        storage.set_item(probe, "1").ok()?;
        storage.remove_item(probe).ok()?;
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
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.storage.get_item(key).map_err(classify)
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
