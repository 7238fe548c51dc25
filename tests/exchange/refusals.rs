//! Files that are not a complete export of this app: each is refused with its own reason,
//! before anything is read into the app's types.

use super::*;

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(
        parse_import(&fixture("empty.json")),
        Err(ImportError::Empty)
    );
    assert_eq!(parse_import(" \n\t"), Err(ImportError::Empty));
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    // Not even valid JSON: the size is checked first.
    let huge = "[".repeat(MAX_IMPORT_BYTES + 1);
    let err = parse_import(&huge).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );
    assert!(err.message().contains("too large"), "{err}");
    assert!(
        err.message()
            .contains("(4.1 MB; a backup from this app is at most 4 MB)"),
        "{err}"
    );
    // Exactly at the limit is fine: a real export padded with spaces.
    let text = export_json(&profile(), &history(), NOW);
    let padded = format!("{text}{}", " ".repeat(MAX_IMPORT_BYTES - text.len()));
    assert_eq!(padded.len(), MAX_IMPORT_BYTES);
    assert!(parse_import(&padded).is_ok());
}

#[test]
fn a_truncated_file_is_cut_short() {
    let err = parse_import(&fixture("truncated.json")).unwrap_err();
    assert_eq!(err, ImportError::Truncated);
    assert!(
        err.message()
            .contains("cut short or is not a backup from this app"),
        "{err}"
    );
    // Any prefix of a real export is refused the same way.
    let text = export_json(&profile(), &history(), NOW);
    for cut in [1, text.len() / 3, text.len() - 1] {
        assert_eq!(
            parse_import(&text[..cut]),
            Err(ImportError::Truncated),
            "cut at {cut}"
        );
    }
}

#[test]
fn text_that_is_not_json_is_refused() {
    let err = parse_import("date,session\r\n2025-11-24,abc\r\n").unwrap_err();
    assert!(
        matches!(err, ImportError::NotJson { line: 1, .. }),
        "{err:?}"
    );
    assert!(
        err.message()
            .contains("cut short or is not a backup from this app"),
        "{err}"
    );
}

#[test]
fn a_deeply_nested_file_is_refused_before_the_parser_recurses() {
    assert_eq!(
        parse_import(&fixture("nested.json")),
        Err(ImportError::TooDeep)
    );
    let deep = "[".repeat(100_000);
    assert_eq!(parse_import(&deep), Err(ImportError::TooDeep));
    let closed = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(parse_import(&closed), Err(ImportError::TooDeep));
    // Brackets inside strings are text, not nesting.
    let mut value = export_value();
    value["history"]["sessions"][0]["note"] = "[[[[{{{{".repeat(70).into();
    assert_eq!(
        invalid(&value.to_string()).1,
        Problem::NoteTooLong(560),
        "not TooDeep"
    );
}

