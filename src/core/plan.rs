//! The person's plan: which one or two exercises suit their level and equipment, and how a
//! plan follows when either changes. Pure rules over the catalog.
//!
//! The source's advice: pick one or two exercises that suit your level, and train both sides
//! equally (every catalog entry already works both sides, see `Sides`).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::catalog::{
    find, Equipment, Exercise, Level, LevelRange, Prescription, Quality, EXERCISES,
};

/// The source advises one or two exercises, not more.
pub const MAX_PICKS: usize = 2;

/// One exercise of the user's plan, with the prescription they will do. Stored by id (a String)
/// so that it survives catalog changes; validate with `exercise()`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanItem {
    pub exercise: String,
    pub prescription: Prescription,
}

impl PlanItem {
    /// The entry with its default prescription.
    pub fn from_catalog(e: &Exercise) -> PlanItem {
        PlanItem {
            exercise: e.id.to_string(),
            prescription: e.prescription,
        }
    }

    /// The catalog entry, or `None` if the id is no longer in the catalog.
    pub fn exercise(&self) -> Option<&'static Exercise> {
        find(&self.exercise)
    }
}

/// A recommended exercise and, for the person, why it was chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    pub exercise: &'static Exercise,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Recommendation {
    /// One or two exercises at the person's level with their equipment.
    Fits { picks: Vec<Pick> },
    /// Nothing at this level with this equipment: the closest picks below the level (may be
    /// empty), and what would fit (equipment to get, or a level to choose).
    NothingAtLevel {
        closest: Vec<Pick>,
        would_fit: Vec<WouldFit>,
    },
}

/// A change that would give the person an exercise: get this equipment, or choose this level.
#[derive(Debug, Clone, PartialEq)]
pub enum WouldFit {
    Equipment {
        equipment: Equipment,
        exercise: &'static Exercise,
    },
    Level {
        level: Level,
        exercise: &'static Exercise,
    },
}

/// Whether the person can do `e`: it suits their level and they have what it needs.
pub fn fits(e: &Exercise, level: Level, owned: &[Equipment]) -> bool {
    e.levels.contains(level) && e.equipment.is_met_by(owned)
}

/// Everything the person may choose from (at their level, with their equipment), main
/// exercises before variations, in catalog order.
pub fn choices(level: Level, owned: &[Equipment]) -> Vec<&'static Exercise> {
    let (mains, variations): (Vec<_>, Vec<_>) = EXERCISES
        .iter()
        .filter(|e| fits(e, level, owned))
        .partition(|e| e.variation_of.is_none());
    mains.into_iter().chain(variations).collect()
}

/// The one or two exercises that suit the person best; see `ranked` and `best_pair` for the rule.
pub fn recommend(level: Level, owned: &[Equipment]) -> Recommendation {
    let at_level = best_pair(ranked(level, owned));
    if !at_level.is_empty() {
        return Recommendation::Fits {
            picks: explain(&at_level, |e, second| fit_reason(e, level, owned, second)),
        };
    }

    // The nearest lower level where something fits gives both the closest picks and the
    // "choose a lower level" suggestion.
    let lower = Level::ALL
        .into_iter()
        .filter(|l| *l < level)
        .rev()
        .map(|l| (l, best_pair(ranked(l, owned))))
        .find(|(_, pair)| !pair.is_empty());

    let mut would_fit: Vec<WouldFit> = Equipment::ALL
        .into_iter()
        .filter(|eq| !owned.contains(eq))
        .filter_map(|equipment| {
            let with_it: Vec<Equipment> = owned.iter().copied().chain([equipment]).collect();
            let exercise = *ranked(level, &with_it).first()?;
            Some(WouldFit::Equipment {
                equipment,
                exercise,
            })
        })
        .collect();
    let closest = match lower {
        Some((lower_level, pair)) => {
            would_fit.push(WouldFit::Level {
                level: lower_level,
                exercise: pair[0],
            });
            explain(&pair, |e, _| below_level_reason(e, owned))
        }
        None => Vec::new(),
    };
    Recommendation::NothingAtLevel { closest, would_fit }
}

/// Why a chosen plan cannot be used as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    Empty,
    TooMany,
    Duplicate(String),
    Unknown(String),
    DoesNotFit(String),
}

