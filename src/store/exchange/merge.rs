//! What an import will change, said before it happens, and the import itself: merge (nothing
//! here is lost) or replace (everything here becomes the file's).

use std::collections::{HashMap, HashSet};

use super::{Contents, Export};
use crate::core::session::SessionRecord;
use crate::core::Millis;
use crate::store::{History, Profile};

/// How an import combines the file with what is here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Sessions are added to the ones here; on the same id, the one here is kept. The plan
    /// and settings here are kept, unless this device is not set up and the file is.
    Merge,
    /// The file's profile and sessions take the place of everything here (of the one document
    /// here, for a file that holds one: see [`Contents`]).
    Replace,
}

/// What an import would do, counted before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    /// In the file, not here.
    pub sessions_new: usize,
    /// In both, identical.
    pub sessions_same: usize,
    /// Same id in both, different details.
    pub sessions_conflicting: usize,
    /// Here, not in the file: removed by `Replace`.
    pub sessions_only_here: usize,
    /// The file's profile (plan, level, equipment, settings) differs from the one here.
    pub profile_differs: bool,
    pub profile_set_up_here: bool,
    pub profile_set_up_in_file: bool,
    /// When the file was made.
    pub exported_at: Millis,
    /// Which documents the file holds; the other one here is kept whatever the mode.
    pub contents: Contents,
    /// The file's sessions dated after now: saved while a clock was wrong, or edited by hand.
    pub sessions_dated_ahead: usize,
}

/// Equal but for the facts about this device, which an import never changes.
fn same_profile(a: &Profile, b: &Profile) -> bool {
    let strip = |p: &Profile| p.clone().with_device_facts_of(&Profile::default());
    strip(a) == strip(b)
}

/// Count what an import of `incoming` would add, keep and lose, at `now`.
pub fn preview(
    current_profile: &Profile,
    current_history: &History,
    incoming: &Export,
    now: Millis,
) -> ImportPreview {
    let here: HashMap<&str, &SessionRecord> = current_history
        .sessions
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let with_profile = incoming.contents.has_profile();
    let mut p = ImportPreview {
        sessions_new: 0,
        sessions_same: 0,
        sessions_conflicting: 0,
        sessions_only_here: 0,
        profile_differs: with_profile && !same_profile(current_profile, &incoming.profile),
        profile_set_up_here: current_profile.is_set_up(),
        profile_set_up_in_file: with_profile && incoming.profile.is_set_up(),
        exported_at: incoming.exported_at,
        contents: incoming.contents,
        sessions_dated_ahead: incoming
            .history
            .sessions
            .iter()
            .filter(|s| s.is_dated_after(now))
            .count(),
    };
    for session in &incoming.history.sessions {
        match here.get(session.id.as_str()) {
            None => p.sessions_new += 1,
            Some(existing) if *existing == session => p.sessions_same += 1,
            Some(_) => p.sessions_conflicting += 1,
        }
    }
    if !incoming.contents.has_history() {
        return p;
    }
    let in_file: HashSet<&str> = incoming
        .history
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    p.sessions_only_here = current_history
        .sessions
        .iter()
        .filter(|s| !in_file.contains(s.id.as_str()))
        .count();
    p
}

impl ImportPreview {
    /// Whether `Merge` takes the file's profile (this device is not set up, the file is).
    pub fn merge_takes_profile(&self) -> bool {
        self.profile_differs && !self.profile_set_up_here && self.profile_set_up_in_file
    }

    /// Whether the import would remove or overwrite anything here: the UI must then ask the
    /// person to confirm explicitly. `Merge` never does.
    pub fn loses_data(&self, mode: ImportMode) -> bool {
        match mode {
            ImportMode::Merge => false,
            ImportMode::Replace => {
                self.sessions_only_here > 0
                    || self.sessions_conflicting > 0
                    || (self.profile_differs && self.profile_set_up_here)
            }
        }
    }

    /// Whether the import would change anything at all.
    pub fn changes_anything(&self, mode: ImportMode) -> bool {
        match mode {
            ImportMode::Merge => self.sessions_new > 0 || self.merge_takes_profile(),
            ImportMode::Replace => {
                self.sessions_new > 0 || self.loses_data(mode) || self.profile_differs
            }
        }
    }

    /// What will happen, in plain words, for the confirmation screen.
    pub fn summary(&self, mode: ImportMode) -> String {
        match mode {
            ImportMode::Merge => self.merge_summary(),
            ImportMode::Replace => self.replace_summary(),
        }
    }

    /// What the person should know about sessions dated after today, whichever the mode: the
    /// app sets them aside until their date (`core::session::happened`), and only they can
    /// tell a wrong clock from a hand-edited file.
    pub fn dated_ahead_note(&self) -> Option<String> {
        match self.sessions_dated_ahead {
            0 => None,
            1 => Some(
                "1 session in the file is dated after today: the clock of the device that saved \
                 it was probably wrong. It is imported as saved and counts from its date on; you \
                 can delete it in History."
                    .into(),
            ),
            n => Some(format!(
                "{n} sessions in the file are dated after today: the clock of the device that \
                 saved them was probably wrong. They are imported as saved and count from their \
                 dates on; you can delete them in History."
            )),
        }
    }

