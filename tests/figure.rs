//! The demonstration figures: every catalog entry has one, the skeleton never stretches, the
//! right side is the mirror image of the left, the figure moves, smoothly, inside the picture.

use rotation_rehab::catalog::{Dose, Sides, EXERCISES};
use rotation_rehab::core::figure::*;
use rotation_rehab::core::session::Side;
use rotation_rehab::core::workout::{Direction, TempoView};

const TOLERANCE: f32 = 1e-3;

/// t = 0, 0.1, ..., 1.
fn samples() -> impl Iterator<Item = f32> {
    (0..=10).map(|i| i as f32 / 10.0)
}

fn demos() -> impl Iterator<Item = (&'static str, &'static Demo)> {
    EXERCISES.iter().map(|e| {
        let demo = demo_for(e.id).unwrap_or_else(|| panic!("{}: no demonstration", e.id));
        (e.id, demo)
    })
}

fn all_points(frame: &Frame) -> Vec<Point> {
    let mut points = frame.joints.to_vec();
    let head = frame.joint(Joint::Head);
    points.extend([0.0, 90.0, 180.0, 270.0].map(|a| head.towards(a, frame.head_radius)));
    for (_, shape) in frame.gear.iter().chain(&frame.arrows) {
        points.extend(shape.extent());
    }
    points
}

/// The same joint on the other side of the body (the pelvis, neck and head are their own).
fn twin(joint: usize) -> usize {
    match joint {
        3..=5 => joint + 3,
        6..=8 => joint - 3,
        9..=12 => joint + 4,
        13..=16 => joint - 4,
        _ => joint,
    }
}

/// The joints with left and right swapped: a mirrored frame of a symmetric pose is the
/// same picture, its left arm drawn where the right one was.
fn swapped(joints: &Joints) -> Joints {
    std::array::from_fn(|j| joints[twin(j)])
}

fn assert_close(a: &Frame, b: &Frame, what: &str) {
    for (p, q) in a.joints.iter().zip(&b.joints) {
        assert!(p.distance(*q) < TOLERANCE, "{what}: {p:?} is not {q:?}");
    }
}

fn assert_lengths(id: &str, what: &str, skeleton: &Skeleton, joints: &Joints) {
    for (i, start) in SEGMENT_START.iter().enumerate() {
        let length = joints[*start as usize].distance(joints[i + 1]);
        assert!(
            (length - skeleton.lengths[i]).abs() < TOLERANCE,
            "{id} {what}: segment {i} is {length}, not {}",
            skeleton.lengths[i]
        );
    }
}

#[test]
fn every_catalog_entry_has_a_demonstration() {
    for (id, _) in demos() {
        assert!(demo_for(id).is_some(), "{id}");
    }
    assert!(demo_for("no-such-exercise").is_none());
}

#[test]
fn keyframes_keep_the_skeleton_lengths() {
    for (id, demo) in demos() {
        let keys = std::iter::once(&demo.start)
            .chain(demo.between)
            .chain([&demo.end]);
        for (k, pose) in keys.enumerate() {
            assert_lengths(
                id,
                &format!("keyframe {k}"),
                demo.skeleton,
                &demo.skeleton.joints(pose),
            );
        }
    }
}

#[test]
fn frames_keep_the_skeleton_lengths() {
    for (id, demo) in demos() {
        for side in [Side::Left, Side::Right, Side::Both] {
            for t in samples() {
                let frame = frame(demo, t, side);
                assert_lengths(id, &format!("{side:?} t={t}"), demo.skeleton, &frame.joints);
                assert_eq!(frame.head_radius, demo.skeleton.head_radius);
            }
        }
    }
}

#[test]
fn right_is_the_mirror_image_of_left() {
    for (id, demo) in demos() {
        for t in samples() {
            let (left, right) = (frame(demo, t, Side::Left), frame(demo, t, Side::Right));
            for (l, r) in left.joints.iter().zip(&right.joints) {
                assert!(
                    (l.x + r.x).abs() < TOLERANCE && (l.y - r.y).abs() < TOLERANCE,
                    "{id} t={t}"
                );
            }
            assert_eq!(left.mirrored(), right, "{id} t={t}");
        }
    }
}

#[test]
fn a_mirrored_pose_draws_the_mirror_image() {
    for (id, demo) in demos() {
        for s in samples() {
            let pose = demo.pose_at(s);
            let drawn = demo.skeleton.joints(&pose);
            let mirrored = demo.skeleton.joints(&pose.mirror());
            for (a, b) in drawn.iter().zip(&mirrored) {
                assert!(
                    (a.x + b.x).abs() < TOLERANCE && (a.y - b.y).abs() < TOLERANCE,
                    "{id} s={s}"
                );
            }
        }
    }
}

