//! The reminders' timing rules (`core::nudges`).

use chrono::NaiveDate;
use rotation_rehab::catalog::{Dose, Prescription, Sides};
use rotation_rehab::core::nudges::{
    backup_due, install_hint_due, next_day_question, sessions_since_backup, BACKUP_EVERY,
    INSTALL_HINT_AGAIN_AFTER,
};
use rotation_rehab::core::session::{
    session_id, ExerciseLog, HurtKind, Load, Outcome, SessionRecord, SetLog, Side, Work,
};

const DAY: i64 = 24 * 60 * 60 * 1000;

#[test]
fn sessions_since_backup_counts_only_later_sessions() {
    let started = [10, 20, 30, 40];
    assert_eq!(sessions_since_backup(None, started.into_iter()), 4);
    assert_eq!(sessions_since_backup(Some(20), started.into_iter()), 2);
    assert_eq!(sessions_since_backup(Some(40), started.into_iter()), 0);
}

#[test]
fn a_backup_reminder_comes_each_time_a_multiple_is_passed() {
    assert!(!backup_due(0, BACKUP_EVERY - 1));
    assert!(backup_due(BACKUP_EVERY - 1, BACKUP_EVERY));
    assert!(!backup_due(BACKUP_EVERY, BACKUP_EVERY + 1));
    // An import that jumps from 3 to 25 passes 10 and 20: one reminder.
    assert!(backup_due(3, 25));
    assert!(backup_due(2 * BACKUP_EVERY - 1, 2 * BACKUP_EVERY));
    // Going down (a backup, a deletion) never reminds.
    assert!(!backup_due(25, 0));
}

#[test]
fn the_home_screen_hint_returns_a_month_after_it_was_dismissed() {
    let now = 1_800_000_000_000;
    assert!(install_hint_due(None, now));
    assert!(!install_hint_due(Some(now), now));
    assert!(!install_hint_due(Some(now - 29 * DAY), now));
    assert!(install_hint_due(Some(now - INSTALL_HINT_AGAIN_AFTER), now));
    assert!(install_hint_due(Some(now - 90 * DAY), now));
    // A dismissal "in the future" (the clock was set back) keeps the hint away.
    assert!(!install_hint_due(Some(now + DAY), now));
}

/// A session on day `day` (days since the epoch, as the local date), with `held` seconds done.
fn session_on(day: i64, held: u32) -> SessionRecord {
    let at = day * DAY + 9 * 60 * 60 * 1000;
    SessionRecord {
        id: session_id(at),
        started_at: at,
        ended_at: at + 600_000,
        exercises: vec![ExerciseLog {
            exercise: "pallof-hold".into(),
            prescription: Prescription {
                sets: 1,
                dose: Dose::Hold { seconds: 10 },
                sides: Sides::EachSide,
                rest_seconds: 30,
            },
            load: Load::None,
            range: None,
            sets: vec![SetLog {
                set: 1,
                side: Side::Left,
                target: Work::Seconds(10),
                done: Work::Seconds(held),
                done_ms: held * 1000,
                completed: held >= 10,
            }],
        }],
        pain_before: Some(1),
        pain_after: Some(1),
        pain_next_day: None,
        effort: None,
        note: String::new(),
        outcome: Outcome::Completed,
    }
}

#[test]
fn the_day_after_question_asks_about_the_newest_session_for_two_days() {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
    let date_of = |at: i64| epoch + chrono::Duration::days(at.div_euclid(DAY));
    let hour = 60 * 60 * 1000;
    // Noon on day n.
    let noon = |n: i64| n * DAY + 12 * hour;
    let history = vec![session_on(100, 10), session_on(103, 10)];
    let asked = |now| {
        next_day_question(&history, now, date_of).map(|q| (q.session.started_at, q.days_after))
    };
    let newest = history[1].started_at;
    assert_eq!(asked(noon(103)), None, "not on the day itself");
    assert_eq!(asked(noon(104)), Some((newest, 1)));
    assert_eq!(asked(noon(105)), Some((newest, 2)));
    assert_eq!(asked(noon(106)), None, "too long after to say");
    // A clock set back to before the newest session: by that clock it has not happened, so
    // the question is about the one before it.
    assert_eq!(asked(noon(102)), Some((history[0].started_at, 2)));
    assert_eq!(asked(noon(100)), None, "nor before that one");
    // A session dated weeks ahead (saved while the clock was wrong) does not stand in for the
    // newest: yesterday's session is asked about.
    let mut ahead = history.clone();
    ahead.push(session_on(150, 10));
    assert_eq!(
        next_day_question(&ahead, noon(104), date_of).map(|q| q.session.started_at),
        Some(newest)
    );
    // A late session is not asked about just after midnight: not 12 hours on yet.
    let late = vec![session_on(103, 10)];
    let mut late = late;
    late[0].started_at = 103 * DAY + 22 * hour;
    late[0].ended_at = late[0].started_at + 600_000;
    assert_eq!(next_day_question(&late, 104 * DAY + hour, date_of), None);
    assert!(next_day_question(&late, 104 * DAY + 11 * hour, date_of).is_some());
    // An evening session (19:45 to 19:55) is asked about over breakfast, 11 hours on.
    late[0].started_at = 103 * DAY + 19 * hour + 45 * 60_000;
    late[0].ended_at = late[0].started_at + 600_000;
    assert!(next_day_question(&late, 104 * DAY + 7 * hour, date_of).is_some());

    let mut answered = history.clone();
    answered[1].set_pain_next_day(14);
    assert_eq!(answered[1].pain_next_day, Some(10), "the top of the scale");
    assert_eq!(next_day_question(&answered, noon(104), date_of), None);
    // A session with no work in it (every set skipped) asks nothing.
    let nothing_done = vec![session_on(103, 0)];
    assert_eq!(next_day_question(&nothing_done, noon(104), date_of), None);
    assert_eq!(next_day_question(&[], noon(104), date_of), None);
    // A session stopped for a warning sign sent the person to a clinician: the day after is
    // not "did it suit your back".
    let mut red_flag = history.clone();
    red_flag[1].outcome = Outcome::Stopped(HurtKind::RedFlag);
    assert_eq!(next_day_question(&red_flag, noon(104), date_of), None);
    red_flag[1].outcome = Outcome::Stopped(HurtKind::SharpOrRising);
    assert!(
        next_day_question(&red_flag, noon(104), date_of).is_some(),
        "sharp pain: asked"
    );
}
