//! Preview and apply: merge keeps everything here, replace takes the file, and both say what
//! they will do before they do it.

use super::*;

/// This device: the first two sessions of the file, the third with a different note, and one
/// session the file does not have.
fn here() -> History {
    let file = history().sessions;
    let mut changed = file[2].clone();
    changed.note = "Written on this device".into();
    let only_here = session(20, vec![]);
    History {
        sessions: vec![only_here, file[0].clone(), file[1].clone(), changed],
    }
}

fn incoming() -> Export {
    Export::new(profile(), history(), NOW)
}

/// The file's profile as it arrives on a device that never saved a backup.
fn profile_arriving() -> Profile {
    Profile {
        last_backup_at: None,
        ..profile()
    }
}

#[test]
fn preview_counts_new_same_conflicting_and_only_here() {
    let p = preview(&Profile::default(), &here(), &incoming(), NOW);
    assert_eq!(
        (
            p.sessions_new,
            p.sessions_same,
            p.sessions_conflicting,
            p.sessions_only_here
        ),
        (1, 2, 1, 1)
    );
    assert!(p.profile_differs && !p.profile_set_up_here && p.profile_set_up_in_file);
    assert_eq!(p.exported_at, NOW);
}

/// Each loss on its own asks for the explicit confirmation (`loses_data`), whatever else.
#[test]
fn replace_asks_first_for_each_kind_of_loss_on_its_own() {
    let file = history().sessions;
    // A session only on this device, nothing else lost.
    let mut only_here = History {
        sessions: file.clone(),
    };
    only_here.sessions.push(session(20, vec![]));
    let p = preview(&profile(), &only_here, &incoming(), NOW);
    assert_eq!((p.sessions_only_here, p.sessions_conflicting), (1, 0));
    assert!(p.loses_data(ImportMode::Replace));
    assert!(!p.loses_data(ImportMode::Merge));
    // A session changed here, nothing else lost.
    let mut changed = History {
        sessions: file.clone(),
    };
    changed.sessions[1].note = "Written on this device".into();
    let p = preview(&profile(), &changed, &incoming(), NOW);
    assert_eq!((p.sessions_only_here, p.sessions_conflicting), (0, 1));
    assert!(p.loses_data(ImportMode::Replace));
    assert!(!p.loses_data(ImportMode::Merge));
    // Only the plan and settings here, set up and different.
    let mut other_plan = profile();
    other_plan.plan.pop();
    let p = preview(&other_plan, &History { sessions: file }, &incoming(), NOW);
    assert_eq!((p.sessions_only_here, p.sessions_conflicting), (0, 0));
    assert!(p.loses_data(ImportMode::Replace));
}

#[test]
fn merge_summary_says_what_is_added_and_kept() {
    let p = preview(&profile(), &here(), &incoming(), NOW);
    assert_eq!(
        p.summary(ImportMode::Merge),
        "1 session will be added; 2 already here are kept as they are; \
         1 that differs from the copy here keeps the version here."
    );
    assert!(!p.loses_data(ImportMode::Merge));

    let fresh = preview(&Profile::default(), &History::default(), &incoming(), NOW);
    assert_eq!(
        fresh.summary(ImportMode::Merge),
        "4 sessions will be added. The plan and settings from the file are used, as this \
         device is not set up yet."
    );

    let mut other_plan = profile();
    other_plan.plan.pop();
    let kept = preview(&other_plan, &History::default(), &incoming(), NOW);
    assert!(kept
        .summary(ImportMode::Merge)
        .ends_with(" Your plan and settings here are kept."));
}

