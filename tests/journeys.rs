//! Journeys: simulated people training for weeks through the real core, as the app drives it.
//! Each starts from the plan `plan::recommend` gives them, trains on their own days, answers
//! (or not) "How is your back today?" the next morning, then reads the cards `to_show` gives
//! and takes or dismisses them, as the History screen lets them.
//!
//! The table tests (tests/progression.rs) check each rule alone; these check what must hold
//! for a whole journey whatever the rules' details: no step up after a session that hurt, no
//! dose outside the sources' ranges, steps at a sane pace, one easing per flare, and progress
//! for someone who does well. `JOURNEYS=print cargo test --test journeys -- --nocapture`
//! prints each person's diary: rerun it after any change of the rules and read it.

mod support;

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate};
use rotation_rehab::catalog::{find, Dose, Equipment, Level};
use rotation_rehab::core::nudges::next_day_question;
use rotation_rehab::core::plan::{recommend, PlanItem, Recommendation};
use rotation_rehab::core::progression::steps::{HOLD_SET_CAP, LOADED_REP_CAP, REP_CAP};
use rotation_rehab::core::progression::{apply, to_show, Change, Reason, SuggestionKind};
use rotation_rehab::core::safety::no_better_to_show;
use rotation_rehab::core::session::{
    session_id, Effort, ExerciseLog, HurtKind, Load, Outcome, SessionRecord,
};
use rotation_rehab::core::DAY_MS;
use rotation_rehab::store::{Profile, WorkoutGate};
use support::sets_as_prescribed;

use Equipment::{CableMachine, Landmine, ResistanceBand, SwissBall};
use Level::{Advanced, Beginner, Intermediate};

const HOUR_MS: i64 = 3_600_000;
const SESSION_MS: i64 = 15 * 60 * 1000;

/// How one session went, as the person reports it.
#[derive(Clone, Copy)]
struct Day {
    before: u8,
    after: u8,
    /// What they would answer the next morning, if asked and if they answer.
    next_day: u8,
    effort: Effort,
    outcome: Outcome,
}

fn calm(pain: u8) -> Day {
    Day {
        before: pain,
        after: pain,
        next_day: pain,
        effort: Effort::AboutRight,
        outcome: Outcome::Completed,
    }
}

struct Person {
    name: &'static str,
    level: Level,
    owned: &'static [Equipment],
    /// Days from one session to the next, in turn.
    gaps: &'static [i64],
    sessions: usize,
    /// Session `n` (from 0), on day `day` since the start.
    day: fn(n: usize, day: i64) -> Day,
    answers_next_day: bool,
    /// Opens History and answers each card on sight; otherwise never sees the cards.
    opens_history: bool,
    /// Takes "Change my plan"; otherwise answers "Not now".
    accepts: bool,
    /// Records the heavier band or weight after "a little heavier" (the check-in asks).
    records_load: bool,
    /// Days after a warning-sign stop before a clinician has seen them.
    clinician_after_days: i64,
}

fn person(name: &'static str, level: Level, owned: &'static [Equipment]) -> Person {
    Person {
        name,
        level,
        owned,
        gaps: &[2, 2, 3],
        sessions: 24,
        day: |_, _| calm(1),
        answers_next_day: true,
        opens_history: true,
        accepts: true,
        records_load: true,
        clinician_after_days: 5,
    }
}

/// A card as the person saw it.
#[derive(Debug, Clone)]
struct Seen {
    at: i64,
    /// What answering it puts away (`Profile::dismissed`).
    key: String,
    /// Sessions before it was seen.
    after_sessions: usize,
    exercise: String,
    kind: SuggestionKind,
    change: Change,
    reasons: Vec<Reason>,
    headline: &'static str,
}

/// What happened over a journey.
#[derive(Default)]
struct Journey {
    history: Vec<SessionRecord>,
    cards: Vec<Seen>,
    /// Step ups taken: when, the exercise they were for, and what changed (a card said again,
    /// unanswered by a heavier load, is not a new step).
    taken_up: Vec<(i64, String, Change)>,
    /// Mornings the workout waited for a clinician.
    waited_for_clinician: usize,
    no_better_seen: Vec<i64>,
    diary: Vec<String>,
}

