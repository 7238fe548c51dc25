//! Exports that parse but hold values the app would never write: each is refused with where
//! it is and what is wrong.

use super::*;

#[test]
fn duplicate_session_ids_are_refused() {
    let (at, problem) = invalid(&fixture("duplicate-ids.json"));
    assert_eq!(at, "history.sessions[1].id");
    assert!(matches!(problem, Problem::DuplicateId(_)), "{problem:?}");
}

#[test]
fn a_pain_score_of_11_is_refused() {
    assert_eq!(
        invalid(&fixture("pain-11.json")),
        ("history.sessions[0].pain_after".into(), Problem::Pain(11))
    );
}

#[test]
fn a_note_of_501_characters_is_refused_and_500_accepted() {
    assert_eq!(
        invalid(&fixture("note-too-long.json")),
        ("history.sessions[0].note".into(), Problem::NoteTooLong(501))
    );
    let mut value = export_value();
    value["history"]["sessions"][0]["note"] = "é".repeat(500).into();
    assert!(parse_import(&value.to_string()).is_ok());
}

#[test]
fn a_plan_of_three_exercises_is_refused() {
    assert_eq!(
        invalid(&fixture("plan-too-long.json")),
        ("profile.plan".into(), Problem::PlanTooLong(3))
    );
}

#[test]
fn a_plan_exercise_missing_from_the_catalog_is_refused() {
    let (at, problem) = invalid(&fixture("plan-unknown-exercise.json"));
    assert_eq!(
        (at.as_str(), problem),
        (
            "profile.plan[1].exercise",
            Problem::UnknownExercise("side-plank-twist".into())
        )
    );
    let err = parse_import(&fixture("plan-unknown-exercise.json")).unwrap_err();
    assert!(err.message().contains("side-plank-twist"), "{err}");
}

/// Breaks one value of the realistic export and returns the problem found.
fn broken(path: &[&str], value: serde_json::Value) -> (String, Problem) {
    let mut export = export_value();
    let mut target = &mut export;
    for key in path {
        target = match key.parse::<usize>() {
            Ok(i) => &mut target[i],
            Err(_) => &mut target[*key],
        };
    }
    *target = value;
    invalid(&export.to_string())
}

