//! The history of sessions, and the workout in progress (kept after every step so that a
//! reload, a crash or a closed tab can resume it).

use super::document::{Document, Kind};
use crate::core::session::SessionRecord;
use crate::core::workout::Workout;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct History {
    /// Oldest first: new sessions are appended.
    pub sessions: Vec<SessionRecord>,
}

impl History {
    /// Add a session, unless one with the same id is already there (a double tap on Save, or
    /// the same session saved by another tab).
    pub fn add(&mut self, session: SessionRecord) -> bool {
        if self.sessions.iter().any(|s| s.id == session.id) {
            return false;
        }
        let at = self
            .sessions
            .partition_point(|s| s.started_at <= session.started_at);
        self.sessions.insert(at, session);
        true
    }

    pub fn find(&self, id: &str) -> Option<&SessionRecord> {
        self.sessions.iter().find(|s| s.id == id)
    }

    pub fn find_mut(&mut self, id: &str) -> Option<&mut SessionRecord> {
        self.sessions.iter_mut().find(|s| s.id == id)
    }

    /// Take the session out; false when there is none with this id (already deleted, perhaps
    /// in another tab).
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.sessions.len();
        self.sessions.retain(|s| s.id != id);
        self.sessions.len() != before
    }
}

impl Document for History {
    const KIND: Kind = Kind::History;
    /// 2: a session may have `pain_next_day`. Version 1 reads as it is (none has it), but an
    /// app that knows only version 1 must not save over a version 2 history and drop answers.
    const VERSION: u32 = 2;
    const READS_AS_IS_FROM: u32 = 1;
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ActiveWorkout {
    pub workout: Option<Workout>,
}

impl Document for ActiveWorkout {
    const KIND: Kind = Kind::Workout;
    /// 2: the workout may hold the summary's check-in. Version 1 reads as it is, and an app
    /// that knows only version 1 must not save over the answers. 3: an exercise may start on
    /// the right side (`WorkoutItem::right_first`); an app that knows only version 2 would
    /// rebuild the blocks left first and resume on the wrong side.
    const VERSION: u32 = 3;
    const READS_AS_IS_FROM: u32 = 1;
}
