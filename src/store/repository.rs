//! The app's handle on its stored documents: one backend, and for each document the
//! revision it was loaded at, so every save can refuse to overwrite a newer copy.

use super::backend::{Backend, BackendError, MemoryBackend};
use super::document::{self, Document, Kind, LoadProblem, Loaded, SaveError};
use super::exchange::{import_history, import_profile, Export, ImportMode};
use super::{History, Profile, PREFIX};
use crate::core::Millis;
use std::cell::RefCell;

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    rev: u64,
    blocked: bool,
}

/// What [`Repository::change`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed {
    /// Whether the change was saved, or why not. When not, the value in hand is what is
    /// stored, unless `unsaved` says otherwise.
    pub saved: Result<(), SaveError>,
    /// The stored copy, read again on the way, could not be used: the person must be told.
    pub problem: Option<LoadProblem>,
    /// The change was not saved and the stored copy could not be read to put back: the value in
    /// hand still holds it (it may be the only copy of what was there before, so it is kept).
    pub unsaved: bool,
}

/// What [`Repository::import`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// Whether both documents were saved, or which one was not and why. When not, nothing
    /// was changed, unless `history_kept` says otherwise.
    pub saved: Result<(), (Kind, SaveError)>,
    /// The profile could not be saved after the history was, and the history could not be put
    /// back either: the sessions are imported, the profile is not.
    pub history_kept: bool,
    /// Stored copies read again on the way that could not be used: the person must be told.
    pub problems: Vec<(Kind, LoadProblem)>,
}

pub struct Repository {
    backend: Box<dyn Backend>,
    /// False when the browser gave no storage and everything lives in memory.
    persistent: bool,
    /// The storage refused a test write for want of room when it was opened: what is stored
    /// can be read, but saves will fail until space is freed.
    full_at_start: bool,
    slots: [Slot; 3],
}

/// Local storage holds about 5 MiB per origin; browsers count UTF-16, two bytes a character.
pub const QUOTA_BYTES: usize = 5 * 1024 * 1024;

impl Repository {
    pub fn new(backend: Box<dyn Backend>) -> Self {
        Repository {
            backend,
            persistent: true,
            full_at_start: false,
            slots: [Slot::default(); 3],
        }
    }

    /// A repository over the browser's storage, after a test write: a storage that refuses
    /// every access falls back to memory ([`Repository::in_memory`]), but a full one is kept,
    /// because what it holds can still be read (and downloaded as a backup); only its saves
    /// fail, each one reported. A full storage that holds nothing of this app's (old private
    /// modes refuse every write with a quota error) has nothing to show: memory serves better.
    pub fn open(backend: Box<dyn Backend>) -> Self {
        let probe = format!("{PREFIX}probe");
        let holds_ours = |backend: &dyn Backend| {
            backend
                .keys()
                .is_ok_and(|keys| keys.iter().any(|k| k.starts_with(PREFIX)))
        };
        match backend.set(&probe, "1") {
            Ok(()) if backend.remove(&probe).is_ok() => Repository::new(backend),
            Err(BackendError::QuotaExceeded) if holds_ours(&*backend) => Repository {
                full_at_start: true,
                ..Repository::new(backend)
            },
            _ => Repository::in_memory(),
        }
    }

    /// A repository that keeps nothing beyond this page's life.
    pub fn in_memory() -> Self {
        Repository {
            backend: Box::new(MemoryBackend::new()),
            persistent: false,
            full_at_start: false,
            slots: [Slot::default(); 3],
        }
    }

    pub fn is_persistent(&self) -> bool {
        self.persistent
    }

    /// Whether the storage was full when it was opened (see [`Repository::open`]).
    pub fn was_full_at_start(&self) -> bool {
        self.full_at_start
    }

    fn slot(&mut self, kind: Kind) -> &mut Slot {
        &mut self.slots[kind as usize]
    }

    pub fn load<T: Document>(&mut self, now: Millis) -> Loaded<T> {
        let loaded = document::load::<T>(self.backend.as_ref(), now);
        let blocked = loaded
            .problem
            .as_ref()
            .is_some_and(LoadProblem::blocks_saving);
        *self.slot(T::KIND) = Slot {
            rev: loaded.rev,
            blocked,
        };
        loaded
    }

    pub fn save<T: Document>(&mut self, value: &T) -> Result<(), SaveError> {
        let slot = *self.slot(T::KIND);
        if slot.blocked {
            return Err(SaveError::Blocked);
        }
        let rev = document::save(self.backend.as_ref(), value, slot.rev)?;
        self.slot(T::KIND).rev = rev;
        Ok(())
    }

    /// Whether saves of `kind` are refused, to protect a stored copy that could not be read.
    pub fn is_blocked(&self, kind: Kind) -> bool {
        self.slots[kind as usize].blocked
    }

