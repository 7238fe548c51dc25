//! Where documents are kept: a key-value store of strings, like `localStorage`.

use std::cell::RefCell;
use std::fmt;

/// Why the backend could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// The browser refused to store more (`QuotaExceededError`).
    QuotaExceeded,
    /// Storage is switched off or unreachable (private mode, blocked cookies).
    Unavailable,
    /// Anything else the browser reported, kept for the message.
    Other(String),
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendError::QuotaExceeded => write!(f, "the browser's storage for this app is full"),
            BackendError::Unavailable => {
                write!(f, "the browser does not let this app store anything")
            }
            BackendError::Other(what) => write!(f, "the browser could not store it ({what})"),
        }
    }
}

/// A string key-value store. `&self` because `localStorage` is shared, global state.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError>;
    fn remove(&self, key: &str) -> Result<(), BackendError>;
    /// Every key, to find backups and measure the share used.
    fn keys(&self) -> Result<Vec<String>, BackendError>;
}

/// An in-memory backend: the app's fallback when the browser has no storage, and the
/// backend of the native tests. It can be told to fail, to play out quota errors.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    /// Sorted by key. A few keys at most: a sorted `Vec`, not a `BTreeMap`, whose code (a few
    /// kilobytes of wasm) would be in the first download for this fallback alone.
    entries: RefCell<Vec<(String, String)>>,
    /// When set, writes beyond this many bytes in all fail with `QuotaExceeded`.
    pub capacity_bytes: Option<usize>,
    pub unavailable: bool,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity_bytes(capacity: usize) -> Self {
        MemoryBackend {
            capacity_bytes: Some(capacity),
            ..Self::default()
        }
    }

    /// A backend that refuses everything, like a browser with storage switched off.
    pub fn unavailable() -> Self {
        MemoryBackend {
            unavailable: true,
            ..Self::default()
        }
    }

    pub fn bytes_used(&self) -> usize {
        self.entries
            .borrow()
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        if self.unavailable {
            return Err(BackendError::Unavailable);
        }
        let entries = self.entries.borrow();
        Ok(find(&entries, key).ok().map(|i| entries[i].1.clone()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        if self.unavailable {
            return Err(BackendError::Unavailable);
        }
        if let Some(capacity) = self.capacity_bytes {
            let others: usize = self
                .entries
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > capacity {
                return Err(BackendError::QuotaExceeded);
            }
        }
        let mut entries = self.entries.borrow_mut();
        match find(&entries, key) {
            Ok(i) => entries[i].1 = value.to_string(),
            Err(i) => entries.insert(i, (key.to_string(), value.to_string())),
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        if self.unavailable {
            return Err(BackendError::Unavailable);
        }
        let mut entries = self.entries.borrow_mut();
        if let Ok(i) = find(&entries, key) {
            entries.remove(i);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        if self.unavailable {
            return Err(BackendError::Unavailable);
        }
        Ok(self
            .entries
            .borrow()
            .iter()
            .map(|(k, _)| k.clone())
            .collect())
    }
}

/// Where `key` is in `entries` (sorted by key), or where it would go.
fn find(entries: &[(String, String)], key: &str) -> Result<usize, usize> {
    entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
}
