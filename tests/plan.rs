//! The plan rules: what is recommended for every level and every mix of equipment, how a chosen
//! plan is checked, and how a plan follows when the level or equipment changes.

use rotation_rehab::catalog::{find, Equipment, Exercise, Level};
use rotation_rehab::core::plan::{
    adapt_plan, choices, fits, recommend, validate_plan, Pick, PlanChange, PlanError, PlanItem,
    Recommendation, WouldFit, MAX_PICKS,
};

use Equipment::{CableMachine as Cable, Landmine, ResistanceBand as Band, SwissBall};
use Level::{Advanced, Beginner, Intermediate};

/// All 16 subsets of the four kinds of equipment.
fn every_equipment_mix() -> Vec<Vec<Equipment>> {
    (0..1u8 << Equipment::ALL.len())
        .map(|bits| {
            Equipment::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, e)| e)
                .collect()
        })
        .collect()
}

fn ids(picks: &[Pick]) -> Vec<&'static str> {
    picks.iter().map(|p| p.exercise.id).collect()
}

fn item(id: &str) -> PlanItem {
    PlanItem::from_catalog(find(id).unwrap_or_else(|| panic!("{id} missing")))
}

fn item_ids(items: &[PlanItem]) -> Vec<&str> {
    items.iter().map(|i| i.exercise.as_str()).collect()
}

fn fits_with(exercise: &Exercise, level: Level, owned: &[Equipment], extra: Equipment) -> bool {
    let mut with_extra = owned.to_vec();
    with_extra.push(extra);
    fits(exercise, level, &with_extra)
}

