//! The demonstrations, one per catalog entry, as constant data: the left-side version of
//! each (the right side is its mirror image). A new exercise is a new `Demo` here.
//!
//! Poses are written as segment directions (see `Directions`), in degrees: 0 right, 90 down,
//! -90 up. Lengths that are zero belong to segments pointing at the viewer.

use super::{Arrow, ArrowPath, Bend, Demo, Directions, Gear, Grip, Point, Pose, Skeleton, View};

const fn arc(x: f32, y: f32, radius: f32, from: f32, to: f32) -> Arrow {
    Arrow {
        path: ArrowPath::Arc {
            centre: Point::new(x, y),
            radius,
            from,
            to,
        },
        resist: false,
    }
}

const fn line(from: (f32, f32), to: (f32, f32)) -> Arrow {
    Arrow {
        path: ArrowPath::Line {
            from: Point::new(from.0, from.1),
            to: Point::new(to.0, to.1),
        },
        resist: false,
    }
}

const fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Gear {
    Gear::Machine {
        min: Point::new(x0, y0),
        max: Point::new(x1, y1),
    }
}

/// Elbows out to the sides when the hands are in front (seen from above, or overhead).
const ELBOWS_OUT: Grip = Grip {
    left: Bend::Anticlockwise,
    right: Bend::Clockwise,
};
/// Elbows down when the hands are in front of the chest, seen from behind.
const ELBOWS_DOWN: Grip = Grip {
    left: Bend::Clockwise,
    right: Bend::Anticlockwise,
};

const MAT: Gear = Gear::Mat {
    left: -58.0,
    right: 58.0,
    top: 52.0,
    bottom: 56.0,
};

// Segment order: trunk, head, shoulder, upper arm, forearm (left, then right),
// hip, thigh, shin, foot (left, then right).

/// Standing, seen from above: the trunk and legs point at the viewer; the feet show.
const STANDING_ABOVE: Skeleton = Skeleton {
    lengths: [
        0.0, 4.0, 19.0, 23.0, 22.0, 19.0, 23.0, 22.0, 12.0, 0.0, 0.0, 10.0, 12.0, 0.0, 0.0, 10.0,
    ],
    head_radius: 8.5,
};

/// Kneeling on the left knee, right foot forward, seen from above.
const KNEELING_ABOVE: Skeleton = Skeleton {
    lengths: [
        0.0, 4.0, 19.0, 23.0, 22.0, 19.0, 23.0, 22.0, 12.0, 0.0, 24.0, 7.0, 12.0, 24.0, 0.0, 11.0,
    ],
    head_radius: 8.5,
};

/// Standing, seen from behind.
const STANDING_BEHIND: Skeleton = Skeleton {
    lengths: [
        30.0, 10.0, 11.0, 17.0, 16.0, 11.0, 17.0, 16.0, 7.0, 22.0, 21.0, 3.0, 7.0, 22.0, 21.0, 3.0,
    ],
    head_radius: 7.0,
};

/// Lying on the back with the knees bent, seen from beyond the head: the trunk points away.
const LYING_KNEES_UP: Skeleton = Skeleton {
    lengths: [
        0.0, 0.0, 14.0, 18.0, 17.0, 14.0, 18.0, 17.0, 8.0, 38.0, 39.0, 0.0, 8.0, 38.0, 39.0, 0.0,
    ],
    head_radius: 8.0,
};

/// Lying on the back with the legs straight up, seen from beyond the head.
const LYING_LEGS_UP: Skeleton = Skeleton {
    lengths: [
        0.0, 0.0, 14.0, 18.0, 17.0, 14.0, 18.0, 17.0, 8.0, 30.0, 29.0, 0.0, 8.0, 30.0, 29.0, 0.0,
    ],
    head_radius: 8.0,
};

/// Lying on the back, left knee bent up, right leg long (only its toes show), from the head.
const LYING_ONE_KNEE_UP: Skeleton = Skeleton {
    lengths: [
        0.0, 0.0, 14.0, 18.0, 17.0, 14.0, 18.0, 17.0, 8.0, 36.0, 36.0, 0.0, 8.0, 0.0, 0.0, 7.0,
    ],
    head_radius: 8.0,
};

