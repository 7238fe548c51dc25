//! The app's state, held in signals and shared through context, and the one path by which
//! it is persisted: screens change a document with `change_*`, which saves it at once.

use crate::core::workout::Workout;
use crate::core::Millis;
use crate::platform::clock;
use crate::store::exchange::{Export, ImportMode};
use crate::store::{
    ActiveWorkout, BrowserStorage, Document, History, Kind, LoadProblem, Profile, Repository,
    SaveError,
};
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
    pub history: RwSignal<History>,
    /// The workout in progress, or just ended and waiting for its check-in.
    pub active: RwSignal<ActiveWorkout>,
    /// A workout was running when the page loaded (a reload, a crash, a closed tab): the
    /// workout screen offers to carry on or to save it as it is.
    pub resumed: RwSignal<bool>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The session deleted last, for "Undo".
    pub last_deleted: RwSignal<Option<crate::core::session::SessionRecord>>,
    /// The first screen has been built, a task ago (`components::mark_screen_shown`). Work that
    /// would compete with its first render waits for it.
    pub screen_shown: RwSignal<bool>,
    /// Pages of History's list shown ("Show older sessions"), kept while the app is open: Back
    /// from an older session returns to a list that still holds it.
    pub history_pages: RwSignal<usize>,
    /// The browser refused the service worker: the app will not open without a connection.
    pub offline_refused: RwSignal<bool>,
    repository: StoredValue<Repository, LocalStorage>,
}

/// What each document is called in messages.
fn describe(kind: Kind) -> &'static str {
    match kind {
        Kind::Profile => "your settings and plan",
        Kind::History => "your history",
        Kind::Workout => "the workout in progress",
    }
}

/// Open the storage and put the app's state in context, with the profile and the workout in
/// progress read. The history, the largest document by far, is read by [`load_history`], in a
/// task of its own (see `ui::mount`).
pub fn provide() {
    let now = clock::now();
    let mut repository = match BrowserStorage::open() {
        Some(storage) => Repository::open(Box::new(storage)),
        None => Repository::in_memory(),
    };
    let profile = repository.load::<Profile>(now);
    let active = repository.load::<ActiveWorkout>(now);
    let resumed = active.value.workout.as_ref().is_some_and(|w| !w.is_over());
    let state = AppState {
        resumed: RwSignal::new(resumed),
        profile: RwSignal::new(profile.value),
        history: RwSignal::new(History::default()),
        active: RwSignal::new(active.value),
        notices: RwSignal::new(Vec::new()),
        last_deleted: RwSignal::new(None),
        screen_shown: RwSignal::new(false),
        history_pages: RwSignal::new(1),
        offline_refused: RwSignal::new(false),
        repository: StoredValue::new_local(repository),
    };
    if !state.repository.with_value(Repository::is_persistent) {
        state.notify(
            "This browser does not let the app store anything, so nothing you do here will be kept after you close it. Private browsing often does this.",
            None,
        );
    }
    if state.repository.with_value(Repository::was_full_at_start) {
        state.notify(
            "The browser's storage for this app is full. Everything stored so far is still here, but nothing new can be saved until there is room. Download a backup from Settings to keep a copy, then free some space, for example by deleting sessions you no longer need.",
            None,
        );
    }
    for (kind, problem) in [
        (Kind::Profile, profile.problem),
        (Kind::Workout, active.problem),
    ] {
        if let Some(problem) = problem {
            state.tell_load_problem(kind, problem);
        }
    }
    listen_to_other_tabs(state);
    provide_context(state);
}

/// Read the stored history into the state: after [`provide`], before any screen is built.
pub fn load_history() {
    let state = use_app();
    let now = clock::now();
    let Some(history) = state
        .repository
        .try_update_value(|r| r.load::<History>(now))
    else {
        return;
    };
    state.history.set(history.value);
    if let Some(problem) = history.problem {
        state.tell_load_problem(Kind::History, problem);
    }
}

