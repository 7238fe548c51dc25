//! The gates around exercise that do not wait for the progression rules: after a session
//! stopped for a warning sign, and after a session that ended in too much pain
//! (CLINICAL.md §1: a stop rule during and after sessions, and a clinician before going on).

use super::progression::rules::PAIN_LIMIT;
use super::session::{HurtKind, SessionRecord};
use super::Millis;

/// The newest session stopped for a warning sign (numbness, weakness, a bladder or bowel
/// change), unless the person has said since that a clinician has checked them
/// (`cleared_at`). Until then, no workout starts: the check-in asks for that go-ahead.
pub fn awaiting_clearance(
    history: &[SessionRecord],
    cleared_at: Option<Millis>,
) -> Option<&SessionRecord> {
    history
        .iter()
        .rev()
        .find(|s| s.stopped_for() == Some(HurtKind::RedFlag))
        .filter(|s| cleared_at.is_none_or(|at| at < s.ended_at))
}

/// Pain after a session above the limit of the pain-monitoring model: the session was too
/// much, and the person is told so before saving, not only in a later suggestion.
pub fn pain_after_too_high(pain: u8) -> bool {
    pain > PAIN_LIMIT
}