#[test]
fn both_sides_go_left_then_right() {
    for (id, demo) in demos() {
        for t in samples().map(|t| t * 0.499) {
            assert_close(
                &frame(demo, t, Side::Both),
                &frame(demo, 2.0 * t, Side::Left),
                &format!("{id} t={t}"),
            );
            let later = 0.5 + t;
            let right = frame(demo, 2.0 * t, Side::Right);
            assert_close(
                &frame(demo, later, Side::Both),
                &right,
                &format!("{id} t={later}"),
            );
        }
    }
}

/// Alternating exercises start in the middle, so the turn to the other side follows on
/// without a jump.
#[test]
fn alternating_exercises_start_symmetric() {
    for e in EXERCISES
        .iter()
        .filter(|e| e.prescription.sides == Sides::Alternating)
    {
        let demo = demo_for(e.id).unwrap();
        let start = frame(demo, 0.0, Side::Left);
        let mirrored = swapped(&start.mirrored().joints);
        for (a, b) in start.joints.iter().zip(&mirrored) {
            assert!(
                a.distance(*b) < 0.05,
                "{}: the start pose is not symmetric",
                e.id
            );
        }
    }
}

#[test]
fn start_and_end_differ() {
    for (id, demo) in demos() {
        let (start, end) = (frame(demo, 0.0, Side::Left), frame(demo, 0.5, Side::Left));
        let moved = start
            .joints
            .iter()
            .zip(&end.joints)
            .map(|(a, b)| a.distance(*b))
            .fold(0.0, f32::max);
        assert!(moved > 10.0, "{id}: the figure barely moves ({moved})");
    }
}

#[test]
fn a_cycle_goes_out_and_back() {
    for (id, demo) in demos() {
        for side in [Side::Left, Side::Right, Side::Both] {
            assert_eq!(
                frame(demo, 0.0, side),
                frame(demo, 1.0, side),
                "{id} {side:?}"
            );
        }
        // Half way is the end pose as written (gripping arms are solved, so within a little).
        let end = frame(demo, 0.5, Side::Left);
        for (a, b) in end.joints.iter().zip(demo.skeleton.joints(&demo.end)) {
            assert!(a.distance(b) < 1.0, "{id}: {a:?} is not {b:?}");
        }
    }
}

#[test]
fn frames_are_finite_and_inside_the_picture() {
    for (id, demo) in demos() {
        for side in [Side::Left, Side::Right, Side::Both] {
            for t in samples() {
                for p in all_points(&frame(demo, t, side)) {
                    assert!(p.x.is_finite() && p.y.is_finite(), "{id} {side:?} t={t}");
                    assert!(
                        VIEW_BOX.contains(p),
                        "{id} {side:?} t={t}: {p:?} is outside the picture"
                    );
                }
            }
        }
    }
}

#[test]
fn odd_moments_give_a_frame() {
    let demo = demo_for("knee-rotations").unwrap();
    for t in [f32::NAN, f32::INFINITY, -0.25, 1.75, 100.0] {
        assert!(
            all_points(&frame(demo, t, Side::Both))
                .iter()
                .all(|p| p.x.is_finite()),
            "t={t}"
        );
    }
}

/// Hands that hold one handle meet on it in every frame.
#[test]
fn gripping_hands_meet() {
    for (id, demo) in demos().filter(|(_, d)| d.grip.is_some()) {
        for i in 0..=100 {
            let frame = frame(demo, i as f32 / 100.0, Side::Left);
            let gap = frame
                .joint(Joint::HandL)
                .distance(frame.joint(Joint::HandR));
            assert!(
                gap < 0.05,
                "{id} t={}: the hands are {gap} apart",
                i as f32 / 100.0
            );
        }
    }
}

/// No joint jumps: between moments 1/200 of a turn apart (out and back, or each side when
/// alternating), every joint moves only a little.
#[test]
fn the_motion_is_smooth() {
    for e in EXERCISES {
        let (id, demo) = (e.id, demo_for(e.id).unwrap());
        for side in [Side::Left, demo_side(e.prescription.sides)] {
            let steps = if side == Side::Both { 400 } else { 200 };
            let mut previous = frame(demo, 0.0, side).joints;
            for i in 1..=steps {
                let t = i as f32 / steps as f32;
                let next = frame(demo, t, side).joints;
                // Both sides switch to the mirror image half way and back at the end: the
                // same picture, its left and right joints swapped.
                if side == Side::Both && (2 * i == steps || i == steps) {
                    previous = swapped(&previous);
                }
                for (j, (a, b)) in previous.iter().zip(&next).enumerate() {
                    let step = a.distance(*b);
                    assert!(step < 3.0, "{id} {side:?} t={t}: joint {j} jumps {step}");
                }
                previous = next;
            }
        }
    }
}

