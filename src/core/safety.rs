//! The gates around exercise that do not wait for the progression rules: after a session
//! stopped for a warning sign, and after a session that ended in too much pain
//! (CLINICAL.md §1: a stop rule during and after sessions, and a clinician before going on).

use super::progression::rules::{MAX_MS_BETWEEN_AT_STEP, PAIN_LIMIT, SAFE_ZONE_MAX};
use super::session::{happened, HurtKind, SessionRecord};
use super::{Millis, DAY_MS};

/// The newest session stopped for a warning sign (numbness, weakness, a bladder or bowel
/// change), unless the person has said that a clinician checked them after it: `cleared` is
/// the id of the stop that go-ahead answered, empty for none (an id, not a time: a device
/// clock set wrong must neither skip the question nor make it unanswerable). Until then, no
/// workout starts.
pub fn awaiting_clearance<'a>(
    history: &'a [SessionRecord],
    cleared: &str,
) -> Option<&'a SessionRecord> {
    history
        .iter()
        .rev()
        .find(|s| s.stopped_for() == Some(HurtKind::RedFlag))
        .filter(|s| cleared != s.id)
}

/// The day after's answer says the back had not settled: above the limit, or higher than
/// before the session (the progression rules then step down, D6).
pub fn not_settled(next_day: u8, before: Option<u8>) -> bool {
    pain_after_too_high(next_day) || before.is_some_and(|b| next_day > b)
}

/// What the answer to "How is your back today?" calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextDayAdvice {
    Settled,
    /// Not settled: take it easy, and ask a clinician if it keeps getting worse.
    TakeItEasy,
    /// Above the limit, but no higher than before the session: the back's usual pain, not the
    /// session's doing, and pain this high is worth a clinician's look if it stays.
    StillHigh,
    /// Not settled after a session stopped for sharp or rising pain: the stop's own advice
    /// said to ask a doctor or physiotherapist if it had not settled by the next day.
    AskAClinician,
}

pub fn next_day_advice(next_day: u8, session: &SessionRecord) -> NextDayAdvice {
    let before = session.pain_before;
    if !not_settled(next_day, before) {
        NextDayAdvice::Settled
    } else if session.stopped_for() == Some(HurtKind::SharpOrRising) {
        NextDayAdvice::AskAClinician
    } else if high_pain_after(next_day, before) == Some(HighPainAfter::AlreadyThatHigh) {
        NextDayAdvice::StillHigh
    } else {
        NextDayAdvice::TakeItEasy
    }
}

/// Pain before a session already above the limit of the pain-monitoring model: the session
/// would start past where it should stop. The check-in says so, and the person chooses to
/// rest or to start gently.
pub fn too_sore_to_start(pain_before: u8) -> bool {
    pain_before > PAIN_LIMIT
}

/// Pain after a session above the limit of the pain-monitoring model: the session was too
/// much, and the person is told so before saving, not only in a later suggestion.
pub fn pain_after_too_high(pain: u8) -> bool {
    pain > PAIN_LIMIT
}

/// Whether a finished workout may be left out of the history, as one begun by mistake may.
/// Not one stopped by the stop rule, nor one that left the back above the pain limit: what
/// the app asks and advises next (a clinician first, the day-after question, an easier dose)
/// rests on its record.
pub fn may_be_left_out(session: &SessionRecord) -> bool {
    session.stopped_for().is_none() && !session.pain_after.is_some_and(pain_after_too_high)
}

/// What pain after a session above the limit says, given the pain before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HighPainAfter {
    /// The session raised it (or the pain before was not given): too much exercise.
    RaisedBySession,
    /// It was as high before: the back, not the session. Blaming the exercises would be wrong,
    /// and pain this high on most days is itself worth a clinician's look.
    AlreadyThatHigh,
}

pub fn high_pain_after(after: u8, before: Option<u8>) -> Option<HighPainAfter> {
    if !pain_after_too_high(after) {
        None
    } else if before.is_some_and(|b| b >= after) {
        Some(HighPainAfter::AlreadyThatHigh)
    } else {
        Some(HighPainAfter::RaisedBySession)
    }
}

/// How long pain may stay as it was before medical advice is due (CLINICAL.md §1: "no
/// improvement after about a month" asks for a doctor's advice soon).
pub const NO_BETTER_AFTER_MS: i64 = 28 * DAY_MS;

/// Pain before the sessions of a month ago and of the last week, when the back is no better:
/// the last week's lowest pain before (two sessions at least) is at least the lowest of the
/// week a month before (28 to 35 days back), and outside the safe zone (3 or more). Both are
/// counted back from the newest session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoBetter {
    pub then: u8,
    pub now: u8,
}

impl NoBetter {
    /// Higher than a month ago, not only no lower.
    pub fn worse(&self) -> bool {
        self.now > self.then
    }
}

pub fn no_better_after_a_month(history: &[SessionRecord]) -> Option<NoBetter> {
    let newest = history.last()?.started_at;
    let lowest_between = |from: i64, to: i64| {
        history
            .iter()
            .filter(|s| (from..=to).contains(&(newest - s.started_at)))
            .filter_map(|s| s.pain_before)
            .min()
    };
    let week = 7 * DAY_MS;
    // Two sessions this last week at least: one session back after a break is no trend.
    let this_week = history
        .iter()
        .rev()
        .take_while(|s| newest - s.started_at < week);
    if this_week.filter(|s| s.pain_before.is_some()).count() < 2 {
        return None;
    }
    let now = lowest_between(0, week - 1)?;
    let then = lowest_between(NO_BETTER_AFTER_MS, NO_BETTER_AFTER_MS + week - 1)?;
    (now > SAFE_ZONE_MAX && now >= then).then_some(NoBetter { then, now })
}

/// Once put away ("Got it"), the month-without-improvement card stays away this long: said
/// after every session, it would nag someone who has already booked, or been, to see someone.
pub const NO_BETTER_AGAIN_AFTER_MS: i64 = 28 * DAY_MS;
const NO_BETTER_KEY: &str = "no-better:";

/// The card to show, with the key that puts it away (`Profile::dismissed`), if any.
/// Not after two weeks without a session (`now`), the break after which suggestions go stale
/// too: it speaks of the pain at the newest sessions, not of today.
pub fn no_better_to_show(
    history: &[SessionRecord],
    dismissed: &[String],
    now: Millis,
) -> Option<(NoBetter, String)> {
    let history = happened(history, now);
    let found = no_better_after_a_month(history)?;
    let newest = history.last()?.started_at;
    if now - newest > MAX_MS_BETWEEN_AT_STEP {
        return None;
    }
    // A key dated after the newest session (that session since deleted) counts as recent.
    let put_away_lately = dismissed
        .iter()
        .filter_map(|key| key.strip_prefix(NO_BETTER_KEY)?.parse::<i64>().ok())
        .any(|at| newest - at < NO_BETTER_AGAIN_AFTER_MS);
    (!put_away_lately).then(|| (found, format!("{NO_BETTER_KEY}{newest}")))
}