    /// Change a document and save it. If another tab saved a newer copy meanwhile, the change
    /// is applied on top of that copy instead of overwriting it. When the save fails, `value`
    /// is put back to the stored copy: what is shown is always what is stored, and the next
    /// save of this document does not carry a change the person was told was not kept. A
    /// document whose saves are blocked is not changed at all.
    pub fn change<T: Document>(
        &mut self,
        value: &mut T,
        change: impl Fn(&mut T),
        now: Millis,
    ) -> Changed {
        let mut changed = Changed {
            saved: Err(SaveError::Blocked),
            problem: None,
            unsaved: false,
        };
        if self.is_blocked(T::KIND) {
            return changed;
        }
        change(value);
        changed.saved = self.save(value);
        if let Err(SaveError::Conflict { .. }) = changed.saved {
            // A stored copy that cannot be read is not taken: this copy is changed instead.
            let loaded = self.load::<T>(now);
            match loaded.problem {
                None => *value = loaded.value,
                Some(problem) => changed.problem = Some(problem),
            }
            change(value);
            changed.saved = self.save(value);
        }
        if changed.saved.is_err() {
            let loaded = self.load::<T>(now);
            match loaded.problem {
                None => *value = loaded.value,
                Some(problem) => {
                    changed.unsaved = true;
                    changed.problem.get_or_insert(problem);
                }
            }
        }
        changed
    }

    /// [`Repository::change`] for an import, which must leave nothing half done: when the save
    /// fails and the value in hand still holds the change (`unsaved`), it is put back to what
    /// the change was applied to. When saved, that earlier value is returned, for undoing it.
    fn change_or_put_back<T: Document + Clone>(
        &mut self,
        value: &mut T,
        change: impl Fn(&mut T),
        now: Millis,
    ) -> (Changed, Option<T>) {
        let before = RefCell::new(None);
        let changed = self.change(
            value,
            |v| {
                before.replace(Some(v.clone()));
                change(v);
            },
            now,
        );
        let before = before.into_inner();
        if changed.saved.is_ok() {
            return (changed, before);
        }
        if let (true, Some(before)) = (changed.unsaved, before) {
            *value = before;
        }
        (changed, None)
    }

    /// Import a checked file (`exchange::parse_import`): both documents, or neither. Nothing
    /// is written unless each document the import changes can be saved; the history is saved
    /// first, and if the profile then cannot be, the history is put back as it was. Each
    /// document follows from its current copy (see [`Repository::change`]), and `profile`
    /// and `history` are left as what is stored.
    pub fn import(
        &mut self,
        profile: &mut Profile,
        history: &mut History,
        file: &Export,
        mode: ImportMode,
        now: Millis,
    ) -> Imported {
        let mut imported = Imported {
            saved: Ok(()),
            history_kept: false,
            problems: Vec::new(),
        };
        // The profile is compared (a Merge on a set-up device keeps it); the history, whose
        // import takes long, is written whenever the file holds one.
        let history_changes = file.contents.has_history();
        let profile_changes = import_profile(profile, file, mode) != *profile;
        for (kind, changes) in [
            (Kind::History, history_changes),
            (Kind::Profile, profile_changes),
        ] {
            if changes && self.is_blocked(kind) {
                imported.saved = Err((kind, SaveError::Blocked));
                return imported;
            }
        }
        // The history as it was before the import (the copy another tab saved meanwhile, if
        // it did): what a failure of the profile puts back.
        let mut history_before = None;
        if history_changes {
            let (changed, before) =
                self.change_or_put_back(history, |h| *h = import_history(h, file, mode), now);
            imported
                .problems
                .extend(changed.problem.map(|p| (Kind::History, p)));
            if let Err(error) = changed.saved {
                imported.saved = Err((Kind::History, error));
                return imported;
            }
            history_before = before;
        }
        if profile_changes {
            let (changed, _) =
                self.change_or_put_back(profile, |p| *p = import_profile(p, file, mode), now);
            imported
                .problems
                .extend(changed.problem.map(|p| (Kind::Profile, p)));
            if let Err(error) = changed.saved {
                if let Some(before) = history_before {
                    match self.save(&before) {
                        Ok(()) => *history = before,
                        Err(_) => imported.history_kept = true,
                    }
                }
                imported.saved = Err((Kind::Profile, error));
            }
        }
        imported
    }

    /// Remove a document (e.g. the workout in progress once it is saved to history).
    pub fn clear(&mut self, kind: Kind) -> Result<(), SaveError> {
        if self.slots[kind as usize].blocked {
            return Err(SaveError::Blocked);
        }
        self.backend
            .remove(&kind.key())
            .map_err(SaveError::Backend)?;
        self.slots[kind as usize].rev = 0;
        Ok(())
    }

    /// The stored text of a key as it is, for the user to download (e.g. a backup).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.backend.get(key).ok().flatten()
    }

    /// The app's keys and their sizes in bytes as the browser counts them (UTF-16).
    pub fn usage(&self) -> Vec<(String, usize)> {
        let keys = self.backend.keys().unwrap_or_default();
        keys.into_iter()
            .filter(|k| k.starts_with(PREFIX))
            .map(|k| {
                let chars = self.raw(&k).map_or(0, |v| v.encode_utf16().count());
                let size = 2 * (k.encode_utf16().count() + chars);
                (k, size)
            })
            .collect()
    }

    pub fn bytes_used(&self) -> usize {
        self.usage().iter().map(|(_, size)| size).sum()
    }

    /// Copies of unreadable documents kept aside, newest last.
    pub fn backups(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(&format!("{PREFIX}backup/")))
            .collect();
        keys.sort();
        keys
    }
}
