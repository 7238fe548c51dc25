//! The gates around exercise (`core::safety`).

use rotation_rehab::catalog::{Dose, Prescription, Sides};
use rotation_rehab::core::safety::{
    awaiting_clearance, high_pain_after, may_be_left_out, next_day_advice, no_better_after_a_month,
    no_better_to_show, not_settled, pain_after_too_high, too_sore_to_start, HighPainAfter,
    NextDayAdvice, NoBetter,
};
use rotation_rehab::core::session::{
    session_id, ExerciseLog, HurtKind, Load, Outcome, SessionRecord, SetLog, Side, Work,
};

const DAY: i64 = 86_400_000;

fn session(day: i64, outcome: Outcome) -> SessionRecord {
    let at = 1_760_000_000_000 + day * DAY;
    SessionRecord {
        id: session_id(at),
        started_at: at,
        ended_at: at + 300_000,
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
                done: Work::Seconds(4),
                done_ms: 4000,
                completed: false,
            }],
        }],
        pain_before: Some(2),
        pain_after: None,
        pain_next_day: None,
        effort: None,
        note: String::new(),
        outcome,
    }
}

#[test]
fn a_warning_sign_holds_every_later_workout_until_a_clinician_is_said_to_have_checked() {
    let red_flag = Outcome::Stopped(HurtKind::RedFlag);
    let history = vec![session(0, Outcome::Completed), session(2, red_flag)];
    let flagged = &history[1];
    assert_eq!(awaiting_clearance(&history, ""), Some(flagged));
    // Later sessions (there should be none, but an import may bring some) do not clear it.
    let mut later = history.clone();
    later.push(session(4, Outcome::Completed));
    assert_eq!(awaiting_clearance(&later, ""), Some(&later[1]));
    // A go-ahead for another stop does not count; one for this stop does.
    assert!(awaiting_clearance(&history, "an-older-stop").is_some());
    assert_eq!(awaiting_clearance(&history, &flagged.id), None);
    // A new warning sign after the go-ahead asks again.
    let mut again = history.clone();
    again.push(session(9, red_flag));
    assert_eq!(awaiting_clearance(&again, &flagged.id), Some(&again[2]));
    // A stop for sharp pain is not a warning sign.
    let sharp = vec![session(0, Outcome::Stopped(HurtKind::SharpOrRising))];
    assert_eq!(awaiting_clearance(&sharp, ""), None);
    assert_eq!(awaiting_clearance(&[], ""), None);
}

#[test]
fn the_day_after_calls_for_a_clinician_when_a_pain_stop_has_not_settled() {
    use NextDayAdvice::*;
    // Pain before was 2.
    let calm = session(0, Outcome::Completed);
    assert_eq!(next_day_advice(2, &calm), Settled);
    assert_eq!(next_day_advice(3, &calm), TakeItEasy, "higher than before");
    assert_eq!(next_day_advice(6, &calm), TakeItEasy, "above the limit");
    let mut sore = calm.clone();
    sore.pain_before = Some(6);
    assert_eq!(
        next_day_advice(6, &sore),
        StillHigh,
        "as sore as before: not the session"
    );
    assert_eq!(next_day_advice(7, &sore), TakeItEasy);
    // The stop's own advice: if it has not settled by tomorrow, ask a doctor or physio.
    let stopped = session(0, Outcome::Stopped(HurtKind::SharpOrRising));
    assert_eq!(next_day_advice(2, &stopped), Settled);
    assert_eq!(next_day_advice(3, &stopped), AskAClinician);
}

#[test]
fn not_settled_is_higher_than_before_or_above_the_limit() {
    assert!(not_settled(3, Some(1)), "higher than before");
    assert!(not_settled(6, None), "above the limit, before unknown");
    assert!(
        not_settled(6, Some(6)),
        "above the limit, however it was before"
    );
    assert!(!not_settled(2, Some(2)));
    assert!(!not_settled(1, Some(3)));
    assert!(!not_settled(5, None), "5 is within the limit");
}

