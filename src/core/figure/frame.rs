//! The frame a demonstration shows at a moment of its cycle, for the left side, the right
//! side (the mirror image) or both in turn: forward kinematics of the interpolated pose, the
//! hands solved onto the handle, and the equipment and arrows placed.

use super::{
    ease, wrap, Arrow, ArrowPath, Bend, Demo, Gear, Grip, Joint, Joints, Point, Pose, Skeleton,
    View,
};
use crate::core::session::Side;

/// How a piece of the drawing is painted; `class()` names the CSS class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Mat,
    Floor,
    Equipment,
    Cable,
    Body,
    /// Limbs seen through from above (the legs under the arms), drawn fainter.
    BodyBelow,
    Head,
    Arrow,
    ResistArrow,
}

impl Paint {
    pub fn class(self) -> &'static str {
        match self {
            Paint::Mat => "fig-mat",
            Paint::Floor => "fig-floor",
            Paint::Equipment => "fig-equipment",
            Paint::Cable => "fig-equipment fig-cable",
            Paint::Body => "fig-body",
            Paint::BodyBelow => "fig-body fig-below",
            Paint::Head => "fig-body fig-head",
            Paint::Arrow => "fig-arrow",
            Paint::ResistArrow => "fig-arrow fig-resist",
        }
    }
}

/// A resolved piece of equipment or an arrow, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A polyline.
    Line(Vec<Point>),
    Circle {
        centre: Point,
        radius: f32,
    },
    Rect {
        min: Point,
        max: Point,
    },
    /// An arrow: its shaft and a chevron `[wing, tip, wing]` at the end.
    Arrow {
        shaft: Vec<Point>,
        head: [Point; 3],
    },
}

/// Everything drawn at one moment, in drawing order: equipment, legs, arms and trunk, head,
/// arrows.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub view: View,
    pub joints: Joints,
    pub head_radius: f32,
    /// Equipment under the figure.
    pub gear: Vec<(Paint, Shape)>,
    pub arrows: Vec<(Paint, Shape)>,
}

impl Shape {
    fn mirrored(&self) -> Shape {
        let flip = |points: &[Point]| points.iter().map(|p| p.mirrored()).collect();
        match self {
            Shape::Line(points) => Shape::Line(flip(points)),
            Shape::Circle { centre, radius } => Shape::Circle {
                centre: centre.mirrored(),
                radius: *radius,
            },
            Shape::Rect { min, max } => Shape::Rect {
                min: Point::new(-max.x, min.y),
                max: Point::new(-min.x, max.y),
            },
            Shape::Arrow { shaft, head } => Shape::Arrow {
                shaft: flip(shaft),
                head: head.map(|p| p.mirrored()),
            },
        }
    }

    /// The points that bound the shape (a circle's four extremes).
    pub fn extent(&self) -> Vec<Point> {
        match self {
            Shape::Line(points) => points.clone(),
            Shape::Circle { centre, radius } => [0.0, 90.0, 180.0, 270.0]
                .map(|a| centre.towards(a, *radius))
                .to_vec(),
            Shape::Rect { min, max } => vec![*min, *max],
            Shape::Arrow { shaft, head } => shaft.iter().chain(head).copied().collect(),
        }
    }
}

impl Frame {
    /// The mirror image about the centre line: the right-side version of a left-side frame.
    pub fn mirrored(&self) -> Frame {
        let flip = |items: &[(Paint, Shape)]| {
            items
                .iter()
                .map(|(paint, shape)| (*paint, shape.mirrored()))
                .collect()
        };
        Frame {
            view: self.view,
            joints: self.joints.map(|p| p.mirrored()),
            head_radius: self.head_radius,
            gear: flip(&self.gear),
            arrows: flip(&self.arrows),
        }
    }

    pub fn joint(&self, joint: Joint) -> Point {
        self.joints[joint as usize]
    }
}

impl Demo {
    /// The keyframes either side of `s` (0..=1 from start to end, through the poses between)
    /// and how far it is from the first to the second.
    fn keys_at(&self, s: f32) -> (&Pose, &Pose, f32) {
        let legs = self.between.len() + 1;
        let at = s.clamp(0.0, 1.0) * legs as f32;
        let leg = (at as usize).min(legs - 1);
        let key = |i: usize| match i {
            0 => &self.start,
            i if i == legs => &self.end,
            i => &self.between[i - 1],
        };
        (key(leg), key(leg + 1), at - leg as f32)
    }

    /// The pose `s` of the way from start to end.
    pub fn pose_at(&self, s: f32) -> Pose {
        let (from, to, u) = self.keys_at(s);
        from.lerp(to, u)
    }

    /// Where the handle is, `s` of the way from start to end: it turns about the pelvis and
    /// moves toward or away from it, so a turning body carries it round in an arc.
    fn handle_at(&self, s: f32, pelvis: Point) -> Point {
        let (from, to, u) = self.keys_at(s);
        let (a, b) = (
            handle_from_pelvis(self.skeleton, from),
            handle_from_pelvis(self.skeleton, to),
        );
        let turn = a.0 + wrap(b.0 - a.0) * u;
        pelvis.towards(turn, a.1 + (b.1 - a.1) * u)
    }

