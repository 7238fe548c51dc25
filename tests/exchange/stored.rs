//! A document's stored copy, as "Download it" gives one set aside as unreadable: imported as
//! the one document it holds, and never at the cost of the other one here.

use super::*;

/// The text the app stores for a document (`store::document`'s envelope).
fn stored<T: serde::Serialize + Document>(data: &T) -> String {
    format!(
        r#"{{"v":{},"rev":3,"data":{}}}"#,
        T::VERSION,
        serde_json::to_string(data).unwrap()
    )
}

/// This device: set up with another plan, and a session the file does not have.
fn device() -> (Profile, History) {
    let mut mine = profile();
    mine.plan.pop();
    mine.settings.sound = false;
    let mut sessions = history().sessions;
    sessions.truncate(2);
    sessions.insert(0, session(20, vec![]));
    (mine, History { sessions })
}

/// The file's profile as it arrives on a device that never saved a backup.
fn profile_arriving_on_a_new_device() -> Profile {
    profile().with_device_facts_of(&Profile::default())
}

#[test]
fn a_stored_history_imports_as_sessions_and_keeps_the_plan_here() {
    let export = parse_import(&stored(&history())).unwrap();
    assert_eq!(export.contents, Contents::HistoryOnly);
    assert_eq!(
        (&export.profile, &export.history),
        (&Profile::default(), &history())
    );
    let (mine, sessions_here) = device();
    let p = preview(&mine, &sessions_here, &export, NOW);
    assert!(!p.profile_differs, "the file has no plan to differ");
    assert_eq!(
        (p.sessions_new, p.sessions_same, p.sessions_only_here),
        (2, 2, 1)
    );
    assert_eq!(
        p.summary(ImportMode::Merge),
        "2 sessions will be added; 2 already here are kept as they are. The file holds only \
         sessions: the plan and settings here are kept."
    );
    assert_eq!(
        p.summary(ImportMode::Replace),
        "The sessions here are replaced by the file's: 1 session that is only on this device \
         will be removed. 2 sessions will be added. The file holds only sessions: the plan and \
         settings here are kept."
    );
    for mode in [ImportMode::Merge, ImportMode::Replace] {
        let (profile_after, history_after) =
            apply_import(&mine, &sessions_here, export.clone(), mode);
        assert_eq!(profile_after, mine, "{mode:?}: the plan here is kept");
        assert!(history_after.sessions.len() >= history().sessions.len());
    }
    // On a device not set up, the empty profile of the file is not taken either.
    let (taken, _) = apply_import(
        &Profile::default(),
        &History::default(),
        export,
        ImportMode::Replace,
    );
    assert_eq!(taken, Profile::default());
}

#[test]
fn a_stored_profile_imports_as_a_plan_and_keeps_the_sessions_here() {
    let export = parse_import(&stored(&profile())).unwrap();
    assert_eq!(export.contents, Contents::ProfileOnly);
    assert_eq!(
        (&export.profile, &export.history),
        (&profile(), &History::default())
    );
    let (mine, sessions_here) = device();
    let p = preview(&mine, &sessions_here, &export, NOW);
    assert_eq!((p.sessions_new, p.sessions_only_here), (0, 0));
    assert!(!p.loses_data(ImportMode::Merge));
    assert!(
        p.loses_data(ImportMode::Replace),
        "the plan here is replaced"
    );
    assert_eq!(
        p.summary(ImportMode::Merge),
        "The file holds only a plan and settings: the sessions here are kept. Your plan and \
         settings here are kept."
    );
    assert_eq!(
        p.summary(ImportMode::Replace),
        "The file holds only a plan and settings: the sessions here are kept. Your plan and \
         settings will be replaced by the file's."
    );
    for mode in [ImportMode::Merge, ImportMode::Replace] {
        let (_, history_after) = apply_import(&mine, &sessions_here, export.clone(), mode);
        assert_eq!(
            history_after, sessions_here,
            "{mode:?}: the sessions here are kept"
        );
    }
    let (replaced, _) = apply_import(&mine, &sessions_here, export.clone(), ImportMode::Replace);
    assert_eq!(replaced, profile().with_device_facts_of(&mine));
    let (taken, _) = apply_import(
        &Profile::default(),
        &sessions_here,
        export,
        ImportMode::Merge,
    );
    assert_eq!(taken, profile_arriving_on_a_new_device());
}

#[test]
fn a_stored_copy_of_every_schema_version_reads() {
    let v1 = include_str!("../fixtures/history-v1.json");
    let export = parse_import(v1).unwrap();
    assert_eq!(
        (export.contents, export.history.sessions.len()),
        (Contents::HistoryOnly, 1)
    );
    let v1 = include_str!("../fixtures/profile-v1.json");
    assert_eq!(parse_import(v1).unwrap().contents, Contents::ProfileOnly);
}

#[test]
fn a_stored_copy_is_checked_like_an_export_and_located_in_its_data() {
    let mut bad = history();
    bad.sessions[1].pain_after = Some(11);
    assert_eq!(
        invalid(&stored(&bad)),
        ("data.sessions[1].pain_after".into(), Problem::Pain(11))
    );
    let mut value: serde_json::Value = serde_json::from_str(&stored(&history())).unwrap();
    value["data"]["sessions"][2]["started_at"] = "yesterday".into();
    let err = parse_import(&value.to_string()).unwrap_err();
    assert!(
        matches!(&err, ImportError::Shape { at, .. } if at == "data.sessions[2].started_at"),
        "{err:?}"
    );
    // What made the copy unreadable is said as for any file.
    let err = parse_import(r#"{"v":1,"rev":4,"data":{"level":"expert"}}"#).unwrap_err();
    assert!(
        matches!(&err, ImportError::Shape { at, .. } if at == "data.level"),
        "{err:?}"
    );
    // Mended as an export is: a session that ends before it starts ends when it starts.
    let mut clock_set_back = history();
    clock_set_back.sessions[0].ended_at = clock_set_back.sessions[0].started_at - 1;
    let export = parse_import(&stored(&clock_set_back)).unwrap();
    let s = &export.history.sessions[0];
    assert_eq!(s.ended_at, s.started_at);
}

#[test]
fn a_stored_copy_from_a_newer_version_or_of_other_data_is_refused() {
    let err = parse_import(r#"{"v":99,"rev":1,"data":{"sessions":[]}}"#).unwrap_err();
    assert_eq!(err, ImportError::NewerCopy { version: 99 });
    assert!(
        err.message()
            .contains("saved by a newer version of the app"),
        "{err}"
    );
    for text in [
        r#"{"v":1,"rev":1,"data":{"workout":null}}"#,
        r#"{"v":1,"rev":1,"data":{}}"#,
        r#"{"v":1,"rev":1,"data":[1]}"#,
        r#"{"v":"1","rev":1,"data":{"sessions":[]}}"#,
        r#"{"rev":1,"data":{"sessions":[]}}"#,
    ] {
        assert_eq!(parse_import(text), Err(ImportError::NotOurs), "{text}");
    }
    assert!(matches!(
        parse_import("{\"v\":1,\"rev\":4,\"data\":{\"level\":"),
        Err(ImportError::Truncated)
    ));
}
