//! What each event does: rep counting, finish set, skip, back, extend rest, end early, hurt.

use super::*;

#[test]
fn tempo_mode_counts_reps_by_itself() {
    let mut w = start(vec![reps(1, 5, 2, Sides::Alternating, 0)], RepMode::Tempo);
    let fx = w.update(Event::Tick, at(5.0));
    assert!(fx.contains(&Effect::Speak(Cue::Reps { target: 5 })));
    let r = w.view(at(8.999)).reps.unwrap();
    let tempo = r.tempo.unwrap();
    assert_eq!(
        (r.done, r.target, tempo.rep, tempo.direction),
        (0, 5, 1, Direction::Back)
    );
    assert!((tempo.progress - 0.9995).abs() < 1e-3);
    let r = w.view(at(9.0)).reps.unwrap();
    assert_eq!(
        (r.done, r.tempo.unwrap().rep, r.tempo.unwrap().direction),
        (1, 2, Direction::Out)
    );
    assert_eq!(w.view(at(24.9)).reps.unwrap().done, 4);
    assert_eq!(w.view(at(9.0)).ms_left, Some(16_000));
    w.update(Event::Tick, at(25.0));
    assert_eq!(w.outcome(), Some(Outcome::Completed));
    let log: Vec<_> = w.logged().cloned().collect();
    assert_eq!(
        (log[0].done, log[0].target, log[0].completed),
        (Work::Reps(5), Work::Reps(5), true)
    );
}

#[test]
fn tap_mode_waits_for_the_taps() {
    let mut w = start(vec![reps(1, 3, 2, Sides::EachSide, 30)], RepMode::Tap);
    w.update(Event::Tick, at(5.0));
    // Four minutes later the set is still waiting.
    assert_eq!(w.update(Event::Tick, at(245.0)), []);
    let v = w.view(at(245.0));
    assert_eq!(
        (v.phase, v.ms_left, v.seconds_left),
        (Phase::Reps, None, None)
    );
    assert_eq!(w.update(Event::CountRep, at(246.0)), [Effect::Save]);
    w.update(Event::CountRep, at(247.0));
    assert_eq!(w.view(at(247.0)).reps.unwrap().done, 2);
    let fx = w.update(Event::CountRep, at(248.0));
    assert_eq!(
        fx[..2],
        [
            Effect::Beep(BeepKind::End),
            Effect::Vibrate(VibratePattern::Long)
        ]
    );
    assert!(fx.contains(&Effect::Speak(Cue::SwitchSides)));
    let v = w.view(at(248.0));
    assert_eq!(
        (v.phase, v.side, v.ms_left),
        (Phase::GetReady, Side::Right, Some(5000))
    );
    let log = w.logged().next().unwrap().clone();
    assert_eq!(
        (log.done, log.completed, log.done_ms),
        (Work::Reps(3), true, 243_000)
    );
}

