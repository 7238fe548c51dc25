//! What the progress screens show: training days per week and the streak, and the month calendar
//! here; left/right balance in `balance`; per-exercise trends and the pain series in `trend`.
//! Pure, and each function is one pass over the history (about 800 sessions after five years,
//! on a phone).
//!
//! Dates are the person's *local* calendar dates. The core never turns a timestamp into a date
//! itself: callers pass `local_date`, which the browser shell builds on the local time zone
//! (tests pass fixed offsets). So a session at 00:30 counts on the day the person lived it, on
//! either side of a daylight-saving change.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::session::SessionRecord;
use super::Millis;

mod balance;
mod month;
mod trend;

pub use balance::{
    balance, balance_window_start, side_to_start, BalanceWarning, ImbalanceCause, SideBalance,
    WorkUnit, BALANCE_WINDOW_DAYS,
};
pub use month::Month;
pub use trend::{exercises_by_recency, load_kg, pain_series, trend, TrendPoint};

/// The source's advice: two to three sessions a week; two is the target to meet.
pub const DEFAULT_WEEKLY_TARGET: u32 = 2;
/// A guard for `training_days_per_week`: no chart needs more than a century of weeks.
const MAX_WEEKS: u32 = 5_218;

/// The day a person's week begins on, as they chose it in settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekStart {
    #[default]
    Monday,
    Sunday,
    Saturday,
}

deserialize_by_name!(WeekStart {
    "monday" => Monday,
    "sunday" => Sunday,
    "saturday" => Saturday,
});

impl WeekStart {
    pub const ALL: [WeekStart; 3] = [WeekStart::Monday, WeekStart::Sunday, WeekStart::Saturday];

    /// Its stored name, also the value of the settings' select.
    pub fn slug(self) -> &'static str {
        match self {
            WeekStart::Monday => "monday",
            WeekStart::Sunday => "sunday",
            WeekStart::Saturday => "saturday",
        }
    }

    pub fn from_slug(slug: &str) -> Option<WeekStart> {
        WeekStart::ALL.into_iter().find(|w| w.slug() == slug)
    }

    pub fn first_day(self) -> Weekday {
        match self {
            WeekStart::Monday => Weekday::Mon,
            WeekStart::Sunday => Weekday::Sun,
            WeekStart::Saturday => Weekday::Sat,
        }
    }

    /// The seven days in the order a calendar header shows them.
    pub fn weekdays(self) -> [Weekday; 7] {
        let mut day = self.first_day();
        std::array::from_fn(|_| {
            let this = day;
            day = day.succ();
            this
        })
    }

    /// How many days `day` comes after the first day of the week (0..=6).
    fn days_into_week(self, day: Weekday) -> u32 {
        (day.num_days_from_monday() + 7 - self.first_day().num_days_from_monday()) % 7
    }
}

/// The first day of the week that `date` falls in.
pub fn week_of(date: NaiveDate, start: WeekStart) -> NaiveDate {
    date - Duration::days(i64::from(start.days_into_week(date.weekday())))
}

/// Whether a session counts toward the weekly target: some work was done, however it ended.
///
/// A session that was stopped for pain counts too, as long as at least one set had work in it:
/// stopping was the right thing to do, and a streak must never reward pushing through pain.
/// A session where every set was skipped (nothing done) does not count.
pub fn counts_toward_target(session: &SessionRecord) -> bool {
    session
        .exercises
        .iter()
        .flat_map(|e| &e.sets)
        .any(|set| set.done.amount() > 0)
}

/// The local dates with a counted session. The weekly target counts these, not sessions:
/// the advice is two or three sessions a week on days apart (CLINICAL.md), so a second
/// session on the same day adds no training day.
fn training_dates(
    sessions: &[SessionRecord],
    local_date: impl Fn(Millis) -> NaiveDate,
) -> HashSet<NaiveDate> {
    counted_by_date(sessions, local_date)
        .map(|(date, _)| date)
        .collect()
}

/// Each counted session with its local date, in the order of `sessions`: what the training
/// days, the calendar's marks and its links are all read from.
fn counted_by_date(
    sessions: &[SessionRecord],
    local_date: impl Fn(Millis) -> NaiveDate,
) -> impl Iterator<Item = (NaiveDate, &SessionRecord)> {
    sessions
        .iter()
        .filter(|s| counts_toward_target(s))
        .map(move |s| (local_date(s.started_at), s))
}

