//! The record of one session, finished or ended early, as it is kept in history, and the
//! small vocabulary (sides, load, range, effort, stop reasons) that the workout shares with it.
//!
//! Records are kept for years in localStorage, so the most repeated parts serialize compactly:
//! a set is about fifty bytes (`{"n":1,"s":"l","t":{"s":10},"d":{"s":10},"ms":10000}`), and
//! defaults (no pain score, no load, an empty note, a completed outcome) are left out.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::Millis;
use crate::catalog::Prescription;

/// Which side a block or a set works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Side {
    #[serde(rename = "l")]
    Left,
    #[serde(rename = "r")]
    Right,
    /// Both ways in one set (alternating reps); counts for the left and for the right.
    #[serde(rename = "b")]
    Both,
}

deserialize_by_name!(Side {
    "l" => Left,
    "r" => Right,
    "b" => Both,
});

impl Side {
    /// The side as the workout's screen and voice name it; `Both` is a rep that goes one way
    /// and the other.
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "Left side",
            Side::Right => "Right side",
            Side::Both => "Side to side",
        }
    }
}

/// The largest weight accepted, in kg or lb: anything above is a typing slip.
pub const MAX_WEIGHT: f32 = 500.0;
/// The longest band description accepted, in characters.
pub const MAX_BAND_CHARS: usize = 40;

/// What made an exercise harder, as the person wrote it down.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Load {
    /// Body weight only, or not written down.
    #[default]
    None,
    Kg(f32),
    Lb(f32),
    /// A band, by its colour or the word printed on it ("red", "light").
    Band(String),
}

/// Why a load was refused, with a message for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not a number, negative, or above [`MAX_WEIGHT`].
    WeightOutOfRange,
    /// Empty, or longer than [`MAX_BAND_CHARS`].
    BandName,
    /// The plan has no exercise at this index.
    NoSuchExercise(usize),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::WeightOutOfRange => write!(f, "Enter a weight between 0 and 500."),
            LoadError::BandName => {
                write!(f, "Describe the band in 1 to {MAX_BAND_CHARS} characters.")
            }
            LoadError::NoSuchExercise(i) => write!(f, "There is no exercise number {}.", i + 1),
        }
    }
}

impl std::error::Error for LoadError {}

impl Load {
    /// Checks that a weight is a real number in 0..=500 and a band has a short, non-empty name.
    pub fn validate(&self) -> Result<(), LoadError> {
        match self {
            Load::None => Ok(()),
            Load::Kg(w) | Load::Lb(w) => {
                if w.is_finite() && (0.0..=MAX_WEIGHT).contains(w) {
                    Ok(())
                } else {
                    Err(LoadError::WeightOutOfRange)
                }
            }
            Load::Band(name) => {
                let n = name.trim().chars().count();
                if (1..=MAX_BAND_CHARS).contains(&n) {
                    Ok(())
                } else {
                    Err(LoadError::BandName)
                }
            }
        }
    }

    /// Read a load as typed on the summary screen: a unit ("none", "kg", "lb", "band") and
    /// the text of the field (a decimal comma is accepted). Checked by [`Load::validate`].
    pub fn from_input(unit: &str, text: &str) -> Result<Load, LoadError> {
        let weight = || {
            text.trim()
                .replace(',', ".")
                .parse::<f32>()
                .map_err(|_| LoadError::WeightOutOfRange)
        };
        let load = match unit {
            "kg" => Load::Kg(weight()?),
            "lb" => Load::Lb(weight()?),
            "band" => Load::Band(text.trim().to_string()),
            _ => Load::None,
        };
        load.validate()?;
        Ok(load)
    }

    /// The unit and the field's text that [`Load::from_input`] reads back as this load: what
    /// the summary screen shows for a load already recorded.
    pub fn to_input(&self) -> (&'static str, String) {
        match self {
            Load::None => ("none", String::new()),
            Load::Kg(w) => ("kg", w.to_string()),
            Load::Lb(w) => ("lb", w.to_string()),
            Load::Band(b) => ("band", b.clone()),
        }
    }

    /// "7.5 kg", "red band"; nothing for no load.
    pub fn describe(&self) -> Option<String> {
        match self {
            Load::None => None,
            Load::Kg(w) => Some(format!("{w} kg")),
            Load::Lb(w) => Some(format!("{w} lb")),
            Load::Band(b) => Some(format!("{b} band")),
        }
    }

    /// True for [`Load::None`] (used to leave it out of stored records).
    pub fn is_none(&self) -> bool {
        matches!(self, Load::None)
    }
}