#[test]
fn replace_summary_says_what_is_lost() {
    let p = preview(&profile(), &here(), &incoming(), NOW);
    assert_eq!(
        p.summary(ImportMode::Replace),
        "Everything here is replaced by the file: 1 session that is only on this device will \
         be removed and 1 session here will be replaced by the file's version. 1 session will \
         be added."
    );
    assert!(p.loses_data(ImportMode::Replace));

    let mut set_up_elsewhere = profile();
    set_up_elsewhere.settings.weekly_target = 2;
    let mut more_here = here();
    more_here.sessions.push(session(15, vec![]));
    let p = preview(&set_up_elsewhere, &more_here, &incoming(), NOW);
    assert_eq!(
        p.summary(ImportMode::Replace),
        "Everything here is replaced by the file: 2 sessions that are only on this device will \
         be removed, 1 session here will be replaced by the file's version and your plan and \
         settings will be replaced by the file's. 1 session will be added."
    );

    let fresh = preview(&profile(), &History::default(), &incoming(), NOW);
    assert_eq!(
        fresh.summary(ImportMode::Replace),
        "Everything here is replaced by the file; nothing here is lost. 4 sessions will be added."
    );
    assert!(!fresh.loses_data(ImportMode::Replace));

    let new_device = preview(&Profile::default(), &History::default(), &incoming(), NOW);
    assert_eq!(
        new_device.summary(ImportMode::Replace),
        "Everything here is replaced by the file; nothing here is lost. 4 sessions will be \
         added. The plan and settings from the file are used."
    );
    assert!(!new_device.loses_data(ImportMode::Replace));

    // Nothing new in the file: no "0 sessions will be added".
    let p = preview(&set_up_elsewhere, &history(), &incoming(), NOW);
    assert_eq!(
        p.summary(ImportMode::Replace),
        "Everything here is replaced by the file: your plan and settings will be replaced by \
         the file's."
    );
}

/// Each reason on its own is a change, so the import is not called a no-op.
#[test]
fn an_import_changes_something_for_each_reason_on_its_own() {
    // Only new sessions, the plan here the same as the file's.
    let mut fewer = history();
    fewer.sessions.pop();
    let p = preview(&profile(), &fewer, &incoming(), NOW);
    assert_eq!(p.sessions_new, 1);
    assert!(!p.merge_takes_profile() && !p.loses_data(ImportMode::Replace));
    assert!(p.changes_anything(ImportMode::Merge));
    assert!(p.changes_anything(ImportMode::Replace));
    // Only the file's plan and settings, on a device not set up: nothing lost by replacing.
    let p = preview(&Profile::default(), &history(), &incoming(), NOW);
    assert_eq!(p.sessions_new, 0);
    assert!(!p.loses_data(ImportMode::Replace));
    assert!(p.changes_anything(ImportMode::Merge));
    assert!(p.changes_anything(ImportMode::Replace));
}

#[test]
fn merge_keeps_the_session_here_on_a_conflict_and_adds_the_rest() {
    let (profile_after, history_after) =
        apply_import(&profile(), &here(), incoming(), ImportMode::Merge);
    assert_eq!(profile_after, profile());
    let ids: Vec<_> = history_after
        .sessions
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let mut expected = vec![session(20, vec![]).id];
    expected.extend(history().sessions.iter().map(|s| s.id.clone()));
    assert_eq!(ids, expected, "all sessions, oldest first");
    assert_eq!(history_after.sessions[3].note, "Written on this device");
}

#[test]
fn merging_the_same_file_twice_adds_nothing_the_second_time() {
    let (p1, h1) = apply_import(&Profile::default(), &here(), incoming(), ImportMode::Merge);
    let again = preview(&p1, &h1, &incoming(), NOW);
    assert_eq!((again.sessions_new, again.sessions_only_here), (0, 1));
    assert!(!again.changes_anything(ImportMode::Merge));
    assert!(again
        .summary(ImportMode::Merge)
        .starts_with("No sessions will be added; 3 already here"));
    let (p2, h2) = apply_import(&p1, &h1, incoming(), ImportMode::Merge);
    assert_eq!((p2, h2), (p1, h1));
}

