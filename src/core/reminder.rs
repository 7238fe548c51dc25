//! "Add to my calendar": the training days as a repeating event in an iCalendar file, so the
//! phone's own calendar reminds the person, offline, without this app running.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// The hour of the training event the app offers (local time): after work, before the evening.
pub const DEFAULT_HOUR: u32 = 18;
/// The event's length in minutes: a session of one or two exercises, with the rests.
pub const DEFAULT_MINUTES: u32 = 20;

/// Training days that are not back to back, for a weekly target of 2 or 3 (the source's advice:
/// two to three times a week).
pub fn default_days(weekly_target: u8) -> Vec<Weekday> {
    match weekly_target {
        0..=2 => vec![Weekday::Mon, Weekday::Thu],
        _ => vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
    }
}

/// `YYYYMMDDTHHMMSS`, written by hand: chrono's `format` machinery costs the wasm ~8 KB.
fn ics_time(at: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

fn ics_day(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// An iCalendar file with one weekly event on `days` at `time`, local (floating) time, from
/// `first_day`. `uid_seed` makes the event's UID stable, so importing again updates it.
pub fn training_ics(
    days: &[Weekday],
    time: NaiveTime,
    first_day: NaiveDate,
    minutes: u32,
    uid_seed: &str,
) -> String {
    // The first occurrence must be one of the days, or calendars show a stray extra event.
    let start = (0..7)
        .map(|i| first_day + chrono::Duration::days(i))
        .find(|d| days.contains(&d.weekday()))
        .unwrap_or(first_day);
    let begins = start.and_time(time);
    let ends = begins + chrono::Duration::minutes(i64::from(minutes.max(5)));
    let by_day = days
        .iter()
        .map(|d| ics_day(*d))
        .collect::<Vec<_>>()
        .join(",");
    let stamp = format!("{}Z", ics_time(first_day.and_time(NaiveTime::MIN)));
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Rotation Rehab//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:training-{uid_seed}@rotation-rehab"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{}", ics_time(begins)),
        format!("DTEND:{}", ics_time(ends)),
        format!("RRULE:FREQ=WEEKLY;BYDAY={by_day}"),
        "SUMMARY:Back rotation exercises".to_string(),
        "DESCRIPTION:Open Rotation Rehab for today's exercises.".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        "DESCRIPTION:Time for your back exercises".to_string(),
        "TRIGGER:-PT10M".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    // RFC 5545 wants CRLF line ends.
    lines.join("\r\n") + "\r\n"
}
