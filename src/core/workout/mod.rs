//! The workout: a state machine that guides one session through its blocks.
//!
//! Elm-style: `Workout::update(event, now) -> Vec<Effect>` and `Workout::view(now)`. The core
//! never reads a clock and never counts ticks: it keeps when the current block started and how
//! long it was paused, so a pause, a reload or a phone locked for four minutes is arithmetic.
//! The whole `Workout` is serde data, stored after every step and resumed as it was.

mod blocks;
mod effects;
mod machine;
mod view;

pub use blocks::{
    build_blocks, items_for_today, Block, BlockKind, RepMode, WorkoutItem, WorkoutOptions,
    DEFAULT_GET_READY_SECONDS, MAX_SETS,
};
pub use effects::{BeepKind, Cue, Effect, VibratePattern};
pub use machine::{Event, MAX_AWAY_MS};
pub use view::{Coming, Direction, NextUp, Phase, RepsView, TempoView, WorkoutView};

use serde::{Deserialize, Serialize};

use super::session::{
    session_id, Effort, ExerciseLog, HurtKind, Load, LoadError, Outcome, RangeUsed, SessionRecord,
    SetLog,
};
use super::Millis;
use blocks::Plan;

/// A session in progress (or just over). Fields are private: change it through `update`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workout {
    plan: Plan,
    started_at: Millis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pain_before: Option<u8>,
    /// The current block; `blocks.len()` once the plan has run out.
    block: usize,
    block_started_at: Millis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    paused_at: Option<Millis>,
    /// Time paused in the current block, before `paused_at`.
    #[serde(default)]
    paused_ms: i64,
    /// Seconds added to the current rest, in ms.
    #[serde(default)]
    extra_ms: i64,
    /// Reps tapped in the current block.
    #[serde(default)]
    reps: u32,
    /// The last countdown second beeped, and in which block, so each beep fires once.
    #[serde(default)]
    last_cue_second: Option<(usize, u32)>,
    /// Logged work blocks, by block index, in order.
    #[serde(default)]
    done: Vec<(usize, SetLog)>,
    loads: Vec<Load>,
    ranges: Vec<Option<RangeUsed>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ended: Option<Ended>,
    /// When the app last saw the workout (its last update): after a long time away, the
    /// workout waits there instead of counting the time as exercise. `None` in a workout
    /// stored before this was kept: no limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seen_at: Option<Millis>,
    /// Since when the page has been hidden. Not stored: a page loaded again is seen.
    #[serde(skip)]
    hidden_at: Option<Millis>,
    /// The check-in answered on the summary, kept here until the session is saved to history,
    /// so that a reload or a phone that drops the page loses none of it. Three fields of the
    /// workout rather than a struct of its own: the stored workout is read at every start, and
    /// a struct's deserialiser would be 1.2 KB more of the first download.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    check_pain_after: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    check_effort: Option<Effort>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    check_note: String,
}

/// The answers at the end of a session: pain now, how hard it felt, a note.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckIn {
    pub pain_after: Option<u8>,
    pub effort: Option<Effort>,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Ended {
    at: Millis,
    outcome: Outcome,
}

impl Ended {
    /// The stop rule, answered on the end screen: it says why the session stopped. A red flag
    /// stays recorded whatever is tapped after it, since it is what tells the person to get
    /// checked. True when the outcome changed.
    fn record_stop(&mut self, kind: HurtKind) -> bool {
        let stopped = Outcome::Stopped(kind);
        if self.outcome == stopped || self.outcome == Outcome::Stopped(HurtKind::RedFlag) {
            return false;
        }
        self.outcome = stopped;
        true
    }
}

impl Workout {
    /// Starts a workout at `now` on its first block. Pain before is on a 0-10 scale.
    pub fn start(
        items: Vec<WorkoutItem>,
        options: WorkoutOptions,
        pain_before: Option<u8>,
        now: Millis,
    ) -> (Workout, Vec<Effect>) {
        let n = items.len();
        let mut workout = Workout {
            plan: Plan::new(items, options),
            started_at: now,
            pain_before: pain_before.map(|p| p.min(10)),
            block: 0,
            block_started_at: now,
            paused_at: None,
            paused_ms: 0,
            extra_ms: 0,
            reps: 0,
            last_cue_second: None,
            done: Vec::new(),
            loads: vec![Load::None; n],
            ranges: vec![None; n],
            ended: None,
            seen_at: Some(now),
            hidden_at: None,
            check_pain_after: None,
            check_effort: None,
            check_note: String::new(),
        };
        let mut fx = vec![Effect::KeepAwake(true)];
        fx.extend(workout.begin(now));
        (workout, fx)
    }

