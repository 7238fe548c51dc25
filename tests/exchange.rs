//! Export and import: a round trip gives back the same data; every bad file is refused with
//! its own reason; merge never loses anything; CSV is safe to open in a spreadsheet.

use rotation_rehab::catalog::{find, Dose, Equipment, Level, Prescription, Sides};
use rotation_rehab::core::plan::PlanItem;
use rotation_rehab::core::session::*;
use rotation_rehab::store::exchange::*;
use rotation_rehab::store::{Document, History, Profile, Settings};

const NOW: i64 = 1_764_000_000_000;
const DAY: i64 = 86_400_000;

fn plan_item(id: &str) -> PlanItem {
    PlanItem::from_catalog(find(id).expect("in the catalog"))
}

/// A set-up profile with every field away from its default. `..Profile::default()` is there so
/// that a field added to `Profile` later keeps its default here.
#[allow(clippy::needless_update)]
fn profile() -> Profile {
    Profile {
        safety_ok_at: Some(NOW - 30 * DAY),
        level: Some(Level::Beginner),
        equipment: Some(vec![Equipment::ResistanceBand]),
        plan: vec![plan_item("knee-rotations"), plan_item("pallof-hold")],
        settings: Settings {
            weekly_target: 3,
            voice: true,
            ..Settings::default()
        },
        dismissed: vec![format!("{}:knee-rotations", session_id(NOW - 6 * DAY))],
        last_backup_at: Some(NOW - 7 * DAY),
        ..Profile::default()
    }
}

fn set(n: u32, side: Side, target: Work, done: Work, completed: bool) -> SetLog {
    SetLog {
        set: n,
        side,
        target,
        done,
        done_ms: done.amount() * 1000,
        completed,
    }
}

fn log(exercise: &str, load: Load, range: Option<RangeUsed>, sets: Vec<SetLog>) -> ExerciseLog {
    let prescription = find(exercise).map_or(
        Prescription {
            sets: 2,
            dose: Dose::Hold { seconds: 10 },
            sides: Sides::EachSide,
            rest_seconds: 30,
        },
        |e| e.prescription,
    );
    ExerciseLog {
        exercise: exercise.into(),
        prescription,
        load,
        range,
        sets,
    }
}

fn session(days_ago: i64, exercises: Vec<ExerciseLog>) -> SessionRecord {
    let started_at = NOW - days_ago * DAY;
    SessionRecord {
        id: session_id(started_at),
        started_at,
        ended_at: started_at + 15 * 60_000,
        exercises,
        pain_before: Some(3),
        pain_after: Some(2),
        pain_next_day: None,
        effort: Some(Effort::AboutRight),
        note: String::new(),
        outcome: Outcome::Completed,
    }
}

/// Four sessions: a complete one, one ended early with a weight, one stopped for pain with a
/// note full of CSV's special characters, and one with no sets.
fn history() -> History {
    let reps = Work::Reps(8);
    let knees = log(
        "knee-rotations",
        Load::None,
        Some(RangeUsed::Medium),
        vec![
            set(1, Side::Both, reps, reps, true),
            set(2, Side::Both, reps, reps, true),
        ],
    );
    let hold = |done| {
        let ten = Work::Seconds(10);
        vec![
            set(1, Side::Left, ten, Work::Seconds(done), done >= 10),
            set(1, Side::Right, ten, ten, true),
        ]
    };
    let pallof = |load| log("pallof-hold", load, Some(RangeUsed::Small), hold(10));
    let mut first = session(9, vec![knees.clone(), pallof(Load::Band("red".into()))]);
    first.note = "Felt fine".into();
    let mut second = session(
        6,
        vec![knees, log("pallof-hold", Load::Kg(12.5), None, hold(6))],
    );
    second.outcome = Outcome::EndedEarly;
    second.effort = Some(Effort::TooHard);
    let mut third = session(3, vec![pallof(Load::None)]);
    third.outcome = Outcome::Stopped(HurtKind::SharpOrRising);
    third.pain_after = Some(6);
    third.note = "Sharp, \"stabbing\" pain\non the left".into();
    let mut fourth = session(1, vec![log("knee-rotations", Load::None, None, vec![])]);
    fourth.outcome = Outcome::EndedEarly;
    fourth.pain_after = None;
    fourth.effort = None;
    History {
        sessions: vec![first, second, third, fourth],
    }
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The realistic export, as a JSON value to break one field at a time.
fn export_value() -> serde_json::Value {
    serde_json::from_str(&export_json(&profile(), &history(), NOW)).unwrap()
}

fn invalid(text: &str) -> (String, Problem) {
    match parse_import(text) {
        Err(ImportError::Invalid { at, problem }) => (at, problem),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

// --- round trip -----------------------------------------------------------------------------

#[test]
fn export_then_import_gives_back_the_same_profile_and_history() {
    let text = export_json(&profile(), &history(), NOW);
    assert!(text.starts_with(r#"{"format":"rotation-rehab-export","version":2,"exported_at":"#));
    let export = parse_import(&text).unwrap();
    assert_eq!(export, Export::new(profile(), history(), NOW));
    // Exporting is stable: the same data gives the same text.
    assert_eq!(export_json(&export.profile, &export.history, NOW), text);
}

#[test]
fn the_valid_fixture_is_the_export_of_the_realistic_data() {
    let export = parse_import(&fixture("valid.json")).unwrap();
    assert_eq!(export, Export::new(profile(), history(), NOW));
}

#[test]
fn an_empty_profile_and_history_export_and_import() {
    let text = export_json(&Profile::default(), &History::default(), NOW);
    let export = parse_import(&text).unwrap();
    assert_eq!(
        (export.profile, export.history),
        (Profile::default(), History::default())
    );
}

#[test]
fn a_byte_order_mark_in_front_is_accepted() {
    let text = format!("\u{feff}{}", export_json(&profile(), &history(), NOW));
    assert!(parse_import(&text).is_ok());
}

#[test]
fn the_export_version_follows_the_document_versions() {
    // Raising a document's schema version changes the export's shape: raise EXPORT_VERSION
    // too, and teach parse_import to read version-1 exports (tests/fixtures/import/valid.json).
    assert_eq!(
        (Profile::VERSION, History::VERSION, EXPORT_VERSION),
        (1, 2, 2)
    );
}

#[path = "exchange/refusals.rs"]
mod refusals;

#[path = "exchange/validation.rs"]
mod validation;

#[path = "exchange/merge.rs"]
mod merge;

#[path = "exchange/csv.rs"]
mod csv;

#[path = "exchange/stored.rs"]
mod stored;