/// Another tab saved: take its copy, so neither tab works on stale data.
fn listen_to_other_tabs(state: AppState) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        let Some(key) = event.key() else { return };
        if key == Kind::Profile.key() {
            state.reload(state.profile);
        } else if key == Kind::History.key() {
            state.reload(state.history);
        } else if key == Kind::Workout.key() {
            state.reload(state.active);
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The sentence a person reads when something was not saved. `unsaved`: the screen still
/// shows the change (the stored copy could not be read to put back).
pub fn save_failure(kind: Kind, error: &SaveError, unsaved: bool) -> String {
    let what = describe(kind);
    match error {
        SaveError::Conflict { .. } => format!("Changes to {what} were made in another tab at the same time; that copy was kept."),
        other if unsaved => format!("Changes to {what} were {other}. What you see is not stored yet; download a backup from Settings if it matters."),
        other => format!("Changes to {what} were {other}. They are undone here, so what you see is what is stored."),
    }
}

/// The one sentence a person reads when an import was not made. `history_kept`: the sessions
/// were imported and could not be taken back, only the plan and settings were not.
fn import_failure(kind: Kind, error: &SaveError, history_kept: bool) -> String {
    let what = describe(kind);
    let why = match error {
        SaveError::Conflict { .. } => {
            format!("{what} changed in another tab at the same time, and that copy was kept")
        }
        other => format!("changes to {what} were {other}"),
    };
    if history_kept {
        format!("Your sessions were imported, but not the plan and settings: {why}.")
    } else {
        format!("Nothing was imported: {why}.")
    }
}

impl AppState {
    pub fn notify(&self, text: impl Into<String>, download_key: Option<String>) {
        let text = text.into();
        self.notices.update(|notices| {
            if notices.iter().any(|n| n.text == text) {
                return;
            }
            let id = notices.iter().map(|n| n.id + 1).max().unwrap_or(0);
            notices.push(Notice {
                id,
                text,
                download_key,
            });
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.notices
            .update(|notices| notices.retain(|n| n.id != id));
    }

    fn tell_load_problem(&self, kind: Kind, problem: LoadProblem) {
        let what = describe(kind);
        match problem {
            LoadProblem::Unreadable { backup_key, .. } => self.notify(
                format!("The stored copy of {what} could not be read, so the app started afresh. The unreadable copy is kept aside: you can download it."),
                Some(backup_key),
            ),
            LoadProblem::UnreadableAndStuck { .. } => self.notify(
                format!("The stored copy of {what} could not be read, and there was no room to set it aside. It is left untouched, and nothing new will be saved over it. Download it, then free some space."),
                Some(kind.key()),
            ),
            LoadProblem::Newer { .. } => self.notify(
                format!("The stored copy of {what} was saved by a newer version of the app, in another tab or window. Reload this page to use that version: until then this page saves nothing, so nothing is overwritten."),
                None,
            ),
            LoadProblem::Unavailable(e) => {
                self.notify(format!("Could not read {what}: {e}. The app runs, but keeps nothing."), None)
            }
        }
    }

    /// Change a document and save it (`Repository::change`): on top of a newer copy another
    /// tab saved meanwhile, and put back to the stored copy when the save fails, so that the
    /// screen never shows what is not stored. The user is told of a failure.
    fn change<T: Document + Clone + Send + Sync + 'static>(
        &self,
        signal: RwSignal<T>,
        change: impl Fn(&mut T),
    ) -> bool {
        self.change_keeping(signal, change, false)
    }

    /// `change`, and with `keep_unsaved`, a change that could not be saved (storage full or
    /// blocked, not another tab's newer copy) is kept in this tab anyway, and the person told
    /// it is not stored: for a workout, which must run even when nothing can be stored.
    fn change_keeping<T: Document + Clone + Send + Sync + 'static>(
        &self,
        signal: RwSignal<T>,
        change: impl Fn(&mut T),
        keep_unsaved: bool,
    ) -> bool {
        let now = clock::now();
        let mut changed = None;
        signal.update(|value| {
            changed = self
                .repository
                .try_update_value(|r| r.change(value, &change, now));
        });
        let Some(changed) = changed else {
            return false;
        };
        if let Some(problem) = changed.problem {
            self.tell_load_problem(T::KIND, problem);
        }
        match changed.saved {
            Ok(()) => true,
            Err(error) => {
                let keep = keep_unsaved && !matches!(error, SaveError::Conflict { .. });
                // Put the change back, unless the stored copy could not be read and the
                // value in hand still holds it.
                if keep && !changed.unsaved {
                    signal.update(&change);
                }
                self.notify(save_failure(T::KIND, &error, changed.unsaved || keep), None);
                keep
            }
        }
    }

    fn try_save<T: Document + Clone + Send + Sync + 'static>(
        &self,
        signal: RwSignal<T>,
    ) -> Result<(), SaveError> {
        signal
            .with_untracked(|value| self.repository.try_update_value(|r| r.save(value)))
            .unwrap_or(Ok(()))
    }

    /// Take the stored copy of a document as it is now.
    fn reload<T: Document + Clone + Send + Sync + 'static>(&self, signal: RwSignal<T>) {
        let now = clock::now();
        if let Some(loaded) = self.repository.try_update_value(|r| r.load::<T>(now)) {
            match loaded.problem {
                None => signal.set(loaded.value),
                // This tab keeps its copy; the person hears why the stored one was not taken.
                Some(problem) => self.tell_load_problem(T::KIND, problem),
            }
        }
    }

    /// Change the profile and save it; a failure is shown to the user. False when the change
    /// was not kept.
    pub fn change_profile(&self, change: impl Fn(&mut Profile)) -> bool {
        self.change(self.profile, change)
    }

    /// Import a checked backup file, both documents or neither (`Repository::import`). False
    /// when it was not made; the user is then told why, in one message.
    pub fn import(&self, file: &Export, mode: ImportMode) -> bool {
        let now = clock::now();
        // Taken out of the signals for the import and put back after: no copy of the history.
        let mut history = self
            .history
            .try_update_untracked(std::mem::take)
            .unwrap_or_default();
        let mut profile = self
            .profile
            .try_update_untracked(std::mem::take)
            .unwrap_or_default();
        let imported = self
            .repository
            .try_update_value(|r| r.import(&mut profile, &mut history, file, mode, now));
        self.profile.set(profile);
        self.history.set(history);
        let Some(imported) = imported else {
            return false;
        };
        for (kind, problem) in imported.problems {
            self.tell_load_problem(kind, problem);
        }
        match imported.saved {
            Ok(()) => true,
            Err((kind, error)) => {
                self.notify(import_failure(kind, &error, imported.history_kept), None);
                false
            }
        }
    }

    pub fn change_history(&self, change: impl Fn(&mut History)) -> bool {
        self.change(self.history, change)
    }

    /// Store the workout in progress as it is now (after a step, not on every tick).
    pub fn save_workout(&self) -> bool {
        let saved = self.try_save(self.active);
        if let Err(error) = &saved {
            // The workout goes on as it is on screen: it is saved again after its next step.
            self.notify(save_failure(Kind::Workout, error, true), None);
        }
        saved.is_ok()
    }

    /// Send an event to the workout in progress. Subscribers are notified only when the core
    /// returns effects (something happened): a quiet tick leaves the screen to the clock.
    pub fn update_workout(
        &self,
        event: crate::core::workout::Event,
        now: Millis,
    ) -> Option<Vec<crate::core::workout::Effect>> {
        let mut result = None;
        self.active
            .maybe_update(|active| match active.workout.as_mut() {
                Some(workout) => {
                    let effects = workout.update(event, now);
                    let changed = !effects.is_empty();
                    result = Some(effects);
                    changed
                }
                None => false,
            });
        result
    }

    /// Apply `f` to the workout in progress without saving; the caller saves when the core
    /// asks for it.
    pub fn with_workout<R>(&self, f: impl FnOnce(&mut Workout) -> R) -> Option<R> {
        let mut result = None;
        self.active.update(|active| {
            if let Some(workout) = active.workout.as_mut() {
                result = Some(f(workout));
            }
        });
        result
    }

    /// Start a new workout, replacing nothing: refuses while one is in progress.
    pub fn begin_workout(&self, workout: Workout) -> bool {
        if self.active.with_untracked(|a| a.workout.is_some()) {
            return false;
        }
        // A workout begun here is not one resumed after a reload.
        self.resumed.set(false);
        // Only into an empty slot, on a retry too: a workout another tab has just begun is
        // taken, not replaced. When it cannot be stored, it runs from memory all the same.
        self.change_keeping(
            self.active,
            |a| {
                if a.workout.is_none() {
                    a.workout = Some(workout.clone());
                }
            },
            true,
        ) && self
            .active
            .with_untracked(|a| a.workout.as_ref() == Some(&workout))
    }

    /// Forget a finished workout without keeping its record, when the person chose to (the
    /// summary offers it when `core::safety::may_be_left_out` allows). One still running, here
    /// or in another tab, is never touched.
    pub fn discard_workout(&self) -> bool {
        self.change(self.active, |a| {
            if a.workout.as_ref().is_some_and(|w| w.is_over()) {
                a.workout = None;
            }
        })
    }

    /// Keep a finished workout's record in history, then forget the workout in progress.
    /// The workout is only cleared once the history save succeeded.
    pub fn archive_workout(&self, record: crate::core::session::SessionRecord) -> bool {
        if !self.change_history(|h| {
            h.add(record.clone());
        }) {
            return false;
        }
        self.change(self.active, |a| a.workout = None)
    }

    pub fn raw_stored(&self, key: &str) -> Option<String> {
        self.repository.with_value(|r| r.raw(key))
    }

    pub fn storage_usage(&self) -> (usize, bool) {
        self.repository
            .with_value(|r| (r.bytes_used(), r.is_persistent()))
    }

    pub fn now(&self) -> Millis {
        clock::now()
    }
}
