//! The plan screen's choice, over every level and equipment combination, and the same choice
//! from an exercise's page.

use rotation_rehab::catalog::{Equipment, Level};
use rotation_rehab::core::plan::PlanError;
use rotation_rehab::core::plan::{self, PlanItem};
use rotation_rehab::core::plan_choice::{
    check_selection, placement, plan_choice, plan_from_selection, plan_with, Placement,
};

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

fn item(id: &str) -> PlanItem {
    PlanItem::from_catalog(rotation_rehab::catalog::find(id).unwrap())
}

fn exercise(id: &str) -> &'static rotation_rehab::catalog::Exercise {
    rotation_rehab::catalog::find(id).unwrap()
}

/// The page and the plan screen never disagree: what the page offers to add is what the plan
/// screen would let the person tick, and the plan it makes passes the plan screen's checks.
#[test]
fn an_exercise_page_offers_exactly_what_the_plan_screen_would() {
    let mut seen = std::collections::HashSet::new();
    for level in Level::ALL {
        for owned in subsets() {
            for current in [
                vec![],
                vec![item("knee-rotations")],
                vec![item("texas-twist"), item("pallof-hold")],
            ] {
                let choice = plan_choice(level, &owned, &current);
                for e in rotation_rehab::catalog::EXERCISES {
                    let placed = placement(e, Some(level), Some(&owned), &current);
                    let offered = choice.options.iter().any(|o| o.id == e.id);
                    let in_plan = current.iter().any(|i| i.exercise == e.id);
                    let context = format!(
                        "{} at {level:?} with {owned:?}, plan {current:?}: {placed:?}",
                        e.id
                    );
                    seen.insert(std::mem::discriminant(&placed));
                    match &placed {
                        Placement::InPlan => assert!(in_plan, "{context}"),
                        Placement::Add | Placement::InPlaceOf(_) => {
                            assert!(offered && !in_plan, "{context}");
                            let instead_of = match &placed {
                                Placement::InPlaceOf(others) => Some(others[0].id),
                                _ => None,
                            };
                            let plan = plan_with(&current, e, instead_of).expect(&context);
                            assert!(
                                check_selection(
                                    &plan.iter().map(|i| i.exercise.clone()).collect::<Vec<_>>()
                                )
                                .is_ok(),
                                "{context}"
                            );
                            if choice.shortfall.is_none() {
                                // Every exercise of the plan still has to fit (the one kept too).
                                let kept_fits = plan
                                    .iter()
                                    .all(|i| plan::fits(i.exercise().unwrap(), level, &owned));
                                assert_eq!(
                                    plan::validate_plan(&plan, level, &owned).is_ok(),
                                    kept_fits,
                                    "{context}"
                                );
                            }
                        }
                        Placement::NotForLevel(l) => {
                            assert!(
                                !offered && !in_plan && *l == level && !e.levels.contains(level),
                                "{context}"
                            )
                        }
                        Placement::NeedsEquipment => {
                            assert!(
                                !offered
                                    && !in_plan
                                    && e.levels.contains(level)
                                    && !e.equipment.is_met_by(&owned),
                                "{context}"
                            )
                        }
                        Placement::NotSetUp => panic!("{context}"),
                    }
                }
            }
        }
    }
    assert_eq!(seen.len(), 5, "every answer but NotSetUp comes up");
}

#[test]
fn before_a_level_and_equipment_are_chosen_the_set_up_comes_first() {
    let e = exercise("knee-rotations");
    assert_eq!(placement(e, None, Some(&[]), &[]), Placement::NotSetUp);
    assert_eq!(
        placement(e, Some(Level::Beginner), None, &[]),
        Placement::NotSetUp
    );
    assert_eq!(
        placement(e, Some(Level::Beginner), Some(&[]), &[]),
        Placement::Add
    );
}

#[test]
fn a_full_plan_offers_each_of_its_exercises_to_make_room() {
    let current = [item("knee-rotations"), item("texas-twist")];
    assert_eq!(
        placement(
            exercise("pallof-hold"),
            Some(Level::Beginner),
            Some(&[Equipment::ResistanceBand]),
            &current
        ),
        Placement::InPlaceOf(vec![exercise("knee-rotations"), exercise("texas-twist")])
    );
    assert_eq!(
        placement(
            exercise("texas-twist"),
            Some(Level::Beginner),
            Some(&[]),
            &current
        ),
        Placement::InPlan
    );
}

#[test]
fn why_an_exercise_cannot_join_names_the_level_before_the_equipment() {
    let cable = exercise("cable-rotation");
    assert_eq!(
        placement(cable, Some(Level::Beginner), Some(&[]), &[]),
        Placement::NotForLevel(Level::Beginner)
    );
    assert_eq!(
        placement(
            cable,
            Some(Level::Beginner),
            Some(&[Equipment::CableMachine]),
            &[]
        ),
        Placement::NotForLevel(Level::Beginner)
    );
    assert_eq!(
        placement(cable, Some(Level::Intermediate), Some(&[]), &[]),
        Placement::NeedsEquipment
    );
}

#[test]
fn an_exercise_takes_the_place_it_is_given_and_the_other_keeps_its_dose() {
    let mut twist = item("texas-twist");
    twist.prescription.sets += 1;
    let current = [item("knee-rotations"), twist.clone()];
    let hold = exercise("pallof-hold");
    assert_eq!(
        plan_with(&current, hold, Some("knee-rotations")),
        Some(vec![item("pallof-hold"), twist.clone()])
    );
    assert_eq!(
        plan_with(&current[..1], hold, None),
        Some(vec![item("knee-rotations"), item("pallof-hold")])
    );
}

/// The page's offer may be stale (the plan changed in another tab): what it would make then is
/// refused rather than a plan of three or a plan with the exercise twice.
#[test]
fn a_stale_offer_never_makes_a_plan_the_rules_refuse() {
    let current = [item("knee-rotations"), item("texas-twist")];
    let hold = exercise("pallof-hold");
    assert_eq!(
        plan_with(&current, hold, Some("swiss-ball-leg-rotations")),
        None
    );
    assert_eq!(plan_with(&current, hold, None), None);
    assert_eq!(
        plan_with(&current, exercise("texas-twist"), Some("knee-rotations")),
        None
    );
    assert_eq!(
        plan_with(&current[..1], hold, Some("texas-twist")),
        Some(vec![item("knee-rotations"), item("pallof-hold")]),
        "the one to replace is gone, and there is room"
    );
}