// Arms resting out on the floor, for every lying pose.
const ARM_L_ON_FLOOR: [f32; 3] = [180.0, 170.0, 175.0];
const ARM_R_ON_FLOOR: [f32; 3] = [0.0, 10.0, 5.0];
// Feet pointing forward, seen from above.
const FOOT_L_ABOVE: [f32; 4] = [180.0, -90.0, -90.0, -90.0];
const FOOT_R_ABOVE: [f32; 4] = [0.0, -90.0, -90.0, -90.0];
// Legs straight, a little apart, seen from behind.
const LEG_L_BEHIND: [f32; 4] = [180.0, 93.7, 93.7, 95.0];
const LEG_R_BEHIND: [f32; 4] = [0.0, 86.3, 86.3, 85.0];

const KNEES_UP: Pose = Pose::from_directions(Directions {
    at: (0.0, 44.0),
    facing: -90.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: ARM_L_ON_FLOOR,
    arm_r: ARM_R_ON_FLOOR,
    leg_l: [180.0, -83.2, 88.5, 88.5],
    leg_r: [0.0, -96.8, 91.5, 91.5],
});

/// Knees and pelvis tipped 50° and 15° to the left.
const KNEES_LEFT: Pose = Pose::from_directions(Directions {
    at: (0.0, 44.0),
    facing: -105.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: ARM_L_ON_FLOOR,
    arm_r: ARM_R_ON_FLOOR,
    leg_l: [165.0, -133.2, 38.5, 38.5],
    leg_r: [-15.0, -146.8, 41.5, 41.5],
});

const LEFT_KNEE_UP: Pose = Pose::from_directions(Directions {
    at: (0.0, 44.0),
    facing: -90.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: ARM_L_ON_FLOOR,
    arm_r: ARM_R_ON_FLOOR,
    leg_l: [180.0, -85.0, 92.0, 92.0],
    leg_r: [0.0, -90.0, -90.0, -90.0],
});

/// The left knee across the body to the right, the pelvis rolled after it.
const LEFT_KNEE_ACROSS: Pose = Pose::from_directions(Directions {
    at: (0.0, 44.0),
    facing: -60.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: ARM_L_ON_FLOOR,
    arm_r: ARM_R_ON_FLOOR,
    leg_l: [-150.0, -5.0, 172.0, 172.0],
    leg_r: [30.0, -60.0, -60.0, -60.0],
});

const LEGS_UP: Pose = Pose::from_directions(Directions {
    at: (0.0, 44.0),
    facing: -90.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: ARM_L_ON_FLOOR,
    arm_r: ARM_R_ON_FLOOR,
    leg_l: [180.0, -91.9, -91.9, -91.9],
    leg_r: [0.0, -88.1, -88.1, -88.1],
});

/// Legs tipped 35° to the left, the pelvis 10°.
const LEGS_LEFT: Pose = Pose::from_directions(Directions {
    at: (0.0, 44.0),
    facing: -100.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: ARM_L_ON_FLOOR,
    arm_r: ARM_R_ON_FLOOR,
    leg_l: [170.0, -126.9, -126.9, -126.9],
    leg_r: [-10.0, -123.1, -123.1, -123.1],
});

/// Square to the front, the handle held at the chest.
const HANDLE_AT_CHEST: Pose = Pose::from_directions(Directions {
    at: (0.0, 22.0),
    facing: -90.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: [180.0, -97.5, 2.1],
    arm_r: [0.0, -82.5, 177.9],
    leg_l: FOOT_L_ABOVE,
    leg_r: FOOT_R_ABOVE,
});

const HANDLE_PRESSED_OUT: Pose = Pose::from_directions(Directions {
    at: (0.0, 22.0),
    facing: -90.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: [180.0, -72.6, -56.5],
    arm_r: [0.0, -107.4, -123.5],
    leg_l: FOOT_L_ABOVE,
    leg_r: FOOT_R_ABOVE,
});

/// Chest turned 45° toward the cable on the left, arms out toward it; hips square.
const TURNED_TO_CABLE: Pose = Pose::from_directions(Directions {
    at: (0.0, 22.0),
    facing: -90.0,
    trunk: -135.0,
    head: -135.0,
    arm_l: [135.0, -119.5, -99.3],
    arm_r: [-45.0, -150.5, -170.7],
    leg_l: FOOT_L_ABOVE,
    leg_r: FOOT_R_ABOVE,
});

const TURNED_AWAY: Pose = Pose::from_directions(Directions {
    at: (0.0, 22.0),
    facing: -90.0,
    trunk: -45.0,
    head: -45.0,
    arm_l: [-135.0, -29.5, -9.3],
    arm_r: [45.0, -60.5, -80.7],
    leg_l: FOOT_L_ABOVE,
    leg_r: FOOT_R_ABOVE,
});

