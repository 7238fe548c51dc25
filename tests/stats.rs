//! The progress numbers: weeks and streaks on local dates (including a daylight-saving change),
//! left/right balance and its warning, trends, the pain series, the month grid, and a run over
//! five years of history.

use chrono::{DateTime, Duration, NaiveDate, Weekday};
use rotation_rehab::catalog::find;
use rotation_rehab::core::plan::PlanItem;
use rotation_rehab::core::session::{
    session_id, ExerciseLog, HurtKind, Load, Outcome, SessionRecord, SetLog, Side, Work,
};
use rotation_rehab::core::stats::{
    balance, balance_window_start, counts_toward_target, exercises_by_recency,
    first_session_by_date, load_kg, month_grid, pain_series, sessions_by_date, side_to_start,
    streak_weeks, training_days_per_week, trend, week_of, week_progress, ImbalanceCause, Month,
    SideBalance, WeekProgress, WeekStart, WorkUnit,
};
use rotation_rehab::core::workout::items_for_today;
use rotation_rehab::core::Millis;
use std::collections::HashMap;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The instant of a UTC wall time, in ms.
fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> Millis {
    date(y, m, d)
        .and_hms_opt(h, min, 0)
        .expect("valid time")
        .and_utc()
        .timestamp_millis()
}

/// A fixed offset from UTC, in hours: the simplest `local_date`.
fn at_offset(hours: i64) -> impl Fn(Millis) -> NaiveDate {
    move |ms| {
        let utc = DateTime::from_timestamp_millis(ms)
            .expect("in range")
            .naive_utc();
        (utc + Duration::hours(hours)).date()
    }
}

/// Berlin in 2027: UTC+1, and UTC+2 from 28 March 01:00 UTC to 31 October 01:00 UTC.
fn berlin_2027(ms: Millis) -> NaiveDate {
    let summer = (utc(2027, 3, 28, 1, 0)..utc(2027, 10, 31, 1, 0)).contains(&ms);
    at_offset(if summer { 2 } else { 1 })(ms)
}

fn set(n: u32, side: Side, target: Work, done: Work) -> SetLog {
    SetLog {
        set: n,
        side,
        target,
        done,
        done_ms: 0,
        completed: done == target,
    }
}

fn log(exercise: &str, sets: Vec<SetLog>) -> ExerciseLog {
    ExerciseLog {
        exercise: exercise.to_string(),
        prescription: find(exercise).expect("in catalog").prescription,
        load: Load::None,
        range: None,
        sets,
    }
}

fn record(at: Millis, exercises: Vec<ExerciseLog>) -> SessionRecord {
    SessionRecord {
        id: session_id(at),
        started_at: at,
        ended_at: at + 600_000,
        exercises,
        pain_before: None,
        pain_after: None,
        pain_next_day: None,
        effort: None,
        note: String::new(),
        outcome: Outcome::Completed,
    }
}

/// A complete Pallof hold session: 3 holds of 10 s on each side.
fn pallof(at: Millis) -> SessionRecord {
    let hold = Work::Seconds(10);
    let sets = (1..=3)
        .flat_map(|n| {
            [
                set(n, Side::Left, hold, hold),
                set(n, Side::Right, hold, hold),
            ]
        })
        .collect();
    record(at, vec![log("pallof-hold", sets)])
}

