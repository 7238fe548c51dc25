//! The calendar's month: read from and written to its address (`?month=2026-11`), and the
//! months on either side, within the years a history can hold.

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};

/// The years a session can fall in (as a backup's dates are checked): 2000 to 2099.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// A month of the calendar, by its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month(NaiveDate);

impl Month {
    /// The month `date` falls in.
    pub fn of(date: NaiveDate) -> Month {
        Month(date.with_day(1).unwrap_or(date))
    }

    /// `"2026-11"`; `None` for anything else, or a year no session can have.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        if month.len() != 2 {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)?;
        YEARS.contains(&first.year()).then_some(Month(first))
    }

    /// The month as its address writes it: `"2026-11"`.
    pub fn param(self) -> String {
        format!("{:04}-{:02}", self.0.year(), self.0.month())
    }

    pub fn first_day(self) -> NaiveDate {
        self.0
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// 1 to 12.
    pub fn number(self) -> u32 {
        self.0.month()
    }

    /// The month before, unless it is before any session can be.
    pub fn previous(self) -> Option<Month> {
        self.step(self.0.checked_sub_months(Months::new(1)))
    }

    /// The month after, unless it is after any session can be.
    pub fn next(self) -> Option<Month> {
        self.step(self.0.checked_add_months(Months::new(1)))
    }

    /// The month after, unless it has not begun by `today`: the calendar leads to no month
    /// that can hold no session yet.
    pub fn next_up_to(self, today: NaiveDate) -> Option<Month> {
        self.next().filter(|m| m.has_begun_by(today))
    }

    /// Whether the month's first day is `today` or before: a month still to come holds no
    /// session yet.
    pub fn has_begun_by(self, today: NaiveDate) -> bool {
        self.0 <= today
    }

    fn step(self, first: Option<NaiveDate>) -> Option<Month> {
        first.filter(|d| YEARS.contains(&d.year())).map(Month)
    }

    /// The days of this month with a session, from `sessions_by_date`.
    pub fn training_days(self, by_date: &HashMap<NaiveDate, u32>) -> usize {
        by_date
            .iter()
            .filter(|(date, n)| {
                **n > 0 && date.year() == self.0.year() && date.month() == self.0.month()
            })
            .count()
    }
}