/// Monday 5 January 2026, 08:00 UTC: sessions start at this hour on their days.
fn start() -> i64 {
    NaiveDate::from_ymd_opt(2026, 1, 5)
        .and_then(|d| d.and_hms_opt(8, 0, 0))
        .map(|t| t.and_utc().timestamp_millis())
        .expect("a valid date")
}

fn date_of(at: i64) -> NaiveDate {
    DateTime::from_timestamp_millis(at)
        .expect("in range")
        .date_naive()
}

/// The session the person does with this plan: every set, unless the stop rule ended it,
/// in which case the last set of each exercise was cut short.
fn record(plan: &[PlanItem], at: i64, day: Day, loads: &HashMap<String, Load>) -> SessionRecord {
    let stopped = matches!(day.outcome, Outcome::Stopped(_));
    let exercises = plan
        .iter()
        .map(|item| {
            let p = item.prescription;
            let sets = sets_as_prescribed(p, stopped);
            let takes_load = item.exercise().is_some_and(|e| e.takes_load());
            ExerciseLog {
                exercise: item.exercise.clone(),
                prescription: p,
                load: match loads.get(&item.exercise) {
                    Some(load) if takes_load => load.clone(),
                    _ => Load::None,
                },
                range: None,
                sets,
            }
        })
        .collect();
    SessionRecord {
        id: session_id(at),
        started_at: at,
        ended_at: at + SESSION_MS,
        exercises,
        pain_before: Some(day.before),
        pain_after: Some(day.after),
        pain_next_day: None,
        effort: Some(day.effort),
        note: String::new(),
        outcome: day.outcome,
    }
}

fn live(p: &Person) -> Journey {
    let picks = match recommend(p.level, p.owned) {
        Recommendation::Fits { picks } => picks,
        Recommendation::NothingAtLevel { .. } => panic!("{}: nothing fits", p.name),
    };
    let mut profile = Profile {
        safety_ok_at: Some(start()),
        level: Some(p.level),
        equipment: Some(p.owned.to_vec()),
        plan: picks
            .iter()
            .map(|pick| PlanItem::from_catalog(pick.exercise))
            .collect(),
        ..Profile::default()
    };
    // What each loaded exercise is done with: a weight on a cable or bar, else a band.
    let mut loads: HashMap<String, Load> = HashMap::new();
    let mut j = Journey::default();
    let mut at = start();
    let mut n = 0;
    let mut gaps = p.gaps.iter().cycle();
    while n < p.sessions {
        let day_no = (at - start()) / DAY_MS;
        if profile.workout_gate(&j.history) == WorkoutGate::Clinician {
            j.waited_for_clinician += 1;
            let stop = j.history.last().expect("a stop").ended_at;
            if at - stop >= p.clinician_after_days * DAY_MS {
                profile.clear_red_flag(&j.history);
                j.diary
                    .push(format!("d{day_no}: a clinician has checked them"));
            }
            at += DAY_MS;
            continue;
        }
        let day = (p.day)(n, day_no);
        for item in &profile.plan {
            loads.entry(item.exercise.clone()).or_insert_with(|| {
                let weighted = find(&item.exercise).is_some_and(|e| {
                    e.equipment
                        .any_of
                        .iter()
                        .any(|q| [CableMachine, Landmine].contains(q))
                });
                if weighted {
                    Load::Kg(10.0)
                } else {
                    Load::Band("band 1".into())
                }
            });
        }
        j.history.push(record(&profile.plan, at, day, &loads));
        n += 1;
        let plan_text: Vec<String> = profile.plan.iter().map(describe).collect();
        j.diary.push(format!(
            "d{day_no} #{n}: pain {}->{} {:?} {:?} | {}",
            day.before,
            day.after,
            day.effort,
            day.outcome,
            plan_text.join(", ")
        ));

        // The gap to the next session, with a look in on each morning of it.
        let gap = *gaps.next().expect("cycled");
        for morning in 1..=gap.max(1) {
            let now = at + morning * DAY_MS - HOUR_MS;
            look_in(p, &mut profile, &mut j, &mut loads, now, day);
        }
        at += gap * DAY_MS;
    }
    j
}