// Kneeling: left shin and toes back along the floor, right thigh and foot forward.
const KNEEL_LEG_L: [f32; 4] = [180.0, 90.0, 90.0, 90.0];
const KNEEL_LEG_R: [f32; 4] = [0.0, -90.0, -90.0, -90.0];

const KNEELING_TO_CABLE: Pose = Pose::from_directions(Directions {
    at: (0.0, 18.0),
    facing: -90.0,
    trunk: -135.0,
    head: -135.0,
    arm_l: [135.0, -119.5, -99.3],
    arm_r: [-45.0, -150.5, -170.7],
    leg_l: KNEEL_LEG_L,
    leg_r: KNEEL_LEG_R,
});

const KNEELING_TO_FRONT_KNEE: Pose = Pose::from_directions(Directions {
    at: (0.0, 18.0),
    facing: -90.0,
    trunk: -50.0,
    head: -50.0,
    arm_l: [-140.0, -37.0, -11.1],
    arm_r: [40.0, -63.1, -88.8],
    leg_l: KNEEL_LEG_L,
    leg_r: KNEEL_LEG_R,
});

/// Handle by the left hip, leaning and turned toward it.
const HANDLE_LOW_LEFT: Directions = Directions {
    at: (0.0, 7.0),
    facing: -90.0,
    trunk: -105.0,
    head: -105.0,
    arm_l: [165.0, 137.9, 28.9],
    arm_r: [-15.0, 113.6, 144.7],
    leg_l: LEG_L_BEHIND,
    leg_r: LEG_R_BEHIND,
};

/// Handle in front of the chest, on the way across.
const HANDLE_AT_CHEST_BEHIND: Directions = Directions {
    at: (0.0, 7.0),
    facing: -90.0,
    trunk: -94.0,
    head: -94.0,
    arm_l: [176.0, 90.9, -33.5],
    arm_r: [-4.0, 69.9, -156.9],
    leg_l: LEG_L_BEHIND,
    leg_r: LEG_R_BEHIND,
};

/// Handle in front of the face, rising past the right shoulder.
const HANDLE_AT_FACE: Directions = Directions {
    at: (0.0, 7.0),
    facing: -90.0,
    trunk: -86.0,
    head: -86.0,
    arm_l: [-176.0, 12.2, -96.2],
    arm_r: [4.0, -175.7, -51.8],
    leg_l: LEG_L_BEHIND,
    leg_r: LEG_R_BEHIND,
};

/// Handle up past the right shoulder.
const HANDLE_HIGH_RIGHT: Directions = Directions {
    at: (0.0, 7.0),
    facing: -90.0,
    trunk: -78.0,
    head: -78.0,
    arm_l: [-168.0, -17.6, -49.8],
    arm_r: [12.0, -122.3, -28.3],
    leg_l: LEG_L_BEHIND,
    leg_r: LEG_R_BEHIND,
};

/// The bar's end up in front of the face.
const BAR_UP: Pose = Pose::from_directions(Directions {
    at: (0.0, 9.0),
    facing: -90.0,
    trunk: -90.0,
    head: -90.0,
    arm_l: [180.0, -92.1, -43.5],
    arm_r: [0.0, -87.9, -136.5],
    leg_l: LEG_L_BEHIND,
    leg_r: LEG_R_BEHIND,
});

/// The bar's end out to the left at shoulder height, on the way down.
const BAR_OVER_LEFT: Pose = Pose::from_directions(Directions {
    at: (-1.0, 9.0),
    facing: -90.0,
    trunk: -100.0,
    head: -98.0,
    arm_l: [170.0, 115.1, -99.9],
    arm_r: [-10.0, -171.3, 157.9],
    leg_l: [180.0, 95.0, 95.0, 97.0],
    leg_r: [0.0, 80.0, 93.0, 120.0],
});

/// The bar's end by the left hip; the right foot swivels onto its toes.
const BAR_LEFT: Pose = Pose::from_directions(Directions {
    at: (-2.0, 9.0),
    facing: -90.0,
    trunk: -102.0,
    head: -100.0,
    arm_l: [168.0, 39.0, 152.6],
    arm_r: [-12.0, 149.1, 119.8],
    leg_l: [180.0, 97.0, 97.0, 100.0],
    leg_r: [0.0, 75.0, 100.0, 150.0],
});

