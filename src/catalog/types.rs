//! The types the catalog is made of. Plain data: `'static` strings and slices,
//! so the whole catalog is a constant with no parsing at start-up.

use serde::{Deserialize, Serialize};

/// Stable identifier of a catalog entry, used in URLs and in stored plans.
pub type ExerciseId = &'static str;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
}

deserialize_by_name!(Level {
    "beginner" => Beginner,
    "intermediate" => Intermediate,
    "advanced" => Advanced,
});

impl Level {
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Advanced];

    pub fn label(self) -> &'static str {
        match self {
            Level::Beginner => "Beginner",
            Level::Intermediate => "Intermediate",
            Level::Advanced => "Advanced",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

/// The levels an exercise suits, inclusive ("beginner to intermediate").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelRange {
    pub lowest: Level,
    pub highest: Level,
}

impl LevelRange {
    pub const fn new(lowest: Level, highest: Level) -> Self {
        LevelRange { lowest, highest }
    }
    pub const fn only(level: Level) -> Self {
        LevelRange {
            lowest: level,
            highest: level,
        }
    }
    pub fn contains(self, level: Level) -> bool {
        self.lowest <= level && level <= self.highest
    }
    pub fn label(self) -> String {
        if self.lowest == self.highest {
            self.lowest.label().to_string()
        } else {
            format!(
                "{} to {}",
                self.lowest.label(),
                self.highest.label().to_lowercase()
            )
        }
    }
}

/// Equipment a person may have. "Nothing" is not a variant: an exercise that needs
/// nothing has an empty requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Equipment {
    ResistanceBand,
    CableMachine,
    SwissBall,
    /// A landmine attachment, or a barbell wedged into a corner.
    Landmine,
}

deserialize_by_name!(Equipment {
    "resistance-band" => ResistanceBand,
    "cable-machine" => CableMachine,
    "swiss-ball" => SwissBall,
    "landmine" => Landmine,
});

impl Equipment {
    pub const ALL: [Equipment; 4] = [
        Equipment::ResistanceBand,
        Equipment::CableMachine,
        Equipment::SwissBall,
        Equipment::Landmine,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Equipment::ResistanceBand => "Resistance band",
            Equipment::CableMachine => "Cable machine",
            Equipment::SwissBall => "Swiss ball",
            Equipment::Landmine => "Landmine or barbell",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Equipment::ResistanceBand => "band",
            Equipment::CableMachine => "cable",
            Equipment::SwissBall => "swiss-ball",
            Equipment::Landmine => "landmine",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Equipment> {
        Equipment::ALL.into_iter().find(|e| e.slug() == slug)
    }
}

/// What an exercise needs: any one of `any_of`, or nothing at all when empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EquipmentNeed {
    pub any_of: &'static [Equipment],
}

impl EquipmentNeed {
    pub const NONE: EquipmentNeed = EquipmentNeed { any_of: &[] };

    pub fn is_met_by(self, owned: &[Equipment]) -> bool {
        self.any_of.is_empty() || self.any_of.iter().any(|e| owned.contains(e))
    }

    pub fn label(self) -> String {
        if self.any_of.is_empty() {
            return "No equipment".to_string();
        }
        // "Cable machine or resistance band": one capital, as in a sentence.
        self.any_of
            .iter()
            .enumerate()
            .map(|(i, e)| match i {
                0 => e.label().to_string(),
                _ => e.label().to_lowercase(),
            })
            .collect::<Vec<_>>()
            .join(" or ")
    }
}

/// The plane of movement an entry belongs to. The source covers rotation; extension and
/// side flexion are its companion progressions and can be added as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Rotation,
    Extension,
    SideFlexion,
}

deserialize_by_name!(Family {
    "rotation" => Rotation,
    "extension" => Extension,
    "side-flexion" => SideFlexion,
});

/// What an exercise trains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quality {
    Mobility,
    AntiRotation,
    DynamicRotation,
    Control,
    Power,
}

