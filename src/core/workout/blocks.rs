//! The plan unrolled into blocks: the get-ready countdowns, holds, rep sets and rests that the
//! guide walks through in order. Built from the items and options alone, so a stored workout
//! keeps only those and rebuilds the list when it is read back.

use serde::{Deserialize, Serialize};

use crate::catalog::{Dose, Prescription, Sides};
use crate::core::plan::PlanItem;
use crate::core::session::{SessionRecord, Side, Work};
use crate::core::stats::side_to_start;
use crate::core::Millis;

/// One exercise of the workout with its dose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkoutItem {
    /// The catalog id.
    pub exercise: String,
    pub prescription: Prescription,
    /// Each set starts on the right side, not the left: the side that fell behind is worked
    /// first, while the person is fresh (`stats::side_to_start`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub right_first: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl WorkoutItem {
    /// A plan item as a workout does it: the exercise at the plan's dose, each set started on
    /// `first` side (for exercises done on each side in turn).
    pub fn new(item: &PlanItem, first: Side) -> WorkoutItem {
        WorkoutItem {
            exercise: item.exercise.clone(),
            prescription: item.prescription,
            right_first: first == Side::Right,
        }
    }
}

/// Today's workout from the plan (`history` oldest first): each exercise at its dose, started
/// on the side that fell behind lately, as the balance advice says (`stats::side_to_start`).
pub fn items_for_today(
    plan: &[PlanItem],
    history: &[SessionRecord],
    now: Millis,
) -> Vec<WorkoutItem> {
    plan.iter()
        .map(|item| WorkoutItem::new(item, side_to_start(history, &item.exercise, now)))
        .collect()
}

/// How rep sets are counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RepMode {
    /// The guide paces the reps and counts them; the set ends by itself.
    #[default]
    Tempo,
    /// The person taps once per rep; the set ends at the target (or on "finish set").
    Tap,
}

deserialize_by_name!(RepMode {
    "tempo" => Tempo,
    "tap" => Tap,
});

/// The countdown before each work block, unless chosen otherwise.
pub const DEFAULT_GET_READY_SECONDS: u32 = 5;
/// More sets than this is a corrupt prescription, not a plan; it would only fill memory.
pub const MAX_SETS: u32 = 50;

/// Choices made when the workout starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkoutOptions {
    pub rep_mode: RepMode,
    pub get_ready_seconds: u32,
}

impl Default for WorkoutOptions {
    fn default() -> Self {
        WorkoutOptions {
            rep_mode: RepMode::Tempo,
            get_ready_seconds: DEFAULT_GET_READY_SECONDS,
        }
    }
}

/// What a block asks the person to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A short countdown before every work block.
    GetReady { seconds: u32 },
    /// Hold a position.
    Hold { seconds: u32 },
    /// A set of reps; `seconds_each_way` paces the tempo guide.
    Reps { target: u32, seconds_each_way: u32 },
    /// Rest between sets and between exercises.
    Rest { seconds: u32 },
}

/// One step of the workout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Index into the workout's items.
    pub exercise: usize,
    /// The set number, from 1 (for a rest: the set just finished).
    pub set: u32,
    /// Left or Right for each-side work, Both for alternating reps and rests.
    pub side: Side,
    pub kind: BlockKind,
}

impl Block {
    /// True for holds and rep sets: the blocks that are logged.
    pub fn is_work(&self) -> bool {
        matches!(self.kind, BlockKind::Hold { .. } | BlockKind::Reps { .. })
    }

    /// The prescribed work of a work block.
    pub fn target(&self) -> Option<Work> {
        match self.kind {
            BlockKind::Hold { seconds } => Some(Work::Seconds(seconds)),
            BlockKind::Reps { target, .. } => Some(Work::Reps(target)),
            _ => None,
        }
    }