/// One look at Today and History on the morning `now`: the next-day question, then the cards.
fn look_in(
    p: &Person,
    profile: &mut Profile,
    j: &mut Journey,
    loads: &mut HashMap<String, Load>,
    now: i64,
    day: Day,
) {
    if p.answers_next_day && next_day_question(&j.history, now, date_of).is_some() {
        let last = j.history.last_mut().expect("a session");
        last.pain_next_day = Some(day.next_day);
    }
    if let Some((_, key)) = no_better_to_show(&j.history, &profile.dismissed, now) {
        j.no_better_seen.push(now);
        profile.dismiss_suggestion(key);
    }
    let shown = to_show(
        &profile.plan,
        &j.history,
        profile.level.expect("set"),
        profile.owned_equipment(),
        &profile.dismissed,
        &profile.red_flag_cleared,
        now,
    );
    for card in shown {
        let s = &card.suggestion;
        // Someone who never opens History: the cards are what it would show, unanswered.
        let take = p.opens_history && p.accepts && s.change != Change::None;
        j.diary.push(format!(
            "    {}: {} {:?} {:?}{}",
            s.headline(),
            s.exercise,
            s.change,
            s.reasons,
            if take { " [taken]" } else { "" }
        ));
        j.cards.push(Seen {
            at: now,
            key: card.key.clone(),
            after_sessions: j.history.len(),
            exercise: s.exercise.clone(),
            kind: s.kind,
            change: s.change,
            reasons: s.reasons.clone(),
            headline: s.headline(),
        });
        if take {
            let again = j
                .taken_up
                .last()
                .is_some_and(|(_, e, c)| e == &s.exercise && c == &s.change);
            if s.kind == SuggestionKind::StepUp && !again {
                j.taken_up.push((now, s.exercise.clone(), s.change));
            }
            if let Change::Load { percent } | Change::LoadAndUsualReps { percent, .. } = s.change {
                match loads.entry(s.exercise.clone()).or_insert(Load::None) {
                    _ if !p.records_load => {}
                    Load::Kg(w) | Load::Lb(w) => *w *= 1.0 + f32::from(percent) / 100.0,
                    Load::Band(band) => {
                        let n: u32 = band.trim_start_matches("band ").parse().unwrap_or(1);
                        *band = format!("band {}", n + 1);
                    }
                    Load::None => {}
                }
            }
            profile.plan = apply(&profile.plan, card.index, s);
        }
        if p.opens_history {
            profile.dismiss_suggestion(card.key);
        }
        check_doses(p, &profile.plan);
    }
}

fn describe(item: &PlanItem) -> String {
    let p = item.prescription;
    match p.dose {
        Dose::Hold { seconds } => format!("{} {}x{}s", item.exercise, p.sets, seconds),
        Dose::Reps { reps, .. } => format!("{} {}x{}", item.exercise, p.sets, reps),
    }
}

/// Every dose inside the sources' ranges: holds no longer than the catalog's and no more than
/// five a side, reps up to the cap, never below half the catalog's default.
fn check_doses(p: &Person, plan: &[PlanItem]) {
    for item in plan {
        let e = find(&item.exercise).expect("a catalog exercise");
        let (now, default) = (item.prescription, e.prescription);
        let who = format!("{}: {}", p.name, describe(item));
        assert!(now.sets >= 1, "{who}");
        match (now.dose, default.dose) {
            (Dose::Hold { seconds }, Dose::Hold { seconds: usual }) => {
                assert!(seconds <= usual && seconds * 2 >= usual, "{who}");
                assert!(now.sets <= HOLD_SET_CAP.max(default.sets), "{who}");
            }
            (Dose::Reps { reps, .. }, Dose::Reps { reps: usual, .. }) => {
                let cap = if e.takes_load() {
                    LOADED_REP_CAP
                } else {
                    REP_CAP
                };
                assert!(reps <= cap.max(usual) && reps * 2 >= usual, "{who}");
            }
            _ => panic!("{who}: the dose changed kind"),
        }
    }
}

