//! Time: pauses, long gaps and a stored workout resumed, at exact timestamps.

use super::*;

#[test]
fn a_pause_moves_the_end_by_its_length() {
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(5.0));
    assert_eq!(w.view(at(5.0)).phase, Phase::Hold);
    assert!(w.update(Event::Pause, at(8.0)).contains(&Effect::Save));
    // Frozen while paused, however long.
    assert_eq!(w.view(at(14.0)).ms_left, Some(7000));
    assert!(w.view(at(14.0)).paused);
    assert_eq!(w.update(Event::Tick, at(14.0)), []);
    w.update(Event::Resume, at(15.0));
    // Ten seconds of hold plus seven paused: ends at 5 + 17 = 22 s.
    w.update(Event::Tick, at(21.999));
    assert_eq!(
        (w.view(at(21.999)).phase, w.view(at(21.999)).ms_left),
        (Phase::Hold, Some(1))
    );
    w.update(Event::Tick, at(22.0));
    let v = w.view(at(22.0));
    assert_eq!(
        (v.phase, v.side, v.ms_left),
        (Phase::GetReady, Side::Right, Some(5000))
    );
    let log: Vec<_> = w.logged().cloned().collect();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].done, log[0].done_ms, log[0].completed),
        (Work::Seconds(10), 10_000, true)
    );
}

#[test]
fn a_long_gap_logs_what_ended_and_lands_where_the_clock_says() {
    // 0-5 ready L, 5-15 hold L, 15-20 ready R, 20-30 hold R, 30-60 rest, 60-65 ready L, 65-75 hold L.
    let mut w = start(vec![hold(3, 10, Sides::EachSide, 30)], RepMode::Tempo);
    let fx = w.update(Event::Tick, at(70.5));
    assert_eq!(w.block_index(), 6);
    let v = w.view(at(70.5));
    assert_eq!(
        (v.phase, v.set, v.side, v.ms_left),
        (Phase::Hold, 2, Side::Left, Some(4500))
    );
    // Only the cues of the block now current: no end beep, no stale countdowns.
    assert_eq!(
        fx,
        [
            Effect::Beep(BeepKind::Start),
            Effect::Vibrate(VibratePattern::Short),
            Effect::Speak(Cue::Hold),
            Effect::Save
        ]
    );
    let log: Vec<_> = w.logged().cloned().collect();
    assert_eq!(log.len(), 2);
    for (set, side) in [(1, Side::Left), (1, Side::Right)] {
        let l = log.iter().find(|l| l.set == set && l.side == side).unwrap();
        assert_eq!(
            (l.done, l.done_ms, l.completed),
            (Work::Seconds(10), 10_000, true)
        );
    }
    // The view alone catches up too (on a copy), to the exact boundary.
    let v = w.view(at(75.0));
    assert_eq!(
        (v.phase, v.side, v.ms_left),
        (Phase::GetReady, Side::Right, Some(5000))
    );
    assert_eq!(w.block_index(), 6, "view does not change the state");
}

#[test]
fn a_gap_past_the_end_finishes_at_the_planned_time() {
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    let fx = w.update(Event::Tick, at(280.0));
    assert_eq!(w.outcome(), Some(Outcome::Completed));
    assert!(fx.ends_with(&[Effect::KeepAwake(false), Effect::Save, Effect::Finished]));
    let record = w.finish(at(900.0));
    assert_eq!(record.ended_at, at(30.0));
    assert_eq!(record.work_by_side("ex"), (10, 10));
    assert!(record.is_complete());
}

#[test]
fn a_stored_workout_resumes_exactly() {
    let mut w = start(
        vec![
            hold(2, 10, Sides::EachSide, 30),
            reps(2, 6, 3, Sides::Alternating, 30),
        ],
        RepMode::Tap,
    );
    w.update(Event::Tick, at(7.5));
    w.update(Event::Pause, at(8.0));
    w.update(Event::Resume, at(11.0));
    w.set_load(0, Load::Band(" red ".into())).unwrap();
    let json = serde_json::to_string(&w).unwrap();
    let back: Workout = serde_json::from_str(&json).unwrap();
    assert_eq!(back, w);
    for t in [11.0, 13.5, 40.0, 200.0] {
        assert_eq!(back.view(at(t)), w.view(at(t)), "at {t} s");
    }
    assert_eq!(back.finish(at(13.0)), w.finish(at(13.0)));
    assert!(
        !json.contains("blocks"),
        "the blocks are rebuilt, not stored"
    );
}