/// How far the person moved, in their own judgement; ordered from the smallest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RangeUsed {
    Small,
    Medium,
    Full,
}

deserialize_by_name!(RangeUsed {
    "small" => Small,
    "medium" => Medium,
    "full" => Full,
});

/// How hard the session felt, asked at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effort {
    TooEasy,
    AboutRight,
    TooHard,
}

deserialize_by_name!(Effort {
    "too-easy" => TooEasy,
    "about-right" => AboutRight,
    "too-hard" => TooHard,
});

/// The two reasons to stop during a session (CLINICAL.md, the stop rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HurtKind {
    /// New numbness, tingling or weakness, or a change in bladder or bowel control.
    RedFlag,
    /// Sharp pain, or pain that keeps rising.
    SharpOrRising,
}

deserialize_by_name!(HurtKind {
    "red-flag" => RedFlag,
    "sharp-or-rising" => SharpOrRising,
});

impl HurtKind {
    /// What the person should do now, in plain words, shown when they stop.
    pub fn advice(&self) -> &'static str {
        match self {
            HurtKind::RedFlag => {
                "Stop now and get medical care today. If you have numbness between your legs \
                 or around your bottom, or any new trouble with your bladder or bowels, this is \
                 an emergency: call your emergency number (112 or 999 in Europe, 911 in North \
                 America) or go to an emergency department now."
            }
            HurtKind::SharpOrRising => {
                "Stop for today. Next time, make the movement smaller. If the pain has not \
                 settled by tomorrow, ask a doctor or physiotherapist for advice."
            }
        }
    }

    /// A short label for buttons and history.
    pub fn label(&self) -> &'static str {
        match self {
            HurtKind::RedFlag => "Numbness, tingling, weakness, or bladder or bowel change",
            HurtKind::SharpOrRising => "Sharp pain, or pain that keeps rising",
        }
    }
}

/// How a session ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The whole plan ran to its end (sets may still have been skipped or cut short).
    #[default]
    Completed,
    /// The person chose to finish before the end.
    EndedEarly,
    /// Stopped by the stop rule.
    Stopped(HurtKind),
}

impl Outcome {
    fn is_completed(&self) -> bool {
        *self == Outcome::Completed
    }
}

/// An amount of work: seconds held, or reps done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Work {
    #[serde(rename = "s")]
    Seconds(u32),
    #[serde(rename = "r")]
    Reps(u32),
}

impl Work {
    /// The number, whatever the unit.
    pub fn amount(self) -> u32 {
        match self {
            Work::Seconds(n) | Work::Reps(n) => n,
        }
    }
}

fn is_true(b: &bool) -> bool {
    *b
}
fn yes() -> bool {
    true
}
fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One set on one side (or both, for alternating reps).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetLog {
    /// The set number, from 1.
    #[serde(rename = "n")]
    pub set: u32,
    #[serde(rename = "s")]
    pub side: Side,
    /// What was prescribed.
    #[serde(rename = "t")]
    pub target: Work,
    /// What was done (seconds are whole seconds held, rounded down).
    #[serde(rename = "d")]
    pub done: Work,
    /// The block's measured duration, pauses excluded, from the timestamps.
    #[serde(rename = "ms", default, skip_serializing_if = "is_zero")]
    pub done_ms: u32,
    /// False when the set was skipped or cut short.
    #[serde(rename = "ok", default = "yes", skip_serializing_if = "is_true")]
    pub completed: bool,
}

/// Everything done on one exercise in a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseLog {
    /// The catalog id.
    pub exercise: String,
    pub prescription: Prescription,
    #[serde(default, skip_serializing_if = "Load::is_none")]
    pub load: Load,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<RangeUsed>,
    /// In the order they were done; a set redone with "back" appears once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<SetLog>,
}

impl ExerciseLog {
    /// Whether the summary asks for the range used: only for an exercise that was started.
    pub fn asks_range(&self) -> bool {
        !self.sets.is_empty()
    }

    /// Whether the summary asks for the load: for a started exercise with something to make
    /// heavier (or an id the catalog no longer has, or a load already given).
    pub fn asks_load(&self) -> bool {
        self.asks_range()
            && (!self.load.is_none()
                || crate::catalog::find(&self.exercise).is_none_or(|e| e.takes_load()))
    }
}

/// One answer of a session's check-in, as the session's page corrects it.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckInAnswer {
    PainAfter(u8),
    PainNextDay(u8),
    Effort(Effort),
    Note(String),
}

