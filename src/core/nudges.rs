//! When the app speaks up unasked: how the back is the day after a session, a backup reminder
//! now and then while the browser has not promised to keep the data, and the iOS "Add to Home Screen" hint, which comes back a while
//! after it was dismissed (Safari clears a tab's data after seven days without a visit, so the
//! hint matters, but a person who said "Got it" should not see it on every visit).

use chrono::{Datelike, NaiveDate};

use super::session::{happened, HurtKind, SessionRecord};
use super::stats::counts_toward_target;
use super::Millis;

/// Remind to download a backup every this many sessions saved since the last backup.
pub const BACKUP_EVERY: usize = 10;

/// How long a dismissed Home Screen hint stays away.
pub const INSTALL_HINT_AGAIN_AFTER: Millis = 30 * 24 * 60 * 60 * 1000;

/// Sessions saved since the last downloaded backup (all of them without a backup).
pub fn sessions_since_backup(
    last_backup_at: Option<Millis>,
    started: impl Iterator<Item = Millis>,
) -> usize {
    started
        .filter(|&at| last_backup_at.is_none_or(|backup| at > backup))
        .count()
}

/// Whether going from `before` to `after` sessions since the last backup passed a multiple of
/// `BACKUP_EVERY` (an import may add several at once).
pub fn backup_due(before: usize, after: usize) -> bool {
    after >= BACKUP_EVERY && after / BACKUP_EVERY > before / BACKUP_EVERY
}

/// Whether the Home Screen hint may show: never dismissed, or dismissed long enough ago. A
/// dismissal dated in the future (a clock set back) counts as just now.
pub fn install_hint_due(dismissed_at: Option<Millis>, now: Millis) -> bool {
    dismissed_at.is_none_or(|at| now.saturating_sub(at) >= INSTALL_HINT_AGAIN_AFTER)
}

/// For how many days after a session the app asks how the back is: the day after, and the one
/// after that for someone who did not open the app the next day.
pub const NEXT_DAY_ASKED_FOR_DAYS: i64 = 2;

/// How long after a session ends the next day's question waits: a night's sleep. An evening
/// session at 20:00 is asked about at 07:00 the next morning, when the model wants to know
/// (CLINICAL.md §2: settled by the next morning).
pub const NEXT_DAY_ASKED_AFTER_MS: Millis = 8 * 60 * 60 * 1000;

/// "How is your back today?", about one session.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NextDayQuestion<'a> {
    pub session: &'a SessionRecord,
    /// Local days since the session: 1 is "yesterday".
    pub days_after: i64,
}

/// The session to ask "How is your back today?" about, if any: the newest one by `now`
/// (`history` is oldest first; see [`happened`]), when it had work in it, was not stopped for
/// a warning sign (that stop sent the person to a clinician, and "did the session suit your
/// back" would make light of it), is not answered yet, was done on one of the
/// [`NEXT_DAY_ASKED_FOR_DAYS`] days before today, and ended at least
/// [`NEXT_DAY_ASKED_AFTER_MS`] ago (a session at 22:00 is not asked about at half past
/// midnight). Dates are local, from the shell's `date_of`.
pub fn next_day_question(
    history: &[SessionRecord],
    now: Millis,
    date_of: impl Fn(Millis) -> NaiveDate,
) -> Option<NextDayQuestion<'_>> {
    let newest = happened(history, now).last()?;
    let days_after =
        i64::from(date_of(now).num_days_from_ce() - date_of(newest.started_at).num_days_from_ce());
    let due = newest.pain_next_day.is_none()
        && newest.stopped_for() != Some(HurtKind::RedFlag)
        && counts_toward_target(newest)
        && (1..=NEXT_DAY_ASKED_FOR_DAYS).contains(&days_after)
        && now - newest.ended_at >= NEXT_DAY_ASKED_AFTER_MS;
    due.then_some(NextDayQuestion {
        session: newest,
        days_after,
    })
}
