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
        variation_of: None,
        progression: Some("texas-twist"),
        regression: None,
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 3 },
            sides: Sides::Alternating,
            rest_seconds: 30,
        },
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
        variation_of: None,
        progression: None,
        regression: Some("knee-rotations"),
        prescription: Prescription {
            sets: 3,
            dose: Dose::Hold { seconds: 10 },
            sides: Sides::EachSide,
            rest_seconds: 30,
        },
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
        variation_of: None,
        progression: Some("pallof-press"),
        regression: None,
        prescription: Prescription {
            sets: 3,
            dose: Dose::Hold { seconds: 10 },
            sides: Sides::EachSide,
            rest_seconds: 30,
        },
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
        variation_of: Some("pallof-hold"),
        progression: Some("cable-rotation"),
        regression: Some("pallof-hold"),
        prescription: Prescription {
            sets: 3,
            dose: Dose::Reps { reps: 5, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
    },
    Exercise {
        id: "cable-rotation",
        name: "Cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "With your side to a cable, turn your upper body to draw it across.",
        variation_of: None,
        progression: Some("landmine-rotation"),
        regression: Some("pallof-press"),
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
    },
    Exercise {
        id: "cable-low-to-high",
        name: "Low-to-high cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "A cable rotation from low to high that brings in your shoulders and upper body.",
        variation_of: Some("cable-rotation"),
        progression: None,
        regression: Some("cable-rotation"),
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
    },
    Exercise {
        id: "cable-high-to-low",
        name: "High-to-low cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "A cable rotation from high to low, with more work for your sides and lower back.",
        variation_of: Some("cable-rotation"),
        progression: None,
        regression: Some("cable-rotation"),
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
    },
    Exercise {
        id: "cable-kneeling",
        name: "Kneeling cable rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::CableMachine] },
        trains: &[Quality::DynamicRotation],
        summary: "A cable rotation on one knee, so your hips stay still and your middle does the work.",
        variation_of: Some("cable-rotation"),
        progression: None,
        regression: Some("cable-rotation"),
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 8, seconds_each_way: 2 },
            sides: Sides::EachSide,
            rest_seconds: 45,
        },
    },
    Exercise {
        id: "swiss-ball-leg-rotations",
        name: "Swiss ball leg rotations",
        family: Family::Rotation,
        levels: LevelRange::only(Level::Intermediate),
        equipment: EquipmentNeed { any_of: &[Equipment::SwissBall] },
        trains: &[Quality::Control, Quality::DynamicRotation],
        summary: "Lying on your back, grip a Swiss ball with your feet and tip your legs slowly left and right.",
        variation_of: None,
        progression: None,
        regression: Some("knee-rotations"),
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 6, seconds_each_way: 3 },
            sides: Sides::Alternating,
            rest_seconds: 45,
        },
    },
    Exercise {
        id: "landmine-rotation",
        name: "Landmine rotations",
        family: Family::Rotation,
        levels: LevelRange::new(Level::Intermediate, Level::Advanced),
        equipment: EquipmentNeed { any_of: &[Equipment::Landmine] },
        trains: &[Quality::DynamicRotation, Quality::Power],
        summary: "Guide the end of a barbell over in a rainbow arc, from one hip to the other.",
        variation_of: None,
        progression: None,
        regression: Some("cable-rotation"),
        prescription: Prescription {
            sets: 2,
            dose: Dose::Reps { reps: 6, seconds_each_way: 2 },
            sides: Sides::Alternating,
            rest_seconds: 60,
        },
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