/// The checks every journey passes, whoever the person.
fn check_always(p: &Person, j: &Journey) {
    if std::env::var("JOURNEYS").as_deref() == Ok("print") {
        println!("== {}", p.name);
        for line in &j.diary {
            println!("{line}");
        }
    }
    for card in &j.cards {
        let newest = &j.history[card.after_sessions - 1];
        let who = format!("{} after session {}", p.name, card.after_sessions);
        if card.kind == SuggestionKind::StepUp {
            let hurt = matches!(newest.outcome, Outcome::Stopped(_))
                || newest.pain_after.is_some_and(|a| a > 5)
                || newest.pain_next_day.is_some_and(|n| n > 5);
            assert!(
                !hurt,
                "{who}: a step up after a session that hurt: {card:?}"
            );
            assert!(
                !card.reasons.contains(&Reason::SeeClinician),
                "{who}: {card:?}"
            );
        }
    }
    // A card answered stays away: each is seen once (by someone who answers them).
    if p.opens_history {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for card in &j.cards {
            *seen.entry(card.key.as_str()).or_default() += 1;
        }
        let again: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
        assert!(
            again.is_empty(),
            "{}: cards seen again after an answer: {again:?}",
            p.name
        );
    }
    // "A little heavier" is not said for ever where the path goes on: it counts as taken.
    let mut heavier: HashMap<&str, usize> = HashMap::new();
    for card in &j.cards {
        let goes_on = find(&card.exercise).is_some_and(|e| e.progression.is_some());
        if goes_on && matches!(card.change, Change::Load { .. }) {
            *heavier.entry(card.exercise.as_str()).or_default() += 1;
        }
    }
    assert!(
        heavier.values().all(|n| *n <= 3),
        "{}: told 'a little heavier' again and again: {heavier:?}",
        p.name
    );
    // Two step ups of one exercise rest on two sessions at least, 36 hours apart or more.
    for (before, at, exercise) in steps_of_one_exercise(j) {
        let between = j
            .history
            .iter()
            .filter(|s| (before..at).contains(&s.started_at))
            .filter(|s| s.exercises.iter().any(|l| l.exercise == exercise))
            .count();
        assert!(
            between >= 2 && at - before >= 36 * HOUR_MS,
            "{}: two step ups of {exercise} on {} and {} with {between} sessions between",
            p.name,
            date_of(before),
            date_of(at)
        );
    }
}

/// Each step up taken with the one before it of the same exercise: (before, then, exercise).
fn steps_of_one_exercise(j: &Journey) -> Vec<(i64, i64, &str)> {
    j.taken_up
        .iter()
        .enumerate()
        .filter_map(|(i, (at, exercise, _))| {
            let (before, _, _) = j.taken_up[..i]
                .iter()
                .rev()
                .find(|(_, e, _)| e == exercise)?;
            Some((*before, *at, exercise.as_str()))
        })
        .collect()
}

fn step_ups(j: &Journey) -> usize {
    j.taken_up.len()
}

#[test]
fn someone_doing_well_moves_up_every_week_or_two() {
    for (name, level, owned) in [
        ("beginner, no equipment", Beginner, &[][..]),
        ("beginner with a band", Beginner, &[ResistanceBand][..]),
        (
            "intermediate with a band and a ball",
            Intermediate,
            &[ResistanceBand, SwissBall][..],
        ),
        (
            "advanced in a gym",
            Advanced,
            &[CableMachine, Landmine, ResistanceBand][..],
        ),
    ] {
        let p = person(name, level, owned);
        let j = live(&p);
        check_always(&p, &j);
        // 24 sessions in about eight weeks, every one calm and complete.
        assert!(
            step_ups(&j) >= 4,
            "{name}: {} step ups in 8 weeks",
            step_ups(&j)
        );
        assert!(
            j.cards.iter().all(|c| c.kind != SuggestionKind::StepDown),
            "{name}"
        );
        if owned.contains(&Landmine) {
            // At the end of the landmine's path the load grows, with the reps back to usual.
            assert!(j
                .cards
                .iter()
                .any(|c| matches!(c.change, Change::LoadAndUsualReps { .. })));
        }
    }
}

