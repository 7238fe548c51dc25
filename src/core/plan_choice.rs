//! The plan screen's choice: which exercises a person may pick, which are ticked to begin
//! with, why each is there, and what would fit when nothing does at their level.

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