impl PlanError {
    /// A sentence for the person.
    pub fn message(&self) -> String {
        match self {
            PlanError::Empty => "Choose at least one exercise.".to_string(),
            PlanError::TooMany => {
                format!("Choose at most {MAX_PICKS} exercises. One or two, done well, is enough.")
            }
            PlanError::Duplicate(id) => {
                format!("{} is in your plan twice.", crate::catalog::name_of(id))
            }
            PlanError::Unknown(id) => {
                format!("The exercise \u{201c}{id}\u{201d} is no longer in the app. Please choose another.")
            }
            PlanError::DoesNotFit(id) => format!(
                "{} does not suit your level, or needs equipment you have not listed.",
                crate::catalog::name_of(id)
            ),
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for PlanError {}

/// One exercise at least, [`MAX_PICKS`] at most: for a plan, and for a selection on its way to
/// being one (`plan_choice::check_selection`).
pub fn check_count(n: usize) -> Result<(), PlanError> {
    match n {
        0 => Err(PlanError::Empty),
        n if n > MAX_PICKS => Err(PlanError::TooMany),
        _ => Ok(()),
    }
}

/// Check a user's chosen plan: 1..=2 distinct entries, each fitting. Err carries a message for a
/// person.
pub fn validate_plan(
    items: &[PlanItem],
    level: Level,
    owned: &[Equipment],
) -> Result<(), PlanError> {
    check_count(items.len())?;
    for (index, item) in items.iter().enumerate() {
        let exercise = item
            .exercise()
            .ok_or_else(|| PlanError::Unknown(item.exercise.clone()))?;
        if items[..index]
            .iter()
            .any(|earlier| earlier.exercise == item.exercise)
        {
            return Err(PlanError::Duplicate(item.exercise.clone()));
        }
        if !fits(exercise, level, owned) {
            return Err(PlanError::DoesNotFit(item.exercise.clone()));
        }
    }
    Ok(())
}

/// After the level or equipment changed: keep the items that still fit, and if none remain,
/// take the recommendation (so "the plan follows" when the user changes equipment).
///
/// Kept items keep their personalised prescription, and so does a recommended exercise that was
/// already in the plan. When nothing fits at the level, the plan becomes the closest picks below
/// it: easier work beats no plan. Such a plan does not pass `validate_plan` at that level, so the
/// screen should show the `NothingAtLevel` explanation beside it.
pub fn adapt_plan(current: &[PlanItem], level: Level, owned: &[Equipment]) -> Vec<PlanItem> {
    let mut kept: Vec<PlanItem> = Vec::new();
    for item in current {
        let still_fits = item.exercise().is_some_and(|e| fits(e, level, owned));
        let seen = kept.iter().any(|k| k.exercise == item.exercise);
        if still_fits && !seen && kept.len() < MAX_PICKS {
            kept.push(item.clone());
        }
    }
    if !kept.is_empty() {
        return kept;
    }
    let picks = match recommend(level, owned) {
        Recommendation::Fits { picks } => picks,
        Recommendation::NothingAtLevel { closest, .. } => closest,
    };
    picks
        .iter()
        .map(|pick| {
            current
                .iter()
                .find(|item| item.exercise == pick.exercise.id)
                .cloned()
                .unwrap_or_else(|| PlanItem::from_catalog(pick.exercise))
        })
        .collect()
}

/// What a change of level or equipment did to the plan ([`adapt_plan`]), so the person is told
/// rather than finding another plan on Today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanChange {
    /// Catalog ids that left the plan, in its old order.
    pub left: Vec<String>,
    /// Catalog ids that joined it, in its new order.
    pub joined: Vec<String>,
    /// Some exercise in the new plan is not made for `level`: nothing at that level fits the
    /// equipment, and these are the nearest easier ones.
    pub below_level: bool,
}

impl PlanChange {
    /// `None` when the same exercises are in the plan (doses kept as they were) and they suit
    /// the level: a plan that stays the same but is now below the level is told too.
    pub fn between(before: &[PlanItem], after: &[PlanItem], level: Level) -> Option<PlanChange> {
        let missing_from = |items: &[PlanItem], others: &[PlanItem]| -> Vec<String> {
            items
                .iter()
                .filter(|i| !others.iter().any(|o| o.exercise == i.exercise))
                .map(|i| i.exercise.clone())
                .collect()
        };
        let change = PlanChange {
            left: missing_from(before, after),
            joined: missing_from(after, before),
            below_level: after
                .iter()
                .any(|i| i.exercise().is_some_and(|e| !e.levels.contains(level))),
        };
        let moved = !change.left.is_empty() || !change.joined.is_empty();
        (moved || change.below_level).then_some(change)
    }
}

/// The exercises that fit, best first. The score, compared in this order:
/// 1. main exercises before variations (a variation is a change of angle, not a start);
/// 2. how centred the level range is on the person's level: made for exactly this level beats
///    a range where it is one end;
/// 3. an exercise that uses the person's equipment before one that needs none (they said they
///    have it, so they likely want to use it).
///
/// Ties keep catalog order, which follows the source's progression.
fn ranked(level: Level, owned: &[Equipment]) -> Vec<&'static Exercise> {
    let mut fitting: Vec<&'static Exercise> =
        EXERCISES.iter().filter(|e| fits(e, level, owned)).collect();
    fitting.sort_by_key(|e| {
        (
            e.variation_of.is_some(),
            off_centre(e.levels, level),
            e.equipment.any_of.is_empty(),
        )
    });
    fitting
}

/// How far `level` sits from the middle of `range`, in half-levels (0 = made for this level).
fn off_centre(range: LevelRange, level: Level) -> u8 {
    let twice_centre = range.lowest as u8 + range.highest as u8;
    (2 * level as u8).abs_diff(twice_centre)
}

/// The best exercise, and a second one only if it trains something the first does not touch.
///
/// So a beginner with no equipment gets knee rotations alone: the Texas twist trains the same
/// quality (mobility) and is knee rotations' own next step, the one to move on to, not to add.
/// A beginner with a band gets knee rotations and the Pallof hold (mobility + anti-rotation).
fn best_pair(ranked: Vec<&'static Exercise>) -> Vec<&'static Exercise> {
    let Some(&first) = ranked.first() else {
        return Vec::new();
    };
    let second = ranked
        .iter()
        .skip(1)
        .find(|e| !e.trains.iter().any(|q| first.trains.contains(q)));
    std::iter::once(first).chain(second.copied()).collect()
}

/// Picks with reasons; the second reason is told it is the second pick.
fn explain(
    exercises: &[&'static Exercise],
    reason: impl Fn(&Exercise, bool) -> String,
) -> Vec<Pick> {
    exercises
        .iter()
        .enumerate()
        .map(|(index, &exercise)| Pick {
            exercise,
            reason: reason(exercise, index > 0),
        })
        .collect()
}

/// `second`: this pick was chosen because it trains something the first pick does not.
fn fit_reason(e: &Exercise, level: Level, owned: &[Equipment], second: bool) -> String {
    let level_part = level_phrase(e.levels, level);
    let equipment_part = equipment_phrase(e, owned);
    let trains = trains_phrase(e.trains);
    let contrast = if second {
        ", which the other exercise does not train"
    } else {
        ""
    };
    format!("{level_part}, and {equipment_part}. Good for {trains}{contrast}.")
}

fn below_level_reason(e: &Exercise, owned: &[Equipment]) -> String {
    format!(
        "Below your level (it suits {}), but it {} and still trains {}.",
        e.levels.label().to_lowercase(),
        equipment_phrase(e, owned),
        trains_phrase(e.trains),
    )
}

fn level_phrase(range: LevelRange, level: Level) -> String {
    let level_name = level.label().to_lowercase();
    let range_name = range.label().to_lowercase();
    if range.lowest == range.highest {
        format!("Made for your level ({level_name})")
    } else if level == range.lowest {
        format!(
            "Starts at your level and goes up to {}",
            range.highest.label().to_lowercase()
        )
    } else if level == range.highest {
        format!("On the gentler side for your level (it suits {range_name})")
    } else {
        format!("Suits your level (it covers {range_name})")
    }
}

fn equipment_phrase(e: &Exercise, owned: &[Equipment]) -> String {
    match e.equipment.any_of.iter().find(|eq| owned.contains(eq)) {
        Some(eq) => format!("uses your {}", equipment_noun(*eq)),
        None => "needs no equipment".to_string(),
    }
}

/// The equipment's name inside a sentence ("Swiss" keeps its capital).
fn equipment_noun(equipment: Equipment) -> &'static str {
    match equipment {
        Equipment::ResistanceBand => "resistance band",
        Equipment::CableMachine => "cable machine",
        Equipment::SwissBall => "Swiss ball",
        Equipment::Landmine => "landmine or barbell",
    }
}

fn trains_phrase(trains: &[Quality]) -> String {
    trains
        .iter()
        .map(|q| quality_phrase(*q))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// What a quality means for the person, in a few plain words.
fn quality_phrase(quality: Quality) -> &'static str {
    match quality {
        Quality::Mobility => "gentle turning",
        Quality::AntiRotation => "holding steady against a twist",
        Quality::DynamicRotation => "turning against resistance",
        Quality::Control => "control through the turn",
        Quality::Power => "whole-body power",
    }
}