#[test]
fn an_export_of_another_app_is_not_ours() {
    for name in ["other-app.json", "other-app-array.json"] {
        let err = parse_import(&fixture(name)).unwrap_err();
        assert_eq!(err, ImportError::NotOurs, "{name}");
        assert!(
            err.message().contains("not a Rotation Rehab backup"),
            "{err}"
        );
    }
    for text in [
        "42",
        "\"rotation-rehab-export\"",
        "{}",
        r#"{"format":1}"#,
        r#"["rotation-rehab-export",1]"#,
    ] {
        assert_eq!(parse_import(text), Err(ImportError::NotOurs), "{text}");
    }
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let err = parse_import(&fixture("wrong-version.json")).unwrap_err();
    assert_eq!(err, ImportError::Newer { version: 99 });
    assert!(
        err.message().contains("made by a newer version of the app"),
        "{err}"
    );
    for version in ["0", "-1", "1.5", "\"1\"", "null"] {
        let text = format!(r#"{{"format":"rotation-rehab-export","version":{version}}}"#);
        let err = parse_import(&text).unwrap_err();
        assert!(
            matches!(&err, ImportError::Shape { at, .. } if at == "version"),
            "{version}: {err:?}"
        );
    }
}

#[test]
fn a_value_of_the_wrong_type_is_located() {
    let cases = [
        ("wrong-types.json", "history.sessions[1].pain_before"),
        (
            "wrong-types-sets.json",
            "history.sessions[0].exercises[0].sets",
        ),
    ];
    for (name, path) in cases {
        let err = parse_import(&fixture(name)).unwrap_err();
        assert!(
            matches!(&err, ImportError::Shape { at, .. } if at == path),
            "{name}: {err:?}"
        );
        assert_eq!(
            err.message(),
            format!("Something in the file is not in the expected shape ({path}). Nothing was imported.")
        );
    }
    let mut value = export_value();
    value["history"]["sessions"][2]
        .as_object_mut()
        .unwrap()
        .remove("started_at");
    let err = parse_import(&value.to_string()).unwrap_err();
    assert!(
        matches!(&err, ImportError::Shape { at, .. } if at == "history.sessions[2].started_at"),
        "{err:?}"
    );
    value = export_value();
    value["profile"]["level"] = "expert".into();
    let err = parse_import(&value.to_string()).unwrap_err();
    assert!(
        matches!(&err, ImportError::Shape { at, .. } if at == "profile.level"),
        "{err:?}"
    );
}

#[test]
fn every_refusal_says_that_nothing_was_imported() {
    let errors = [
        ImportError::Empty,
        ImportError::TooLarge { bytes: 5 << 20 },
        ImportError::TooDeep,
        ImportError::Truncated,
        ImportError::NotJson { line: 1, column: 1 },
        ImportError::NotOurs,
        ImportError::Newer { version: 3 },
        ImportError::NewerCopy { version: 3 },
        ImportError::Shape {
            at: "x".into(),
            detail: "y".into(),
        },
        ImportError::Invalid {
            at: "x".into(),
            problem: Problem::Pain(11),
        },
    ];
    for err in errors {
        assert!(err.message().ends_with("Nothing was imported."), "{err}");
        assert_eq!(err.to_string(), err.message());
    }
}

#[test]
fn a_dose_missing_its_numbers_or_of_an_unknown_kind_is_located() {
    fn dose(value: &mut serde_json::Value) -> &mut serde_json::Value {
        &mut value["history"]["sessions"][0]["exercises"][1]["prescription"]["dose"]
    }
    let base = export_value();
    let mut at = "history.sessions[0].exercises[1].prescription.dose".to_string();
    let mut value = base.clone();
    assert_eq!(
        dose(&mut value)["kind"],
        "hold",
        "the fixture's second exercise is a hold"
    );
    dose(&mut value).as_object_mut().unwrap().remove("seconds");
    let err = parse_import(&value.to_string()).unwrap_err();
    assert!(
        matches!(&err, ImportError::Shape { at: got, .. } if *got == format!("{at}.seconds")),
        "{err:?}"
    );

    let mut value = base.clone();
    *dose(&mut value) = serde_json::json!({ "kind": "reps", "reps": 8 });
    let err = parse_import(&value.to_string()).unwrap_err();
    assert!(
        matches!(&err, ImportError::Shape { at: got, .. } if *got == format!("{at}.seconds_each_way")),
        "{err:?}"
    );

    let mut value = base.clone();
    *dose(&mut value) = serde_json::json!({ "kind": "sprint", "seconds": 10 });
    let err = parse_import(&value.to_string()).unwrap_err();
    at.push_str(".kind");
    assert!(
        matches!(&err, ImportError::Shape { at: got, detail } if *got == at && detail.contains("unknown variant `sprint`")),
        "{err:?}"
    );

    // Both stored forms still read back as they were written.
    let mut value = base;
    *dose(&mut value) = serde_json::json!({ "seconds": 12, "kind": "hold" });
    let export = parse_import(&value.to_string()).unwrap();
    assert_eq!(
        export.history.sessions[0].exercises[1].prescription.dose,
        Dose::Hold { seconds: 12 }
    );
}
