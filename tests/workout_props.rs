//! Properties of the workout machine under any prescription and any sequence of events:
//! both sides get equal prescribed work, nothing panics, indices and timers stay in range.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rotation_rehab::catalog::{Dose, Prescription, Sides};
use rotation_rehab::core::session::{HurtKind, Outcome, Side};
use rotation_rehab::core::workout::*;

const T0: i64 = 1_700_000_000_000;

fn prescription() -> impl Strategy<Value = Prescription> {
    let dose = prop_oneof![
        (1u32..=60).prop_map(|seconds| Dose::Hold { seconds }),
        (1u32..=15, 1u32..=4).prop_map(|(reps, e)| Dose::Reps {
            reps,
            seconds_each_way: e
        }),
    ];
    let sides = prop_oneof![Just(Sides::EachSide), Just(Sides::Alternating)];
    (1u32..5, dose, sides, 0u32..=90).prop_map(|(sets, dose, sides, rest_seconds)| Prescription {
        sets,
        dose,
        sides,
        rest_seconds,
    })
}

fn options() -> impl Strategy<Value = WorkoutOptions> {
    let mode = prop_oneof![Just(RepMode::Tempo), Just(RepMode::Tap)];
    (mode, 0u32..=6).prop_map(|(rep_mode, get_ready_seconds)| WorkoutOptions {
        rep_mode,
        get_ready_seconds,
    })
}

/// Events with mostly ticks; ending events are rare so most runs go the distance.
fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        6 => Just(Event::Tick),
        2 => Just(Event::Pause),
        2 => Just(Event::Resume),
        2 => Just(Event::Skip),
        2 => Just(Event::Back),
        3 => Just(Event::CountRep),
        1 => Just(Event::FinishSet),
        1 => (0u32..=60).prop_map(|seconds| Event::ExtendRest { seconds }),
        1 => prop_oneof![
            Just(Event::EndEarly),
            Just(Event::Hurt(HurtKind::RedFlag)),
            Just(Event::Hurt(HurtKind::SharpOrRising)),
        ],
    ]
}

/// Prescribed work per exercise as (left, right), from the blocks; Both counts for each.
fn plan_targets(w: &Workout) -> Vec<(u32, u32)> {
    let mut sums = vec![(0, 0); w.items().len()];
    for b in w.blocks() {
        let Some(t) = b.target() else { continue };
        let (l, r) = &mut sums[b.exercise];
        match b.side {
            Side::Left => *l += t.amount(),
            Side::Right => *r += t.amount(),
            Side::Both => {
                *l += t.amount();
                *r += t.amount();
            }
        }
    }
    sums
}

fn check(w: &Workout, now: i64) -> Result<(), TestCaseError> {
    let total = w.blocks().len();
    prop_assert!(w.block_index() <= total);
    if !w.is_over() {
        prop_assert!(w.block_index() < total);
        // Every work block before the current one is logged exactly once.
        let before = w.blocks()[..w.block_index()]
            .iter()
            .filter(|b| b.is_work())
            .count();
        prop_assert_eq!(w.logged().count(), before);
    }
    let view = w.view(now);
    prop_assert!(view.ms_left.is_none_or(|ms| ms >= 0));
    prop_assert!(view
        .ms_left
        .is_none_or(|ms| view.block_ms.is_some_and(|b| ms <= b)));
    prop_assert!(view.blocks_done <= view.blocks_total);
    if let Some(r) = view.reps {
        prop_assert!(r.done <= r.target);
    }
    // The view catches up by itself exactly as a tick would.
    let mut ticked = w.clone();
    ticked.update(Event::Tick, now);
    prop_assert_eq!(ticked.view(now), view);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_run_keeps_the_sides_equal_and_the_machine_sound(
        prescriptions in prop::collection::vec((prescription(), any::<bool>()), 1..=2),
        options in options(),
        steps in prop::collection::vec((0i64..20_000, event()), 0..80),
        save_at in 0usize..80,
    ) {
        let items: Vec<WorkoutItem> = prescriptions
            .iter()
            .enumerate()
            .map(|(i, (p, right_first))| WorkoutItem { exercise: format!("ex{i}"), prescription: *p, right_first: *right_first })
            .collect();
        let (mut w, _) = Workout::start(items, options, None, T0);
        for (l, r) in plan_targets(&w) {
            prop_assert_eq!(l, r, "the plan gives both sides the same work");
        }
        let mut now = T0;
        check(&w, now)?;
        for (i, (delta, event)) in steps.into_iter().enumerate() {
            now += delta;
            w.update(event, now);
            check(&w, now)?;
            if i == save_at {
                // A reload anywhere resumes the same workout.
                let json = serde_json::to_string(&w).unwrap();
                let back: Workout = serde_json::from_str(&json).unwrap();
                prop_assert_eq!(back.view(now), w.view(now));
                w = back;
            }
        }
        // Go the distance: resume, then let time pass and skip what waits for taps.
        w.update(Event::Resume, now);
        for _ in 0..=w.blocks().len() {
            now += 3_600_000;
            w.update(Event::Tick, now);
            w.update(Event::Skip, now);
            check(&w, now)?;
        }
        prop_assert!(w.is_over());
        let record = w.finish(now);
        prop_assert!(record.ended_at >= record.started_at);
        if record.outcome == Outcome::Completed {
            let logged: usize = record.exercises.iter().map(|e| e.sets.len()).sum();
            prop_assert_eq!(logged, w.blocks().iter().filter(|b| b.is_work()).count());
            for e in &record.exercises {
                let (l, r) = record.target_by_side(&e.exercise);
                prop_assert_eq!(l, r, "the record of {} gives both sides the same work", e.exercise);
            }
        }
    }
}