#[test]
fn every_session_value_is_checked() {
    use serde_json::json;
    let s = ["history", "sessions", "1"];
    let at = |rest: &[&'static str]| [&s[..], rest].concat();
    assert_eq!(broken(&at(&["id"]), json!("")).1, Problem::SessionId);
    assert_eq!(
        broken(&at(&["id"]), json!("x".repeat(41))).1,
        Problem::SessionId
    );
    // The history links to /history/{id}: anything but what session_id writes is refused.
    for id in ["a/b", "a?b", "a#b", "a b", "A1", "é", "..", "a%2f"] {
        assert_eq!(
            broken(&at(&["id"]), json!(id)),
            ("history.sessions[1].id".into(), Problem::SessionId),
            "{id}"
        );
    }
    assert!(Problem::SessionId
        .to_string()
        .contains("a digit, a lowercase letter or"));
    assert_eq!(session_id(-36), "-10");
    let mut value = export_value();
    value["history"]["sessions"][1]["id"] = "-0az9".into();
    assert!(parse_import(&value.to_string()).is_ok());
    assert_eq!(
        broken(&at(&["started_at"]), json!(0)).1,
        Problem::DateOutOfRange
    );
    assert_eq!(
        broken(&at(&["ended_at"]), json!(LATEST)).1,
        Problem::DateOutOfRange
    );
    assert_eq!(
        broken(&at(&["pain_before"]), json!(200)).1,
        Problem::Pain(200)
    );
    let ex = |rest: &[&'static str]| [&s[..], &["exercises", "1"], rest].concat();
    assert_eq!(broken(&ex(&["exercise"]), json!("")).1, Problem::ExerciseId);
    assert_eq!(
        broken(&ex(&["exercise"]), json!("x".repeat(61))).1,
        Problem::ExerciseId
    );
    assert_eq!(
        broken(&ex(&["load"]), json!({"kg": 501.0})).1,
        Problem::Load(LoadError::WeightOutOfRange)
    );
    assert_eq!(
        broken(&ex(&["load"]), json!({"band": "x".repeat(41)})).1,
        Problem::Load(LoadError::BandName)
    );
    let many: Vec<_> = (1..=101)
        .map(|n| json!({"n": (n + 1) / 2, "s": "l", "t": {"s": 10}, "d": {"s": 10}}))
        .collect();
    assert_eq!(
        broken(&ex(&["sets"]), json!(many)).1,
        Problem::TooManySets(101)
    );
    assert_eq!(
        broken(&ex(&["sets", "0", "n"]), json!(0)),
        (
            "history.sessions[1].exercises[1].sets[0].n".into(),
            Problem::SetNumber(0)
        )
    );
    assert_eq!(
        broken(&ex(&["sets", "0", "n"]), json!(51)).1,
        Problem::SetNumber(51)
    );
}

#[test]
fn a_session_that_ends_before_it_starts_is_mended_not_refused() {
    // The app itself wrote such records when the device clock was set back during a workout.
    let mut value = export_value();
    let started_at = history().sessions[1].started_at;
    value["history"]["sessions"][1]["ended_at"] = (started_at - DAY).into();
    let export = parse_import(&value.to_string()).unwrap();
    let mended = &export.history.sessions[1];
    assert_eq!(
        (mended.started_at, mended.ended_at),
        (started_at, started_at)
    );
    assert_eq!(export.history.sessions[0], history().sessions[0]);
    // An end out of range is still refused, not mended.
    assert_eq!(
        broken(&["history", "sessions", "1", "ended_at"], 0.into()),
        (
            "history.sessions[1].ended_at".into(),
            Problem::DateOutOfRange
        )
    );
}

#[test]
fn exercises_no_longer_in_the_catalog_are_kept_in_history() {
    let mut value = export_value();
    value["history"]["sessions"][0]["exercises"][0]["exercise"] = "retired-exercise".into();
    let export = parse_import(&value.to_string()).unwrap();
    assert_eq!(
        export.history.sessions[0].exercises[0].exercise,
        "retired-exercise"
    );
}

#[test]
fn every_profile_value_is_checked() {
    use serde_json::json;
    let item = |rest: &[&'static str]| [&["profile", "plan", "0"][..], rest].concat();
    assert_eq!(
        broken(&item(&["exercise"]), json!("pallof-hold")),
        (
            "profile.plan[1].exercise".into(),
            Problem::PlanDuplicate("pallof-hold".into())
        )
    );
    for (field, value) in [("sets", 0), ("sets", 51), ("rest_seconds", 3601)] {
        assert_eq!(
            broken(&item(&["prescription", field]), json!(value)),
            ("profile.plan[0].prescription".into(), Problem::Prescription),
            "{field} {value}"
        );
    }
    assert_eq!(
        broken(&item(&["prescription", "dose", "reps"]), json!(0)).1,
        Problem::Prescription
    );
    assert_eq!(
        broken(&["profile", "settings", "weekly_target"], json!(7)),
        (
            "profile.settings.weekly_target".into(),
            Problem::WeeklyTarget(7)
        )
    );
    assert_eq!(
        broken(&["profile", "safety_ok_at"], json!(-5)).1,
        Problem::DateOutOfRange
    );
}

#[test]
fn dismissed_suggestions_are_checked_by_number_and_key_length() {
    use serde_json::json;
    let key = |n: usize| format!("{}:knee-rotations", session_id(NOW - n as i64 * DAY));
    let refused = |dismissed: serde_json::Value| {
        assert_eq!(
            broken(&["profile", "dismissed"], dismissed),
            ("profile.dismissed".into(), Problem::Dismissed)
        );
    };
    let accepted = |dismissed: serde_json::Value| {
        let mut value = export_value();
        value["profile"]["dismissed"] = dismissed;
        let export = parse_import(&value.to_string()).unwrap();
        export.profile.dismissed
    };
    // A suggestion dismissed is remembered as its key: up to 100 of them come in as they are.
    let hundred: Vec<String> = (1..=MAX_DISMISSED).map(key).collect();
    assert_eq!(accepted(json!(hundred)), hundred);
    refused(json!((1..=MAX_DISMISSED + 1).map(key).collect::<Vec<_>>()));
    // Keys are counted in characters, not bytes.
    let longest = "é".repeat(MAX_DISMISSED_KEY_CHARS);
    assert_eq!(accepted(json!([longest])), [longest]);
    refused(json!(["é".repeat(MAX_DISMISSED_KEY_CHARS + 1)]));
    refused(json!([key(1), ""]));
}

#[test]
fn any_export_time_is_accepted_as_it_only_informs() {
    // A phone whose clock was reset to 1970 writes such a backup; nothing depends on the time.
    for at in [0, -86_400_000, LATEST, i64::MAX] {
        let mut value = export_value();
        value["exported_at"] = at.into();
        let export = parse_import(&value.to_string()).unwrap();
        assert_eq!(export.exported_at, at);
        assert_eq!(
            preview(&profile(), &history(), &export, NOW).exported_at,
            at
        );
    }
}