impl Directions {
    /// The same pose, mirrored: the left-side keyframes of a movement's mirror twin.
    const fn mirror(self) -> Directions {
        const fn m(d: f32) -> f32 {
            180.0 - d
        }
        const fn m3(a: [f32; 3]) -> [f32; 3] {
            [m(a[0]), m(a[1]), m(a[2])]
        }
        const fn m4(a: [f32; 4]) -> [f32; 4] {
            [m(a[0]), m(a[1]), m(a[2]), m(a[3])]
        }
        Directions {
            at: (-self.at.0, self.at.1),
            facing: m(self.facing),
            trunk: m(self.trunk),
            head: m(self.head),
            arm_l: m3(self.arm_r),
            arm_r: m3(self.arm_l),
            leg_l: m4(self.leg_r),
            leg_r: m4(self.leg_l),
        }
    }
}

static KNEE_ROTATIONS: Demo = Demo {
    view: View::FromHead,
    skeleton: &LYING_KNEES_UP,
    start: KNEES_UP,
    between: &[],
    end: KNEES_LEFT,
    grip: None,
    gear: &[MAT],
    arrows: &[arc(0.0, 46.0, 50.0, -78.0, -128.0)],
    scene: "A figure lying on its back on a mat, seen from beyond its head: knees bent and \
        together, arms out on the floor.",
    motion: "Both knees tip slowly to the {near}, the shoulders stay flat, and the knees come \
        back up to the middle.",
};

static TEXAS_TWIST: Demo = Demo {
    view: View::FromHead,
    skeleton: &LYING_ONE_KNEE_UP,
    start: LEFT_KNEE_UP,
    between: &[],
    end: LEFT_KNEE_ACROSS,
    grip: None,
    gear: &[MAT],
    arrows: &[arc(-7.0, 42.0, 44.0, -88.0, -18.0)],
    scene: "A figure lying on its back on a mat, seen from beyond its head: arms out on the \
        floor, one knee bent up.",
    motion: "The {near} knee crosses over the body toward the {far} and rests there while the \
        {near} arm stays out on the floor, then comes back.",
};

static PALLOF_PRESS: Demo = Demo {
    view: View::Above,
    skeleton: &STANDING_ABOVE,
    start: HANDLE_AT_CHEST,
    between: &[],
    end: HANDLE_PRESSED_OUT,
    grip: Some(ELBOWS_OUT),
    gear: &[
        rect(-60.0, -6.0, -53.0, 6.0),
        Gear::Cable {
            anchor: Point::new(-53.0, 0.0),
        },
    ],
    arrows: &[
        line((32.0, 2.0), (32.0, -24.0)),
        Arrow {
            resist: true,
            ..arc(0.0, 22.0, 52.0, -70.0, -112.0)
        },
    ],
    scene: "A figure standing, seen from above, with a cable or band fixed to its {near}, \
        holding the handle at its chest.",
    motion: "It presses the handle straight out in front and brings it back to the chest. \
        The cable pulls toward the {near}; the chest and hips stay square to the front.",
};

static PALLOF_HOLD: Demo = Demo {
    motion: "It presses the handle straight out in front and holds it there, not letting the \
        cable turn it toward the {near}; the chest and hips stay square to the front.",
    ..PALLOF_PRESS
};

static CABLE_ROTATION: Demo = Demo {
    view: View::Above,
    skeleton: &STANDING_ABOVE,
    start: TURNED_TO_CABLE,
    between: &[],
    end: TURNED_AWAY,
    grip: Some(ELBOWS_OUT),
    gear: &[
        rect(-60.0, -37.0, -53.0, -25.0),
        Gear::Cable {
            anchor: Point::new(-53.0, -31.0),
        },
    ],
    arrows: &[arc(0.0, 22.0, 55.0, -128.0, -52.0)],
    scene: "A figure standing, seen from above, feet pointing forward, with a cable machine to \
        its {near}, holding the handle out toward it.",
    motion: "It turns its chest to the {far}, drawing the handle across in front of it, while \
        the hips and feet stay facing forward, then turns slowly back.",
};

static CABLE_KNEELING: Demo = Demo {
    view: View::Above,
    skeleton: &KNEELING_ABOVE,
    start: KNEELING_TO_CABLE,
    between: &[],
    end: KNEELING_TO_FRONT_KNEE,
    grip: Some(ELBOWS_OUT),
    gear: &[
        rect(-60.0, -41.0, -53.0, -29.0),
        Gear::Cable {
            anchor: Point::new(-53.0, -35.0),
        },
    ],
    arrows: &[arc(0.0, 18.0, 55.0, -128.0, -52.0)],
    scene: "A figure seen from above, kneeling on its {near} knee with its {far} foot forward, \
        a cable machine to its {near}, holding the handle out toward it.",
    motion: "It turns its chest toward the front knee, to the {far}, drawing the handle across \
        while the hips stay still, then turns slowly back.",
};