/// One session as kept in history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// The start time in base 36: unique per device, short, and sorts with time.
    pub id: String,
    pub started_at: Millis,
    pub ended_at: Millis,
    pub exercises: Vec<ExerciseLog>,
    /// Pain on a 0-10 scale before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_before: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_after: Option<u8>,
    /// Pain the next day, answered then: the response over the next day tells most about
    /// whether the session was too much (CLINICAL.md §2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_next_day: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<Effort>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Outcome::is_completed")]
    pub outcome: Outcome,
}

/// The longest note a session keeps, in characters: a note is for a sentence or two, and
/// anything longer is a paste gone wrong.
pub const MAX_NOTE_CHARS: usize = 500;
/// The top of the 0-10 pain scale.
pub const MAX_PAIN: u8 = 10;

impl SessionRecord {
    /// Started after `now`: saved while a clock was wrong (see [`happened`]).
    pub fn is_dated_after(&self, now: Millis) -> bool {
        self.started_at > now
    }

    /// The person's check-in after the session, as answered at its end or corrected later: a
    /// pain score above the scale counts as its top, and a note is cut to [`MAX_NOTE_CHARS`].
    pub fn set_check_in(&mut self, pain_after: Option<u8>, effort: Option<Effort>, note: &str) {
        self.pain_after = pain_after.map(|p| p.min(MAX_PAIN));
        self.effort = effort;
        self.answer(&CheckInAnswer::Note(note.to_string()));
    }

    /// The answer the day after; a score above the scale counts as its top.
    pub fn set_pain_next_day(&mut self, pain: u8) {
        self.pain_next_day = Some(pain.min(MAX_PAIN));
    }

    /// One answer corrected on the session's page, on its own: the others stay as stored, so
    /// an answer given meanwhile elsewhere (another tab) is not written over.
    pub fn answer(&mut self, answer: &CheckInAnswer) {
        match answer {
            CheckInAnswer::PainAfter(pain) => self.pain_after = Some((*pain).min(MAX_PAIN)),
            CheckInAnswer::PainNextDay(pain) => self.set_pain_next_day(*pain),
            CheckInAnswer::Effort(effort) => self.effort = Some(*effort),
            CheckInAnswer::Note(note) => self.note = note.chars().take(MAX_NOTE_CHARS).collect(),
        }
    }

    /// True when the plan ran to its end (not ended early, not stopped for pain).
    pub fn is_complete(&self) -> bool {
        self.outcome.is_completed()
    }

    /// The stop-rule reason, if the session was stopped for one.
    pub fn stopped_for(&self) -> Option<HurtKind> {
        match self.outcome {
            Outcome::Stopped(kind) => Some(kind),
            _ => None,
        }
    }

    /// Work done on this exercise (seconds or reps, as its dose counts), as (left, right).
    /// A set on both sides counts for each.
    pub fn work_by_side(&self, exercise: &str) -> (u32, u32) {
        self.sum_by_side(exercise, |s| s.done)
    }

    /// Work prescribed for the sets that were logged, as (left, right).
    pub fn target_by_side(&self, exercise: &str) -> (u32, u32) {
        self.sum_by_side(exercise, |s| s.target)
    }

    fn sum_by_side(&self, exercise: &str, work: impl Fn(&SetLog) -> Work) -> (u32, u32) {
        let sets = self
            .exercises
            .iter()
            .filter(|e| e.exercise == exercise)
            .flat_map(|e| &e.sets);
        sets.fold((0u32, 0u32), |(l, r), s| {
            let n = work(s).amount();
            match s.side {
                Side::Left => (l.saturating_add(n), r),
                Side::Right => (l, r.saturating_add(n)),
                Side::Both => (l.saturating_add(n), r.saturating_add(n)),
            }
        })
    }
}

/// The id of a session started at `started_at`: the time in base 36 (`"m3k9x2a8"`).
pub fn session_id(started_at: Millis) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut n = started_at.unsigned_abs();
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    if started_at < 0 {
        out.push(b'-');
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

/// The sessions of `history` (oldest first) that had started by `now`. One dated later comes
/// from a clock that was wrong, on this device or the one a backup came from: kept and listed,
/// it would otherwise stay "the newest session" until its date, and hold back the questions and
/// suggestions that follow real sessions.
pub fn happened(history: &[SessionRecord], now: Millis) -> &[SessionRecord] {
    &history[..history.partition_point(|s| !s.is_dated_after(now))]
}