    /// How long the block lasts when it ends by itself; `None` for tap-counted reps,
    /// which wait for the person (a target of 0 is already met, so it lasts 0).
    pub fn duration_ms(&self, mode: RepMode) -> Option<i64> {
        let secs = |s: u32| i64::from(s) * 1000;
        match self.kind {
            BlockKind::GetReady { seconds }
            | BlockKind::Hold { seconds }
            | BlockKind::Rest { seconds } => Some(secs(seconds)),
            BlockKind::Reps {
                target,
                seconds_each_way,
            } => match mode {
                RepMode::Tempo => Some(rep_ms(seconds_each_way).saturating_mul(i64::from(target))),
                RepMode::Tap if target == 0 => Some(0),
                RepMode::Tap => None,
            },
        }
    }
}

/// One rep of the tempo guide: out and back.
pub(super) fn rep_ms(seconds_each_way: u32) -> i64 {
    2 * i64::from(seconds_each_way) * 1000
}

/// Unrolls the items into blocks: for each set, a get-ready and a work block per side
/// (left then right unless the item starts on the right, or one on both sides for
/// alternating reps), then a rest, except after
/// the very last set. The rest between exercises is the finished exercise's rest.
pub fn build_blocks(items: &[WorkoutItem], options: &WorkoutOptions) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (exercise, item) in items.iter().enumerate() {
        let p = &item.prescription;
        let sides: &[Side] = match p.sides {
            Sides::EachSide if item.right_first => &[Side::Right, Side::Left],
            Sides::EachSide => &[Side::Left, Side::Right],
            Sides::Alternating => &[Side::Both],
        };
        let kind = match p.dose {
            Dose::Hold { seconds } => BlockKind::Hold { seconds },
            Dose::Reps {
                reps,
                seconds_each_way,
            } => BlockKind::Reps {
                target: reps,
                seconds_each_way,
            },
        };
        let sets = p.sets.min(MAX_SETS);
        for set in 1..=sets {
            for &side in sides {
                let get_ready = BlockKind::GetReady {
                    seconds: options.get_ready_seconds,
                };
                blocks.push(Block {
                    exercise,
                    set,
                    side,
                    kind: get_ready,
                });
                blocks.push(Block {
                    exercise,
                    set,
                    side,
                    kind,
                });
            }
            let last = exercise + 1 == items.len() && set == sets;
            // A zero rest is no block at all, rather than a block that ends as it starts.
            if !last && p.rest_seconds > 0 {
                let kind = BlockKind::Rest {
                    seconds: p.rest_seconds,
                };
                blocks.push(Block {
                    exercise,
                    set,
                    side: Side::Both,
                    kind,
                });
            }
        }
    }
    // No rest after the last set, even when the last exercise had no sets at all.
    while blocks
        .last()
        .is_some_and(|b| matches!(b.kind, BlockKind::Rest { .. }))
    {
        blocks.pop();
    }
    blocks
}

/// The items, options and the blocks built from them. Only items and options are stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "PlanSpec")]
pub(super) struct Plan {
    pub items: Vec<WorkoutItem>,
    pub options: WorkoutOptions,
    #[serde(skip_serializing)]
    pub blocks: Vec<Block>,
}

#[derive(Deserialize)]
struct PlanSpec {
    items: Vec<WorkoutItem>,
    options: WorkoutOptions,
}

impl From<PlanSpec> for Plan {
    fn from(spec: PlanSpec) -> Self {
        Plan::new(spec.items, spec.options)
    }
}

impl Plan {
    pub fn new(items: Vec<WorkoutItem>, options: WorkoutOptions) -> Self {
        let blocks = build_blocks(&items, &options);
        Plan {
            items,
            options,
            blocks,
        }
    }

    /// The get-ready block that leads into work block `work` (always the block before it).
    pub fn lead_in(&self, work: usize) -> usize {
        match self.blocks.get(work.wrapping_sub(1)) {
            Some(b) if matches!(b.kind, BlockKind::GetReady { .. }) => work - 1,
            _ => work,
        }
    }
}