#[test]
fn someone_who_never_answers_the_morning_question_is_told_why_nothing_changes() {
    let p = Person {
        answers_next_day: false,
        ..person("never answers", Beginner, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    // The newest session's day after is never known at the next look: no step up, and a
    // card that says what it waits for.
    assert_eq!(step_ups(&j), 0);
    assert!(j
        .cards
        .iter()
        .any(|c| c.headline == "Nearly ready for a step up"));
}

#[test]
fn someone_training_every_day_steps_up_no_faster_than_every_third_day() {
    for records_load in [true, false] {
        let p = Person {
            gaps: &[1],
            sessions: 28,
            records_load,
            ..person("every day", Intermediate, &[ResistanceBand])
        };
        let j = live(&p);
        check_always(&p, &j);
        assert!(step_ups(&j) >= 4, "{} step ups", step_ups(&j));
        for (before, at, exercise) in steps_of_one_exercise(&j) {
            assert!(
                at - before >= 3 * DAY_MS - HOUR_MS,
                "{exercise}: {before} then {at}"
            );
        }
    }
}

#[test]
fn a_flare_is_eased_once_and_the_step_ups_wait_until_it_has_passed() {
    let p = Person {
        day: |n, _| match n {
            9 => Day {
                after: 6,
                next_day: 4,
                outcome: Outcome::Stopped(HurtKind::SharpOrRising),
                ..calm(2)
            },
            10 => calm(3),
            _ => calm(2),
        },
        ..person("a flare", Beginner, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    let after_flare: Vec<&Seen> = j.cards.iter().filter(|c| c.after_sessions >= 10).collect();
    let eased: Vec<&Seen> = after_flare
        .iter()
        .copied()
        .filter(|c| c.after_sessions == 10)
        .collect();
    assert_eq!(
        eased.len(),
        2,
        "both exercises eased the morning after: {eased:?}"
    );
    assert!(eased.iter().all(|c| c.kind == SuggestionKind::StepDown));
    let eased_again: Vec<&Seen> = after_flare
        .iter()
        .copied()
        .filter(|c| c.after_sessions > 10 && c.kind == SuggestionKind::StepDown)
        .collect();
    assert!(
        eased_again.is_empty(),
        "one flare, eased twice: {eased_again:?}"
    );
    // Two sessions at the eased dose (the first a little sore) come first.
    let next_up = after_flare
        .iter()
        .find(|c| c.kind == SuggestionKind::StepUp)
        .expect("progress again after the flare");
    assert!(next_up.after_sessions >= 12, "{next_up:?}");
}

#[test]
fn pain_building_up_week_after_week_is_eased_once_and_holds_step_ups_while_it_climbs() {
    // A point more each week or two: each week's usual level climbs with it.
    let p = Person {
        day: |_, day| calm([1, 1, 2, 3, 4, 4, 5, 5][(day / 7) as usize]),
        ..person("building up", Beginner, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    let first = eased_once_for_the_build_up(&j);
    let why = j.cards.iter().find(|c| c.kind == SuggestionKind::StepDown);
    assert!(why.is_some_and(|c| c
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::PainRisingOverWeeks { .. }))));
    no_step_up_after(&j, first);
}

#[test]
fn a_warning_sign_stops_training_until_a_clinician_has_checked_and_is_not_told_twice() {
    let p = Person {
        day: |n, _| match n {
            5 => Day {
                outcome: Outcome::Stopped(HurtKind::RedFlag),
                ..calm(2)
            },
            _ => calm(2),
        },
        sessions: 16,
        ..person("a warning sign", Beginner, &[])
    };
    let j = live(&p);
    check_always(&p, &j);
    assert!(j.waited_for_clinician >= 1);
    let back = &j.history[6];
    assert!(back.started_at - j.history[5].ended_at >= p.clinician_after_days * DAY_MS);
    let stop = &j.history[5];
    assert_eq!(
        stop.pain_next_day, None,
        "no next-day question after the stop"
    );
    let see: Vec<&Seen> = j
        .cards
        .iter()
        .filter(|c| c.reasons.contains(&Reason::SeeClinician))
        .collect();
    assert!(!see.is_empty());
    assert!(
        see.iter().all(|c| c.after_sessions == 6),
        "told again after the clinician's go-ahead: {see:?}"
    );
    assert!(step_ups(&j) >= 1, "progress again after the go-ahead");
}

#[test]
fn every_session_too_hard_is_eased_and_never_stepped_up() {
    let p = Person {
        day: |_, _| Day {
            effort: Effort::TooHard,
            ..calm(1)
        },
        ..person("too hard", Beginner, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    assert_eq!(step_ups(&j), 0);
    assert!(j.cards.iter().any(|c| c.kind == SuggestionKind::StepDown));
}

#[test]
fn a_back_no_better_after_a_month_is_pointed_to_a_clinician_once_a_month_at_most() {
    let p = Person {
        day: |_, _| calm(4),
        gaps: &[3, 4],
        sessions: 18,
        ..person("still at 4", Beginner, &[])
    };
    let j = live(&p);
    check_always(&p, &j);
    let first = *j.no_better_seen.first().expect("the card");
    assert!(
        first - start() >= 28 * DAY_MS,
        "shown on day {}",
        (first - start()) / DAY_MS
    );
    for pair in j.no_better_seen.windows(2) {
        assert!(pair[1] - pair[0] >= 28 * DAY_MS, "{pair:?}");
    }
    // Someone at 1 throughout is never told.
    let well = person("at 1", Beginner, &[]);
    assert!(live(&well).no_better_seen.is_empty());
}

#[test]
fn after_a_break_of_weeks_no_old_step_up_is_offered() {
    // Someone who does not open History: the step up due before the break stays unanswered,
    // and must not be offered three weeks later.
    let p = Person {
        gaps: &[2, 2, 3, 2, 2, 3, 2, 2, 21],
        sessions: 18,
        opens_history: false,
        ..person("a break", Beginner, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    let break_starts = j.history[8].started_at;
    let stale: Vec<&Seen> = j
        .cards
        .iter()
        .filter(|c| c.after_sessions == 9 && c.at - break_starts > 14 * DAY_MS)
        .filter(|c| c.kind == SuggestionKind::StepUp)
        .collect();
    assert!(stale.is_empty(), "{stale:?}");
}

#[test]
fn someone_who_says_not_now_is_asked_once_per_session() {
    let p = Person {
        accepts: false,
        ..person("not now", Intermediate, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    assert!(!j.cards.is_empty());
    // Each card answered "Not now" stays away (`check_always`): one per session and exercise,
    // or two with "nearly ready" first.
    let mut per_session: HashMap<(usize, &str), usize> = HashMap::new();
    for card in &j.cards {
        *per_session
            .entry((card.after_sessions, card.exercise.as_str()))
            .or_default() += 1;
    }
    assert!(per_session.values().all(|n| *n <= 2), "{per_session:?}");
}

#[test]
fn a_rough_fortnight_then_better_then_creeping_back_is_eased_once() {
    // Daily at 4 for two weeks, two good days at 1, then every other day at 3 (found by review:
    // two measures of 'built up' that disagreed eased this four sessions running).
    let p = Person {
        gaps: &[
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 14, 8, 7, 2, 2, 2, 2, 2, 2, 2, 2,
        ],
        sessions: 24,
        day: |_, day| match day {
            0..=13 => calm(4),
            14..=41 => calm(1),
            _ => calm(3),
        },
        ..person("rough fortnight", Beginner, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    eased_once_for_the_build_up(&j);
}

#[test]
fn a_slow_climb_from_1_to_5_over_three_months_is_eased_once_and_held() {
    let p = Person {
        sessions: 36,
        day: |_, day| calm([1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 5][(day / 7) as usize]),
        ..person("slow climb", Beginner, &[ResistanceBand])
    };
    let j = live(&p);
    check_always(&p, &j);
    let first = eased_once_for_the_build_up(&j);
    no_step_up_after(&j, first);
}

/// While pain climbs, after the session it was eased at, nothing steps up.
fn no_step_up_after(j: &Journey, eased_at: usize) {
    let ups_after: Vec<&Seen> = j
        .cards
        .iter()
        .filter(|c| c.after_sessions > eased_at && c.kind == SuggestionKind::StepUp)
        .collect();
    assert!(
        ups_after.is_empty(),
        "stepped up while pain climbs: {ups_after:?}"
    );
}

/// The build-up's easing: at one session only, each exercise once. Returns that session.
fn eased_once_for_the_build_up(j: &Journey) -> usize {
    let eased: Vec<&Seen> = j
        .cards
        .iter()
        .filter(|c| c.kind == SuggestionKind::StepDown)
        .collect();
    let first = eased.first().expect("eased off");
    assert!(
        eased
            .iter()
            .all(|c| c.after_sessions == first.after_sessions),
        "eased again for the same build-up: {eased:?}"
    );
    let mut exercises: Vec<&str> = eased.iter().map(|c| c.exercise.as_str()).collect();
    let all = exercises.len();
    exercises.dedup();
    assert_eq!(all, exercises.len(), "{eased:?}");
    first.after_sessions
}