    /// The left-side frame `s` of the way from start to end.
    fn frame_at(&self, s: f32) -> Frame {
        let mut joints = self.skeleton.joints(&self.pose_at(s));
        if let Some(bends) = self.grip {
            let handle = self.handle_at(s, joints[Joint::Pelvis as usize]);
            grip(&mut joints, self.skeleton, handle, bends);
        }
        let hands = joints[Joint::HandL as usize].lerp(joints[Joint::HandR as usize], 0.5);
        let ankles = joints[Joint::AnkleL as usize].lerp(joints[Joint::AnkleR as usize], 0.5);
        let mut gear = Vec::with_capacity(self.gear.len() + 1);
        for item in self.gear {
            match *item {
                Gear::Mat {
                    left,
                    right,
                    top,
                    bottom,
                } => gear.push((
                    Paint::Mat,
                    Shape::Rect {
                        min: Point::new(left, top),
                        max: Point::new(right, bottom),
                    },
                )),
                Gear::Floor { y } => gear.push((
                    Paint::Floor,
                    Shape::Line(vec![Point::new(-58.0, y), Point::new(58.0, y)]),
                )),
                Gear::Machine { min, max } => {
                    gear.push((Paint::Equipment, Shape::Rect { min, max }))
                }
                Gear::Cable { anchor } => {
                    gear.push((Paint::Cable, Shape::Line(vec![anchor, hands])))
                }
                Gear::Ball { radius } => gear.push((
                    Paint::Equipment,
                    Shape::Circle {
                        centre: ankles,
                        radius,
                    },
                )),
                Gear::Bar {
                    anchor,
                    beyond,
                    plate,
                } => {
                    let end = hands.towards(anchor.direction_to(hands), beyond);
                    gear.push((Paint::Equipment, Shape::Line(vec![anchor, end])));
                    gear.push((
                        Paint::Equipment,
                        Shape::Circle {
                            centre: end,
                            radius: plate,
                        },
                    ));
                }
            }
        }
        Frame {
            view: self.view,
            joints,
            head_radius: self.skeleton.head_radius,
            gear,
            arrows: self.arrows.iter().map(arrow_shape).collect(),
        }
    }
}

/// The frame at `t` (0..1) of a cycle that goes out to the end pose and back. `Side::Right`
/// is the mirror image of `Side::Left`; `Side::Both` goes to the left in the first half of the
/// cycle and to the right in the second.
pub fn frame(demo: &Demo, t: f32, side: Side) -> Frame {
    let t = if t.is_finite() {
        t.rem_euclid(1.0)
    } else {
        0.0
    };
    match side {
        Side::Left => demo.frame_at(out_and_back(t)),
        Side::Right => demo.frame_at(out_and_back(t)).mirrored(),
        Side::Both if t < 0.5 => frame(demo, 2.0 * t, Side::Left),
        Side::Both => frame(demo, 2.0 * t - 1.0, Side::Right),
    }
}

/// 0 at the start of the cycle, 1 half way (the end pose), 0 again at its end, eased.
fn out_and_back(t: f32) -> f32 {
    ease(if t <= 0.5 { 2.0 * t } else { 2.0 - 2.0 * t })
}

/// The direction and distance from the pelvis to the point between the hands, in a keyframe.
fn handle_from_pelvis(skeleton: &Skeleton, pose: &Pose) -> (f32, f32) {
    let joints = skeleton.joints(pose);
    let pelvis = joints[Joint::Pelvis as usize];
    let handle = joints[Joint::HandL as usize].lerp(joints[Joint::HandR as usize], 0.5);
    (pelvis.direction_to(handle), pelvis.distance(handle))
}

/// Each arm's shoulder, elbow and hand, and the index of its upper-arm segment (the forearm
/// is the next one).
const ARMS: [(Joint, Joint, Joint, usize); 2] = [
    (Joint::ShoulderL, Joint::ElbowL, Joint::HandL, 3),
    (Joint::ShoulderR, Joint::ElbowR, Joint::HandR, 6),
];

/// Bends both arms so that the hands meet at `target` (two-joint inverse kinematics): the
/// arms keep their lengths.
fn grip(joints: &mut Joints, skeleton: &Skeleton, target: Point, bends: Grip) {
    for ((shoulder, elbow, hand, upper), bend) in ARMS.into_iter().zip([bends.left, bends.right]) {
        let (a, b) = (skeleton.lengths[upper], skeleton.lengths[upper + 1]);
        let s = joints[shoulder as usize];
        let side = if bend == Bend::Clockwise { 1.0 } else { -1.0 };
        let reach = s.distance(target).clamp((a - b).abs() + 1e-3, a + b - 1e-4);
        let towards = s.direction_to(target);
        let cos = ((a * a + reach * reach - b * b) / (2.0 * a * reach)).clamp(-1.0, 1.0);
        let e = s.towards(towards + side * cos.acos().to_degrees(), a);
        let h = e.towards(e.direction_to(s.towards(towards, reach)), b);
        joints[elbow as usize] = e;
        joints[hand as usize] = h;
    }
}

fn arrow_shape(arrow: &Arrow) -> (Paint, Shape) {
    const STEPS: usize = 16;
    let shaft: Vec<Point> = match arrow.path {
        ArrowPath::Arc {
            centre,
            radius,
            from,
            to,
        } => (0..=STEPS)
            .map(|i| centre.towards(from + (to - from) * i as f32 / STEPS as f32, radius))
            .collect(),
        ArrowPath::Line { from, to } => vec![from, to],
    };
    let tip = shaft[shaft.len() - 1];
    let back = shaft[shaft.len() - 2].direction_to(tip) + 180.0;
    let head = [
        tip.towards(back - 32.0, 7.0),
        tip,
        tip.towards(back + 32.0, 7.0),
    ];
    let paint = if arrow.resist {
        Paint::ResistArrow
    } else {
        Paint::Arrow
    };
    (paint, Shape::Arrow { shaft, head })
}
