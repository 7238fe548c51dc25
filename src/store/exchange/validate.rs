//! Field-by-field checks of an import, after serde has checked the types: every value that the
//! app would never have written itself is refused, with where it is and what is wrong.

use std::collections::HashSet;
use std::fmt;

use super::scan::shorten;
use super::Export;
use crate::catalog::{find, Dose, Prescription};
use crate::core::plan::MAX_PICKS;
use crate::core::session::{LoadError, SessionRecord, MAX_BAND_CHARS, MAX_WEIGHT};
use crate::core::workout::MAX_SETS;
use crate::core::Millis;
use crate::store::{Profile, Settings};

/// 2000-01-01T00:00:00Z: nothing in a backup is older than the app.
pub const EARLIEST: Millis = 946_684_800_000;
/// 2100-01-01T00:00:00Z, excluded.
pub const LATEST: Millis = 4_102_444_800_000;
/// The longest session id accepted (the app writes about eight characters).
pub const MAX_SESSION_ID_CHARS: usize = 40;
/// The longest exercise id accepted in history (ids no longer in the catalog are kept).
pub const MAX_EXERCISE_ID_CHARS: usize = 60;
/// The longest note and the highest pain score: what the app itself keeps.
pub use crate::core::session::{MAX_NOTE_CHARS, MAX_PAIN};
/// The largest hold, rep count, tempo or rest in a plan: an hour, far above any sensible dose.
pub const MAX_DOSE: u32 = 3600;

/// The most dismissed suggestions accepted (the app keeps 20).
pub const MAX_DISMISSED: usize = 100;
/// The longest dismissed-suggestion key accepted (a session id, a colon, an exercise id).
pub const MAX_DISMISSED_KEY_CHARS: usize = 120;

/// What is wrong with one value of an import.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Two sessions share this id.
    DuplicateId(String),
    /// Empty, longer than [`MAX_SESSION_ID_CHARS`], or with a character other than a digit, a
    /// lowercase letter or `-` (what `session_id` writes; the id is part of a link).
    SessionId,
    /// Before 2000 or from 2100 on.
    DateOutOfRange,
    Pain(u8),
    /// The note has this many characters.
    NoteTooLong(usize),
    /// This many sets logged for one exercise.
    TooManySets(usize),
    /// A set number outside 1..=MAX_SETS.
    SetNumber(u32),
    Load(LoadError),
    /// Empty, or longer than [`MAX_EXERCISE_ID_CHARS`].
    ExerciseId,
    /// The plan has this many exercises.
    PlanTooLong(usize),
    /// A plan exercise that this version of the catalog does not have.
    UnknownExercise(String),
    /// The same exercise twice in the plan.
    PlanDuplicate(String),
    /// Sets outside 1..=MAX_SETS, or a dose of 0 or above [`MAX_DOSE`].
    Prescription,
    WeeklyTarget(u8),
    /// Too many dismissed suggestions, or a key that is empty or too long.
    Dismissed,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::DuplicateId(id) => {
                write!(
                    f,
                    "the session id \u{201c}{}\u{201d} appears twice",
                    shorten(id, 40)
                )
            }
            Problem::SessionId => write!(
                f,
                "a session id has 1 to {MAX_SESSION_ID_CHARS} characters, each a digit, a \
                 lowercase letter or \u{201c}-\u{201d}"
            ),
            Problem::DateOutOfRange => write!(f, "the date is not between 2000 and 2100"),
            Problem::Pain(n) => write!(f, "pain is scored from 0 to {MAX_PAIN}, not {n}"),
            Problem::NoteTooLong(n) => {
                write!(
                    f,
                    "a note has at most {MAX_NOTE_CHARS} characters, this one has {n}"
                )
            }
            Problem::TooManySets(n) => write!(f, "{n} sets is more than the app records"),
            Problem::SetNumber(n) => write!(f, "sets are numbered 1 to {MAX_SETS}, not {n}"),
            Problem::Load(LoadError::BandName) => {
                write!(f, "a band is described in 1 to {MAX_BAND_CHARS} characters")
            }
            Problem::Load(_) => write!(f, "a weight is between 0 and {MAX_WEIGHT}"),
            Problem::ExerciseId => {
                write!(
                    f,
                    "an exercise id has 1 to {MAX_EXERCISE_ID_CHARS} characters"
                )
            }
            Problem::PlanTooLong(n) => {
                write!(
                    f,
                    "a plan has at most {MAX_PICKS} exercises, this one has {n}"
                )
            }
            Problem::UnknownExercise(id) => write!(
                f,
                "the exercise \u{201c}{}\u{201d} is not in this version of the app",
                shorten(id, 60)
            ),
            Problem::PlanDuplicate(id) => write!(
                f,
                "the exercise \u{201c}{}\u{201d} is in the plan twice",
                shorten(id, 60)
            ),
            Problem::Prescription => write!(
                f,
                "a prescription has 1 to {MAX_SETS} sets, and holds, reps, tempo and rests \
                 from 1 to {MAX_DOSE}"
            ),
            Problem::WeeklyTarget(n) => {
                write!(f, "the weekly target is 2 or 3 sessions, not {n}")
            }
            Problem::Dismissed => write!(
                f,
                "at most {MAX_DISMISSED} dismissed suggestions of 1 to {MAX_DISMISSED_KEY_CHARS} \
                 characters each"
            ),
        }
    }
}