#[test]
fn after_a_long_time_away_the_workout_waits_where_it_was_left() {
    // 0-5 ready L, 5-15 hold L, 15-20 ready R, 20-30 hold R, 30-60 rest, ...
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(8.0)); // 3 s into the left hold
                                    // The next day: nothing passed while away is logged, and the hold waits, paused.
    let fx = w.update(Event::Tick, at(86_400.0));
    assert!(fx.contains(&Effect::Save));
    let v = w.view(at(86_400.0));
    assert_eq!(
        (v.phase, v.side, v.paused, v.ms_left),
        (Phase::Hold, Side::Left, true, Some(7000))
    );
    assert_eq!(w.logged().count(), 0);
    // Stopped there: the record holds the 3 s held, cut short, and nothing else.
    let record = w.finish(at(86_400.0));
    assert_eq!(record.work_by_side("ex"), (3, 0));
    assert!(!record.is_complete());
    // Carried on: the hold goes on from where it was.
    w.update(Event::Resume, at(86_400.0));
    w.update(Event::Tick, at(86_407.0));
    assert_eq!(w.view(at(86_407.0)).phase, Phase::GetReady);
    assert_eq!(w.logged().next().unwrap().done, Work::Seconds(10));
}

#[test]
fn time_away_up_to_the_limit_counts_as_exercise() {
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(8.0));
    let limit = MAX_AWAY_MS as f64 / 1000.0;
    w.update(Event::Tick, at(8.0 + limit));
    assert!(!w.view(at(8.0 + limit)).paused);
    assert_eq!(
        w.outcome(),
        Some(Outcome::Completed),
        "the 95 s plan ran its course"
    );
}

#[test]
fn a_stored_workout_keeps_when_it_was_last_seen() {
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Pause, at(8.0)); // a step: saved
    w.update(Event::Resume, at(8.0));
    let stored = serde_json::to_string(&w).unwrap();
    let mut back: Workout = serde_json::from_str(&stored).unwrap();
    back.update(Event::Tick, at(4000.0));
    assert!(back.view(at(4000.0)).paused, "away since the last save");
    // A workout stored before this was kept has no limit, as before.
    let old = stored.replace(&format!(",\"seen_at\":{}", at(8.0)), "");
    assert_ne!(old, stored);
    let mut back: Workout = serde_json::from_str(&old).unwrap();
    back.update(Event::Tick, at(4000.0));
    assert_eq!(back.outcome(), Some(Outcome::Completed));
}

#[test]
fn a_hidden_page_counts_on_only_up_to_the_limit() {
    // Ticks go on in a hidden page, slowed down: they must not carry the workout (about 20
    // minutes) to its end.
    let mut w = start(vec![hold(10, 30, Sides::EachSide, 60)], RepMode::Tempo);
    w.update(Event::PageHidden, at(8.0)); // 3 s into the first hold
    for minute in 1..=20 {
        w.update(Event::Tick, at(8.0 + 60.0 * f64::from(minute)));
    }
    let limit = MAX_AWAY_MS as f64 / 1000.0;
    assert!(
        !w.is_over(),
        "twenty minutes hidden is not a finished workout"
    );
    let v = w.view(at(1208.0));
    assert!(v.paused, "it waits where the limit ran out");
    // What ran within the limit counts, as for a locked phone mid-set: the first hold
    // and the ones after it within the limit are logged; the pause is at hiding plus the limit.
    let done_by_limit = w.logged().count();
    let mut reference = start(vec![hold(10, 30, Sides::EachSide, 60)], RepMode::Tempo);
    for s in (8..=308).step_by(60) {
        reference.update(Event::Tick, at(f64::from(s)));
    }
    assert_eq!(limit, 300.0);
    assert_eq!(done_by_limit, reference.logged().count());
    // Ticks that never land on the limit itself pause all the same.
    let mut w = start(vec![hold(10, 30, Sides::EachSide, 60)], RepMode::Tempo);
    w.update(Event::PageHidden, at(8.0));
    for n in 1..=20 {
        w.update(Event::Tick, at(8.0 + 61.0 * f64::from(n)));
    }
    assert!(
        !w.is_over(),
        "twenty minutes hidden, odd ticks: not finished"
    );
    assert!(w.view(at(8.0 + 61.0 * 20.0)).paused);
    // Seen again within the limit: nothing paused.
    let mut w = start(vec![hold(10, 30, Sides::EachSide, 60)], RepMode::Tempo);
    w.update(Event::PageHidden, at(8.0));
    w.update(Event::Tick, at(60.0));
    w.update(Event::PageShown, at(100.0));
    w.update(Event::Tick, at(8.0 + limit + 60.0));
    assert!(!w.view(at(8.0 + limit + 60.0)).paused);
}

#[test]
fn hidden_is_not_kept_across_a_reload() {
    let mut w = start(vec![hold(10, 30, Sides::EachSide, 60)], RepMode::Tempo);
    w.update(Event::PageHidden, at(8.0));
    let stored = serde_json::to_string(&w).unwrap();
    // Reloaded a minute later: the page is seen, and watched for ten minutes more.
    let mut back: Workout = serde_json::from_str(&stored).unwrap();
    for s in (68..668).step_by(10) {
        back.update(Event::Tick, at(f64::from(s)));
    }
    assert!(!back.is_over(), "the 20-minute plan is still running");
    assert!(!back.view(at(668.0)).paused);
}

