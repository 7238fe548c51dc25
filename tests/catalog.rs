//! The catalog is hand-written data: these tests catch broken links, empty texts and doses a
//! guide could not run, before a person ever sees them.

use std::collections::HashSet;

use rotation_rehab::catalog::{
    find, how_to, main_exercises, path_of, variations_of, Dose, Equipment, Exercise, Level,
    LevelRange, Relation, EXERCISES, HOW_TO,
};

fn entry(id: &str) -> &'static Exercise {
    find(id).unwrap_or_else(|| panic!("{id}: missing from the catalog"))
}

#[test]
fn ids_are_unique() {
    let mut seen = HashSet::new();
    for e in EXERCISES {
        assert!(seen.insert(e.id), "{}: id used twice", e.id);
    }
}

#[test]
fn ids_are_kebab_case_ascii() {
    for e in EXERCISES {
        let allowed =
            e.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let well_formed = !e.id.is_empty()
            && !e.id.starts_with('-')
            && !e.id.ends_with('-')
            && !e.id.contains("--");
        assert!(
            allowed && well_formed,
            "{}: id is not kebab-case ASCII",
            e.id
        );
    }
}

#[test]
fn links_point_to_other_existing_entries() {
    for e in EXERCISES {
        let links = [
            ("variation_of", e.variation_of),
            ("progression", e.progression),
            ("regression", e.regression),
        ];
        for (field, target) in links {
            let Some(target) = target else { continue };
            assert!(
                find(target).is_some(),
                "{}: {field} points to unknown entry {target}",
                e.id
            );
            assert_ne!(target, e.id, "{}: {field} points to itself", e.id);
        }
    }
}

#[test]
fn variations_are_of_main_exercises() {
    for e in EXERCISES {
        if let Some(parent) = e.variation_of {
            assert!(
                entry(parent).variation_of.is_none(),
                "{}: is a variation of a variation ({parent})",
                e.id
            );
        }
    }
}

#[test]
fn progressions_never_get_easier_and_regressions_never_harder() {
    for e in EXERCISES {
        if let Some(next) = e.progression {
            assert!(
                entry(next).levels.lowest >= e.levels.lowest,
                "{}: progression {next} starts at an easier level",
                e.id
            );
        }
        if let Some(back) = e.regression {
            assert!(
                entry(back).levels.lowest <= e.levels.lowest,
                "{}: regression {back} starts at a harder level",
                e.id
            );
        }
    }
}

/// From every entry, knee rotations included, the path up ends.
#[test]
fn following_progressions_never_loops() {
    for start in EXERCISES {
        let mut seen = HashSet::from([start.id]);
        let mut current = start;
        while let Some(next) = current.progression {
            assert!(
                seen.insert(next),
                "{}: following progressions comes back to {next}",
                start.id
            );
            current = entry(next);
        }
    }
}

#[test]
fn level_ranges_are_ordered() {
    for e in EXERCISES {
        assert!(
            e.levels.lowest <= e.levels.highest,
            "{}: level range is upside down",
            e.id
        );
    }
}

#[test]
fn every_text_is_filled_in() {
    for e in EXERCISES {
        let how = how_to(e.id).unwrap_or_else(|| panic!("{}: no how-to", e.id));
        let texts = [
            ("name", e.name),
            ("summary", e.summary),
            ("setup", how.setup),
            ("if_it_hurts", how.if_it_hurts),
            ("load_note", how.load_note),
            ("prescription_why", how.prescription_why),
        ];
        for (field, text) in texts {
            assert!(!text.trim().is_empty(), "{}: {field} is empty", e.id);
        }
        assert!(how.steps.len() >= 3, "{}: needs at least 3 steps", e.id);
        assert!(how.cues.len() >= 2, "{}: needs at least 2 cues", e.id);
        for (i, step) in how.steps.iter().enumerate() {
            assert!(!step.trim().is_empty(), "{}: step {} is empty", e.id, i + 1);
        }
        for (i, cue) in how.cues.iter().enumerate() {
            assert!(!cue.trim().is_empty(), "{}: cue {} is empty", e.id, i + 1);
        }
        assert!(!e.trains.is_empty(), "{}: trains nothing", e.id);
    }
}

#[test]
fn every_how_to_belongs_to_one_exercise() {
    for (i, how) in HOW_TO.iter().enumerate() {
        assert!(
            find(how.exercise).is_some(),
            "{}: no such exercise",
            how.exercise
        );
        assert!(
            !HOW_TO[..i]
                .iter()
                .any(|other| other.exercise == how.exercise),
            "{}: two how-tos",
            how.exercise
        );
    }
    assert_eq!(HOW_TO.len(), EXERCISES.len());
}

