//! The session record: loads, sides, and a compact form for years of history.

use super::*;
use rotation_rehab::store::History;

#[test]
fn loads_are_checked_and_recorded() {
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    for bad in [
        Load::Kg(f32::NAN),
        Load::Kg(-1.0),
        Load::Lb(500.5),
        Load::Band("  ".into()),
    ] {
        assert!(w.set_load(0, bad.clone()).is_err(), "{bad:?}");
    }
    assert_eq!(
        w.set_load(1, Load::Kg(5.0)),
        Err(LoadError::NoSuchExercise(1))
    );
    assert_eq!(w.set_load(0, Load::Kg(7.5)), Ok(vec![Effect::Save]));
    w.set_range(0, Some(RangeUsed::Small)).unwrap();
    let log = &w.finish(at(1.0)).exercises[0];
    assert_eq!(
        (&log.load, log.range),
        (&Load::Kg(7.5), Some(RangeUsed::Small))
    );
}

#[test]
fn both_sides_count_for_each_side() {
    let mut w = start(vec![reps(2, 8, 3, Sides::Alternating, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(200.0));
    assert_eq!(w.finish(at(200.0)).work_by_side("ex"), (16, 16));
}

#[test]
fn history_is_compact() {
    let set = SetLog {
        set: 1,
        side: Side::Left,
        target: Work::Seconds(10),
        done: Work::Seconds(10),
        done_ms: 10_000,
        completed: true,
    };
    assert_eq!(
        serde_json::to_string(&set).unwrap(),
        r#"{"n":1,"s":"l","t":{"s":10},"d":{"s":10},"ms":10000}"#
    );
    // A typical session: two exercises of three sets on each side, with a load.
    let items = vec![
        hold(3, 10, Sides::EachSide, 30),
        reps(3, 8, 2, Sides::EachSide, 45),
    ];
    let mut w = start(items, RepMode::Tempo);
    w.set_load(1, Load::Kg(12.5)).unwrap();
    w.update(Event::Tick, at(10_000.0));
    let record = w.finish(at(10_000.0));
    let json = serde_json::to_string(&record).unwrap();
    assert_eq!(
        serde_json::from_str::<SessionRecord>(&json).unwrap(),
        record
    );
    assert!(
        json.len() * 800 < 1024 * 1024,
        "{} bytes a session: {json}",
        json.len()
    );
}

#[test]
fn a_check_in_keeps_to_the_scale_and_a_short_note() {
    let w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    let mut record = w.finish(at(1.0));
    // 600 characters of two bytes each: cut by characters, not bytes.
    let long = "é".repeat(600);
    record.set_check_in(Some(12), Some(Effort::TooHard), &long);
    assert_eq!(record.pain_after, Some(MAX_PAIN));
    assert_eq!(record.effort, Some(Effort::TooHard));
    assert_eq!(record.note, "é".repeat(MAX_NOTE_CHARS));
    record.set_check_in(None, None, "Felt easier on the left.");
    assert_eq!(
        (record.pain_after, record.effort, record.note.as_str()),
        (None, None, "Felt easier on the left.")
    );
}

#[test]
fn a_session_is_found_corrected_and_removed_by_its_id() {
    let mut history = History::default();
    for started in [1.0, 2.0] {
        let w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
        let mut record = w.finish(at(started));
        record.id = format!("s{started}");
        record.started_at = at(started);
        assert!(history.add(record));
    }
    history
        .find_mut("s1")
        .unwrap()
        .set_check_in(Some(2), None, "");
    assert_eq!(history.find("s1").unwrap().pain_after, Some(2));
    assert!(history.remove("s1"));
    assert!(!history.remove("s1"), "already gone");
    assert!(history.find("s1").is_none());
    assert_eq!(history.sessions.len(), 1);
}

#[test]
fn a_workout_does_each_plan_item_at_the_plans_dose() {
    use rotation_rehab::core::plan::PlanItem;
    let mut planned = PlanItem::from_catalog(rotation_rehab::catalog::find("pallof-hold").unwrap());
    planned.prescription.sets = 4;
    let item = WorkoutItem::new(&planned, Side::Left);
    assert_eq!(
        (item.exercise.as_str(), item.prescription),
        ("pallof-hold", planned.prescription)
    );
}

#[test]
fn a_record_never_ends_before_it_starts() {
    // A workout stored before the app kept when it last saw it cannot follow a clock set back.
    let stored_long_ago = || {
        let w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
        let mut stored = serde_json::to_value(&w).unwrap();
        stored.as_object_mut().unwrap().remove("seen_at");
        serde_json::from_value::<Workout>(stored).unwrap()
    };
    // Ended an hour "before" it began: the record ends when it starts.
    let mut w = stored_long_ago();
    w.update(Event::EndEarly, at(-3600.0));
    let record = w.finish(at(-3600.0));
    assert_eq!((record.started_at, record.ended_at), (T0, T0));
    // Still running, and recorded as if ended early a minute before its start: the same.
    let record = stored_long_ago().finish(at(-60.0));
    assert_eq!((record.started_at, record.ended_at), (T0, T0));
}

#[test]
fn the_check_in_is_kept_with_the_workout_until_it_goes_into_the_record() {
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::EndEarly, at(3.0));
    w.set_check_in(CheckIn {
        pain_after: Some(14),
        effort: Some(Effort::TooHard),
        note: "Left side tight".into(),
    });
    // Stored and loaded again, as after a reload on the summary.
    let back: Workout = serde_json::from_str(&serde_json::to_string(&w).unwrap()).unwrap();
    assert_eq!(back.check_in().note, "Left side tight");
    let record = back.finish(at(60.0));
    assert_eq!(
        (record.pain_after, record.effort, record.note.as_str()),
        (Some(10), Some(Effort::TooHard), "Left side tight"),
        "the session's own rules apply: the scale's top"
    );
    // Nothing answered: nothing stored for it.
    let fresh = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    assert!(!serde_json::to_string(&fresh).unwrap().contains("check_"));
}

#[test]
fn the_summary_asks_for_range_and_load_only_where_they_apply() {
    let log = |exercise: &str, sets: Vec<SetLog>, load: Load| ExerciseLog {
        exercise: exercise.into(),
        prescription: rotation_rehab::catalog::find(exercise).map_or_else(
            || {
                rotation_rehab::catalog::find("knee-rotations")
                    .unwrap()
                    .prescription
            },
            |e| e.prescription,
        ),
        load,
        range: None,
        sets,
    };
    let one_set = || {
        vec![SetLog {
            set: 1,
            side: Side::Left,
            target: Work::Seconds(10),
            done: Work::Seconds(10),
            done_ms: 10_000,
            completed: true,
        }]
    };
    let rows = [
        (
            log("pallof-hold", one_set(), Load::None),
            true,
            true,
            "a band to make heavier",
        ),
        (
            log("knee-rotations", one_set(), Load::None),
            true,
            false,
            "nothing to load on the floor",
        ),
        (
            log("pallof-hold", vec![], Load::None),
            false,
            false,
            "not reached before a stop",
        ),
        (
            log("gone-from-catalog", one_set(), Load::None),
            true,
            true,
            "unknown: keep the field",
        ),
        (
            log("knee-rotations", one_set(), Load::Kg(2.0)),
            true,
            true,
            "a load already given stays editable",
        ),
    ];
    for (log, range, load, why) in rows {
        assert_eq!((log.asks_range(), log.asks_load()), (range, load), "{why}");
    }
}

#[test]
fn a_corrected_answer_changes_that_answer_only() {
    let (w, _) = Workout::start(
        vec![hold(1, 10, Sides::EachSide, 30)],
        WorkoutOptions::default(),
        Some(3),
        T0,
    );
    let mut record = w.finish(at(40.0));
    record.set_check_in(Some(2), Some(Effort::AboutRight), "fine");
    record.set_pain_next_day(1);
    let before = record.clone();

    record.answer(&CheckInAnswer::PainAfter(4));
    assert_eq!(record.pain_after, Some(4));
    assert_eq!(
        (record.effort, record.note.as_str(), record.pain_next_day),
        (before.effort, "fine", Some(1)),
        "the other answers, as another tab may have given them, stay"
    );
    record.answer(&CheckInAnswer::Note("x".repeat(MAX_NOTE_CHARS + 5)));
    assert_eq!(record.note.chars().count(), MAX_NOTE_CHARS);
    record.answer(&CheckInAnswer::PainNextDay(99));
    assert_eq!(record.pain_next_day, Some(MAX_PAIN));
    record.answer(&CheckInAnswer::Effort(Effort::TooHard));
    assert_eq!(
        (record.effort, record.pain_after),
        (Some(Effort::TooHard), Some(4))
    );
}
