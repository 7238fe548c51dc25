//! "Your data is yours": everything as one JSON file, sessions as CSV, and the import of a
//! JSON export back, checked before anything is written.
//!
//! Pure: the shell reads and writes files and storage. An import goes
//! [`parse_import`] (size, depth, format, version, types, then every value) → [`preview`]
//! (what will be added, kept, lost; the UI confirms anything lost) → [`apply_import`].
//!
//! A document's stored copy (`{"v","rev","data"}`, as "Download it" gives one that was set
//! aside as unreadable) is read as an export of that document alone ([`Contents`]): importing
//! it leaves the other document here as it is.
//!
//! The export carries the profile and history in their current shapes. When
//! `Profile::VERSION` or `History::VERSION` changes, raise [`EXPORT_VERSION`] and turn older
//! exports into the new shape in `parse_import` (`tests/exchange.rs` pins the pairing).

mod csv;
mod merge;
mod scan;
mod validate;

use std::fmt;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::Value;

use crate::core::Millis;
use crate::store::document::{self, DecodeError};
use crate::store::{Document, History, Profile};

pub use csv::{sessions_csv, CSV_HEADER};
pub use merge::{apply_import, import_history, import_profile, preview, ImportMode, ImportPreview};
pub use validate::{
    Problem, EARLIEST, LATEST, MAX_DISMISSED, MAX_DISMISSED_KEY_CHARS, MAX_DOSE,
    MAX_EXERCISE_ID_CHARS, MAX_NOTE_CHARS, MAX_PAIN, MAX_SESSION_ID_CHARS,
};

/// The `format` of every export, so that a file from another app is recognised as such.
pub const EXPORT_FORMAT: &str = "rotation-rehab-export";
/// The shape of the export; files of a higher version are refused.
/// 2: sessions may have `pain_next_day` (history version 2); version 1 files read as they are.
pub const EXPORT_VERSION: u32 = 2;
/// The largest file accepted: years of sessions take well under a megabyte.
pub const MAX_IMPORT_BYTES: usize = 4 * 1024 * 1024;
/// The deepest nesting accepted; an export nests about ten levels.
pub const MAX_DEPTH: usize = 32;

/// Everything the app keeps about a person, as one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    pub version: u32,
    /// When the file was made, as the device's clock read (0 for a document's stored copy).
    pub exported_at: Millis,
    pub profile: Profile,
    pub history: History,
    /// Which of the two the file holds; one it does not hold is empty here and never imported.
    #[serde(skip)]
    pub contents: Contents,
}

/// Which documents an import file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Contents {
    /// An export: the profile and the history.
    #[default]
    Everything,
    /// The profile's stored copy alone: the history here is left as it is.
    ProfileOnly,
    /// The history's stored copy alone: the profile here is left as it is.
    HistoryOnly,
}

impl Contents {
    pub fn has_profile(self) -> bool {
        self != Contents::HistoryOnly
    }

    pub fn has_history(self) -> bool {
        self != Contents::ProfileOnly
    }
}

impl Export {
    pub fn new(profile: Profile, history: History, now: Millis) -> Export {
        Export {
            format: EXPORT_FORMAT.to_string(),
            version: EXPORT_VERSION,
            exported_at: now,
            profile,
            history,
            contents: Contents::Everything,
        }
    }
}

/// The same fields, borrowed, so exporting copies nothing.
#[derive(Serialize)]
struct ExportRef<'a> {
    format: &'a str,
    version: u32,
    exported_at: Millis,
    profile: &'a Profile,
    history: &'a History,
}

/// The export file's text (compact JSON, fields always in the same order).
pub fn export_json(profile: &Profile, history: &History, now: Millis) -> String {
    let export = ExportRef {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_at: now,
        profile,
        history,
    };
    // Serialising plain data to a string cannot fail.
    serde_json::to_string(&export).unwrap_or_default()
}

/// Why a file was not imported. Nothing was changed in every case.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    Empty,
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        bytes: usize,
    },
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The JSON ends in the middle.
    Truncated,
    /// Not JSON at all (a photo, a CSV, a document).
    NotJson {
        line: usize,
        column: usize,
    },
    /// Valid JSON, but not this app's export.
    NotOurs,
    /// Made by a newer version of the app.
    Newer {
        version: u64,
    },
    /// A document's stored copy, of a schema newer than this app reads.
    NewerCopy {
        version: u32,
    },
    /// A value of the wrong type, or a missing field: where, and serde's technical account.
    Shape {
        at: String,
        detail: String,
    },
    /// A value the app would never have written.
    Invalid {
        at: String,
        problem: Problem,
    },
}

const NOTHING_CHANGED: &str = "Nothing was imported.";