#[test]
fn pain_after_above_five_is_too_much() {
    // Before a session, the same limit: 5 starts as usual, 6 is told first.
    assert!(!too_sore_to_start(5));
    assert!(too_sore_to_start(6));
    assert!(!pain_after_too_high(5));
    assert!(pain_after_too_high(6));
    assert!(pain_after_too_high(10));
    // Not blamed on the session when the back was as sore before it.
    assert_eq!(high_pain_after(5, Some(2)), None);
    assert_eq!(
        high_pain_after(7, Some(2)),
        Some(HighPainAfter::RaisedBySession)
    );
    assert_eq!(
        high_pain_after(7, None),
        Some(HighPainAfter::RaisedBySession)
    );
    assert_eq!(
        high_pain_after(6, Some(6)),
        Some(HighPainAfter::AlreadyThatHigh)
    );
    assert_eq!(
        high_pain_after(6, Some(8)),
        Some(HighPainAfter::AlreadyThatHigh)
    );
}

#[test]
fn a_workout_waits_for_the_safety_check_a_plan_and_a_go_ahead_after_a_warning_sign() {
    use rotation_rehab::core::plan::PlanItem;
    use rotation_rehab::store::{Profile, WorkoutGate};
    let red_flag = vec![session(0, Outcome::Stopped(HurtKind::RedFlag))];
    // An imported profile may have a plan and no safety check.
    let mut profile = Profile {
        plan: vec![PlanItem::from_catalog(
            rotation_rehab::catalog::find("pallof-hold").unwrap(),
        )],
        ..Profile::default()
    };
    assert_eq!(profile.workout_gate(&[]), WorkoutGate::SafetyCheck);
    profile.safety_ok_at = Some(1);
    assert_eq!(profile.workout_gate(&[]), WorkoutGate::Ready);
    assert_eq!(profile.workout_gate(&red_flag), WorkoutGate::Clinician);
    profile.clear_red_flag(&red_flag);
    assert_eq!(profile.red_flag_cleared, red_flag[0].id);
    assert_eq!(profile.workout_gate(&red_flag), WorkoutGate::Ready);
    profile.plan.clear();
    assert_eq!(profile.workout_gate(&red_flag), WorkoutGate::NoPlan);
}

#[test]
fn a_back_no_better_after_a_month_is_told_to_get_advice() {
    // Pain before each session, twice a week for five weeks.
    let weeks = |pains: &[u8]| -> Vec<SessionRecord> {
        pains
            .iter()
            .enumerate()
            .map(|(i, &pain)| {
                let mut s = session(i as i64 * 7 / 2, Outcome::Completed);
                s.pain_before = Some(pain);
                s
            })
            .collect()
    };
    let same = weeks(&[4, 4, 4, 5, 4, 4, 4, 4, 4, 4]);
    assert_eq!(
        no_better_after_a_month(&same),
        Some(NoBetter { then: 4, now: 4 })
    );
    // Easing, even a little: no.
    assert_eq!(
        no_better_after_a_month(&weeks(&[4, 4, 4, 4, 4, 4, 4, 4, 3, 3])),
        None
    );
    // In the safe zone, however long: no.
    assert_eq!(
        no_better_after_a_month(&weeks(&[2, 2, 2, 2, 2, 2, 2, 2, 2, 2])),
        None
    );
    // Not a month of sessions yet: no.
    assert_eq!(no_better_after_a_month(&weeks(&[5, 5, 5, 5, 5, 5])), None);
    // Worse: yes.
    assert_eq!(
        no_better_after_a_month(&weeks(&[3, 3, 3, 3, 4, 4, 5, 5, 5, 5])),
        Some(NoBetter { then: 3, now: 5 })
    );
    assert_eq!(no_better_after_a_month(&[]), None);
    // One session back after a break is no trend: two in the last week at least.
    let mut back = weeks(&[4, 4, 4, 4, 4, 4, 4, 4, 4]);
    back.remove(7);
    assert_eq!(no_better_after_a_month(&back), None);

    // "Got it" puts it away for four weeks, then it may come back.
    let newest = |h: &[SessionRecord]| h.last().expect("a session").started_at;
    let (_, key) = no_better_to_show(&same, &[], newest(&same)).expect("shown");
    let dismissed = [key];
    assert_eq!(no_better_to_show(&same, &dismissed, newest(&same)), None);
    let mut later = same.clone();
    for day in [35, 38, 42, 45, 49, 52, 56, 59] {
        let mut s = session(day, Outcome::Completed);
        s.pain_before = Some(4);
        later.push(s);
        let shown = no_better_to_show(&later, &dismissed, newest(&later)).is_some();
        assert_eq!(shown, day >= 31 + 28, "day {day}");
    }
    // Two weeks on with no session, it is old news.
    let month_later = newest(&same) + 15 * DAY;
    assert_eq!(no_better_to_show(&same, &[], month_later), None);
    // A dismissal dated after the newest session (that one deleted since) still counts.
    let (_, key) = no_better_to_show(&later, &[], newest(&later)).expect("shown");
    let mut fewer = later.clone();
    fewer.pop();
    assert_eq!(no_better_to_show(&fewer, &[key], newest(&fewer)), None);
}