#[test]
fn merge_takes_the_files_profile_only_when_this_device_is_not_set_up() {
    let (taken, _) = apply_import(
        &Profile::default(),
        &History::default(),
        incoming(),
        ImportMode::Merge,
    );
    assert_eq!(taken, profile_arriving());

    let mut mine = profile();
    mine.plan.pop();
    mine.settings.sound = false;
    let (kept, _) = apply_import(&mine, &History::default(), incoming(), ImportMode::Merge);
    assert_eq!(kept, mine);

    // A half-done set-up here is not swapped for a file that is not set up either.
    let half = Profile {
        level: Some(Level::Advanced),
        ..Profile::default()
    };
    let empty_file = Export::new(Profile::default(), History::default(), NOW);
    let (kept, _) = apply_import(
        &half,
        &History::default(),
        empty_file.clone(),
        ImportMode::Merge,
    );
    assert_eq!(kept, half);
    // And the preview says so, rather than promise the file's (empty) plan and settings.
    let p = preview(&half, &History::default(), &empty_file, NOW);
    assert!(!p.profile_set_up_in_file && !p.merge_takes_profile());
    assert!(!p.changes_anything(ImportMode::Merge));
    assert_eq!(
        p.summary(ImportMode::Merge),
        "No sessions will be added. Your plan and settings here are kept."
    );
}

#[test]
fn replace_takes_the_files_profile_and_history() {
    let mut file = incoming();
    file.history.sessions.reverse();
    let (p, h) = apply_import(&Profile::default(), &here(), file, ImportMode::Replace);
    assert_eq!(
        (p, h),
        (profile_arriving(), history()),
        "the file's, oldest first"
    );
}

#[test]
fn the_last_backup_time_stays_this_devices_own() {
    let mine = Profile {
        last_backup_at: Some(NOW - DAY),
        install_hint_dismissed_at: Some(NOW - 2 * DAY),
        ..Profile::default()
    };
    // The file's own device facts (from another phone) do not arrive either.
    let mut arriving = incoming();
    arriving.profile.install_hint_dismissed_at = Some(NOW - 40 * DAY);
    for mode in [ImportMode::Merge, ImportMode::Replace] {
        let (p, _) = apply_import(&mine, &History::default(), arriving.clone(), mode);
        assert_eq!(
            p,
            Profile {
                last_backup_at: Some(NOW - DAY),
                install_hint_dismissed_at: Some(NOW - 2 * DAY),
                ..profile()
            },
            "{mode:?}"
        );
    }
    // Nor does it make a profile "differ": only the backup time is different here.
    let p = preview(
        &Profile {
            last_backup_at: None,
            ..profile()
        },
        &history(),
        &incoming(),
        NOW,
    );
    assert!(!p.profile_differs && !p.loses_data(ImportMode::Replace));
    assert!(!p.changes_anything(ImportMode::Replace));
}

#[test]
fn an_import_through_parse_preview_and_apply_round_trips() {
    let text = export_json(&profile(), &history(), NOW);
    let export = parse_import(&text).unwrap();
    let p = preview(&Profile::default(), &History::default(), &export, NOW);
    assert!(p.changes_anything(ImportMode::Merge));
    let (profile_after, history_after) = apply_import(
        &Profile::default(),
        &History::default(),
        export,
        ImportMode::Merge,
    );
    assert_eq!(
        (profile_after, history_after),
        (profile_arriving(), history())
    );
}

#[test]
fn sessions_dated_after_today_are_pointed_out_and_imported_as_they_are() {
    let p = preview(&Profile::default(), &History::default(), &incoming(), NOW);
    assert_eq!((p.sessions_dated_ahead, p.dated_ahead_note()), (0, None));
    // The same file on a device whose clock is a day behind the one that saved the newest.
    let newest = history().sessions.last().unwrap().started_at;
    let behind = preview(
        &Profile::default(),
        &History::default(),
        &incoming(),
        newest - 1,
    );
    assert_eq!(behind.sessions_dated_ahead, 1);
    assert_eq!(
        behind.dated_ahead_note().as_deref(),
        Some(
            "1 session in the file is dated after today: the clock of the device that saved it \
             was probably wrong. It is imported as saved and counts from its date on; you can \
             delete it in History."
        )
    );
    let far_behind = preview(&Profile::default(), &History::default(), &incoming(), 0);
    let all = history().sessions.len();
    assert_eq!(far_behind.sessions_dated_ahead, all);
    assert!(far_behind
        .dated_ahead_note()
        .unwrap()
        .starts_with(&format!("{all} sessions in the file are dated after today")));
    // Nothing is left out for it.
    let (_, imported) = apply_import(
        &Profile::default(),
        &History::default(),
        incoming(),
        ImportMode::Merge,
    );
    assert_eq!(imported, history());
}