/// A session at noon UTC on a date (far from midnight, so every offset agrees on the date).
fn on(d: NaiveDate) -> SessionRecord {
    pallof(
        d.and_hms_opt(12, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp_millis(),
    )
}

#[test]
fn week_of_follows_the_chosen_first_day() {
    let wednesday = date(2027, 3, 3);
    let rows = [
        (WeekStart::Monday, date(2027, 3, 1)),
        (WeekStart::Sunday, date(2027, 2, 28)),
        (WeekStart::Saturday, date(2027, 2, 27)),
    ];
    for (start, first) in rows {
        assert_eq!(week_of(wednesday, start), first, "{start:?}");
        assert_eq!(
            week_of(first, start),
            first,
            "the first day is its own week's start"
        );
    }
    assert_eq!(WeekStart::default(), WeekStart::Monday);
    assert_eq!(
        WeekStart::Sunday.weekdays()[..2],
        [Weekday::Sun, Weekday::Mon]
    );
    assert_eq!(
        serde_json::to_string(&WeekStart::Saturday).unwrap(),
        "\"saturday\""
    );
}

#[test]
fn training_days_per_week_with_monday_and_sunday_starts_including_empty_weeks() {
    // Sunday 7 March 2027 and Monday 8 March; nothing in the week before.
    let sessions = [on(date(2027, 3, 7)), on(date(2027, 3, 8))];
    let today = date(2027, 3, 10);
    let local = at_offset(0);
    let monday = training_days_per_week(&sessions, &local, WeekStart::Monday, 3, today);
    assert_eq!(
        monday,
        vec![
            (date(2027, 2, 22), 0),
            (date(2027, 3, 1), 1),
            (date(2027, 3, 8), 1)
        ]
    );
    let sunday = training_days_per_week(&sessions, &local, WeekStart::Sunday, 3, today);
    assert_eq!(
        sunday,
        vec![
            (date(2027, 2, 21), 0),
            (date(2027, 2, 28), 0),
            (date(2027, 3, 7), 2)
        ]
    );
    assert!(training_days_per_week(&sessions, &local, WeekStart::Monday, 0, today).is_empty());
}

#[test]
fn sessions_near_midnight_land_on_local_dates_across_a_daylight_saving_change() {
    // 00:30 on Sunday 28 March (still UTC+1) and 00:30 on Monday 29 March (now UTC+2).
    let spring = [
        pallof(utc(2027, 3, 27, 23, 30)),
        pallof(utc(2027, 3, 28, 22, 30)),
    ];
    let dates: Vec<_> = spring.iter().map(|s| berlin_2027(s.started_at)).collect();
    assert_eq!(dates, [date(2027, 3, 28), date(2027, 3, 29)]);
    let weeks = training_days_per_week(
        &spring,
        berlin_2027,
        WeekStart::Monday,
        2,
        date(2027, 3, 29),
    );
    assert_eq!(weeks, vec![(date(2027, 3, 22), 1), (date(2027, 3, 29), 1)]);
    // The old offset would have put Monday's session on Sunday, in the week before.
    assert_eq!(at_offset(1)(spring[1].started_at), date(2027, 3, 28));

    // 23:30 on Sunday 31 October (UTC+1 again) stays in that week; with the summer offset it
    // would have moved to Monday.
    let autumn = [
        pallof(utc(2027, 10, 30, 21, 30)),
        pallof(utc(2027, 10, 31, 22, 30)),
    ];
    let dates: Vec<_> = autumn.iter().map(|s| berlin_2027(s.started_at)).collect();
    assert_eq!(dates, [date(2027, 10, 30), date(2027, 10, 31)]);
    let weeks = training_days_per_week(
        &autumn,
        berlin_2027,
        WeekStart::Monday,
        2,
        date(2027, 11, 1),
    );
    assert_eq!(weeks, vec![(date(2027, 10, 25), 2), (date(2027, 11, 1), 0)]);
    let by_date = sessions_by_date(&autumn, berlin_2027);
    assert_eq!(by_date.get(&date(2027, 10, 31)), Some(&1));
}

#[test]
fn which_sessions_count_toward_the_weekly_target() {
    let done = pallof(0);
    let mut ended_early = pallof(0);
    ended_early.outcome = Outcome::EndedEarly;
    ended_early.exercises[0].sets.truncate(1);
    let mut stopped = ended_early.clone();
    stopped.outcome = Outcome::Stopped(HurtKind::SharpOrRising);
    let mut nothing_done = pallof(0);
    for s in &mut nothing_done.exercises[0].sets {
        s.done = Work::Seconds(0);
        s.completed = false;
    }
    let empty = record(0, vec![]);
    let rows = [
        (&done, true, "completed"),
        (&ended_early, true, "ended early after one set"),
        (
            &stopped,
            true,
            "stopped for pain after doing work: stopping must not cost the streak",
        ),
        (&nothing_done, false, "every set skipped"),
        (&empty, false, "nothing logged"),
    ];
    for (session, expected, why) in rows {
        assert_eq!(counts_toward_target(session), expected, "{why}");
    }
}

#[test]
fn streaks_count_met_weeks_and_the_open_week_never_breaks_them() {
    let mondays = |from: NaiveDate, weeks: i64| (0..weeks).map(move |w| from + Duration::weeks(w));
    // Two sessions (Monday and Wednesday) in each of four weeks from 1 Feb 2027.
    let mut sessions: Vec<_> = mondays(date(2027, 2, 1), 4)
        .flat_map(|m| [on(m), on(m + Duration::days(2))])
        .collect();
    let local = at_offset(0);
    let streak = |s: &[SessionRecord], today| streak_weeks(s, &local, WeekStart::Monday, 2, today);

    // Monday 1 March: the new week has nothing yet, and the streak stands.
    assert_eq!(streak(&sessions, date(2027, 3, 1)), 4);
    // One session this week: still open, still 4.
    sessions.push(on(date(2027, 3, 1)));
    assert_eq!(streak(&sessions, date(2027, 3, 2)), 4);
    let progress = week_progress(&sessions, &local, WeekStart::Monday, 2, date(2027, 3, 2));
    assert_eq!(progress, WeekProgress { done: 1, target: 2 });
    assert!(!progress.is_met());
    // Target met this week: it joins the streak.
    sessions.push(on(date(2027, 3, 3)));
    assert_eq!(streak(&sessions, date(2027, 3, 4)), 5);
    // A week later with nothing in between: last week was missed, the streak is gone.
    assert_eq!(streak(&sessions, date(2027, 3, 15)), 0);
    // A missed week in the middle cuts the count there.
    let gap: Vec<_> = sessions
        .iter()
        .filter(|s| {
            local(s.started_at) >= date(2027, 2, 15) || local(s.started_at) < date(2027, 2, 8)
        })
        .cloned()
        .collect();
    assert_eq!(
        streak(&gap, date(2027, 3, 4)),
        3,
        "weeks of 15 Feb, 22 Feb, 1 Mar"
    );
    // A target of 0 is read as 1.
    assert_eq!(
        streak_weeks(&[], &local, WeekStart::Monday, 0, date(2027, 3, 4)),
        0
    );
}

#[test]
fn two_sessions_on_one_day_are_one_training_day() {
    // Monday 1 March 2027 at 08:00 and 20:00, and Wednesday 3 March: the advice is two or three
    // sessions a week on days apart, so Monday's second session does not meet a target of 2.
    let monday = date(2027, 3, 1);
    let morning = pallof(utc(2027, 3, 1, 8, 0));
    let evening = pallof(utc(2027, 3, 1, 20, 0));
    let local = at_offset(0);
    let mut sessions = vec![morning, evening];
    let progress = week_progress(&sessions, &local, WeekStart::Monday, 2, monday);
    assert_eq!(progress, WeekProgress { done: 1, target: 2 });
    assert_eq!(
        streak_weeks(&sessions, &local, WeekStart::Monday, 2, monday),
        0
    );
    assert_eq!(
        training_days_per_week(&sessions, &local, WeekStart::Monday, 1, monday),
        vec![(monday, 1)]
    );

    sessions.push(on(date(2027, 3, 3)));
    let wednesday = date(2027, 3, 3);
    assert!(week_progress(&sessions, &local, WeekStart::Monday, 2, wednesday).is_met());
    assert_eq!(
        streak_weeks(&sessions, &local, WeekStart::Monday, 2, wednesday),
        1
    );
    assert_eq!(
        training_days_per_week(&sessions, &local, WeekStart::Monday, 1, wednesday),
        vec![(monday, 2)]
    );
}

/// Pallof holds where the right side's second and third holds ended after 1 s.
fn right_cut_short(at: Millis) -> SessionRecord {
    let mut s = pallof(at);
    for set in s.exercises[0]
        .sets
        .iter_mut()
        .filter(|x| x.side == Side::Right && x.set > 1)
    {
        set.done = Work::Seconds(1);
        set.completed = false;
    }
    s
}

#[test]
fn balance_sums_each_side_and_warns_when_one_falls_behind() {
    let now = utc(2027, 3, 31, 12, 0);
    let since = balance_window_start(now);
    let old = right_cut_short(since - 1); // outside the four weeks
    let sessions = vec![old, pallof(since), right_cut_short(since + 1)];
    let b = balance(&sessions, "pallof-hold", since);
    assert_eq!(
        b,
        SideBalance {
            unit: Some(WorkUnit::Seconds),
            left: 60,
            right: 42,
            prescribed_left: 60,
            prescribed_right: 60,
            sets_cut_short_left: 0,
            sets_cut_short_right: 2,
        }
    );
    let warning = b.warning().expect("42 of 60 is more than 10 % short");
    assert_eq!(warning.behind, Side::Right);
    assert_eq!(warning.difference, 18);
    assert_eq!(warning.cause, ImbalanceCause::SetsEndedEarly { sets: 2 });
    let message = warning.message();
    assert!(
        message.contains("right side did 18 seconds less than your left"),
        "{message}"
    );
    assert!(message.contains("ended early"), "{message}");
    assert!(message.contains("start with your right side"), "{message}");

    // Even sides: no warning. Alternating reps count for both sides, so never uneven.
    assert_eq!(
        balance(&[pallof(now)], "pallof-hold", since).warning(),
        None
    );
    let reps = Work::Reps(8);
    let knees = record(
        now,
        vec![log("knee-rotations", vec![set(1, Side::Both, reps, reps)])],
    );
    let b = balance(&[knees], "knee-rotations", since);
    assert_eq!((b.left, b.right, b.unit), (8, 8, Some(WorkUnit::Reps)));
    assert_eq!(b.warning(), None);
    assert_eq!(
        balance(&sessions, "landmine-rotation", since).warning(),
        None,
        "no sets"
    );
}

#[test]
fn a_set_cut_short_on_one_side_only_warns_even_when_totals_are_close() {
    let mut s = pallof(0);
    let last_left = s.exercises[0]
        .sets
        .iter_mut()
        .rev()
        .find(|x| x.side == Side::Left);
    let last_left = last_left.expect("a left set");
    last_left.done = Work::Seconds(9);
    last_left.completed = false;
    let warning = balance(&[s], "pallof-hold", 0)
        .warning()
        .expect("one-sided");
    assert_eq!(warning.behind, Side::Left);
    assert_eq!(warning.cause, ImbalanceCause::OneSidedCuts { sets: 1 });
    assert!(
        warning
            .message()
            .contains("1 set on your left side ended early"),
        "{}",
        warning.message()
    );
}

#[test]
fn a_side_with_fewer_sets_is_named_as_such() {
    let mut s = pallof(0);
    s.exercises[0]
        .sets
        .retain(|x| !(x.side == Side::Right && x.set == 3));
    let warning = balance(&[s], "pallof-hold", 0).warning().expect("20 of 30");
    assert_eq!((warning.behind, warning.difference), (Side::Right, 10));
    assert_eq!(warning.cause, ImbalanceCause::FewerSets);
    assert!(
        warning.message().contains("fewer sets"),
        "{}",
        warning.message()
    );
}

/// Holds of 10 s, all done in full: `left` on the left side and `right` on the right.
fn holds(left: u32, right: u32) -> SessionRecord {
    let hold = Work::Seconds(10);
    let lefts = (1..=left).map(|n| set(n, Side::Left, hold, hold));
    let rights = (1..=right).map(|n| set(n, Side::Right, hold, hold));
    record(0, vec![log("pallof-hold", lefts.chain(rights).collect())])
}

#[test]
fn a_difference_of_exactly_ten_percent_is_still_even() {
    // 90 s against 100 s is 10 % of the larger side: within the tolerance, no warning.
    let b = balance(&[holds(10, 9)], "pallof-hold", 0);
    assert_eq!((b.left, b.right), (100, 90));
    assert_eq!(b.warning(), None);
    // 80 s against 90 s is more than 10 %.
    let warning = balance(&[holds(9, 8)], "pallof-hold", 0)
        .warning()
        .expect("10 of 90 is more than 10 %");
    assert_eq!((warning.behind, warning.difference), (Side::Right, 10));
}

#[test]
fn a_side_with_fewer_sets_and_one_slightly_short_is_behind_for_the_missing_set() {
    // Right: two holds instead of three, one of them ended at 9 s. The gap (11 s) is mostly the
    // missing set (10 s), not the second cut short (1 s): fewer sets, not sets ended early.
    let mut s = holds(3, 2);
    let last_right = s.exercises[0].sets.last_mut().expect("a right set");
    *last_right = set(2, Side::Right, Work::Seconds(10), Work::Seconds(9));
    let b = balance(&[s], "pallof-hold", 0);
    assert_eq!((b.right, b.sets_cut_short_right), (19, 1));
    let warning = b.warning().expect("19 of 30");
    assert_eq!((warning.behind, warning.difference), (Side::Right, 11));
    assert_eq!(warning.cause, ImbalanceCause::FewerSets);
}

#[test]
fn sets_ending_early_is_never_the_cause_when_no_set_on_that_side_did() {
    // A shortfall with no set marked as cut short (a backup's sets default to complete): the
    // message must not say sets on that side ended early.
    let b = SideBalance {
        unit: Some(WorkUnit::Seconds),
        left: 30,
        right: 20,
        prescribed_left: 30,
        prescribed_right: 30,
        sets_cut_short_left: 0,
        sets_cut_short_right: 0,
    };
    let warning = b.warning().expect("20 of 30");
    assert_eq!(warning.behind, Side::Right);
    assert!(
        !matches!(warning.cause, ImbalanceCause::SetsEndedEarly { .. }),
        "{:?}",
        warning.cause
    );
}

#[test]
fn trends_average_each_set_and_convert_pounds() {
    let hold = Work::Seconds(10);
    let mut first = pallof(1_000);
    first.exercises[0].load = Load::Lb(20.0);
    first.exercises[0].sets[5] = set(3, Side::Right, hold, Work::Seconds(4));
    first.pain_before = Some(2);
    first.pain_after = Some(1);
    let mut second = pallof(2_000);
    second.exercises[0].load = Load::Kg(10.0);
    second.exercises[0].sets[5] = set(3, Side::Right, hold, Work::Seconds(0)); // skipped
    let band = {
        let mut s = pallof(3_000);
        s.exercises[0].load = Load::Band("red".into());
        s
    };
    let other = record(1_500, vec![log("knee-rotations", vec![])]);
    // Out of order on purpose: the trend comes back oldest first.
    let points = trend(&[second, other, band, first], "pallof-hold");
    assert_eq!(
        points.iter().map(|p| p.at).collect::<Vec<_>>(),
        [1_000, 2_000, 3_000]
    );
    assert_eq!(points[0].hold_seconds, Some(54.0 / 6.0));
    assert_eq!(
        points[1].hold_seconds,
        Some(10.0),
        "the skipped set is left out"
    );
    assert_eq!(points[0].reps, None);
    let kg = points[0].load_kg.expect("pounds converted");
    assert!((kg - 9.071_847).abs() < 1e-4, "{kg}");
    assert_eq!(points[1].load_kg, Some(10.0));
    assert_eq!(points[2].load_kg, None, "a band has no weight");
    assert_eq!(
        (points[0].pain_before, points[0].pain_after),
        (Some(2), Some(1))
    );
    assert_eq!(load_kg(&Load::None), None);

    let reps = Work::Reps(8);
    let knees = record(
        0,
        vec![log(
            "knee-rotations",
            vec![set(1, Side::Both, reps, Work::Reps(6))],
        )],
    );
    let points = trend(&[knees], "knee-rotations");
    assert_eq!((points[0].reps, points[0].hold_seconds), (Some(6.0), None));
}

#[test]
fn pain_series_keeps_every_session_oldest_first() {
    let mut a = pallof(2);
    a.pain_before = Some(3);
    let mut b = pallof(1);
    b.pain_after = Some(1);
    assert_eq!(
        pain_series(&[a, b]),
        vec![(1, None, Some(1)), (2, Some(3), None)]
    );
}

#[test]
fn month_grid_shapes() {
    // February 2027 begins on a Monday and has 28 days: exactly four full rows.
    let feb = month_grid(2027, 2, WeekStart::Monday);
    assert_eq!(feb.len(), 4);
    assert!(feb.iter().flatten().all(Option::is_some));
    assert_eq!(feb[0][0], Some(date(2027, 2, 1)));
    assert_eq!(feb[3][6], Some(date(2027, 2, 28)));
    // Starting on Sunday, the 1st sits in the second column and a fifth row holds the 28th.
    let feb = month_grid(2027, 2, WeekStart::Sunday);
    assert_eq!(feb.len(), 5);
    assert_eq!(feb[0][0], None);
    assert_eq!(feb[0][1], Some(date(2027, 2, 1)));
    assert_eq!(feb[4][0], Some(date(2027, 2, 28)));
    assert_eq!(feb[4][1..], [None; 6]);
    assert_eq!(feb.iter().flatten().flatten().count(), 28);
    assert!(month_grid(2027, 13, WeekStart::Monday).is_empty());
}

#[test]
fn five_years_of_history_run_through_everything() {
    let start = date(2022, 1, 3);
    let sessions: Vec<SessionRecord> = (0..800)
        .map(|i| {
            let day = start + Duration::days(i * 1825 / 800);
            let mut s = if i % 7 == 0 {
                right_cut_short(0)
            } else {
                pallof(0)
            };
            s.started_at = day
                .and_hms_opt(18, 0, 0)
                .unwrap()
                .and_utc()
                .timestamp_millis();
            s.pain_before = Some((i % 4) as u8);
            s.exercises[0].load = Load::Kg(5.0 + (i / 100) as f32);
            s
        })
        .collect();
    let today = start + Duration::days(1825);
    let local = at_offset(1);
    let now = sessions.last().unwrap().started_at;
    let weeks = training_days_per_week(&sessions, &local, WeekStart::Monday, 261, today);
    assert_eq!(weeks.len(), 261);
    assert_eq!(weeks.iter().map(|w| w.1).sum::<u32>(), 800);
    assert!(streak_weeks(&sessions, &local, WeekStart::Sunday, 2, today) > 0);
    assert!(week_progress(&sessions, &local, WeekStart::Monday, 2, today).done <= 3);
    assert!(balance(&sessions, "pallof-hold", balance_window_start(now)).left > 0);
    assert_eq!(trend(&sessions, "pallof-hold").len(), 800);
    assert_eq!(pain_series(&sessions).len(), 800);
    assert_eq!(
        sessions_by_date(&sessions, &local).values().sum::<u32>(),
        800
    );
    assert_eq!(month_grid(2026, 12, WeekStart::Saturday).len(), 5);
}

#[test]
fn a_month_reads_back_from_its_address_and_steps_within_the_years_kept() {
    let nov = Month::parse("2026-11").unwrap();
    assert_eq!(nov.param(), "2026-11");
    assert_eq!(nov.first_day(), date(2026, 11, 1));
    assert_eq!(Month::of(date(2026, 11, 29)), nov);
    assert_eq!(nov.next().unwrap().param(), "2026-12");
    assert_eq!(nov.next().unwrap().next().unwrap().param(), "2027-01");
    assert_eq!(
        Month::parse("2027-01").unwrap().previous().unwrap().param(),
        "2026-12"
    );
    for bad in [
        "",
        "2026",
        "2026-13",
        "2026-00",
        "2026-1",
        "1999-12",
        "2100-01",
        "x-11",
        "2026-11-01",
    ] {
        assert_eq!(Month::parse(bad), None, "{bad:?}");
    }
    // At either end of the years a history can hold, there is no link further.
    assert_eq!(Month::parse("2000-01").unwrap().previous(), None);
    assert_eq!(Month::parse("2099-12").unwrap().next(), None);
    // The calendar's "next" stops at the month of today: December has begun on its 1st.
    assert_eq!(nov.next_up_to(date(2026, 11, 30)), None);
    assert_eq!(
        nov.next_up_to(date(2026, 12, 1)).unwrap().param(),
        "2026-12"
    );
    assert_eq!(nov.next_up_to(date(2027, 3, 9)).unwrap().param(), "2026-12");
    // A month has begun on its 1st, and not the day before.
    assert!(nov.has_begun_by(date(2026, 11, 1)));
    assert!(!nov.has_begun_by(date(2026, 10, 31)));
}

#[test]
fn a_month_counts_its_own_training_days() {
    let counts = HashMap::from([
        (date(2026, 10, 31), 1),
        (date(2026, 11, 1), 2),
        (date(2026, 11, 30), 1),
        (date(2026, 12, 1), 1),
        (date(2025, 11, 15), 1),
        (date(2026, 11, 15), 3),
        (date(2026, 11, 16), 0),
    ]);
    // The 1st, 15th and 30th of November 2026; not the same month a year before, the days
    // either side, or a day with no session.
    let nov = Month::parse("2026-11").unwrap();
    assert_eq!(nov.training_days(&counts), 3);
    assert_eq!((nov.year(), nov.number()), (2026, 11));
}

#[test]
fn the_balance_line_says_when_an_exercise_was_not_done_in_the_window() {
    let now = utc(2027, 3, 1, 12, 0);
    let old = pallof(now - 40 * 86_400_000);
    let balance_now = |sessions: &[SessionRecord]| {
        balance(sessions, "pallof-hold", balance_window_start(now)).summary()
    };
    assert_eq!(
        balance_now(std::slice::from_ref(&old)),
        "Not done in the last four weeks."
    );
    let recent = pallof(now - 86_400_000);
    assert_eq!(
        balance_now(&[old, recent]),
        "Last four weeks: left 30 s, right 30 s."
    );
}

#[test]
fn the_progress_cards_follow_the_exercise_done_last() {
    let hold = Work::Seconds(10);
    let knees = |at| {
        record(
            at,
            vec![log(
                "knee-rotations",
                vec![set(1, Side::Both, Work::Reps(8), Work::Reps(8))],
            )],
        )
    };
    let both = |at| {
        record(
            at,
            vec![
                log("texas-twist", vec![set(1, Side::Left, hold, hold)]),
                log("knee-rotations", vec![]),
            ],
        )
    };
    let day = 86_400_000;
    let sessions = [pallof(day), knees(2 * day), both(3 * day)];
    assert_eq!(
        exercises_by_recency(&sessions),
        ["texas-twist", "knee-rotations", "pallof-hold"]
    );
    assert!(exercises_by_recency(&[]).is_empty());
}

/// Both sides, as the source asks: each warning names the side that fell behind, whichever it
/// is, and the window is the four weeks the line says.
#[test]
fn balance_warnings_name_either_side_over_four_weeks() {
    let now = 1_800_000_000_000;
    assert_eq!(balance_window_start(now), now - 28 * 86_400_000);

    let mut s = pallof(0);
    let last_right = s.exercises[0]
        .sets
        .iter_mut()
        .rev()
        .find(|x| x.side == Side::Right)
        .expect("a right set");
    last_right.done = Work::Seconds(9);
    last_right.completed = false;
    let warning = balance(&[s], "pallof-hold", 0)
        .warning()
        .expect("one-sided");
    assert_eq!(warning.behind, Side::Right);
    assert_eq!(warning.cause, ImbalanceCause::OneSidedCuts { sets: 1 });

    let mut s = pallof(0);
    s.exercises[0]
        .sets
        .retain(|x| !(x.side == Side::Left && x.set == 3));
    let warning = balance(&[s], "pallof-hold", 0).warning().expect("20 of 30");
    assert_eq!((warning.behind, warning.difference), (Side::Left, 10));
    assert_eq!(warning.cause, ImbalanceCause::FewerSets);
}

#[test]
fn the_side_that_fell_behind_is_started_on_until_it_catches_up() {
    let now = utc(2027, 3, 31, 12, 0);
    let since = balance_window_start(now);
    // The right side's holds ended early lately: the workout starts on the right.
    let behind_right = vec![pallof(since + 1), right_cut_short(since + 2)];
    assert_eq!(
        side_to_start(&behind_right, "pallof-hold", now),
        Side::Right
    );
    // Only the exercise that fell behind.
    assert_eq!(
        side_to_start(&behind_right, "knee-rotations", now),
        Side::Left
    );
    // Even sides, a left side behind, or a shortfall from before the four weeks: the left.
    assert_eq!(
        side_to_start(&[pallof(since + 1)], "pallof-hold", now),
        Side::Left
    );
    let mut behind_left = pallof(since + 1);
    for set in behind_left.exercises[0]
        .sets
        .iter_mut()
        .filter(|x| x.side == Side::Left)
    {
        set.done = Work::Seconds(1);
        set.completed = false;
    }
    assert_eq!(
        side_to_start(&[behind_left], "pallof-hold", now),
        Side::Left
    );
    assert_eq!(
        side_to_start(&[right_cut_short(since - 1)], "pallof-hold", now),
        Side::Left
    );
    assert_eq!(side_to_start(&[], "pallof-hold", now), Side::Left);

    // And so today's workout is built: the hold on the right first, the knees as always.
    let plan: Vec<PlanItem> = ["knee-rotations", "pallof-hold"]
        .map(|id| PlanItem::from_catalog(find(id).expect("in the catalog")))
        .into();
    let items = items_for_today(&plan, &behind_right, now);
    assert_eq!(
        items
            .iter()
            .map(|i| (i.exercise.as_str(), i.right_first))
            .collect::<Vec<_>>(),
        [("knee-rotations", false), ("pallof-hold", true)]
    );
    assert!(items_for_today(&plan, &[], now)
        .iter()
        .all(|i| !i.right_first));
}

#[test]
fn a_calendar_day_leads_to_its_first_session_that_counts() {
    // 1 March: at 07:00 nothing done, at 08:00 and 20:00 two sessions; 3 March: one.
    let mut nothing_done = pallof(utc(2027, 3, 1, 7, 0));
    for s in &mut nothing_done.exercises[0].sets {
        s.done = Work::Seconds(0);
    }
    let morning = pallof(utc(2027, 3, 1, 8, 0));
    let evening = pallof(utc(2027, 3, 1, 20, 0));
    let wednesday = on(date(2027, 3, 3));
    let sessions = [nothing_done, morning.clone(), evening, wednesday.clone()];
    let first = first_session_by_date(&sessions, at_offset(0));
    assert_eq!(
        first,
        HashMap::from([
            (date(2027, 3, 1), morning.id.as_str()),
            (date(2027, 3, 3), wednesday.id.as_str()),
        ])
    );
    // Four hours ahead of UTC, the evening session is on the 2nd.
    assert_eq!(first_session_by_date(&sessions, at_offset(4)).len(), 3);
}