/// A problem and where it is, as `history.sessions[3].pain_before`.
pub type Found = (String, Problem);

fn check(
    ok: bool,
    at: impl FnOnce() -> String,
    problem: impl FnOnce() -> Problem,
) -> Result<(), Found> {
    if ok {
        Ok(())
    } else {
        Err((at(), problem()))
    }
}

fn in_range(t: Millis) -> bool {
    (EARLIEST..LATEST).contains(&t)
}

/// The first problem in an export, or `Ok` when every value is one the app could have written.
/// `exported_at` is not checked: it only informs, and a device whose clock was reset (to 1970,
/// say) writes it as it reads the clock.
pub fn validate(export: &Export) -> Result<(), Found> {
    validate_profile(&export.profile)?;
    let mut seen: HashSet<&str> = HashSet::new();
    for (index, session) in export.history.sessions.iter().enumerate() {
        let at = format!("history.sessions[{index}]");
        validate_session(session, &at)?;
        check(
            seen.insert(session.id.as_str()),
            || format!("{at}.id"),
            || Problem::DuplicateId(session.id.clone()),
        )?;
    }
    Ok(())
}

/// Mend, once every value has been checked, what the app itself may have written wrong: a
/// session that ends before it starts (the device clock set back during the workout, before
/// `Workout::finish` kept the end after the start) ends when it starts.
pub fn repair(export: &mut Export) {
    for session in &mut export.history.sessions {
        session.ended_at = session.ended_at.max(session.started_at);
    }
}