/// A completed session `day` days in, with this pain before it.
fn pain_before_on(day: i64, pain: u8) -> SessionRecord {
    let mut s = session(day, Outcome::Completed);
    s.pain_before = Some(pain);
    s
}

#[test]
fn the_weeks_compared_for_no_better_leave_out_sessions_just_beyond_them() {
    let no_better = |days: &[(i64, u8)]| {
        let history: Vec<_> = days.iter().map(|&(d, p)| pain_before_on(d, p)).collect();
        no_better_after_a_month(&history)
    };
    // The newest session is on day 35: the last week is days 29 to 35, the week a month
    // before days 1 to 7 (from 28 days back to just under 35).
    let four_then_and_now = Some(NoBetter { then: 4, now: 4 });
    assert_eq!(no_better(&[(5, 4), (31, 4), (35, 4)]), four_then_and_now);
    // A lower score exactly seven days before the newest is in neither week: it must not
    // make the last week look better than it was.
    assert_eq!(
        no_better(&[(5, 4), (28, 3), (31, 4), (35, 4)]),
        four_then_and_now
    );
    // Eased from 5 to 4. A 3 exactly 35 days back, or older, is before the week a month
    // ago: it must not make 4 look no better.
    assert_eq!(no_better(&[(5, 5), (31, 4), (35, 4)]), None);
    assert_eq!(no_better(&[(0, 3), (5, 5), (31, 4), (35, 4)]), None);
    assert_eq!(no_better(&[(-10, 3), (5, 5), (31, 4), (35, 4)]), None);
}

#[test]
fn the_no_better_card_still_shows_two_weeks_to_the_day_after_the_newest_session() {
    // Stale only *after* two weeks without a session, the same break the suggestions use.
    let history = [
        pain_before_on(5, 4),
        pain_before_on(31, 4),
        pain_before_on(35, 4),
    ];
    let newest = history[2].started_at;
    assert!(no_better_to_show(&history, &[], newest + 14 * DAY).is_some());
    assert_eq!(
        no_better_to_show(&history, &[], newest + 14 * DAY + 1),
        None
    );
}

#[test]
fn a_back_higher_than_a_month_ago_is_worse_and_one_as_high_is_no_better() {
    use rotation_rehab::core::safety::NoBetter;
    assert!(NoBetter { then: 3, now: 5 }.worse());
    assert!(!NoBetter { then: 4, now: 4 }.worse());
}

#[test]
fn only_a_workout_that_no_later_advice_rests_on_may_be_left_out() {
    assert!(may_be_left_out(&session(0, Outcome::Completed)));
    assert!(may_be_left_out(&session(0, Outcome::EndedEarly)));
    assert!(!may_be_left_out(&session(
        0,
        Outcome::Stopped(HurtKind::RedFlag)
    )));
    assert!(!may_be_left_out(&session(
        0,
        Outcome::Stopped(HurtKind::SharpOrRising)
    )));
    let with_pain_after = |pain| SessionRecord {
        pain_after: Some(pain),
        ..session(0, Outcome::EndedEarly)
    };
    assert!(may_be_left_out(&with_pain_after(5)));
    assert!(!may_be_left_out(&with_pain_after(6)));
}
