//! The plan screen's choice: which exercises a person may pick, which are ticked to begin
//! with, why each is there, and what would fit when nothing does at their level. And the same
//! rule seen from one exercise's page: can this one join the plan, and how.

use super::plan::{self, Pick, PlanError, PlanItem, Recommendation, WouldFit};
use crate::catalog::{Equipment, Exercise, Level};

/// Everything the plan screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanChoice {
    /// What may be picked: the exercises at the person's level with their equipment, or the
    /// closest easier ones when none fits.
    pub options: Vec<&'static Exercise>,
    /// The ids ticked to begin with: the current plan if it still fits, else the recommendation.
    pub preselected: Vec<String>,
    /// The recommended picks and why each fits.
    pub recommended: Vec<Pick>,
    /// Set when nothing fits at the level: what would.
    pub shortfall: Option<Vec<WouldFit>>,
}

impl PlanChoice {
    /// The reason an option is recommended, if it is.
    pub fn reason(&self, id: &str) -> Option<&str> {
        self.recommended
            .iter()
            .find(|p| p.exercise.id == id)
            .map(|p| p.reason.as_str())
    }
}

pub fn plan_choice(level: Level, owned: &[Equipment], current: &[PlanItem]) -> PlanChoice {
    let (recommended, shortfall) = match plan::recommend(level, owned) {
        Recommendation::Fits { picks } => (picks, None),
        Recommendation::NothingAtLevel { closest, would_fit } => (closest, Some(would_fit)),
    };
    let mut options = plan::choices(level, owned);
    if options.is_empty() {
        options = recommended.iter().map(|p| p.exercise).collect();
    }
    let current_fits = !current.is_empty() && plan::validate_plan(current, level, owned).is_ok();
    let preselected = if current_fits {
        current.iter().map(|i| i.exercise.clone()).collect()
    } else {
        recommended
            .iter()
            .map(|p| p.exercise.id.to_string())
            .collect()
    };
    PlanChoice {
        options,
        preselected,
        recommended,
        shortfall,
    }
}

/// Whether a selection can be saved as it stands: one exercise at least, [`plan::MAX_PICKS`]
/// at most. (What may be ticked at all is `PlanChoice::options`.)
pub fn check_selection(selected: &[String]) -> Result<(), PlanError> {
    plan::check_count(selected.len())
}

/// The plan a person saves from their selection. An exercise already in `current` keeps its
/// prescription, which progression may have raised since it was first chosen; a new one starts
/// at the catalog's. Ids not in the catalog are dropped.
pub fn plan_from_selection(selected: &[String], current: &[PlanItem]) -> Vec<PlanItem> {
    selected
        .iter()
        .filter_map(
            |id| match current.iter().find(|item| item.exercise == *id) {
                Some(kept) => Some(kept.clone()),
                None => crate::catalog::find(id).map(PlanItem::from_catalog),
            },
        )
        .collect()
}

/// What an exercise's page can do with that exercise, given the person's choices so far. An
/// exercise may join the plan when the plan screen would offer it ([`PlanChoice::options`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    /// It is in the plan already.
    InPlan,
    /// No level or no equipment chosen yet: the set-up comes first.
    NotSetUp,
    /// It may join the plan, which has room for it.
    Add,
    /// It may join, but the plan holds as many as the source advises: it can take the place of
    /// one of these.
    InPlaceOf(Vec<&'static Exercise>),
    /// It is not made for the person's level.
    NotForLevel(Level),
    /// It suits the level, but the person has not said they have what it needs.
    NeedsEquipment,
}

pub fn placement(
    exercise: &Exercise,
    level: Option<Level>,
    owned: Option<&[Equipment]>,
    current: &[PlanItem],
) -> Placement {
    if current.iter().any(|item| item.exercise == exercise.id) {
        return Placement::InPlan;
    }
    let (Some(level), Some(owned)) = (level, owned) else {
        return Placement::NotSetUp;
    };
    let options = plan_choice(level, owned, current).options;
    if options.iter().any(|option| option.id == exercise.id) {
        if current.len() < plan::MAX_PICKS {
            Placement::Add
        } else {
            Placement::InPlaceOf(current.iter().filter_map(PlanItem::exercise).collect())
        }
    } else if exercise.levels.contains(level) {
        Placement::NeedsEquipment
    } else {
        Placement::NotForLevel(level)
    }
}

/// The plan with `exercise` added at the catalog's dose: in place of the item `instead_of`
/// names (which keeps its position, the others their doses), or at the end. `None` when that
/// would not make a plan, as after a change from another tab: the exercise is in it already,
/// or the item to replace is gone from a plan that has no room.
pub fn plan_with(
    current: &[PlanItem],
    exercise: &Exercise,
    instead_of: Option<&str>,
) -> Option<Vec<PlanItem>> {
    if current.iter().any(|item| item.exercise == exercise.id) {
        return None;
    }
    let joining = PlanItem::from_catalog(exercise);
    let mut plan = current.to_vec();
    match instead_of.and_then(|id| plan.iter().position(|item| item.exercise == id)) {
        Some(i) => plan[i] = joining,
        None if plan.len() < plan::MAX_PICKS => plan.push(joining),
        None => return None,
    }
    Some(plan)
}