#[test]
fn prescriptions_are_positive() {
    for e in EXERCISES {
        let p = e.prescription;
        assert!(p.sets >= 1, "{}: no sets", e.id);
        assert!(p.rest_seconds > 0, "{}: no rest", e.id);
        match p.dose {
            Dose::Hold { seconds } => assert!(seconds > 0, "{}: zero-second hold", e.id),
            Dose::Reps {
                reps,
                seconds_each_way,
            } => {
                assert!(reps > 0, "{}: zero reps", e.id);
                assert!(seconds_each_way > 0, "{}: zero tempo", e.id);
            }
        }
    }
}

/// The starting doses stay inside what the rehab sources use (CLINICAL.md §3): rests of
/// 30-60 s, holds of about 7-10 s done 3-5 times a side, sets of 5-8 slow reps, one to three
/// sets. A default outside these is a clinical change, not a typo to wave through.
#[test]
fn default_doses_stay_inside_the_sources_ranges() {
    for e in EXERCISES {
        let p = e.prescription;
        assert!(
            (30..=60).contains(&p.rest_seconds),
            "{}: rest {} s is outside 30-60 s",
            e.id,
            p.rest_seconds
        );
        match p.dose {
            Dose::Hold { seconds } => {
                assert!((7..=10).contains(&seconds), "{}: a {seconds} s hold", e.id);
                assert!(
                    (3..=5).contains(&p.sets),
                    "{}: {} holds a side",
                    e.id,
                    p.sets
                );
            }
            Dose::Reps { reps, .. } => {
                assert!((5..=8).contains(&reps), "{}: {reps} reps a set", e.id);
                assert!((1..=3).contains(&p.sets), "{}: {} sets", e.id, p.sets);
            }
        }
    }
}

#[test]
fn source_exercises_keep_the_source_levels_and_equipment() {
    use Equipment::*;
    use Level::*;
    let rows: [(&str, LevelRange, &[Equipment]); 5] = [
        ("knee-rotations", LevelRange::only(Beginner), &[]),
        (
            "pallof-hold",
            LevelRange::new(Beginner, Intermediate),
            &[CableMachine, ResistanceBand],
        ),
        (
            "cable-rotation",
            LevelRange::only(Intermediate),
            &[CableMachine],
        ),
        (
            "swiss-ball-leg-rotations",
            LevelRange::only(Intermediate),
            &[SwissBall],
        ),
        (
            "landmine-rotation",
            LevelRange::new(Intermediate, Advanced),
            &[Landmine],
        ),
    ];
    for (id, levels, equipment) in rows {
        let e = entry(id);
        assert_eq!(e.levels, levels, "{id}: level differs from the source");
        let mut needed = e.equipment.any_of.to_vec();
        let mut expected = equipment.to_vec();
        needed.sort();
        expected.sort();
        assert_eq!(needed, expected, "{id}: equipment differs from the source");
    }
}

#[test]
fn named_variations_and_progressions_exist() {
    for id in ["cable-low-to-high", "cable-high-to-low", "cable-kneeling"] {
        assert_eq!(
            entry(id).variation_of,
            Some("cable-rotation"),
            "{id}: should vary cable-rotation"
        );
    }
    assert_eq!(
        entry("knee-rotations").progression,
        Some("texas-twist"),
        "knee-rotations: progresses to texas-twist"
    );
    assert_eq!(
        entry("pallof-press").variation_of,
        Some("pallof-hold"),
        "pallof-press: varies pallof-hold"
    );
}

#[test]
fn variation_helpers_split_the_catalog() {
    let cable: Vec<&str> = variations_of("cable-rotation").map(|e| e.id).collect();
    assert_eq!(
        cable,
        ["cable-low-to-high", "cable-high-to-low", "cable-kneeling"]
    );
    let mains = main_exercises().count();
    let variations = EXERCISES
        .iter()
        .filter(|e| e.variation_of.is_some())
        .count();
    assert_eq!(mains + variations, EXERCISES.len());
    assert!(main_exercises().all(|e| e.variation_of.is_none()));
}

fn path(id: &str) -> Vec<(Relation, &'static str)> {
    path_of(entry(id))
        .into_iter()
        .map(|(r, e)| (r, e.id))
        .collect()
}