#[test]
fn each_moment_draws_the_same_pieces() {
    for (id, demo) in demos() {
        let paints = |t: f32, side: Side| {
            frame(demo, t, side)
                .paths()
                .into_iter()
                .map(|(p, _)| p)
                .collect::<Vec<_>>()
        };
        let first = paints(0.0, Side::Left);
        assert!(
            first.contains(&Paint::Body) && first.contains(&Paint::Head),
            "{id}"
        );
        assert!(
            first
                .iter()
                .any(|p| matches!(p, Paint::Arrow | Paint::ResistArrow)),
            "{id}: no arrow"
        );
        for side in [Side::Left, Side::Right, Side::Both] {
            for t in samples() {
                assert_eq!(paints(t, side), first, "{id} {side:?} t={t}");
            }
        }
    }
}

#[test]
fn path_data_is_plain_numbers() {
    for (id, demo) in demos() {
        for (_, d) in frame(demo, 0.3, Side::Right).paths() {
            assert!(d.starts_with('M'), "{id}: {d}");
            assert!(
                d.chars()
                    .all(|c| c.is_ascii_digit() || " .-MLZa".contains(c)),
                "{id}: {d}"
            );
            assert!(!d.contains("NaN") && !d.contains("inf"), "{id}: {d}");
        }
    }
}

#[test]
fn numbers_have_one_decimal_at_most() {
    for (value, text) in [
        (0.0, "0"),
        (-0.04, "0"),
        (12.0, "12"),
        (-3.25, "-3.3"),
        (3.04, "3"),
        (-0.5, "-0.5"),
        (59.96, "60"),
        (f32::NAN, "0"),
    ] {
        assert_eq!(number(value), text, "{value}");
    }
}

#[test]
fn descriptions_name_the_side() {
    for (id, demo) in demos() {
        let left = description(demo, Side::Left);
        let right = description(demo, Side::Right);
        let both = description(demo, Side::Both);
        assert!(
            !left.contains('{') && !right.contains('{') && !both.contains('{'),
            "{id}: {left}"
        );
        assert!(left.contains("left"), "{id}: {left}");
        assert!(right.contains("right"), "{id}: {right}");
        assert_ne!(left, right, "{id}");
        assert!(
            both.contains("left") && both.contains("right"),
            "{id}: {both}"
        );
    }
    assert_eq!(
        title("Texas twist", Side::Right),
        "How to do it: Texas twist, right side"
    );
}

#[test]
fn tempo_maps_onto_the_cycle() {
    let tempo = |rep, direction, progress| TempoView {
        rep,
        direction,
        progress,
    };
    // (tempo, side, expected phase, why)
    let cases = [
        (
            tempo(1, Direction::Out, 0.0),
            Side::Left,
            0.0,
            "a rep starts at the start pose",
        ),
        (
            tempo(1, Direction::Out, 1.0),
            Side::Left,
            0.5,
            "out ends at the end pose",
        ),
        (
            tempo(1, Direction::Back, 0.5),
            Side::Right,
            0.75,
            "half way back",
        ),
        (
            tempo(3, Direction::Out, 1.0),
            Side::Both,
            0.25,
            "odd reps turn to the left",
        ),
        (
            tempo(2, Direction::Out, 1.0),
            Side::Both,
            0.75,
            "even reps turn to the right",
        ),
        (
            tempo(2, Direction::Back, 1.0),
            Side::Both,
            1.0,
            "and come back to the middle",
        ),
        (
            tempo(1, Direction::Out, 7.0),
            Side::Left,
            0.5,
            "progress is clamped",
        ),
    ];
    for (tempo, side, expected, why) in cases {
        assert!(
            (phase_from_tempo(&tempo, side) - expected).abs() < 1e-6,
            "{why}"
        );
    }
    for e in EXERCISES {
        let demo = demo_for(e.id).unwrap();
        let side = demo_side(e.prescription.sides);
        let held = frame(demo, hold_phase(side), side);
        let end = frame(demo, 0.5, Side::Left);
        assert_eq!(
            held.joints, end.joints,
            "{}: a hold shows the end pose",
            e.id
        );
        let cycle = seconds_per_cycle(&e.prescription);
        match e.prescription.dose {
            Dose::Reps {
                seconds_each_way, ..
            } if side == Side::Both => {
                assert_eq!(cycle, 4.0 * seconds_each_way as f32, "{}", e.id)
            }
            Dose::Reps {
                seconds_each_way, ..
            } => assert_eq!(cycle, 2.0 * seconds_each_way as f32, "{}", e.id),
            Dose::Hold { .. } => assert!(cycle > 0.0, "{}", e.id),
        }
    }
}
