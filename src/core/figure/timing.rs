//! When the demonstration is where: its default side and tempo, and its cycle position
//! during the workout's tempo guide or a hold.

use crate::catalog::{Dose, Prescription, Sides};
use crate::core::session::Side;
use crate::core::workout::{Direction, TempoView};

/// The side a demonstration shows by default: the left for each-side work, both for
/// alternating reps.
pub fn demo_side(sides: Sides) -> Side {
    match sides {
        Sides::EachSide => Side::Left,
        Sides::Alternating => Side::Both,
    }
}

/// How long one cycle of the demonstration takes at the prescription's tempo: out and back
/// (to each side in turn when alternating); holds get a calm four seconds.
pub fn seconds_per_cycle(prescription: &Prescription) -> f32 {
    match prescription.dose {
        Dose::Reps {
            seconds_each_way, ..
        } => {
            let cycle = 2.0 * seconds_each_way.max(1) as f32;
            match prescription.sides {
                Sides::EachSide => cycle,
                Sides::Alternating => 2.0 * cycle,
            }
        }
        Dose::Hold { .. } => 4.0,
    }
}

/// The cycle position for a moment of the workout's tempo guide: each rep goes out and back;
/// when alternating, odd reps go to the left and even reps to the right.
pub fn phase_from_tempo(tempo: &TempoView, side: Side) -> f32 {
    let progress = tempo.progress.clamp(0.0, 1.0);
    let one_way = match tempo.direction {
        Direction::Out => 0.5 * progress,
        Direction::Back => 0.5 + 0.5 * progress,
    };
    match side {
        Side::Both if tempo.rep % 2 == 0 => 0.5 + 0.5 * one_way,
        Side::Both => 0.5 * one_way,
        Side::Left | Side::Right => one_way,
    }
}

/// The cycle position of the end pose, shown still during a hold.
pub fn hold_phase(side: Side) -> f32 {
    match side {
        Side::Both => 0.25,
        Side::Left | Side::Right => 0.5,
    }
}
