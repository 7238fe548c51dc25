//! The workout state machine at exact timestamps: block order, time arithmetic, events,
//! cues, persistence, and the session record.

use rotation_rehab::catalog::{Dose, Prescription, Sides};
use rotation_rehab::core::session::*;
use rotation_rehab::core::workout::*;

mod cues;
mod events;
mod record;
mod timing;

const T0: i64 = 1_700_000_000_000;

fn item(sets: u32, dose: Dose, sides: Sides, rest_seconds: u32) -> WorkoutItem {
    let prescription = Prescription {
        sets,
        dose,
        sides,
        rest_seconds,
    };
    WorkoutItem {
        exercise: "ex".into(),
        prescription,
        right_first: false,
    }
}
fn right_first(item: WorkoutItem) -> WorkoutItem {
    WorkoutItem {
        right_first: true,
        ..item
    }
}
fn hold(sets: u32, seconds: u32, sides: Sides, rest: u32) -> WorkoutItem {
    item(sets, Dose::Hold { seconds }, sides, rest)
}
fn reps(sets: u32, n: u32, each_way: u32, sides: Sides, rest: u32) -> WorkoutItem {
    item(
        sets,
        Dose::Reps {
            reps: n,
            seconds_each_way: each_way,
        },
        sides,
        rest,
    )
}
fn start(items: Vec<WorkoutItem>, rep_mode: RepMode) -> Workout {
    let options = WorkoutOptions {
        rep_mode,
        get_ready_seconds: 5,
    };
    Workout::start(items, options, Some(3), T0).0
}
/// Seconds after T0.
fn at(seconds: f64) -> i64 {
    T0 + (seconds * 1000.0).round() as i64
}

/// "ready5 0.1L": kind and length, exercise, set, side.
fn describe(b: &Block) -> String {
    let kind = match b.kind {
        BlockKind::GetReady { seconds } => format!("ready{seconds}"),
        BlockKind::Hold { seconds } => format!("hold{seconds}"),
        BlockKind::Reps {
            target,
            seconds_each_way,
        } => format!("reps{target}x{seconds_each_way}"),
        BlockKind::Rest { seconds } => format!("rest{seconds}"),
    };
    let side = match b.side {
        Side::Left => "L",
        Side::Right => "R",
        Side::Both => "B",
    };
    format!("{kind} {}.{}{side}", b.exercise, b.set)
}
fn order(items: Vec<WorkoutItem>) -> String {
    let blocks = build_blocks(&items, &WorkoutOptions::default());
    blocks.iter().map(describe).collect::<Vec<_>>().join(", ")
}

#[test]
fn block_order_follows_the_prescription() {
    let rows = [
        (
            "each side: left then right per set, rest between sets, none at the end",
            vec![hold(2, 10, Sides::EachSide, 30)],
            "ready5 0.1L, hold10 0.1L, ready5 0.1R, hold10 0.1R, rest30 0.1B, \
             ready5 0.2L, hold10 0.2L, ready5 0.2R, hold10 0.2R",
        ),
        (
            "alternating: one block per set on both sides",
            vec![reps(2, 8, 3, Sides::Alternating, 30)],
            "ready5 0.1B, reps8x3 0.1B, rest30 0.1B, ready5 0.2B, reps8x3 0.2B",
        ),
        (
            "two exercises: a rest between them, the first one's",
            vec![
                hold(1, 10, Sides::EachSide, 20),
                reps(1, 5, 2, Sides::EachSide, 45),
            ],
            "ready5 0.1L, hold10 0.1L, ready5 0.1R, hold10 0.1R, rest20 0.1B, \
             ready5 1.1L, reps5x2 1.1L, ready5 1.1R, reps5x2 1.1R",
        ),
        (
            "started on the right: right then left in every set, both sides the same",
            vec![right_first(hold(2, 10, Sides::EachSide, 30))],
            "ready5 0.1R, hold10 0.1R, ready5 0.1L, hold10 0.1L, rest30 0.1B, \
             ready5 0.2R, hold10 0.2R, ready5 0.2L, hold10 0.2L",
        ),
        (
            "alternating reps have no first side",
            vec![right_first(reps(1, 8, 3, Sides::Alternating, 30))],
            "ready5 0.1B, reps8x3 0.1B",
        ),
        (
            "a zero rest is no block",
            vec![hold(2, 7, Sides::Alternating, 0)],
            "ready5 0.1B, hold7 0.1B, ready5 0.2B, hold7 0.2B",
        ),
    ];
    for (why, items, expected) in rows {
        assert_eq!(order(items), expected, "{why}");
    }
}

#[test]
fn start_holds_the_screen_awake_and_announces_the_first_side() {
    let options = WorkoutOptions::default();
    let (w, fx) = Workout::start(
        vec![hold(1, 10, Sides::EachSide, 30)],
        options,
        Some(12),
        T0,
    );
    assert_eq!(
        fx,
        [
            Effect::KeepAwake(true),
            Effect::Speak(Cue::GetReady { side: Side::Left }),
            Effect::Save
        ]
    );
    let v = w.view(T0);
    assert_eq!(
        (v.phase, v.side, v.set, v.sets, v.seconds_left),
        (Phase::GetReady, Side::Left, 1, 1, Some(5))
    );
    assert_eq!(
        v.next.map(|n| (n.phase, n.side)),
        Some((Phase::Hold, Side::Right))
    );
    assert_eq!(
        w.finish(T0).pain_before,
        Some(10),
        "pain is clamped to the 0-10 scale"
    );
}

#[test]
fn a_get_ready_says_what_it_leads_into_and_nothing_else_does() {
    let (w, _) = Workout::start(
        vec![
            reps(1, 8, 3, Sides::Alternating, 20),
            hold(1, 10, Sides::EachSide, 30),
        ],
        WorkoutOptions::default(),
        None,
        T0,
    );
    // Get ready (5 s), 8 reps of 6 s, rest 20 s, then the hold's get-ready.
    assert_eq!(w.view(T0).coming, Some(Coming::Reps { target: 8 }));
    assert_eq!(w.view(at(6.0)).phase, Phase::Reps);
    assert_eq!(w.view(at(6.0)).coming, None);
    assert_eq!(w.view(at(60.0)).phase, Phase::Rest);
    assert_eq!(w.view(at(60.0)).coming, None);
    let ready = w.view(at(74.0));
    assert_eq!((ready.phase, ready.side), (Phase::GetReady, Side::Left));
    assert_eq!(ready.coming, Some(Coming::Hold { seconds: 10 }));
}

#[test]
fn an_empty_plan_is_over_at_once() {
    let (w, fx) = Workout::start(Vec::new(), WorkoutOptions::default(), None, T0);
    assert_eq!(w.outcome(), Some(Outcome::Completed));
    assert!(fx.contains(&Effect::Finished));
    assert_eq!(w.view(T0).phase, Phase::Finished);
}