/// Training days in each of the last `last_n_weeks` weeks up to `today`'s week, oldest first,
/// with a zero for weeks without any. Weeks are labelled by their first day.
pub fn training_days_per_week(
    sessions: &[SessionRecord],
    local_date: impl Fn(Millis) -> NaiveDate,
    start: WeekStart,
    last_n_weeks: u32,
    today: NaiveDate,
) -> Vec<(NaiveDate, u32)> {
    let weeks = last_n_weeks.min(MAX_WEEKS) as usize;
    if weeks == 0 {
        return Vec::new();
    }
    let first = week_of(today, start) - Duration::weeks(weeks as i64 - 1);
    let mut counts = vec![0u32; weeks];
    for date in training_dates(sessions, local_date) {
        let index = (week_of(date, start) - first).num_days().div_euclid(7);
        if let Some(count) = usize::try_from(index).ok().and_then(|i| counts.get_mut(i)) {
            *count += 1;
        }
    }
    (0..weeks)
        .map(|i| (first + Duration::weeks(i as i64), counts[i]))
        .collect()
}

/// This week's training days against the target ("1 of 2 this week").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekProgress {
    pub done: u32,
    pub target: u32,
}

impl WeekProgress {
    pub fn is_met(self) -> bool {
        self.done >= self.target
    }
}

/// Training days in `today`'s week.
pub fn week_progress(
    sessions: &[SessionRecord],
    local_date: impl Fn(Millis) -> NaiveDate,
    start: WeekStart,
    target: u32,
    today: NaiveDate,
) -> WeekProgress {
    let this_week = week_of(today, start);
    let done = training_dates(sessions, local_date)
        .into_iter()
        .filter(|date| week_of(*date, start) == this_week)
        .count();
    WeekProgress {
        done: u32::try_from(done).unwrap_or(u32::MAX),
        target,
    }
}

/// Consecutive weeks that met the target in training days, counting back from last week, plus
/// this week once it is met. The current week is still open, so falling short in it never
/// breaks the streak. A target of 0 is treated as 1: a week with no session is never kept.
pub fn streak_weeks(
    sessions: &[SessionRecord],
    local_date: impl Fn(Millis) -> NaiveDate,
    start: WeekStart,
    target: u32,
    today: NaiveDate,
) -> u32 {
    let target = target.max(1);
    let mut per_week: HashMap<NaiveDate, u32> = HashMap::new();
    for date in training_dates(sessions, local_date) {
        *per_week.entry(week_of(date, start)).or_default() += 1;
    }
    let met = |week: NaiveDate| per_week.get(&week).is_some_and(|n| *n >= target);
    let this_week = week_of(today, start);
    // Each step back needs a week with sessions in it, so this loop is bounded by the history.
    let mut streak = 0;
    let mut week = this_week - Duration::weeks(1);
    while met(week) {
        streak += 1;
        week -= Duration::weeks(1);
    }
    streak + u32::from(met(this_week))
}

/// The weeks of a month as calendar rows: `None` for days of the neighbouring months.
/// Empty for a month that does not exist.
pub fn month_grid(year: i32, month: u32, start: WeekStart) -> Vec<[Option<NaiveDate>; 7]> {
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    let mut row = [None; 7];
    let mut column = start.days_into_week(first.weekday()) as usize;
    for day in first.iter_days().take_while(|d| d.month() == month) {
        row[column] = Some(day);
        column += 1;
        if column == 7 {
            rows.push(row);
            row = [None; 7];
            column = 0;
        }
    }
    if column > 0 {
        rows.push(row);
    }
    rows
}

/// The first counted session of each local date, by id (`history` oldest first): where a
/// calendar day leads. A day's later sessions are found from the list.
pub fn first_session_by_date(
    sessions: &[SessionRecord],
    local_date: impl Fn(Millis) -> NaiveDate,
) -> HashMap<NaiveDate, &str> {
    let mut first = HashMap::new();
    for (date, session) in counted_by_date(sessions, local_date) {
        first.entry(date).or_insert(session.id.as_str());
    }
    first
}

/// How many counted sessions fell on each local date, for marking the calendar.
pub fn sessions_by_date(
    sessions: &[SessionRecord],
    local_date: impl Fn(Millis) -> NaiveDate,
) -> HashMap<NaiveDate, u32> {
    let mut by_date = HashMap::new();
    for (date, _) in counted_by_date(sessions, local_date) {
        *by_date.entry(date).or_default() += 1;
    }
    by_date
}
