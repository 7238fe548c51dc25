//! Every entry of the catalog, in the order of the source's progression.
//!
//! Facts (what each exercise is, its level, its equipment, what the steps do) come from the
//! clinic's blog post; the wording is ours. Default doses are the conservative ones of
//! CLINICAL.md §3. `tests/catalog.rs` checks the links and texts.

use super::types::*;

pub static EXERCISES: &[Exercise] = &[
    Exercise {
        id: "knee-rotations",
        name: "Knee rotations on the floor",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Beginner),
        equipment: EquipmentNeed::NONE,
        trains: &[Quality::Mobility],
        summary: "Lying on your back, let your bent knees sway slowly from side to side.",
        setup: "Lie on your back on the floor or a mat. Bend your knees and keep your feet side by side.",
        steps: &[
            "Let both knees lower slowly to one side.",
            "Go only as far as your shoulders can stay flat.",
            "Bring your knees back up to the middle.",
            "Lower them to the other side, then back to the middle.",
        ],
        cues: &["Shoulders stay on the floor", "Slow and easy", "Knees stay together"],
        if_it_hurts: "Make the movement smaller: lower your knees only a little way. \
            When that feels fine, let the range grow a bit at a time.",
        variation_of: None,
        progression: Some("texas-twist"),
        regression: None,
        load_note: "Grow the range first, a little at a time. Later, add a few reps.",
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 3 },
            sides: Sides::Alternating,
            rest_seconds: 30,
        },
        prescription_why: "Slow, easy reps within the one or two sets of six to eight that suit \
            a beginner. The effort is light, so the rests are short.",
    },
    // The source names no level for the Texas twist. It is the step after a beginner exercise
    // and can be done in bed, so it is listed as beginner to intermediate.
    Exercise {
        id: "texas-twist",
        name: "Texas twist",
        family: Family::Rotation,
        levels: LevelRange::new(Level::Beginner, Level::Intermediate),
        equipment: EquipmentNeed::NONE,
        trains: &[Quality::Mobility],
        summary: "A deeper stretch lying down: one leg crosses your body, the other arm reaches out.",
        setup: "Lie on your back, on the floor or in bed. Rest your arms out to the sides.",
        steps: &[
            "Bend one knee and bring it across your body toward the other side.",
            "Keep the opposite arm out on the floor, so that shoulder stays down.",
            "Stay there and breathe slowly.",
            "Come back to the middle, then do the other side.",
        ],
        cues: &["Breathe out and let go", "Far shoulder stays down", "Stretch, don't strain"],
        if_it_hurts: "Let the knee cross only part of the way. \
            When that feels fine, let it go a little further over the days.",
        variation_of: None,
        progression: None,
        regression: Some("knee-rotations"),
        load_note: "Let the stretch deepen bit by bit, then add a hold on each side.",
        prescription: Prescription {
            sets: 3,
            dose: Dose::Hold { seconds: 10 },
            sides: Sides::EachSide,
            rest_seconds: 30,
        },
        prescription_why: "Three holds of about ten seconds on each side, as back-care leaflets \
            suggest for gentle lying stretches.",
    },
    Exercise {
        id: "pallof-hold",
        name: "Pallof press hold",
        family: Family::Rotation,
        levels: LevelRange::new(Level::Beginner, Level::Intermediate),
        equipment: EquipmentNeed {
            any_of: &[Equipment::CableMachine, Equipment::ResistanceBand],
        },
        trains: &[Quality::AntiRotation],
        summary: "With your side to a band or cable, hold it out in front and don't let it turn you.",
        setup: "Fix a band at chest height, or set a cable there. \
            Stand with your side to it, feet about hip-width apart.",
        steps: &[
            "Take the handle in both hands and hold it at your chest.",
            "Push your arms out straight, level with your chest.",
            "Stay there. The pull tries to turn you; you stay still.",
            "Bring it back to your chest. Turn around for the other side.",
        ],
        cues: &["Hips and shoulders face forward", "Don't let it turn you", "Keep breathing"],
        if_it_hurts: "Push the handle only part of the way out, and use a lighter band or weight. \
            When that feels fine, build back up gradually.",
        variation_of: None,
        progression: Some("pallof-press"),
        regression: None,
        load_note: "Add a hold on each side first. Later, use a stronger band or more weight, \
            or stand a step further from the anchor.",
        prescription: Prescription {
            sets: 3,
            dose: Dose::Hold { seconds: 10 },
            sides: Sides::EachSide,
            rest_seconds: 30,
        },
        prescription_why: "Short holds of about ten seconds, as in back-endurance programmes; \
            three on each side to start.",
    },
    Exercise {
        id: "pallof-press",
        name: "Pallof press",
        family: Family::Rotation,
        levels: LevelRange::new(Level::Beginner, Level::Intermediate),
        equipment: EquipmentNeed {
            any_of: &[Equipment::CableMachine, Equipment::ResistanceBand],
        },
        trains: &[Quality::AntiRotation],
        summary: "The Pallof hold with movement: press the handle out and back for slow reps.",
        setup: "Fix a band at chest height, or set a cable there. \
            Stand with your side to it, feet about hip-width apart.",
        steps: &[
            "Take the handle in both hands and hold it at your chest.",
            "Slowly push your arms out straight.",
            "Pause, then bring it back to your chest, slowly.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["Stay square to the front", "Slow out, slow in", "Keep breathing"],
        if_it_hurts: "Press only part of the way out, and use a lighter band or weight. \
            When that feels fine, add range and load back gradually.",
        variation_of: Some("pallof-hold"),
        progression: Some("cable-rotation"),
        regression: Some("pallof-hold"),
        load_note: "Add a rep a week, up to about eight to ten. Then use a stronger band or more \
            weight, or stand a step further from the anchor.",
        prescription: Prescription {
            sets: 3,
            dose: Dose::Reps { reps: 5, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
        prescription_why: "Three sets of five slow presses on each side, a common way coaches \
            start it. Reps grow before the load does.",
    },
    Exercise {
        id: "cable-rotation",
        name: "Cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "With your side to a cable, turn your upper body to draw it across.",
        setup: "Set the cable at chest height with a light weight. \
            Stand with your side to it, feet pointing forward.",
        steps: &[
            "Take the handle in both hands, arms out in front.",
            "Turn your chest away from the cable, drawing the handle across your body.",
            "Come back slowly to where you started.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["Feet point forward", "Turn from your middle", "Smooth, not fast"],
        if_it_hurts: "Make the turn shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        variation_of: None,
        progression: Some("landmine-rotation"),
        regression: Some("pallof-press"),
        load_note: "Start light with a small turn. Grow the range first, then the weight.",
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
        prescription_why: "Two sets of eight slow reps on each side, the gentle end of light \
            strength work, with under a minute's rest.",
    },
    Exercise {
        id: "cable-low-to-high",
        name: "Low-to-high cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "A cable rotation from low to high that brings in your shoulders and upper body.",
        setup: "Set the cable low with a light weight. \
            Stand with your side to it, feet pointing forward and knees soft.",
        steps: &[
            "Take the handle in both hands, down by the hip nearest the cable.",
            "Turn and lift it across your body, up past the other shoulder.",
            "Lower it slowly back along the same path.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["Low to high, one smooth line", "Turn from your middle", "Arms stay long"],
        if_it_hurts: "Make the path shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        variation_of: Some("cable-rotation"),
        progression: None,
        regression: Some("cable-rotation"),
        load_note: "Grow the range first, then the weight.",
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
        prescription_why: "The same as cable rotations: two sets of eight slow reps on each side, \
            with under a minute's rest.",
    },
    Exercise {
        id: "cable-high-to-low",
        name: "High-to-low cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "A cable rotation from high to low, with more work for your sides and lower back.",
        setup: "Set the cable high with a light weight. \
            Stand with your side to it, feet pointing forward and knees soft.",
        steps: &[
            "Take the handle in both hands, up by the shoulder nearest the cable.",
            "Turn and bring it down across your body, toward the other hip.",
            "Raise it slowly back along the same path.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["High to low, one smooth line", "Turn from your middle", "Arms stay long"],
        if_it_hurts: "Make the path shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        variation_of: Some("cable-rotation"),
        progression: None,
        regression: Some("cable-rotation"),
        load_note: "Grow the range first, then the weight.",
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
        prescription_why: "The same as cable rotations: two sets of eight slow reps on each side, \
            with under a minute's rest.",
    },
    Exercise {
        id: "cable-kneeling",
        name: "Kneeling cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "A cable rotation on one knee, so your hips stay still and your middle does the work.",
        setup: "Set the cable at chest height with a light weight. Kneel with your side to it on the \
            knee nearest the cable, other foot flat in front of you.",
        steps: &[
            "Take the handle in both hands, arms out toward the cable.",
            "Turn toward your front leg, drawing the handle across.",
            "Come back slowly to where you started.",
            "Finish the reps, then switch knees and face the other way.",
        ],
        cues: &["Hips stay still", "Turn toward the front knee", "Tall through the spine"],
        if_it_hurts: "Make the turn shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        variation_of: Some("cable-rotation"),
        progression: None,
        regression: Some("cable-rotation"),
        load_note: "Grow the range first, then the weight.",
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
        prescription_why: "The same as cable rotations: two sets of eight slow reps on each side, \
            with under a minute's rest.",
    },
    Exercise {
        id: "swiss-ball-leg-rotations",
        name: "Swiss ball leg rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::SwissBall] },
        trains: &[Quality::Control, Quality::DynamicRotation],
        summary: "Lying on your back, grip a Swiss ball with your feet and tip your legs slowly left and right.",
        setup: "Lie on your back with your arms resting wide on the floor. \
            Grip a Swiss ball between your feet.",
        steps: &[
            "Raise your legs toward the ceiling, the ball between your feet.",
            "Slowly let your legs tip a little way to one side.",
            "Bring them back to the middle under control.",
            "Tip them to the other side, then back to the middle.",
        ],
        cues: &["Arms wide and heavy", "Slow and in control", "Shoulders stay down"],
        if_it_hurts: "Tip your legs only a short way to each side. \
            When that feels fine, let the range grow gradually.",
        variation_of: None,
        progression: None,
        regression: Some("knee-rotations"),
        load_note: "Grow the range first, then add a few reps.",
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 6, seconds_each_way: 3 },
            sides: Sides::Alternating,
            rest_seconds: 45,
        },
        prescription_why: "Two sets of six slow reps, the low end of the usual six to eight, \
            because raised legs make a long, heavy lever.",
    },
    Exercise {
        id: "landmine-rotation",
        name: "Landmine rotations",
        family: Family::Rotation,
        levels: LevelRange::new(Level::Intermediate, Level::Advanced),
        equipment: EquipmentNeed { any_of: &[Equipment::Landmine] },
        trains: &[Quality::DynamicRotation, Quality::Power],
        summary: "Guide the end of a barbell over in a rainbow arc, from one hip to the other.",
        setup: "Fix one end of a barbell in a landmine or a corner. \
            Stand facing the free end, feet a little wider than your hips.",
        steps: &[
            "Hold the free end with both hands, arms straight, in front of your chest.",
            "Bring the bar over and down toward one hip.",
            "Allow your rear foot to swivel as you turn.",
            "Bring it up and over, down toward the other hip.",
        ],
        cues: &["Arms stay straight", "Rear foot swivels", "Brace your middle"],
        if_it_hurts: "Make the arc smaller and take the extra weight off the bar. \
            When that feels fine, widen the arc and add weight back gradually.",
        variation_of: None,
        progression: None,
        regression: Some("cable-rotation"),
        load_note: "Widen the arc first. Then, as you get stronger, add weight to the bar \
            in small steps.",
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 6, seconds_each_way: 2 },
            sides: Sides::Alternating,
            rest_seconds: 60,
        },
        prescription_why: "Two sets of six: fewer reps because your whole body works hard, \
            and a full minute's rest between sets.",
    },
];

/// The variations of the entry `id` (e.g. the three cable rotations), in catalog order.
pub fn variations_of(id: &str) -> impl Iterator<Item = &'static Exercise> + '_ {
    EXERCISES.iter().filter(move |e| e.variation_of == Some(id))
}

/// The entries that are not a variation of another, in catalog order.
pub fn main_exercises() -> impl Iterator<Item = &'static Exercise> {
    EXERCISES.iter().filter(|e| e.variation_of.is_none())
}

