//! A stored document: a JSON envelope `{"v": version, "rev": revision, "data": …}`.
//!
//! - `v` is the schema version: older documents are migrated step by step on load.
//! - `rev` grows by one on every save (and stays at `u64::MAX` once there); a save that finds
//!   a higher `rev` stored than the one it loaded refuses to write, so an older tab never
//!   overwrites a newer one.
//! - A value that cannot be read is copied to a backup key before anything else happens,
//!   and is never overwritten while that copy could not be made.

use super::backend::{Backend, BackendError};
use super::PREFIX;
use crate::core::Millis;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt;

/// The kinds of document the app keeps. Each one owns exactly one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Profile,
    History,
    Workout,
}

impl Kind {
    pub fn key(self) -> String {
        format!("{PREFIX}{}", self.name())
    }
    pub fn name(self) -> &'static str {
        match self {
            Kind::Profile => "profile",
            Kind::History => "history",
            Kind::Workout => "workout",
        }
    }
}

/// A type that is stored as one document.
pub trait Document: Serialize + DeserializeOwned + Default {
    const KIND: Kind;
    /// The current schema version. Raise it, and extend `migrate`, when the stored shape changes.
    const VERSION: u32;
    /// The oldest version whose data the current type reads as it is: raising the version for
    /// a new optional field needs no migration. Older data goes through `migrate_step`, on a
    /// `serde_json::Value` (whose code, about 19 KB of gzipped wasm, is only in the build when
    /// some document has such a migration).
    const READS_AS_IS_FROM: u32 = Self::VERSION;
    /// Turn the data of version `from` into the data of version `from + 1`.
    fn migrate_step(from: u32, _data: Value) -> Result<Value, String> {
        Err(format!("no migration from version {from}"))
    }
}

/// A document as loaded, with what is needed to save it safely.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    /// The revision it was loaded at; pass it back to `save`.
    pub rev: u64,
    pub problem: Option<LoadProblem>,
}

/// Something the user must be told about after loading.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadProblem {
    /// The stored text could not be read; it was copied to `backup_key` and the app starts afresh.
    Unreadable { backup_key: String, reason: String },
    /// The stored text could not be read, and the copy failed too: it is left in place and
    /// saving is refused, so that nothing is lost. The raw text can still be downloaded.
    UnreadableAndStuck {
        reason: String,
        backend: BackendError,
    },
    /// Storage could not be read at all: the app runs from memory.
    Unavailable(BackendError),
    /// A newer version of the app (in another tab, or before this copy was reopened) wrote it.
    /// It is readable there, so it is neither set aside nor saved over: this copy of the app
    /// must be reloaded.
    Newer { version: u32 },
}

impl LoadProblem {
    /// Whether saves must be refused to protect what is stored.
    pub fn blocks_saving(&self) -> bool {
        matches!(
            self,
            LoadProblem::UnreadableAndStuck { .. } | LoadProblem::Newer { .. }
        )
    }
}

/// Why a save did not happen. In every case the previously stored value is intact.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Another tab saved a newer revision since this one loaded.
    Conflict {
        stored_rev: u64,
    },
    Backend(BackendError),
    /// The value read back differs from what was written.
    NotVerified,
    /// Saving is blocked because an unreadable value could not be backed up.
    Blocked,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Conflict { .. } => {
                write!(
                    f,
                    "another tab or window changed this since; it was not overwritten"
                )
            }
            SaveError::Backend(e) => write!(f, "not saved: {e}"),
            SaveError::NotVerified => write!(f, "not saved: the browser did not keep it intact"),
            SaveError::Blocked => write!(f, "not saved, to protect data that could not be read"),
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    v: u32,
    rev: u64,
    data: &'a T,
}

#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    v: u32,
    rev: u64,
    #[serde(borrow)]
    data: &'a RawValue,
}

#[derive(Deserialize)]
struct RevisionOnly {
    rev: u64,
    #[allow(dead_code)]
    data: IgnoredAny,
}

/// Why a stored text is not a document this version of the app can use.
#[derive(Debug)]
pub enum DecodeError {
    /// A well-formed envelope of a schema newer than this app reads, at its revision.
    Newer { version: u32, rev: u64 },
    /// Anything else, with where it went wrong.
    Unreadable(String),
}

impl From<String> for DecodeError {
    fn from(reason: String) -> DecodeError {
        DecodeError::Unreadable(reason)
    }
}

/// Read a document from its envelope text, migrating it to the current version.
pub fn decode<T: Document>(text: &str) -> Result<(T, u64), DecodeError> {
    let envelope: EnvelopeIn = serde_json::from_str(text).map_err(|e| why(&e))?;
    if envelope.v > T::VERSION {
        return Err(DecodeError::Newer {
            version: envelope.v,
            rev: envelope.rev,
        });
    }
    if envelope.v == 0 {
        return Err(String::from("schema version 0 does not exist").into());
    }
    // Documents of the current version (or of an older one it reads as it is) are read
    // straight from their text; only older ones go through `Value` for migration (and are
    // then read from text too, so each type has one deserializer in the wasm, not two).
    let value = if envelope.v >= T::READS_AS_IS_FROM {
        serde_json::from_str(envelope.data.get())
    } else {
        let mut data: Value = serde_json::from_str(envelope.data.get()).map_err(|e| why(&e))?;
        for from in envelope.v..T::VERSION {
            data = T::migrate_step(from, data)?;
        }
        serde_json::from_str(&data.to_string())
    }
    .map_err(|e| why(&e))?;
    Ok((value, envelope.rev))
}

