//! The plan screen's choice, over every level and equipment combination.

use rotation_rehab::catalog::{Equipment, Level};
use rotation_rehab::core::plan::PlanError;
use rotation_rehab::core::plan::{self, PlanItem};
use rotation_rehab::core::plan_choice::{check_selection, plan_choice, plan_from_selection};

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
                let plan = plan_from_selection(&choice.preselected, &[]);
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
    let plan = plan_from_selection(&["knee-rotations".into(), "moon-walk".into()], &[]);
    assert_eq!(plan.len(), 1);
}

#[test]
fn an_exercise_that_stays_in_the_plan_keeps_the_dose_it_has_progressed_to() {
    let mut hold = PlanItem::from_catalog(rotation_rehab::catalog::find("pallof-hold").unwrap());
    let catalog_dose = hold.prescription;
    hold.prescription.sets += 1;
    assert_ne!(hold.prescription, catalog_dose);

    let selection = ["pallof-hold".to_string(), "knee-rotations".to_string()];
    let plan = plan_from_selection(&selection, std::slice::from_ref(&hold));
    assert_eq!(plan[0], hold, "kept as it was");
    assert_eq!(
        plan[1],
        PlanItem::from_catalog(rotation_rehab::catalog::find("knee-rotations").unwrap()),
        "a new one starts at the catalog's dose"
    );
}

#[test]
fn a_selection_is_saved_with_one_to_two_exercises() {
    let ids = |n: usize| (0..n).map(|i| format!("e{i}")).collect::<Vec<_>>();
    assert_eq!(check_selection(&ids(0)), Err(PlanError::Empty));
    assert_eq!(check_selection(&ids(1)), Ok(()));
    assert_eq!(check_selection(&ids(plan::MAX_PICKS)), Ok(()));
    assert_eq!(
        check_selection(&ids(plan::MAX_PICKS + 1)),
        Err(PlanError::TooMany)
    );
}
