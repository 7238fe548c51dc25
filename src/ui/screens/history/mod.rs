//! History and progress: the sessions, the week, suggestions, a calendar and charts. The
//! numbers come from `core::stats` and `core::progression`; these screens only show them.

mod calendar;
mod detail;
mod list;
mod next_day;
mod progress;
mod suggestions;

pub use calendar::Calendar;
pub use detail::SessionDetail;
pub use list::HistoryList;
pub use next_day::NextDayAnswer;
pub use progress::Progress;

use crate::catalog;
use crate::core::session::{Outcome, SessionRecord, Side, Work};

pub(crate) fn outcome_text(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Completed => "Completed",
        Outcome::EndedEarly => "Ended early",
        Outcome::Stopped(_) => "Stopped for pain",
    }
}

pub(crate) fn exercise_names(session: &SessionRecord) -> String {
    session
        .exercises
        .iter()
        .map(|e| catalog::name_of(&e.exercise))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn pain_text(session: &SessionRecord) -> Option<String> {
    match (session.pain_before, session.pain_after) {
        (Some(b), Some(a)) => Some(format!("Pain {b} → {a}")),
        (Some(b), None) => Some(format!("Pain before {b}")),
        (None, Some(a)) => Some(format!("Pain after {a}")),
        (None, None) => None,
    }
}

/// "10 s" or "8 reps".
pub(crate) fn work_text(work: Work) -> String {
    match work {
        Work::Seconds(s) => format!("{s} s"),
        Work::Reps(r) => format!("{r} reps"),
    }
}

/// The side of a logged set, short.
pub(crate) fn side_short(side: Side) -> &'static str {
    match side {
        Side::Left => "Left",
        Side::Right => "Right",
        Side::Both => "Both ways",
    }
}
