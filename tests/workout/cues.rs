//! Countdown beeps: once per second in the last three, none stale after a jump.

use super::*;

/// Runs ticks every 100 ms and returns the times (ms after T0) of countdown beeps.
fn countdown_times(w: &mut Workout, from: i64, to: i64) -> Vec<i64> {
    let mut times = Vec::new();
    for t in (from..=to).step_by(100) {
        let fx = w.update(Event::Tick, T0 + t);
        times.extend(
            fx.iter()
                .filter(|e| **e == Effect::Beep(BeepKind::Countdown))
                .map(|_| t),
        );
        // A second tick at the same time: no second beep, and nothing new to save.
        assert_eq!(w.update(Event::Tick, T0 + t), [], "at {t} ms");
    }
    times
}

#[test]
fn countdown_beeps_once_per_second_in_the_last_three() {
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    let times = countdown_times(&mut w, 0, 29_900);
    // Ready L ends at 5 s, hold L at 15 s, ready R at 20 s, hold R at 30 s.
    let expected: Vec<i64> = [5_000, 15_000, 20_000, 30_000]
        .iter()
        .flat_map(|end| [end - 3000, end - 2000, end - 1000])
        .collect();
    assert_eq!(times, expected);
}

#[test]
fn no_stale_beeps_after_a_jump() {
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    // Into the rest (30-60 s) with 2.5 s left: its own countdown only, and one cue.
    let fx = w.update(Event::Tick, at(57.5));
    assert_eq!(
        fx,
        [
            Effect::Speak(Cue::Rest { seconds: 30 }),
            Effect::Beep(BeepKind::Countdown),
            Effect::Save
        ]
    );
    assert_eq!(countdown_times(&mut w, 57_600, 59_900), [58_000, 59_000]);
    // Paused: no countdown.
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Pause, at(1.0));
    assert_eq!(countdown_times(&mut w, 1_000, 9_000), Vec::<i64>::new());
}

#[test]
fn extending_a_rest_restarts_its_countdown() {
    let mut w = start(vec![hold(2, 10, Sides::Alternating, 30)], RepMode::Tempo);
    assert_eq!(countdown_times(&mut w, 40_000, 43_000), [42_000, 43_000]); // rest ends at 45 s
    w.update(Event::ExtendRest { seconds: 10 }, at(43.0));
    assert_eq!(
        countdown_times(&mut w, 43_100, 54_900),
        [52_000, 53_000, 54_000]
    );
}
