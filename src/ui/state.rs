//! The app's state, held in signals and shared through context, and the one path by which
//! it is persisted: components change state with `update_profile`, which saves it.

use crate::core::Millis;
use crate::platform::clock;
use crate::store::{self, BrowserStorage, LoadProblem, Profile, Repository, SaveError};
use leptos::prelude::*;

/// Something the user must know: a problem with their stored data, or a failed save.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
    /// A key whose raw text the user can download (a backup of unreadable data).
    pub download_key: Option<String>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub profile: RwSignal<Profile>,
    pub notices: RwSignal<Vec<Notice>>,
    repository: StoredValue<Repository, LocalStorage>,
}

pub fn provide() {
    let now = clock::now();
    let mut repository = match BrowserStorage::open() {
        Some(storage) => Repository::new(Box::new(storage)),
        None => Repository::in_memory(),
    };
    let loaded = repository.load::<Profile>(now);
    let state = AppState {
        profile: RwSignal::new(loaded.value),
        notices: RwSignal::new(Vec::new()),
        repository: StoredValue::new_local(repository),
    };
    if !state.repository.with_value(Repository::is_persistent) {
        state.notify(
            "This browser does not let the app store anything, so nothing you do here will be kept after you close it. Private browsing often does this.",
            None,
        );
    }
    if let Some(problem) = loaded.problem {
        state.tell_load_problem("your settings and plan", problem);
    }
    provide_context(state);
}

/// The sentence a person reads when something was not saved.
pub fn save_failure(what: &str, error: &SaveError) -> String {
    match error {
        SaveError::Conflict { .. } => {
            format!("{what} changed in another tab; that newer copy was kept")
        }
        other => format!("Changes to {what} were {other}."),
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    pub fn notify(&self, text: impl Into<String>, download_key: Option<String>) {
        let text = text.into();
        self.notices.update(|notices| {
            if notices.iter().any(|n| n.text == text) {
                return;
            }
            let id = notices.iter().map(|n| n.id + 1).max().unwrap_or(0);
            notices.push(Notice { id, text, download_key });
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.notices.update(|notices| notices.retain(|n| n.id != id));
    }

    fn tell_load_problem(&self, what: &str, problem: LoadProblem) {
        match problem {
            LoadProblem::Unreadable { backup_key, .. } => self.notify(
                format!("The stored copy of {what} could not be read, so the app started afresh. The unreadable copy is kept: you can download it."),
                Some(backup_key),
            ),
            LoadProblem::UnreadableAndStuck { .. } => self.notify(
                format!("The stored copy of {what} could not be read, and there was no room to set it aside. It is left untouched and nothing new will be saved until you download it and free some space."),
                Some(store::Kind::Profile.key()),
            ),
            LoadProblem::Unavailable(e) => {
                self.notify(format!("Could not read {what}: {e}. The app runs, but keeps nothing."), None)
            }
        }
    }

    /// Change the profile and save it. If another tab saved a newer profile meanwhile, the
    /// change is applied on top of that one instead of overwriting it. A failed save leaves
    /// the stored copy as it was and tells the user; the change stays on screen.
    pub fn update_profile(&self, change: impl Fn(&mut Profile)) {
        self.profile.update(&change);
        if let Err(SaveError::Conflict { .. }) = self.try_save_profile() {
            self.reload_profile();
            self.profile.update(&change);
            if let Err(error) = self.try_save_profile() {
                self.notify(save_failure("your settings", &error), None);
            }
        }
    }

    fn try_save_profile(&self) -> Result<(), SaveError> {
        let result = self.profile.with_untracked(|profile| {
            self.repository.try_update_value(|repository| repository.save(profile))
        });
        match result {
            Some(Err(SaveError::Conflict { stored_rev })) => Err(SaveError::Conflict { stored_rev }),
            Some(Err(error)) => {
                self.notify(save_failure("your settings", &error), None);
                Err(error)
            }
            _ => Ok(()),
        }
    }

    /// Take the stored profile as it is now (another tab changed it).
    pub fn reload_profile(&self) {
        let now = clock::now();
        let loaded = self.repository.try_update_value(|r| r.load::<Profile>(now));
        if let Some(loaded) = loaded {
            if loaded.problem.is_none() {
                self.profile.set(loaded.value);
            }
        }
    }

    pub fn raw_stored(&self, key: &str) -> Option<String> {
        self.repository.with_value(|r| r.raw(key))
    }

    pub fn now(&self) -> Millis {
        clock::now()
    }
}
