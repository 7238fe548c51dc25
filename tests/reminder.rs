//! The calendar file repeats on the training days and starts on one of them.

use chrono::{NaiveDate, NaiveTime, Weekday};
use rotation_rehab::core::reminder::{default_days, training_ics};

#[test]
fn default_days_are_never_back_to_back() {
    assert_eq!(default_days(2), vec![Weekday::Mon, Weekday::Thu]);
    assert_eq!(
        default_days(3),
        vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]
    );
}

#[test]
fn ics_repeats_weekly_on_the_days_from_the_first_matching_day() {
    // 2026-11-28 is a Saturday: the first Monday after it is 2026-11-30.
    let ics = training_ics(
        &[Weekday::Mon, Weekday::Thu],
        NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        20,
        "abc",
    );
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("\r\nDTSTART:20261130T183000\r\n"), "{ics}");
    assert!(ics.contains("\r\nDTEND:20261130T185000\r\n"));
    assert!(ics.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH\r\n"));
    assert!(ics.contains("\r\nUID:training-abc@rotation-rehab\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
}