    /// Records the load used on an exercise. Persist afterwards: the result holds `Save`.
    pub fn set_load(&mut self, exercise: usize, load: Load) -> Result<Vec<Effect>, LoadError> {
        load.validate()?;
        let slot = self
            .loads
            .get_mut(exercise)
            .ok_or(LoadError::NoSuchExercise(exercise))?;
        *slot = match load {
            Load::Band(name) => Load::Band(name.trim().to_string()),
            other => other,
        };
        Ok(vec![Effect::Save])
    }

    /// Records the range of movement used on an exercise.
    pub fn set_range(
        &mut self,
        exercise: usize,
        range: Option<RangeUsed>,
    ) -> Result<Vec<Effect>, LoadError> {
        let slot = self
            .ranges
            .get_mut(exercise)
            .ok_or(LoadError::NoSuchExercise(exercise))?;
        *slot = range;
        Ok(vec![Effect::Save])
    }

    /// The record for history. If the workout is still running, as if it were ended early
    /// at `now` (the state itself is not changed).
    pub fn finish(&self, now: Millis) -> SessionRecord {
        let Some(ended) = self.ended else {
            let mut ended = self.clone();
            ended.update(Event::EndEarly, now);
            return ended.finish(now);
        };
        let exercises = self
            .plan
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| ExerciseLog {
                exercise: item.exercise.clone(),
                prescription: item.prescription,
                load: self.loads.get(i).cloned().unwrap_or_default(),
                range: self.ranges.get(i).copied().flatten(),
                sets: self
                    .done
                    .iter()
                    .filter(|(b, _)| self.plan.blocks.get(*b).is_some_and(|b| b.exercise == i))
                    .map(|(_, log)| log.clone())
                    .collect(),
            })
            .collect();
        let mut record = SessionRecord {
            id: session_id(self.started_at),
            started_at: self.started_at,
            // A clock set back that the workout could not follow (one stored before it kept
            // `seen_at`) must not make the session end before it starts.
            ended_at: ended.at.max(self.started_at),
            exercises,
            pain_before: self.pain_before,
            pain_after: None,
            pain_next_day: None,
            effort: None,
            note: String::new(),
            outcome: ended.outcome,
        };
        record.set_check_in(self.check_pain_after, self.check_effort, &self.check_note);
        record
    }

    /// The check-in as answered so far.
    pub fn check_in(&self) -> CheckIn {
        CheckIn {
            pain_after: self.check_pain_after,
            effort: self.check_effort,
            note: self.check_note.clone(),
        }
    }

    /// Keep the check-in's answers with the workout (the shell saves it, as after a step).
    pub fn set_check_in(&mut self, check_in: CheckIn) {
        self.check_pain_after = check_in.pain_after;
        self.check_effort = check_in.effort;
        self.check_note = check_in.note;
    }

    /// How the workout ended, or `None` while it runs.
    pub fn outcome(&self) -> Option<Outcome> {
        self.ended.map(|e| e.outcome)
    }

    /// True once the workout has ended, whichever way.
    pub fn is_over(&self) -> bool {
        self.ended.is_some()
    }

    /// True while paused (the timer is frozen).
    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// The blocks, in order.
    pub fn blocks(&self) -> &[Block] {
        &self.plan.blocks
    }

    /// Index of the current block (`blocks().len()` once the plan has run to its end).
    pub fn block_index(&self) -> usize {
        self.block
    }

    /// The exercises, in order.
    pub fn items(&self) -> &[WorkoutItem] {
        &self.plan.items
    }

    /// The options chosen at the start.
    pub fn options(&self) -> WorkoutOptions {
        self.plan.options
    }

    /// When the workout started.
    pub fn started_at(&self) -> Millis {
        self.started_at
    }

    /// The work logged so far, in order (what `finish` would group by exercise).
    pub fn logged(&self) -> impl Iterator<Item = &SetLog> {
        self.done.iter().map(|(_, log)| log)
    }
}