    fn merge_summary(&self) -> String {
        if self.contents == Contents::ProfileOnly {
            let profile = if self.merge_takes_profile() {
                " The plan and settings from the file are used, as this device is not set up yet."
            } else if self.profile_differs {
                " Your plan and settings here are kept."
            } else {
                " They are the same as here."
            };
            return format!("{PROFILE_ONLY}{profile}");
        }
        let mut clauses = vec![match self.sessions_new {
            0 => "No sessions will be added".to_string(),
            n => format!("{} will be added", sessions(n)),
        }];
        match self.sessions_same {
            0 => {}
            1 => clauses.push("1 already here is kept as it is".into()),
            n => clauses.push(format!("{n} already here are kept as they are")),
        }
        match self.sessions_conflicting {
            0 => {}
            1 => clauses.push("1 that differs from the copy here keeps the version here".into()),
            n => clauses.push(format!(
                "{n} that differ from the copies here keep the versions here"
            )),
        }
        let profile = if self.merge_takes_profile() {
            " The plan and settings from the file are used, as this device is not set up yet."
        } else if self.profile_differs {
            " Your plan and settings here are kept."
        } else {
            ""
        };
        format!("{}.{profile}{}", clauses.join("; "), self.kept_note())
    }

    /// What a file of one document leaves as it is, said after the rest.
    fn kept_note(&self) -> &'static str {
        match self.contents {
            Contents::HistoryOnly => HISTORY_ONLY,
            _ => "",
        }
    }

    fn replace_summary(&self) -> String {
        if self.contents == Contents::ProfileOnly {
            let profile = match (self.profile_differs, self.profile_set_up_here) {
                (true, true) => " Your plan and settings will be replaced by the file's.",
                (true, false) => " The plan and settings from the file are used.",
                (false, _) => " They are the same as here.",
            };
            return format!("{PROFILE_ONLY}{profile}");
        }
        let mut losses = Vec::new();
        match self.sessions_only_here {
            0 => {}
            1 => losses.push("1 session that is only on this device will be removed".to_string()),
            n => losses.push(format!(
                "{n} sessions that are only on this device will be removed"
            )),
        }
        match self.sessions_conflicting {
            0 => {}
            1 => losses.push("1 session here will be replaced by the file's version".into()),
            n => losses.push(format!(
                "{n} sessions here will be replaced by the file's versions"
            )),
        }
        if self.profile_differs && self.profile_set_up_here {
            losses.push("your plan and settings will be replaced by the file's".into());
        }
        let whole = match self.contents {
            Contents::HistoryOnly => "The sessions here are replaced by the file's",
            _ => "Everything here is replaced by the file",
        };
        let mut text = if losses.is_empty() {
            format!("{whole}; nothing here is lost.")
        } else {
            format!("{whole}: {}.", join_and(&losses))
        };
        if self.sessions_new > 0 {
            text.push_str(&format!(" {} will be added.", sessions(self.sessions_new)));
        }
        if self.profile_differs && !self.profile_set_up_here {
            text.push_str(" The plan and settings from the file are used.");
        }
        text.push_str(self.kept_note());
        text
    }
}

const PROFILE_ONLY: &str = "The file holds only a plan and settings: the sessions here are kept.";
const HISTORY_ONLY: &str = " The file holds only sessions: the plan and settings here are kept.";

fn sessions(n: usize) -> String {
    if n == 1 {
        "1 session".into()
    } else {
        format!("{n} sessions")
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The profile and history after importing `incoming` (already checked by `parse_import`).
/// Merging the same file twice changes nothing the second time. This device's facts
/// (`Profile::with_device_facts_of`) are kept either way.
pub fn apply_import(
    current_profile: &Profile,
    current_history: &History,
    incoming: Export,
    mode: ImportMode,
) -> (Profile, History) {
    (
        import_profile(current_profile, &incoming, mode),
        import_history(current_history, &incoming, mode),
    )
}

/// The profile after the import: each document follows from its own current value only, so
/// a save that meets a newer copy (another tab) can redo the import on that copy.
pub fn import_profile(current: &Profile, incoming: &Export, mode: ImportMode) -> Profile {
    let take = incoming.contents.has_profile()
        && match mode {
            ImportMode::Merge => !current.is_set_up() && incoming.profile.is_set_up(),
            ImportMode::Replace => true,
        };
    if take {
        incoming.profile.clone().with_device_facts_of(current)
    } else {
        current.clone()
    }
}

/// The history after the import (see [`import_profile`]).
pub fn import_history(current: &History, incoming: &Export, mode: ImportMode) -> History {
    if !incoming.contents.has_history() {
        return current.clone();
    }
    match mode {
        ImportMode::Merge => {
            let mut history = current.clone();
            for session in &incoming.history.sessions {
                history.add(session.clone());
            }
            history
        }
        ImportMode::Replace => {
            let mut sessions = incoming.history.sessions.clone();
            // History keeps sessions oldest first; a hand-edited file may not.
            sessions.sort_by_key(|s| s.started_at);
            History { sessions }
        }
    }
}
