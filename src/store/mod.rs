//! What is persisted, and how: every stored document, its key, its schema version and its
//! migrations. This module is the only owner of storage keys; the UI asks it to load and
//! save documents and never names a key itself.
//!
//! The logic is written against [`Backend`], so that corruption, quota errors and two tabs
//! racing are tested natively with [`MemoryBackend`]; the browser's `localStorage` is one more
//! backend, compiled for wasm only.

mod backend;
mod document;
pub mod exchange;
mod history;
pub mod profile;
mod repository;

pub use backend::{Backend, BackendError, MemoryBackend};
pub use document::{Document, Kind, LoadProblem, Loaded, SaveError};
pub use history::{ActiveWorkout, History};
pub use profile::{Profile, Settings, SetupStep, WorkoutGate};
pub use repository::{Changed, Imported, Repository, QUOTA_BYTES};

#[cfg(target_arch = "wasm32")]
mod local_storage;
#[cfg(target_arch = "wasm32")]
pub use local_storage::BrowserStorage;

/// Every key this app writes starts with this prefix, so nothing else on the origin is touched.
pub const PREFIX: &str = "rotation-rehab/";