fn validate_profile(profile: &Profile) -> Result<(), Found> {
    let cleared = &profile.red_flag_cleared;
    check(
        cleared.is_empty() || session_id_ok(cleared),
        || "profile.red_flag_cleared".into(),
        || Problem::SessionId,
    )?;
    for (name, time) in [
        ("safety_ok_at", profile.safety_ok_at),
        ("last_backup_at", profile.last_backup_at),
        (
            "install_hint_dismissed_at",
            profile.install_hint_dismissed_at,
        ),
    ] {
        if let Some(t) = time {
            check(
                in_range(t),
                || format!("profile.{name}"),
                || Problem::DateOutOfRange,
            )?;
        }
    }
    let dismissed = &profile.dismissed;
    check(
        dismissed.len() <= MAX_DISMISSED
            && dismissed
                .iter()
                .all(|k| (1..=MAX_DISMISSED_KEY_CHARS).contains(&k.chars().count())),
        || "profile.dismissed".into(),
        || Problem::Dismissed,
    )?;
    let plan = &profile.plan;
    check(
        plan.len() <= MAX_PICKS,
        || "profile.plan".into(),
        || Problem::PlanTooLong(plan.len()),
    )?;
    for (index, item) in plan.iter().enumerate() {
        let at = format!("profile.plan[{index}]");
        check(
            find(&item.exercise).is_some(),
            || format!("{at}.exercise"),
            || Problem::UnknownExercise(item.exercise.clone()),
        )?;
        check(
            !plan[..index]
                .iter()
                .any(|earlier| earlier.exercise == item.exercise),
            || format!("{at}.exercise"),
            || Problem::PlanDuplicate(item.exercise.clone()),
        )?;
        check(
            prescription_ok(&item.prescription),
            || format!("{at}.prescription"),
            || Problem::Prescription,
        )?;
    }
    let target = profile.settings.weekly_target;
    check(
        Settings::WEEKLY_TARGETS.contains(&target),
        || "profile.settings.weekly_target".into(),
        || Problem::WeeklyTarget(target),
    )
}

fn prescription_ok(p: &Prescription) -> bool {
    let dose = |n: u32| (1..=MAX_DOSE).contains(&n);
    let dose_ok = match p.dose {
        Dose::Hold { seconds } => dose(seconds),
        Dose::Reps {
            reps,
            seconds_each_way,
        } => dose(reps) && dose(seconds_each_way),
    };
    (1..=MAX_SETS).contains(&p.sets) && dose_ok && p.rest_seconds <= MAX_DOSE
}

/// What `core::session::session_id` writes (base 36, a leading '-' before 1970): the id goes
/// into the session's address, where '/', '?', '#' or a space would break the link.
fn session_id_ok(id: &str) -> bool {
    (1..=MAX_SESSION_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-')
}

fn validate_session(s: &SessionRecord, at: &str) -> Result<(), Found> {
    check(
        session_id_ok(&s.id),
        || format!("{at}.id"),
        || Problem::SessionId,
    )?;
    check(
        in_range(s.started_at),
        || format!("{at}.started_at"),
        || Problem::DateOutOfRange,
    )?;
    check(
        in_range(s.ended_at),
        || format!("{at}.ended_at"),
        || Problem::DateOutOfRange,
    )?;
    let pains = [
        ("pain_before", s.pain_before),
        ("pain_after", s.pain_after),
        ("pain_next_day", s.pain_next_day),
    ];
    for (name, pain) in pains {
        if let Some(n) = pain {
            check(
                n <= MAX_PAIN,
                || format!("{at}.{name}"),
                || Problem::Pain(n),
            )?;
        }
    }
    let note_chars = s.note.chars().count();
    check(
        note_chars <= MAX_NOTE_CHARS,
        || format!("{at}.note"),
        || Problem::NoteTooLong(note_chars),
    )?;
    for (index, log) in s.exercises.iter().enumerate() {
        let at = format!("{at}.exercises[{index}]");
        let id_chars = log.exercise.chars().count();
        check(
            (1..=MAX_EXERCISE_ID_CHARS).contains(&id_chars),
            || format!("{at}.exercise"),
            || Problem::ExerciseId,
        )?;
        // A set on each side is logged twice; more than that is not something the app wrote.
        let max_logs = 2 * MAX_SETS as usize;
        check(
            log.sets.len() <= max_logs,
            || format!("{at}.sets"),
            || Problem::TooManySets(log.sets.len()),
        )?;
        for (n, set) in log.sets.iter().enumerate() {
            check(
                (1..=MAX_SETS).contains(&set.set),
                || format!("{at}.sets[{n}].n"),
                || Problem::SetNumber(set.set),
            )?;
        }
        log.load
            .validate()
            .map_err(|e| (format!("{at}.load"), Problem::Load(e)))?;
    }
    Ok(())
}