impl Quality {
    pub fn label(self) -> &'static str {
        match self {
            Quality::Mobility => "Mobility",
            Quality::AntiRotation => "Anti-rotation",
            Quality::DynamicRotation => "Dynamic rotation",
            Quality::Control => "Control",
            Quality::Power => "Power",
        }
    }
}

/// How the two sides are trained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sides {
    /// Each set is done once facing/turning left, once right (Pallof press, cable rotations).
    EachSide,
    /// Each rep goes both ways (knee rotations): a rep is one turn to the left and one to the right.
    Alternating,
}

deserialize_by_name!(Sides {
    "each-side" => EachSide,
    "alternating" => Alternating,
});

/// The work in one set, on one side. Stored as `{"kind": "hold", "seconds": 10}` or
/// `{"kind": "reps", "reps": 8, "seconds_each_way": 3}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", try_from = "StoredDose")]
pub enum Dose {
    /// Hold a position for a number of seconds.
    Hold { seconds: u32 },
    /// Slow reps; `seconds_each_way` sets the tempo of the guide (out, and back).
    Reps { reps: u32, seconds_each_way: u32 },
}

/// A [`Dose`] as stored, read as one flat object. serde's reader for an internally tagged
/// enum buffers every field of the object before it looks at the tag: 5.8 KB of wasm, in the
/// first download since the profile holds doses. Its errors are kept (tests/exchange).
#[derive(Deserialize)]
struct StoredDose {
    kind: DoseKind,
    seconds: Option<u32>,
    reps: Option<u32>,
    seconds_each_way: Option<u32>,
}

/// `kind` of a stored dose.
enum DoseKind {
    Hold,
    Reps,
}

deserialize_by_name!(DoseKind {
    "hold" => Hold,
    "reps" => Reps,
});

impl TryFrom<StoredDose> for Dose {
    type Error = serde::de::value::Error;

    fn try_from(stored: StoredDose) -> Result<Self, Self::Error> {
        // serde's own "missing field" error, which the import's messages locate.
        let field = |value: Option<u32>, name: &'static str| {
            value.ok_or_else(|| serde::de::Error::missing_field(name))
        };
        Ok(match stored.kind {
            DoseKind::Hold => Dose::Hold {
                seconds: field(stored.seconds, "seconds")?,
            },
            DoseKind::Reps => Dose::Reps {
                reps: field(stored.reps, "reps")?,
                seconds_each_way: field(stored.seconds_each_way, "seconds_each_way")?,
            },
        })
    }
}

/// A default or personalised prescription for one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Prescription {
    pub sets: u32,
    pub dose: Dose,
    pub sides: Sides,
    pub rest_seconds: u32,
}

/// One entry of the catalog: an exercise or a variation of one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: &'static str,
    pub family: Family,
    pub levels: LevelRange,
    pub equipment: EquipmentNeed,
    pub trains: &'static [Quality],
    /// One line for lists.
    pub summary: &'static str,
    /// The entry this one is a variation of (e.g. the kneeling cable rotation of the cable rotation).
    pub variation_of: Option<ExerciseId>,
    /// The next step up along the path from beginner to advanced.
    pub progression: Option<ExerciseId>,
    /// The step back down.
    pub regression: Option<ExerciseId>,
    pub prescription: Prescription,
}

/// How to do an exercise, as its page tells it (one per [`Exercise`], in `catalog::how_to`).
#[derive(Debug)]
pub struct HowTo {
    pub exercise: ExerciseId,
    pub setup: &'static str,
    pub steps: &'static [&'static str],
    pub cues: &'static [&'static str],
    pub if_it_hurts: &'static str,
    /// What can be made heavier or bigger as the person gets stronger.
    pub load_note: &'static str,
    /// Why the default prescription is what it is (doses from CLINICAL.md §3).
    pub prescription_why: &'static str,
}

impl Exercise {
    /// Whether a weight or a band is the thing to make heavier, and so worth recording: not for
    /// floor and ball exercises.
    pub fn takes_load(&self) -> bool {
        self.equipment.any_of.iter().any(|e| {
            matches!(
                e,
                Equipment::ResistanceBand | Equipment::CableMachine | Equipment::Landmine
            )
        })
    }
}
