//! A demonstration as data: the view, the keyframes, the equipment, the arrows and the
//! words that describe it to someone who cannot see it.

use super::{Point, Pose, Skeleton};
use crate::core::session::Side;

/// Where the demonstration is seen from. In each, the figure's left is on the picture's left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Standing or kneeling, seen from above, facing the top of the picture.
    Above,
    /// Lying on the back, seen along the body from beyond the head.
    FromHead,
    /// Standing, seen from behind.
    FromBehind,
}

/// Equipment, as data: fixed pieces are in drawing coordinates, held ones follow the hands
/// or the feet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gear {
    /// A mat on the floor.
    Mat {
        left: f32,
        right: f32,
        top: f32,
        bottom: f32,
    },
    /// The floor line.
    Floor { y: f32 },
    /// A machine's column or a band's fixing point.
    Machine { min: Point, max: Point },
    /// A cable or band from `anchor` to the handle held between both hands.
    Cable { anchor: Point },
    /// A Swiss ball held between the ankles.
    Ball { radius: f32 },
    /// A barbell pivoting at `anchor`, held by its free end, with a plate at the end.
    Bar {
        anchor: Point,
        beyond: f32,
        plate: f32,
    },
}

/// A direction-of-movement arrow, drawn for the left side (mirrored for the right).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ArrowPath {
    /// Part of a circle, from angle `from` to `to` (degrees), the head at `to`.
    Arc {
        centre: Point,
        radius: f32,
        from: f32,
        to: f32,
    },
    Line {
        from: Point,
        to: Point,
    },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arrow {
    pub path: ArrowPath,
    /// A turn the person resists rather than makes (drawn fainter; `fig-resist`).
    pub resist: bool,
}

/// Which way an elbow lies from the line from shoulder to hand, turning as seen on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bend {
    Clockwise,
    Anticlockwise,
}

/// Both hands hold one handle or bar: the handle moves on its own path (turning about the
/// pelvis between keyframes) and the arms are solved to reach it, each elbow always bending the
/// same way so that it never flips from one side to the other.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grip {
    pub left: Bend,
    pub right: Bend,
}

/// One exercise's demonstration: the left-side version, as constant data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Demo {
    pub view: View,
    pub skeleton: &'static Skeleton,
    pub start: Pose,
    /// Poses on the way from start to end, evenly spaced; often none.
    pub between: &'static [Pose],
    pub end: Pose,
    /// Both hands hold one handle or bar: they meet on it in every frame.
    pub grip: Option<Grip>,
    pub gear: &'static [Gear],
    pub arrows: &'static [Arrow],
    /// What the picture shows, for its accessible description.
    pub scene: &'static str,
    /// The movement of the left side; "{near}" and "{far}" stand for "left" and "right".
    pub motion: &'static str,
}

/// The accessible name of a demonstration.
pub fn title(exercise_name: &str, side: Side) -> String {
    let side = match side {
        Side::Left => "left side",
        Side::Right => "right side",
        Side::Both => "both sides",
    };
    format!("How to do it: {exercise_name}, {side}")
}

/// The accessible description: what the picture shows and how the figure moves.
pub fn description(demo: &Demo, side: Side) -> String {
    let (near, far) = match side {
        Side::Right => ("right", "left"),
        Side::Left | Side::Both => ("left", "right"),
    };
    let then = if side == Side::Both {
        " Then the same to the right."
    } else {
        ""
    };
    format!("{} {}{then}", demo.scene, demo.motion)
        .replace("{near}", near)
        .replace("{far}", far)
}
