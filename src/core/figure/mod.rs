//! The demonstration figure: a 2D stick figure posed by joint angles, and per exercise a few
//! keyframes that are interpolated into the frames the UI draws as SVG.
//!
//! Each demonstration is drawn in one projection chosen so that its movement happens in the
//! picture plane (knees tipping, seen along the body; a chest turning, seen from above), so a
//! [`Skeleton`] holds the *drawn* length of each segment and no frame ever stretches it. A
//! segment that points at the viewer (the trunk seen from above) simply has length zero.
//!
//! Coordinates are SVG user units in [`VIEW_BOX`], y pointing down; angles are degrees,
//! 0 = to the right, 90 = down, -90 = up. In every view the figure's own left is on the left
//! of the picture, so the right-side version of a demonstration is its mirror image.

mod demo;
mod frame;
mod keyframes;
mod svg;
mod timing;

pub use demo::*;
pub use frame::*;
pub use keyframes::demo_for;
pub use svg::number;
pub use timing::*;

/// The drawing area shared by every demonstration: x in -60..60 (0 is the figure's centre
/// line, the axis of mirroring), y in -60..60.
pub const VIEW_BOX: Rect = Rect {
    min: Point::new(-60.0, -60.0),
    max: Point::new(60.0, 60.0),
};
/// `VIEW_BOX` as the SVG `viewBox` attribute.
pub const VIEW_BOX_ATTR: &str = "-60 -60 120 120";

/// A point in the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }

    pub fn distance(self, other: Point) -> f32 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    /// The mirror image about the centre line x = 0.
    pub fn mirrored(self) -> Point {
        Point::new(-self.x, self.y)
    }

    pub fn lerp(self, other: Point, t: f32) -> Point {
        Point::new(
            self.x + (other.x - self.x) * t,
            self.y + (other.y - self.y) * t,
        )
    }

    /// The point `length` away in the direction `degrees`.
    pub fn towards(self, degrees: f32, length: f32) -> Point {
        let (sin, cos) = degrees.to_radians().sin_cos();
        Point::new(self.x + length * cos, self.y + length * sin)
    }

    /// The direction from `self` to `other`, in degrees.
    pub fn direction_to(self, other: Point) -> f32 {
        (other.y - self.y).atan2(other.x - self.x).to_degrees()
    }
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub min: Point,
    pub max: Point,
}

impl Rect {
    pub fn contains(&self, p: Point) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }
}

/// The joints of the figure; a segment ends at each joint but the pelvis, the root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joint {
    Pelvis,
    Neck,
    Head,
    ShoulderL,
    ElbowL,
    HandL,
    ShoulderR,
    ElbowR,
    HandR,
    HipL,
    KneeL,
    AnkleL,
    ToeL,
    HipR,
    KneeR,
    AnkleR,
    ToeR,
}

pub const JOINTS: usize = 17;
pub const SEGMENTS: usize = 16;

/// The joint each segment starts from; segment `i` ends at joint `i + 1`. A segment's parent
/// is the one ending where it starts, so parents come first.
pub const SEGMENT_START: [Joint; SEGMENTS] = {
    use Joint::*;
    [
        Pelvis, Neck, Neck, ShoulderL, ElbowL, Neck, ShoulderR, ElbowR, // trunk, head, arms
        Pelvis, HipL, KneeL, AnkleL, Pelvis, HipR, KneeR, AnkleR, // hips, legs, feet
    ]
};

/// The joint positions of one frame, indexed by `Joint as usize`.
pub type Joints = [Point; JOINTS];

/// The drawn length of every segment (in `SEGMENT_START` order) and the head's size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Skeleton {
    pub lengths: [f32; SEGMENTS],
    pub head_radius: f32,
}

/// A pose: where the pelvis is, which way it points, and the angle of each joint relative
/// to its parent segment (the pelvis's direction for the trunk and the hips).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pose {
    pub at: Point,
    /// Direction of the pelvis's "up the body" (standing, seen from behind: -90).
    pub facing: f32,
    pub angles: [f32; SEGMENTS],
}

/// A pose written as the direction each segment points in the picture, which is how a
/// keyframe is easiest to read; `Pose::from_directions` turns it into joint angles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Directions {
    pub at: (f32, f32),
    pub facing: f32,
    pub trunk: f32,
    pub head: f32,
    /// Shoulder (from the neck), upper arm, forearm.
    pub arm_l: [f32; 3],
    pub arm_r: [f32; 3],
    /// Hip (from the pelvis), thigh, shin, foot.
    pub leg_l: [f32; 4],
    pub leg_r: [f32; 4],
}

/// `degrees` brought into -180..=180.
const fn wrap(degrees: f32) -> f32 {
    let mut d = degrees;
    while d > 180.0 {
        d -= 360.0;
    }
    while d < -180.0 {
        d += 360.0;
    }
    d
}

impl Pose {
    pub const fn from_directions(d: Directions) -> Pose {
        let (al, ar, ll, lr) = (d.arm_l, d.arm_r, d.leg_l, d.leg_r);
        Pose {
            at: Point::new(d.at.0, d.at.1),
            facing: d.facing,
            angles: [
                wrap(d.trunk - d.facing),
                wrap(d.head - d.trunk),
                wrap(al[0] - d.trunk),
                wrap(al[1] - al[0]),
                wrap(al[2] - al[1]),
                wrap(ar[0] - d.trunk),
                wrap(ar[1] - ar[0]),
                wrap(ar[2] - ar[1]),
                wrap(ll[0] - d.facing),
                wrap(ll[1] - ll[0]),
                wrap(ll[2] - ll[1]),
                wrap(ll[3] - ll[2]),
                wrap(lr[0] - d.facing),
                wrap(lr[1] - lr[0]),
                wrap(lr[2] - lr[1]),
                wrap(lr[3] - lr[2]),
            ],
        }
    }

    /// The pose `t` of the way from `self` to `other`, each joint turning the short way.
    pub fn lerp(&self, other: &Pose, t: f32) -> Pose {
        let turn = |a: f32, b: f32| a + wrap(b - a) * t;
        let mut angles = self.angles;
        for (angle, target) in angles.iter_mut().zip(other.angles) {
            *angle = turn(*angle, target);
        }
        Pose {
            at: self.at.lerp(other.at, t),
            facing: turn(self.facing, other.facing),
            angles,
        }
    }

    /// The mirror image about x = 0: every turn goes the other way.
    pub fn mirror(&self) -> Pose {
        Pose {
            at: self.at.mirrored(),
            facing: wrap(180.0 - self.facing),
            angles: self.angles.map(|a| -a),
        }
    }
}

impl Skeleton {
    /// Forward kinematics: where every joint of `pose` is.
    pub fn joints(&self, pose: &Pose) -> Joints {
        let mut points = [pose.at; JOINTS];
        let mut directions = [0.0f32; SEGMENTS];
        for (i, start) in SEGMENT_START.iter().enumerate() {
            let start = *start as usize;
            let base = if start == 0 {
                pose.facing
            } else {
                directions[start - 1]
            };
            directions[i] = base + pose.angles[i];
            points[i + 1] = points[start].towards(directions[i], self.lengths[i]);
        }
        points
    }
}

/// Slow at both ends, like a person moving with control.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}