#[test]
fn a_clock_set_back_moves_the_workout_with_it() {
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(7.0)); // 2 s into the 10 s hold
    let hour = 3600.0;
    w.update(Event::Tick, at(7.0 - hour));
    assert_eq!(w.view(at(7.0 - hour)).seconds_left, Some(8));
    w.update(Event::Tick, at(12.0 - hour));
    assert_eq!(
        w.view(at(12.0 - hour)).seconds_left,
        Some(3),
        "counts on at once, not an hour later"
    );
    let record = w.finish(at(20.0 - hour));
    assert!(record.started_at <= record.ended_at);
}

#[test]
fn a_clock_set_back_keeps_the_sessions_length_true() {
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(7.0));
    let hour = 3600.0;
    w.update(Event::Tick, at(7.0 - hour));
    // Ended 20 s after it began, by the clock now read: the history must say 20 s long and
    // started an hour "earlier", not an hour later and so 0 s long (its end is clamped).
    let record = w.finish(at(20.0 - hour));
    assert_eq!(record.started_at, at(-hour));
    assert_eq!(record.ended_at - record.started_at, 20_000);
}

#[test]
fn a_clock_set_back_while_paused_leaves_the_paused_block_as_it_was() {
    // 0-5 ready L, 5-15 hold L, 15-20 ready R, ...
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Pause, at(8.0)); // 3 s into the left hold
    let hour = 3600.0;
    w.update(Event::Tick, at(8.0 - hour));
    let v = w.view(at(8.0 - hour));
    assert_eq!(
        (v.phase, v.paused, v.ms_left),
        (Phase::Hold, true, Some(7000))
    );
    // Resumed: the 7 s still to hold are held, neither cut short nor lost.
    w.update(Event::Resume, at(10.0 - hour));
    assert_eq!(w.view(at(10.0 - hour)).ms_left, Some(7000));
    w.update(Event::Tick, at(16.999 - hour));
    assert_eq!(w.view(at(16.999 - hour)).phase, Phase::Hold);
    w.update(Event::Tick, at(17.0 - hour));
    assert_eq!(w.view(at(17.0 - hour)).phase, Phase::GetReady);
    let log = w.logged().next().unwrap();
    assert_eq!((log.done, log.completed), (Work::Seconds(10), true));
}

#[test]
fn a_clock_set_back_while_hidden_still_pauses_after_the_limit() {
    // A network time correction while the phone is locked: the five minutes allowed away
    // count from when the page was hidden, in the clock's new reading.
    let items = || vec![hold(10, 30, Sides::EachSide, 60)];
    let hour = 3600.0;
    let mut w = start(items(), RepMode::Tempo);
    w.update(Event::PageHidden, at(8.0));
    w.update(Event::Tick, at(68.0));
    w.update(Event::Tick, at(128.0));
    // From here the clock reads an hour less; the minute between these ticks is lost with
    // the jump, so the workout is a minute behind the real time from here on.
    for minute in 3..=20 {
        w.update(Event::Tick, at(8.0 + 60.0 * f64::from(minute) - hour));
    }
    let now = at(1208.0 - hour);
    assert!(
        !w.is_over(),
        "twenty minutes hidden is not a finished workout"
    );
    // Where the same workout, hidden at 8 s with no clock change, waits.
    let mut reference = start(items(), RepMode::Tempo);
    reference.update(Event::PageHidden, at(8.0));
    for minute in 1..=20 {
        reference.update(Event::Tick, at(8.0 + 60.0 * f64::from(minute)));
    }
    assert_eq!(w.logged().count(), reference.logged().count());
    let (v, r) = (w.view(now), reference.view(at(1208.0)));
    assert!(v.paused && r.paused);
    assert_eq!((v.phase, v.set, v.side), (r.phase, r.set, r.side));
    assert_eq!((v.ms_left, r.ms_left), (Some(22_000), Some(22_000)));
}

#[test]
fn a_page_hidden_for_exactly_the_limit_carries_on() {
    // As for time unseen: up to the limit counts as exercise, so a person back on the dot
    // does not find the workout paused.
    let mut w = start(vec![hold(10, 30, Sides::EachSide, 60)], RepMode::Tempo);
    w.update(Event::PageHidden, at(8.0));
    for minute in 1..=4 {
        w.update(Event::Tick, at(8.0 + 60.0 * f64::from(minute)));
    }
    let limit = MAX_AWAY_MS as f64 / 1000.0;
    w.update(Event::PageShown, at(8.0 + limit));
    assert!(!w.view(at(8.0 + limit)).paused);
}