#[test]
fn finish_set_logs_the_reps_done() {
    let mut w = start(vec![reps(1, 8, 2, Sides::EachSide, 30)], RepMode::Tap);
    w.update(Event::Tick, at(5.0));
    w.update(Event::CountRep, at(7.0));
    w.update(Event::CountRep, at(9.0));
    let fx = w.update(Event::FinishSet, at(10.0));
    assert!(fx.contains(&Effect::Beep(BeepKind::End)));
    let log = w.logged().next().unwrap().clone();
    assert_eq!(
        (log.done, log.completed, log.done_ms),
        (Work::Reps(2), false, 5000)
    );
    assert_eq!(w.view(at(10.0)).side, Side::Right);

    // Tempo: two whole reps of four seconds by 9 s into the set.
    let mut w = start(vec![reps(1, 8, 2, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::FinishSet, at(14.0));
    assert_eq!(w.logged().next().unwrap().done, Work::Reps(2));
    // Outside a work block it does nothing.
    assert_eq!(w.update(Event::FinishSet, at(15.0)), []);
}

#[test]
fn skip_moves_on_now_and_logs_a_partial_set() {
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Skip, at(2.0));
    assert_eq!(w.view(at(2.0)).phase, Phase::Hold);
    assert_eq!(w.logged().count(), 0, "skipping a get-ready logs nothing");
    w.update(Event::Skip, at(6.5));
    let log = w.logged().next().unwrap().clone();
    assert_eq!(
        (log.done, log.done_ms, log.completed),
        (Work::Seconds(4), 4500, false)
    );
    assert_eq!(
        w.view(at(6.5)).ms_left,
        Some(5000),
        "the next block starts at the skip"
    );
}

#[test]
fn back_redoes_a_block_without_logging_it_twice() {
    let mut w = start(vec![hold(2, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(23.0)); // hold R, 3 s in
    assert_eq!(w.logged().count(), 1);
    w.update(Event::Back, at(23.0)); // redo this hold: its get-ready
    assert_eq!((w.block_index(), w.logged().count()), (2, 1));
    w.update(Event::Back, at(24.0)); // from a get-ready: redo the left hold
    assert_eq!((w.block_index(), w.logged().count()), (0, 0));
    w.update(Event::Tick, at(24.0 + 30.0 + 10.0)); // both holds done, 10 s into the rest
    assert_eq!(w.view(at(64.0)).phase, Phase::Rest);
    w.update(Event::Back, at(64.0)); // from a rest: redo the right hold
    assert_eq!((w.block_index(), w.logged().count()), (2, 1));
    w.update(Event::Back, at(64.0));
    w.update(Event::Back, at(64.0));
    w.update(Event::Back, at(64.0)); // before any work: stays on the first get-ready
    assert_eq!(w.block_index(), 0);
    w.update(Event::Tick, at(300.0));
    let record = w.finish(at(300.0));
    assert_eq!(record.exercises[0].sets.len(), 4);
    assert_eq!(record.work_by_side("ex"), (20, 20));
    assert_eq!(record.target_by_side("ex"), (20, 20));
}

#[test]
fn extend_rest_adds_time_to_the_rest_only() {
    let mut w = start(vec![hold(2, 10, Sides::Alternating, 30)], RepMode::Tempo);
    assert_eq!(
        w.update(Event::ExtendRest { seconds: 20 }, at(1.0)),
        [],
        "not in a get-ready"
    );
    w.update(Event::Tick, at(25.0)); // rest from 15 s
    assert_eq!(
        w.update(Event::ExtendRest { seconds: 20 }, at(25.0)),
        [Effect::Save]
    );
    assert_eq!(w.view(at(25.0)).ms_left, Some(40_000));
    w.update(Event::Tick, at(64.9));
    assert_eq!(w.view(at(64.9)).phase, Phase::Rest);
    w.update(Event::Tick, at(65.0));
    assert_eq!(w.view(at(65.0)).phase, Phase::GetReady);
}

#[test]
fn a_rest_stretches_up_to_half_an_hour_and_no_further() {
    // 0-5 ready, 5-15 hold, rest from 15 s.
    let mut w = start(vec![hold(2, 10, Sides::Alternating, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(25.0));
    // A long break (a flare-up, a phone call) is given in full: 20 s left plus 29 minutes.
    for _ in 0..29 {
        w.update(Event::ExtendRest { seconds: 60 }, at(25.0));
    }
    assert_eq!(w.view(at(25.0)).ms_left, Some(20_000 + 29 * 60_000));
    // A stuck button stops at 30 minutes in all.
    for _ in 0..10 {
        w.update(Event::ExtendRest { seconds: 60 }, at(25.0));
    }
    assert_eq!(w.view(at(25.0)).ms_left, Some(20_000 + 30 * 60_000));
    // And the rest then ends there, with the screen watched (ticks) all along.
    let end = 45.0 + 30.0 * 60.0;
    for s in (85..1845).step_by(60) {
        w.update(Event::Tick, at(f64::from(s)));
    }
    w.update(Event::Tick, at(end - 0.001));
    assert_eq!(w.view(at(end - 0.001)).phase, Phase::Rest);
    w.update(Event::Tick, at(end));
    assert_eq!(w.view(at(end)).phase, Phase::GetReady);
}

#[test]
fn end_early_keeps_what_was_done() {
    let mut w = start(vec![hold(3, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(9.0));
    let fx = w.update(Event::EndEarly, at(9.0));
    assert_eq!(
        fx,
        [Effect::KeepAwake(false), Effect::Save, Effect::Finished]
    );
    assert!(w.is_over());
    assert_eq!(
        w.update(Event::Tick, at(20.0)),
        [],
        "an ended workout ignores events"
    );
    let record = w.finish(at(50.0));
    assert!(!record.is_complete());
    assert_eq!(
        (record.outcome, record.ended_at),
        (Outcome::EndedEarly, at(9.0))
    );
    let sets = &record.exercises[0].sets;
    assert_eq!(sets.len(), 1);
    assert_eq!((sets[0].done, sets[0].completed), (Work::Seconds(4), false));
    assert_eq!(w.view(at(50.0)).phase, Phase::Finished);
}

#[test]
fn ending_logs_a_set_only_if_it_was_begun() {
    // 0-5 ready L, 5-15 hold L. Ended the moment the hold starts: nothing was held, and a
    // set logged anyway would count as one cut short on the left in the balance of sides.
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(5.0));
    w.update(Event::EndEarly, at(5.0));
    assert_eq!(w.logged().count(), 0);
    // Half a second in, no whole second held yet: the attempt is on the record.
    let mut w = start(vec![hold(1, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Hurt(HurtKind::SharpOrRising), at(5.5));
    let log = w.logged().next().unwrap();
    assert_eq!(
        (log.done, log.done_ms, log.completed),
        (Work::Seconds(0), 500, false)
    );
    // Reps tapped while the timer stood still are work done all the same: they are kept.
    let mut w = start(vec![reps(1, 8, 2, Sides::EachSide, 30)], RepMode::Tap);
    w.update(Event::Pause, at(1.0));
    w.update(Event::Skip, at(2.0)); // into the reps, still paused, no time passing
    w.update(Event::CountRep, at(3.0));
    w.update(Event::CountRep, at(4.0));
    w.update(Event::EndEarly, at(5.0));
    let log = w.logged().next().unwrap();
    assert_eq!(
        (log.done, log.done_ms, log.completed),
        (Work::Reps(2), 0, false)
    );
}

#[test]
fn a_rep_set_without_a_tempo_is_done_at_once_in_tempo_mode() {
    // No tempo to pace it (a hand-edited or damaged plan): counting reps by time would divide
    // by zero and stop the app mid-workout.
    let mut w = start(vec![reps(1, 6, 0, Sides::Alternating, 0)], RepMode::Tempo);
    w.update(Event::Tick, at(5.0));
    assert_eq!(w.outcome(), Some(Outcome::Completed));
    let log = w.logged().next().unwrap();
    assert_eq!((log.done, log.completed), (Work::Reps(6), true));
}

#[test]
fn hurt_stops_and_the_record_says_why() {
    let mut w = start(vec![hold(3, 10, Sides::EachSide, 30)], RepMode::Tempo);
    w.update(Event::Tick, at(7.0));
    w.update(Event::Hurt(HurtKind::SharpOrRising), at(7.0));
    let record = w.finish(at(8.0));
    assert_eq!(record.stopped_for(), Some(HurtKind::SharpOrRising));
    assert_eq!(record.exercises[0].sets[0].done, Work::Seconds(2));
    // Reported on the end screen, it still goes on the record.
    assert_eq!(
        w.update(Event::Hurt(HurtKind::RedFlag), at(9.0)),
        [Effect::Save]
    );
    assert_eq!(w.finish(at(9.0)).stopped_for(), Some(HurtKind::RedFlag));
    // A red flag stays on the record: a milder reason tapped later does not replace it.
    assert!(w
        .update(Event::Hurt(HurtKind::SharpOrRising), at(10.0))
        .is_empty());
    assert_eq!(w.finish(at(10.0)).stopped_for(), Some(HurtKind::RedFlag));
    assert!(HurtKind::RedFlag.advice().contains("emergency"));
    assert!(HurtKind::SharpOrRising.advice().contains("smaller"));
}
