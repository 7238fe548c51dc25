//! The session record: loads, sides, and a compact form for years of history.

use super::*;

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
    w.update(Event::Tick, at(10_000.0));
    assert_eq!(w.finish(at(10_000.0)).work_by_side("ex"), (16, 16));
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
