//! The plan screen's choice, over every level and equipment combination.

use rotation_rehab::catalog::{Equipment, Level};
use rotation_rehab::core::plan::{self, PlanItem};
use rotation_rehab::core::plan_choice::{plan_choice, plan_from_selection};

fn subsets() -> Vec<Vec<Equipment>> {
    (0..16u8)
        .map(|mask| {
            Equipment::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, e)| *e)
                .collect()
        })
        .collect()
}

#[test]
fn every_combination_preselects_a_valid_or_closest_plan_from_its_options() {
    for level in Level::ALL {
        for owned in subsets() {
            let choice = plan_choice(level, &owned, &[]);
            assert!(
                !choice.options.is_empty() || choice.shortfall.is_some(),
                "{level:?} {owned:?}"
            );
            for id in &choice.preselected {
                assert!(
                    choice.options.iter().any(|e| e.id == id),
                    "{level:?} {owned:?}: {id} not an option"
                );
                assert!(choice.reason(id).is_some(), "{id} has a reason");
            }
            if choice.shortfall.is_none() {
                let plan = plan_from_selection(&choice.preselected);
                assert!(
                    plan::validate_plan(&plan, level, &owned).is_ok(),
                    "{level:?} {owned:?}"
                );
            }
        }
    }
}

#[test]
fn a_current_plan_that_still_fits_is_kept_ticked() {
    let current = vec![PlanItem::from_catalog(
        rotation_rehab::catalog::find("texas-twist").unwrap(),
    )];
    let choice = plan_choice(Level::Beginner, &[], &current);
    assert_eq!(choice.preselected, vec!["texas-twist".to_string()]);
}

#[test]
fn a_current_plan_that_no_longer_fits_gives_way_to_the_recommendation() {
    let current = vec![PlanItem::from_catalog(
        rotation_rehab::catalog::find("pallof-hold").unwrap(),
    )];
    let choice = plan_choice(Level::Beginner, &[], &current);
    assert_eq!(choice.preselected, vec!["knee-rotations".to_string()]);
}

#[test]
fn nothing_at_the_level_offers_the_closest_easier_exercises_and_what_would_fit() {
    let choice = plan_choice(Level::Advanced, &[], &[]);
    assert!(choice.shortfall.as_ref().is_some_and(|w| !w.is_empty()));
    assert!(!choice.options.is_empty());
}

#[test]
fn unknown_ids_are_dropped_from_a_selection() {
    let plan = plan_from_selection(&["knee-rotations".into(), "moon-walk".into()]);
    assert_eq!(plan.len(), 1);
}