impl ImportError {
    /// A message for the person.
    pub fn message(&self) -> String {
        let cut_short = "The file is cut short or is not a backup from this app";
        let what = match self {
            ImportError::Empty => "The file is empty.".to_string(),
            ImportError::TooLarge { bytes } => format!(
                "The file is too large ({:.1} MB; a backup from this app is at most {} MB).",
                // Rounded up, so that a file just over the limit does not read as 4.0 MB.
                (*bytes as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0,
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
            ImportError::TooDeep => {
                "This file is not a Rotation Rehab backup: it is built far deeper than one."
                    .to_string()
            }
            ImportError::Truncated => format!("{cut_short} (it stops in the middle)."),
            ImportError::NotJson { line, column } => {
                format!("{cut_short} (it cannot be read from line {line}, column {column}).")
            }
            ImportError::NotOurs => "This file is not a Rotation Rehab backup.".to_string(),
            ImportError::Newer { version } => format!(
                "This backup was made by a newer version of the app (format {version}; this \
                 one reads up to {EXPORT_VERSION}). Update the app, then import it again."
            ),
            ImportError::NewerCopy { version } => format!(
                "This copy was saved by a newer version of the app (schema {version}). Update \
                 the app, then import it again."
            ),
            ImportError::Shape { at, .. } => {
                format!("Something in the file is not in the expected shape ({at}).")
            }
            ImportError::Invalid { at, problem } => {
                format!("Something in the file is not valid ({at}: {problem}).")
            }
        };
        format!("{what} {NOTHING_CHANGED}")
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

/// Only what tells an export from other JSON; every other field is skipped unread.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<Value>,
    #[serde(default)]
    version: Option<Value>,
}

/// Read an export file, refusing anything that is not a complete, valid export of this app
/// or an older version of it. The checks run cheapest first; nothing is written either way.
pub fn parse_import(text: &str) -> Result<Export, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // Some editors save a byte-order mark in front.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if scan::nests_deeper_than(text, MAX_DEPTH) {
        return Err(ImportError::TooDeep);
    }
    // Well-formed JSON? Checked without building anything.
    if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
        return Err(match e.classify() {
            Category::Eof => ImportError::Truncated,
            _ => ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            },
        });
    }
    if !text.trim_start().starts_with('{') {
        return Err(ImportError::NotOurs);
    }
    let header: Header = serde_json::from_str(text).map_err(|e| shape(text, &e))?;
    if header.format.is_none() {
        return stored_copy(text);
    }
    if header.format.as_ref().and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotOurs);
    }
    match header.version.as_ref().and_then(Value::as_u64) {
        Some(v) if v > u64::from(EXPORT_VERSION) => {
            return Err(ImportError::Newer { version: v });
        }
        Some(v) if v >= 1 => {}
        _ => {
            return Err(ImportError::Shape {
                at: "version".into(),
                detail: "the version is not a whole number from 1".into(),
            })
        }
    }
    let mut export: Export = serde_json::from_str(text).map_err(|e| shape(text, &e))?;
    // A version 1 file has the shape of version 2, without next-day answers: read as it is.
    export.version = EXPORT_VERSION;
    validate::validate(&export).map_err(|(at, problem)| ImportError::Invalid { at, problem })?;
    validate::repair(&mut export);
    Ok(export)
}

/// The keys of a stored document's envelope `{"v","rev","data"}`, to tell which one it is.
#[derive(Deserialize)]
struct StoredHeader {
    v: u32,
    data: std::collections::BTreeMap<String, IgnoredAny>,
}

/// A stored document's data, read in place.
#[derive(Deserialize)]
struct Stored<T> {
    data: T,
}

/// The fields of a stored profile: any one of them tells a profile from other data.
const PROFILE_FIELDS: [&str; 8] = [
    "safety_ok_at",
    "level",
    "equipment",
    "plan",
    "settings",
    "dismissed",
    "last_backup_at",
    "install_hint_dismissed_at",
];

/// A document's stored copy, as "Download it" gives one set aside as unreadable: an export of
/// that document alone, checked like any export. Its errors are located under `data`.
fn stored_copy(text: &str) -> Result<Export, ImportError> {
    let header: StoredHeader = serde_json::from_str(text).map_err(|_| ImportError::NotOurs)?;
    let mut export = Export::new(Profile::default(), History::default(), 0);
    if header.data.contains_key("sessions") {
        export.history = read_stored(text, header.v)?;
        export.contents = Contents::HistoryOnly;
    } else if PROFILE_FIELDS.iter().any(|f| header.data.contains_key(*f)) {
        export.profile = read_stored(text, header.v)?;
        export.contents = Contents::ProfileOnly;
    } else {
        return Err(ImportError::NotOurs);
    }
    validate::validate(&export).map_err(|(at, problem)| {
        let at = match at.split_once('.') {
            Some(("profile" | "history", rest)) => format!("data.{rest}"),
            _ => at,
        };
        ImportError::Invalid { at, problem }
    })?;
    validate::repair(&mut export);
    Ok(export)
}

/// The data of a stored document of schema version `v`, migrated as the store would.
fn read_stored<T: Document>(text: &str, v: u32) -> Result<T, ImportError> {
    if v > T::VERSION {
        return Err(ImportError::NewerCopy { version: v });
    }
    if v >= T::READS_AS_IS_FROM && v >= 1 {
        let stored: Stored<T> = serde_json::from_str(text).map_err(|e| shape(text, &e))?;
        return Ok(stored.data);
    }
    document::decode::<T>(text)
        .map(|(value, _)| value)
        .map_err(|e| match e {
            DecodeError::Newer { version, .. } => ImportError::NewerCopy { version },
            DecodeError::Unreadable(detail) => ImportError::Shape {
                at: if v == 0 { "v" } else { "data" }.into(),
                detail,
            },
        })
}

/// A type error, located in the text.
fn shape(text: &str, error: &serde_json::Error) -> ImportError {
    let mut at = scan::path_at(text, scan::offset_of(text, error.line(), error.column()));
    let detail = error.to_string();
    // A missing field is reported at the end of its object: name the field itself.
    if let Some(field) = detail
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        if !at.is_empty() {
            at.push('.');
        }
        at.push_str(field);
    }
    ImportError::Shape {
        at: if at.is_empty() {
            "the file as a whole".into()
        } else {
            at
        },
        detail,
    }
}