#[test]
fn every_level_and_equipment_mix_gets_a_usable_answer() {
    for level in Level::ALL {
        for owned in every_equipment_mix() {
            let case = format!("{level:?} with {owned:?}");
            match recommend(level, &owned) {
                Recommendation::Fits { picks } => {
                    assert!(
                        (1..=MAX_PICKS).contains(&picks.len()),
                        "{case}: {} picks",
                        picks.len()
                    );
                    for pick in &picks {
                        assert!(
                            fits(pick.exercise, level, &owned),
                            "{case}: {} does not fit",
                            pick.exercise.id
                        );
                        assert!(
                            !pick.reason.trim().is_empty(),
                            "{case}: {} has no reason",
                            pick.exercise.id
                        );
                    }
                    let plan: Vec<PlanItem> = picks
                        .iter()
                        .map(|p| PlanItem::from_catalog(p.exercise))
                        .collect();
                    assert_eq!(
                        validate_plan(&plan, level, &owned),
                        Ok(()),
                        "{case}: recommended plan is invalid"
                    );
                }
                Recommendation::NothingAtLevel { closest, would_fit } => {
                    assert!(
                        choices(level, &owned).is_empty(),
                        "{case}: said nothing fits, but choices exist"
                    );
                    assert!(
                        !would_fit.is_empty(),
                        "{case}: nothing fits and no way forward"
                    );
                    for way in &would_fit {
                        match *way {
                            WouldFit::Equipment {
                                equipment,
                                exercise,
                            } => {
                                assert!(
                                    !owned.contains(&equipment),
                                    "{case}: suggests {equipment:?}, already owned"
                                );
                                assert!(
                                    fits_with(exercise, level, &owned, equipment),
                                    "{case}: {} would not fit with {equipment:?}",
                                    exercise.id
                                );
                            }
                            WouldFit::Level {
                                level: lower,
                                exercise,
                            } => {
                                assert!(
                                    lower < level,
                                    "{case}: suggests {lower:?}, not a lower level"
                                );
                                assert!(
                                    fits(exercise, lower, &owned),
                                    "{case}: {} does not fit {lower:?}",
                                    exercise.id
                                );
                            }
                        }
                    }
                    for pick in &closest {
                        let fits_lower = Level::ALL
                            .into_iter()
                            .any(|l| l < level && fits(pick.exercise, l, &owned));
                        assert!(
                            fits_lower,
                            "{case}: closest {} fits no lower level",
                            pick.exercise.id
                        );
                        assert!(
                            !pick.reason.trim().is_empty(),
                            "{case}: {} has no reason",
                            pick.exercise.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn picks_are_distinct_and_train_different_things() {
    for level in Level::ALL {
        for owned in every_equipment_mix() {
            if let Recommendation::Fits { picks } = recommend(level, &owned) {
                if let [first, second] = picks.as_slice() {
                    assert_ne!(
                        first.exercise.id, second.exercise.id,
                        "{level:?} {owned:?}: same pick twice"
                    );
                    let shared = first
                        .exercise
                        .trains
                        .iter()
                        .any(|q| second.exercise.trains.contains(q));
                    assert!(
                        !shared,
                        "{level:?} {owned:?}: both picks train the same quality"
                    );
                }
            }
        }
    }
}

#[test]
fn specific_recommendations() {
    // (level, equipment, expected picks, why)
    let rows: &[(Level, &[Equipment], &[&str], &str)] = &[
        (
            Beginner,
            &[],
            &["knee-rotations"],
            "the Texas twist is its next step and trains the same thing",
        ),
        (
            Beginner,
            &[Band],
            &["knee-rotations", "pallof-hold"],
            "mobility plus anti-rotation",
        ),
        (
            Beginner,
            &[Cable],
            &["knee-rotations", "pallof-hold"],
            "a cable works for the Pallof hold too",
        ),
        (
            Beginner,
            &[SwissBall],
            &["knee-rotations"],
            "the Swiss ball exercise is intermediate",
        ),
        (
            Intermediate,
            &[],
            &["texas-twist"],
            "the only intermediate exercise without equipment",
        ),
        (
            Intermediate,
            &[Cable],
            &["cable-rotation", "pallof-hold"],
            "made for intermediates, plus anti-rotation",
        ),
        (
            Intermediate,
            &[Band],
            &["pallof-hold", "texas-twist"],
            "uses the band first, then a different quality",
        ),
        (
            Intermediate,
            &[SwissBall],
            &["swiss-ball-leg-rotations", "texas-twist"],
            "made for intermediates",
        ),
        (
            Intermediate,
            &[Landmine],
            &["landmine-rotation", "texas-twist"],
            "uses the landmine, then mobility",
        ),
        (
            Intermediate,
            &[Cable, SwissBall],
            &["cable-rotation", "pallof-hold"],
            "both exact; cable comes first",
        ),
        (
            Intermediate,
            &Equipment::ALL,
            &["cable-rotation", "pallof-hold"],
            "landmine and ball repeat cable's quality",
        ),
        (
            Advanced,
            &[Landmine],
            &["landmine-rotation"],
            "the only advanced exercise",
        ),
        (
            Advanced,
            &Equipment::ALL,
            &["landmine-rotation"],
            "the only advanced exercise",
        ),
    ];
    for (level, owned, expected, why) in rows {
        match recommend(*level, owned) {
            Recommendation::Fits { picks } => {
                assert_eq!(ids(&picks), *expected, "{level:?} with {owned:?}: {why}");
            }
            other => panic!("{level:?} with {owned:?}: expected picks ({why}), got {other:?}"),
        }
    }
}

#[test]
fn advanced_without_a_landmine_is_told_what_would_fit() {
    let Recommendation::NothingAtLevel { closest, would_fit } = recommend(Advanced, &[]) else {
        panic!("advanced with nothing should have nothing at level");
    };
    assert_eq!(ids(&closest), ["texas-twist"]);
    assert!(
        closest[0].reason.starts_with("Below your level"),
        "reason: {}",
        closest[0].reason
    );
    let landmine = find("landmine-rotation").unwrap();
    let texas = find("texas-twist").unwrap();
    assert_eq!(
        would_fit,
        [
            WouldFit::Equipment {
                equipment: Landmine,
                exercise: landmine
            },
            WouldFit::Level {
                level: Intermediate,
                exercise: texas
            },
        ]
    );
}

#[test]
fn advanced_with_a_cable_gets_the_intermediate_cable_picks_as_closest() {
    let Recommendation::NothingAtLevel { closest, .. } = recommend(Advanced, &[Cable]) else {
        panic!("advanced with a cable should have nothing at level");
    };
    assert_eq!(ids(&closest), ["cable-rotation", "pallof-hold"]);
}

#[test]
fn reasons_name_the_equipment_used() {
    let Recommendation::Fits { picks } = recommend(Beginner, &[Band]) else {
        panic!("beginner with band")
    };
    assert!(
        picks[0].reason.contains("needs no equipment"),
        "{}",
        picks[0].reason
    );
    assert!(
        picks[1].reason.contains("resistance band"),
        "{}",
        picks[1].reason
    );
}

#[test]
fn choices_put_main_exercises_before_variations() {
    let found: Vec<&str> = choices(Intermediate, &[Cable])
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        found,
        [
            "texas-twist",
            "pallof-hold",
            "cable-rotation",
            "pallof-press",
            "cable-low-to-high",
            "cable-high-to-low",
            "cable-kneeling"
        ]
    );
}

#[test]
fn validate_plan_rejects_bad_plans() {
    let rows: Vec<(Vec<PlanItem>, PlanError)> = vec![
        (vec![], PlanError::Empty),
        (
            vec![
                item("knee-rotations"),
                item("texas-twist"),
                item("pallof-hold"),
            ],
            PlanError::TooMany,
        ),
        (
            vec![item("knee-rotations"), item("knee-rotations")],
            PlanError::Duplicate("knee-rotations".into()),
        ),
        (
            vec![PlanItem {
                exercise: "gone".into(),
                prescription: item("knee-rotations").prescription,
            }],
            PlanError::Unknown("gone".into()),
        ),
        (
            vec![item("cable-rotation")],
            PlanError::DoesNotFit("cable-rotation".into()),
        ),
        (
            vec![item("knee-rotations"), item("pallof-hold")],
            PlanError::DoesNotFit("pallof-hold".into()),
        ),
    ];
    for (plan, expected) in rows {
        let result = validate_plan(&plan, Beginner, &[]);
        assert_eq!(result, Err(expected.clone()), "plan {:?}", item_ids(&plan));
        assert!(!expected.message().is_empty() && expected.to_string() == expected.message());
    }
    assert_eq!(
        validate_plan(
            &[item("knee-rotations"), item("pallof-hold")],
            Beginner,
            &[Band]
        ),
        Ok(())
    );
}

#[test]
fn error_messages_use_exercise_names() {
    assert_eq!(
        PlanError::Duplicate("texas-twist".into()).message(),
        "Texas twist is in your plan twice."
    );
    assert!(PlanError::DoesNotFit("cable-rotation".into())
        .message()
        .starts_with("Cable rotations"));
}

#[test]
fn plan_follows_when_the_band_is_removed() {
    let plan = vec![item("knee-rotations"), item("pallof-hold")];
    assert_eq!(
        item_ids(&adapt_plan(&plan, Beginner, &[])),
        ["knee-rotations"]
    );
}

#[test]
fn adapt_plan_keeps_fitting_items_and_their_prescriptions() {
    let mut pallof = item("pallof-hold");
    pallof.prescription.sets = 5;
    let plan = vec![item("knee-rotations"), pallof.clone()];
    assert_eq!(
        adapt_plan(&plan, Beginner, &[Cable]),
        plan,
        "a cable still fits the Pallof hold"
    );
}

#[test]
fn adapt_plan_takes_the_recommendation_when_nothing_fits() {
    let plan = vec![item("knee-rotations")];
    assert_eq!(
        item_ids(&adapt_plan(&plan, Intermediate, &[Cable])),
        ["cable-rotation", "pallof-hold"]
    );
    let unknown = vec![PlanItem {
        exercise: "gone".into(),
        prescription: item("knee-rotations").prescription,
    }];
    assert_eq!(
        item_ids(&adapt_plan(&unknown, Beginner, &[])),
        ["knee-rotations"]
    );
}

#[test]
fn adapt_plan_drops_duplicates_and_extras() {
    let plan = vec![
        item("knee-rotations"),
        item("knee-rotations"),
        item("texas-twist"),
        item("pallof-hold"),
    ];
    assert_eq!(
        item_ids(&adapt_plan(&plan, Beginner, &[Band])),
        ["knee-rotations", "texas-twist"]
    );
}

#[test]
fn plan_items_round_trip_through_json() {
    let original = item("pallof-press");
    let json = serde_json::to_string(&original).unwrap();
    let back: PlanItem = serde_json::from_str(&json).unwrap();
    assert_eq!(back, original);
    assert_eq!(back.exercise().map(|e| e.id), Some("pallof-press"));
}

mod a_change_of_level_or_equipment {
    use super::*;
    use rotation_rehab::store::Profile;

    fn set_up(plan: &[&str]) -> Profile {
        Profile {
            level: Some(Level::Intermediate),
            equipment: Some(vec![Equipment::CableMachine, Equipment::ResistanceBand]),
            plan: plan
                .iter()
                .map(|id| PlanItem::from_catalog(find(id).unwrap()))
                .collect(),
            ..Profile::default()
        }
    }

    #[test]
    fn keeps_what_still_fits_and_its_dose() {
        let mut profile = set_up(&["pallof-hold", "cable-rotation"]);
        profile.plan[0].prescription.sets += 1;
        let kept = profile.plan[0].clone();
        profile.set_level(Level::Beginner);
        assert_eq!(
            profile.plan,
            vec![kept.clone()],
            "cable rotation is not for beginners"
        );

        let mut profile = set_up(&["pallof-hold", "cable-rotation"]);
        profile.plan[0].prescription.sets += 1;
        profile.set_equipment(vec![Equipment::ResistanceBand]);
        assert_eq!(
            profile.plan,
            vec![kept],
            "cable rotation needs the cable machine"
        );
    }

    #[test]
    fn replaces_a_plan_nothing_of_which_fits_by_the_recommendation() {
        let mut profile = set_up(&["pallof-hold"]);
        profile.set_equipment(Vec::new());
        assert!(!profile.plan.is_empty());
        assert!(profile.plan.iter().all(|item| item
            .exercise()
            .unwrap()
            .equipment
            .any_of
            .is_empty()));
    }

    #[test]
    fn makes_no_plan_during_the_set_up() {
        let mut profile = Profile::default();
        profile.set_level(Level::Beginner);
        profile.set_equipment(vec![Equipment::ResistanceBand]);
        assert!(profile.plan.is_empty(), "the plan screen makes the plan");
    }

    #[test]
    fn lists_each_piece_of_equipment_once_in_the_catalogs_order() {
        let mut profile = Profile::default();
        let mut all = Equipment::ALL.to_vec();
        all.reverse();
        all.push(Equipment::ALL[0]);
        profile.set_equipment(all);
        assert_eq!(profile.equipment, Some(Equipment::ALL.to_vec()));
    }
}

#[test]
fn a_plan_change_names_what_left_and_what_joined() {
    let plan = vec![item("knee-rotations"), item("pallof-hold")];
    // Intermediate with a band: knee rotations are beginner work, the hold stays.
    let after = adapt_plan(&plan, Intermediate, &[Band]);
    assert_eq!(
        PlanChange::between(&plan, &after, Intermediate),
        Some(PlanChange {
            left: vec!["knee-rotations".into()],
            joined: vec![],
            below_level: false,
        })
    );
    // Advanced with nothing: the nearest easier exercise, and the person is told it is easier.
    let bare = adapt_plan(&after, Advanced, &[]);
    let change = PlanChange::between(&after, &bare, Advanced).unwrap();
    assert_eq!(change.left, ["pallof-hold"]);
    assert!(!change.joined.is_empty());
    assert!(change.below_level);
    // The same exercises with another dose: no change to tell.
    let mut longer = plan.clone();
    longer[1].prescription.sets = 5;
    assert_eq!(PlanChange::between(&plan, &longer, Beginner), None);
}

#[test]
fn a_plan_that_stays_but_is_now_below_the_level_is_told() {
    let plan = vec![item("texas-twist")];
    assert_eq!(
        PlanChange::between(&plan, &plan, Advanced),
        Some(PlanChange {
            left: vec![],
            joined: vec![],
            below_level: true,
        })
    );
    assert_eq!(PlanChange::between(&plan, &plan, Intermediate), None);
}