static CABLE_LOW_TO_HIGH: Demo = Demo {
    view: View::FromBehind,
    skeleton: &STANDING_BEHIND,
    start: Pose::from_directions(HANDLE_LOW_LEFT),
    between: &[
        Pose::from_directions(HANDLE_AT_CHEST_BEHIND),
        Pose::from_directions(HANDLE_AT_FACE),
    ],
    end: Pose::from_directions(HANDLE_HIGH_RIGHT),
    grip: Some(ELBOWS_DOWN),
    gear: &[
        Gear::Floor { y: 55.0 },
        rect(-58.0, -54.0, -52.0, 55.0),
        Gear::Cable {
            anchor: Point::new(-52.0, 40.0),
        },
    ],
    arrows: &[line((24.0, 12.0), (50.0, -30.0))],
    scene: "A figure standing, seen from behind, with a cable machine to its {near}, the cable \
        set low, holding the handle down by its {near} hip.",
    motion: "It turns and lifts the handle across its body, up past its {far} shoulder, arms \
        long, then lowers it slowly back along the same path.",
};

static CABLE_HIGH_TO_LOW: Demo = Demo {
    view: View::FromBehind,
    skeleton: &STANDING_BEHIND,
    start: Pose::from_directions(HANDLE_HIGH_RIGHT.mirror()),
    between: &[
        Pose::from_directions(HANDLE_AT_FACE.mirror()),
        Pose::from_directions(HANDLE_AT_CHEST_BEHIND.mirror()),
    ],
    end: Pose::from_directions(HANDLE_LOW_LEFT.mirror()),
    grip: Some(ELBOWS_DOWN),
    gear: &[
        Gear::Floor { y: 55.0 },
        rect(-58.0, -54.0, -52.0, 55.0),
        Gear::Cable {
            anchor: Point::new(-52.0, -50.0),
        },
    ],
    arrows: &[line((10.0, -54.0), (50.0, -14.0))],
    scene: "A figure standing, seen from behind, with a cable machine to its {near}, the cable \
        set high, holding the handle up by its {near} shoulder.",
    motion: "It turns and brings the handle down across its body toward its {far} hip, arms \
        long, then raises it slowly back along the same path.",
};

static SWISS_BALL_LEG_ROTATIONS: Demo = Demo {
    view: View::FromHead,
    skeleton: &LYING_LEGS_UP,
    start: LEGS_UP,
    between: &[],
    end: LEGS_LEFT,
    grip: None,
    gear: &[MAT, Gear::Ball { radius: 10.0 }],
    arrows: &[arc(0.0, 44.0, 76.0, -82.0, -114.0)],
    scene: "A figure lying on its back on a mat, seen from beyond its head: arms out wide on \
        the floor, legs straight up with a Swiss ball held between the feet.",
    motion: "The legs tip slowly a little way to the {near}, the shoulders stay down, and the \
        legs come back up to the middle.",
};

static LANDMINE_ROTATION: Demo = Demo {
    view: View::FromBehind,
    skeleton: &STANDING_BEHIND,
    start: BAR_UP,
    between: &[BAR_OVER_LEFT],
    end: BAR_LEFT,
    grip: Some(ELBOWS_OUT),
    gear: &[
        Gear::Floor { y: 56.0 },
        Gear::Bar {
            anchor: Point::new(0.0, 36.0),
            beyond: 4.0,
            plate: 3.5,
        },
    ],
    arrows: &[arc(0.0, 36.0, 80.0, -108.0, -136.0)],
    scene: "A figure standing, seen from behind, feet apart, holding the free end of a barbell \
        fixed to the floor in front of it, up in front of its face.",
    motion: "It guides the bar over and down in an arc toward its {near} hip, arms long, \
        the {far} foot swivelling, and back up over the top.",
};

/// The demonstration of the catalog entry `id`.
pub fn demo_for(id: &str) -> Option<&'static Demo> {
    Some(match id {
        "knee-rotations" => &KNEE_ROTATIONS,
        "texas-twist" => &TEXAS_TWIST,
        "pallof-hold" => &PALLOF_HOLD,
        "pallof-press" => &PALLOF_PRESS,
        "cable-rotation" => &CABLE_ROTATION,
        "cable-low-to-high" => &CABLE_LOW_TO_HIGH,
        "cable-high-to-low" => &CABLE_HIGH_TO_LOW,
        "cable-kneeling" => &CABLE_KNEELING,
        "swiss-ball-leg-rotations" => &SWISS_BALL_LEG_ROTATIONS,
        "landmine-rotation" => &LANDMINE_ROTATION,
        _ => return None,
    })
}