#[test]
fn an_exercise_page_links_each_neighbour_once() {
    use Relation::*;
    // The press is both the hold's next step and its variation: one link, as the next step.
    assert_eq!(path("pallof-hold"), [(NextStep, "pallof-press")]);
    assert_eq!(
        path("pallof-press"),
        [(VariationOf, "pallof-hold"), (NextStep, "cable-rotation")]
    );
    // Swiss ball leg rotations step back to knee rotations, which would not show them else.
    assert_eq!(
        path("knee-rotations"),
        [
            (NextStep, "texas-twist"),
            (AnotherStepUp, "swiss-ball-leg-rotations")
        ]
    );
    assert_eq!(
        path("cable-rotation"),
        [
            (Easier, "pallof-press"),
            (NextStep, "landmine-rotation"),
            (Variation, "cable-low-to-high"),
            (Variation, "cable-high-to-low"),
            (Variation, "cable-kneeling"),
        ]
    );
    assert_eq!(path("cable-kneeling"), [(VariationOf, "cable-rotation")]);
}

#[test]
fn every_link_on_an_exercise_page_goes_both_ways() {
    // Whatever page links to another, that page links back: nobody is stranded on a step.
    for e in EXERCISES {
        let links = path(e.id);
        let ids: HashSet<&str> = links.iter().map(|(_, id)| *id).collect();
        assert_eq!(ids.len(), links.len(), "{}: a neighbour listed twice", e.id);
        assert!(!ids.contains(e.id), "{}: links to itself", e.id);
        for id in ids {
            assert!(
                path(id).iter().any(|(_, back)| *back == e.id),
                "{}: links to {id}, which does not link back",
                e.id
            );
        }
    }
}

mod filters {
    use rotation_rehab::catalog::{Equipment, Filters, Level, EXERCISES};

    fn ids(filters: &Filters) -> Vec<&'static str> {
        EXERCISES
            .iter()
            .filter(|e| filters.admits(e))
            .map(|e| e.id)
            .collect()
    }

    #[test]
    fn no_filter_admits_everything() {
        assert_eq!(
            ids(&Filters::from_query(None, Some(""))).len(),
            EXERCISES.len()
        );
    }

    #[test]
    fn level_and_equipment_narrow_the_list() {
        let f = Filters::from_query(Some("beginner"), Some("none"));
        assert_eq!(ids(&f), vec!["knee-rotations", "texas-twist"]);
        let f = Filters::from_query(Some("advanced"), Some("landmine"));
        assert_eq!(ids(&f), vec!["landmine-rotation"]);
        let f = Filters::from_query(None, Some("band"));
        assert_eq!(f.equipment, Some(Equipment::ResistanceBand));
        assert!(ids(&f).contains(&"pallof-hold"));
    }

    #[test]
    fn the_query_string_reads_back_as_the_same_filters() {
        let levels = Level::ALL.iter().map(|l| l.slug()).chain([""]);
        for level in levels {
            let equipment = Equipment::ALL.iter().map(|e| e.slug()).chain(["", "none"]);
            for equipment in equipment {
                let filters = Filters::from_query(Some(level), Some(equipment));
                let query = filters.to_query();
                let read = |name: &str| {
                    query
                        .trim_start_matches('?')
                        .split('&')
                        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
                };
                assert_eq!(
                    Filters::from_query(read("level"), read("equipment")),
                    filters,
                    "{query}"
                );
            }
        }
        assert_eq!(Filters::default().to_query(), "");
        assert_eq!(
            Filters::from_query(Some("beginner"), Some("none")).to_query(),
            "?level=beginner&equipment=none"
        );
    }

    #[test]
    fn a_value_the_app_does_not_know_is_not_carried_on() {
        let filters = Filters::from_query(Some("expert"), Some("band"));
        assert_eq!(filters.to_query(), "?equipment=band");
    }

    #[test]
    fn unknown_values_are_reported_and_ignored() {
        let f = Filters::from_query(Some("expert"), Some("kettlebell"));
        assert_eq!(
            f.unknown,
            vec!["expert".to_string(), "kettlebell".to_string()]
        );
        assert_eq!(f.level, None::<Level>);
        assert_eq!(ids(&f).len(), EXERCISES.len());
    }
}

#[test]
fn an_exercise_is_named_by_the_catalog_or_else_by_its_id() {
    assert_eq!(
        rotation_rehab::catalog::name_of("pallof-hold"),
        "Pallof press hold"
    );
    // An id kept from an older version of the app still shows as something.
    assert_eq!(rotation_rehab::catalog::name_of("moon-walk"), "moon-walk");
}

#[test]
fn equipment_of_either_kind_reads_as_one_phrase() {
    assert_eq!(
        entry("pallof-hold").equipment.label(),
        "Cable machine or resistance band"
    );
    assert_eq!(entry("knee-rotations").equipment.label(), "No equipment");
}