/// How another entry stands to one on its page's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The entry it is a variation of.
    VariationOf,
    /// Its regression: the step back.
    Easier,
    /// Its progression: the step forward.
    NextStep,
    /// One of its variations.
    Variation,
    /// An entry whose regression it is, found nowhere else on the path (Swiss ball leg
    /// rotations, from knee rotations): without it, a step back would have no way forward.
    AnotherStepUp,
}

impl Relation {
    pub fn label(self) -> &'static str {
        match self {
            Relation::VariationOf => "Variation of",
            Relation::Easier => "Easier",
            Relation::NextStep => "Next step",
            Relation::Variation => "Variation",
            Relation::AnotherStepUp => "Another step up",
        }
    }
}

/// The entries linked from `exercise`'s page, each once, in this order: what it varies, the
/// step back, the step forward, its variations, and the other entries that step back to it.
/// An entry related in two ways (the Pallof press is the hold's next step and its variation)
/// is listed under the first.
pub fn path_of(exercise: &Exercise) -> Vec<(Relation, &'static Exercise)> {
    let by_id = |id: Option<&str>| id.and_then(super::find);
    let candidates = by_id(exercise.variation_of)
        .map(|e| (Relation::VariationOf, e))
        .into_iter()
        .chain(by_id(exercise.regression).map(|e| (Relation::Easier, e)))
        .chain(by_id(exercise.progression).map(|e| (Relation::NextStep, e)))
        .chain(variations_of(exercise.id).map(|e| (Relation::Variation, e)))
        .chain(
            EXERCISES
                .iter()
                .filter(|e| e.regression == Some(exercise.id))
                .map(|e| (Relation::AnotherStepUp, e)),
        );
    let mut path: Vec<(Relation, &'static Exercise)> = Vec::new();
    for (relation, entry) in candidates {
        if entry.id != exercise.id && !path.iter().any(|(_, e)| e.id == entry.id) {
            path.push((relation, entry));
        }
    }
    path
}