/// Where and what kind of error, without serde_json's message: nobody is shown the reason (the
/// user is told the copy could not be read, and can download it), and the messages' formatting
/// code would be 1 KB of the first download.
fn why(error: &serde_json::Error) -> String {
    format!(
        "{:?} error at line {}, column {}",
        error.classify(),
        error.line(),
        error.column()
    )
}

/// The envelope text of a document at a revision.
pub fn encode<T: Document>(value: &T, rev: u64) -> String {
    // Serialising plain data to a string cannot fail.
    serde_json::to_string(&EnvelopeOut {
        v: T::VERSION,
        rev,
        data: value,
    })
    .unwrap_or_default()
}

/// Where an unreadable value of `kind`, found at `now`, is kept aside.
pub fn backup_key(kind: Kind, now: Millis) -> String {
    format!("{PREFIX}backup/{}/{now}", kind.name())
}

/// Load a document; never fails, but says what went wrong in `problem`.
pub fn load<T: Document>(backend: &dyn Backend, now: Millis) -> Loaded<T> {
    let key = T::KIND.key();
    let text = match backend.get(&key) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Loaded {
                value: T::default(),
                rev: 0,
                problem: None,
            }
        }
        Err(e) => {
            return Loaded {
                value: T::default(),
                rev: 0,
                problem: Some(LoadProblem::Unavailable(e)),
            }
        }
    };
    match decode::<T>(&text) {
        Ok((value, rev)) => Loaded {
            value,
            rev,
            problem: None,
        },
        Err(DecodeError::Newer { version, rev }) => Loaded {
            value: T::default(),
            rev,
            problem: Some(LoadProblem::Newer { version }),
        },
        Err(DecodeError::Unreadable(reason)) => {
            let rev = serde_json::from_str::<RevisionOnly>(&text)
                .map(|r| r.rev)
                .unwrap_or(0);
            // Loaded again (another tab saved, a reload): one copy aside is enough.
            let backup = match same_backup(backend, T::KIND, &text) {
                Some(key) => Ok(key),
                None => {
                    let key = backup_key(T::KIND, now);
                    backend.set(&key, &text).map(|()| key)
                }
            };
            let problem = match backup {
                Ok(backup_key) => LoadProblem::Unreadable { backup_key, reason },
                Err(backend) => LoadProblem::UnreadableAndStuck { reason, backend },
            };
            // The unreadable value stays where it is until the next successful save replaces
            // it; it is safe in the backup by then. Start above its revision if we can see it.
            Loaded {
                value: T::default(),
                rev,
                problem: Some(problem),
            }
        }
    }
}

/// The newest backup of `kind` whose text is `text`, if it is the newest backup at all.
fn same_backup(backend: &dyn Backend, kind: Kind, text: &str) -> Option<String> {
    let prefix = backup_key(kind, 0);
    let prefix = prefix.trim_end_matches('0');
    let newest = backend
        .keys()
        .ok()?
        .into_iter()
        .filter_map(|key| Some((key.strip_prefix(prefix)?.parse::<Millis>().ok()?, key)))
        .max()?
        .1;
    (backend.get(&newest).ok()??.as_str() == text).then_some(newest)
}

/// The revision stored now, if a readable envelope is there.
fn stored_revision(backend: &dyn Backend, key: &str) -> Result<Option<u64>, BackendError> {
    Ok(backend
        .get(key)?
        .and_then(|text| serde_json::from_str::<RevisionOnly>(&text).ok())
        .map(|r| r.rev))
}

/// Save a document loaded (or last saved) at `rev`. Returns the new revision.
///
/// Refuses when another writer stored a newer revision; writes, then reads back and
/// compares before reporting success.
pub fn save<T: Document>(backend: &dyn Backend, value: &T, rev: u64) -> Result<u64, SaveError> {
    let key = T::KIND.key();
    if let Some(stored_rev) = stored_revision(backend, &key).map_err(SaveError::Backend)? {
        if stored_rev > rev {
            return Err(SaveError::Conflict { stored_rev });
        }
    }
    // Saturating: a revision at the top of the range stays there rather than wrapping to 0,
    // which would let any older copy overwrite it.
    let next = rev.saturating_add(1);
    let text = encode(value, next);
    backend.set(&key, &text).map_err(SaveError::Backend)?;
    match backend.get(&key).map_err(SaveError::Backend)? {
        Some(read_back) if read_back == text => Ok(next),
        _ => Err(SaveError::NotVerified),
    }
}
