//! The store never loses data: unreadable values are kept aside, failed writes leave the
//! previous value intact, and an older copy never overwrites a newer one.

use rotation_rehab::catalog::{Equipment, Level};
use rotation_rehab::store::{
    Backend, BackendError, Changed, Document, History, Kind, LoadProblem, MemoryBackend, Profile,
    Repository, SaveError,
};

const NOW: i64 = 1_764_000_000_000;

fn profile_with_level(level: Level) -> Profile {
    Profile {
        level: Some(level),
        equipment: Some(vec![Equipment::ResistanceBand]),
        ..Profile::default()
    }
}

/// A repository over a backend the test can still inspect.
fn repository(backend: &std::rc::Rc<MemoryBackend>) -> Repository {
    Repository::new(Box::new(Shared(backend.clone())))
}

struct Shared(std::rc::Rc<MemoryBackend>);

impl Backend for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.0.keys()
    }
}

#[test]
fn a_new_store_loads_defaults_without_problems() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let loaded = repository(&backend).load::<Profile>(NOW);
    assert_eq!(loaded.value, Profile::default());
    assert_eq!(loaded.rev, 0);
    assert!(loaded.problem.is_none());
}

#[test]
fn saved_profile_loads_back_equal_with_its_schema_version() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let mut repo = repository(&backend);
    repo.load::<Profile>(NOW);
    let profile = profile_with_level(Level::Intermediate);
    repo.save(&profile).unwrap();
    let raw = backend.get(&Kind::Profile.key()).unwrap().unwrap();
    assert!(
        raw.starts_with(r#"{"v":1,"rev":1,"data":"#),
        "envelope: {raw}"
    );
    let loaded = repository(&backend).load::<Profile>(NOW);
    assert_eq!(loaded.value, profile);
    assert_eq!(loaded.rev, 1);
}

#[test]
fn corrupt_json_is_kept_aside_and_reported() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    backend
        .set(
            &Kind::Profile.key(),
            "{\"v\":1,\"rev\":4,\"data\":{\"level\":",
        )
        .unwrap();
    let mut repo = repository(&backend);
    let loaded = repo.load::<Profile>(NOW);
    let Some(LoadProblem::Unreadable { backup_key, .. }) = loaded.problem else {
        panic!("expected Unreadable, got {:?}", loaded.problem);
    };
    assert_eq!(
        backend.get(&backup_key).unwrap().unwrap(),
        "{\"v\":1,\"rev\":4,\"data\":{\"level\":"
    );
    assert_eq!(repo.backups(), vec![backup_key]);
    // The next save may replace the original, because its text is safe in the backup.
    repo.save(&Profile::default()).unwrap();
}

#[test]
fn wrong_types_and_impossible_versions_are_unreadable_not_overwritten() {
    for text in [
        r#"{"v":1,"rev":1,"data":{"level":"expert"}}"#,
        r#"{"v":0,"rev":1,"data":{}}"#,
        r#"[1,2,3]"#,
        "not json at all",
    ] {
        let backend = std::rc::Rc::new(MemoryBackend::new());
        backend.set(&Kind::Profile.key(), text).unwrap();
        let loaded = repository(&backend).load::<Profile>(NOW);
        assert!(
            matches!(loaded.problem, Some(LoadProblem::Unreadable { .. })),
            "{text}: {:?}",
            loaded.problem
        );
        assert_eq!(
            backend.get(&Kind::Profile.key()).unwrap().as_deref(),
            Some(text),
            "original kept"
        );
    }
}

#[test]
fn when_the_backup_cannot_be_written_saving_is_blocked() {
    let backend = std::rc::Rc::new(MemoryBackend::with_capacity_bytes(60));
    backend
        .set(&Kind::Profile.key(), "garbage garbage garbage")
        .unwrap();
    let mut repo = repository(&backend);
    let loaded = repo.load::<Profile>(NOW);
    assert!(
        matches!(loaded.problem, Some(LoadProblem::UnreadableAndStuck { .. })),
        "{:?}",
        loaded.problem
    );
    assert_eq!(repo.save(&Profile::default()), Err(SaveError::Blocked));
    assert_eq!(
        backend.get(&Kind::Profile.key()).unwrap().as_deref(),
        Some("garbage garbage garbage")
    );
}

#[test]
fn a_quota_error_leaves_the_previous_value_intact() {
    let backend = std::rc::Rc::new(MemoryBackend::with_capacity_bytes(400));
    let mut repo = repository(&backend);
    repo.load::<Profile>(NOW);
    repo.save(&profile_with_level(Level::Beginner)).unwrap();
    let before = backend.get(&Kind::Profile.key()).unwrap();
    let mut big = profile_with_level(Level::Advanced);
    big.plan = (0..20)
        .map(|_| {
            rotation_rehab::core::plan::PlanItem::from_catalog(
                &rotation_rehab::catalog::EXERCISES[0],
            )
        })
        .collect();
    assert_eq!(
        repo.save(&big),
        Err(SaveError::Backend(BackendError::QuotaExceeded))
    );
    assert_eq!(backend.get(&Kind::Profile.key()).unwrap(), before);
}

#[test]
fn storage_unavailable_is_reported_on_load_and_save() {
    let backend = std::rc::Rc::new(MemoryBackend::unavailable());
    let mut repo = repository(&backend);
    let loaded = repo.load::<Profile>(NOW);
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unavailable(BackendError::Unavailable))
    );
    assert_eq!(
        repo.save(&Profile::default()),
        Err(SaveError::Backend(BackendError::Unavailable))
    );
}

#[test]
fn an_older_tab_does_not_overwrite_a_newer_save() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let mut first_tab = repository(&backend);
    let mut second_tab = repository(&backend);
    first_tab.load::<Profile>(NOW);
    second_tab.load::<Profile>(NOW);
    second_tab
        .save(&profile_with_level(Level::Advanced))
        .unwrap();
    assert_eq!(
        first_tab.save(&profile_with_level(Level::Beginner)),
        Err(SaveError::Conflict { stored_rev: 1 })
    );
    // After taking the newer copy, the first tab may save on top of it.
    let newer = first_tab.load::<Profile>(NOW);
    assert_eq!(newer.value.level, Some(Level::Advanced));
    first_tab
        .save(&profile_with_level(Level::Beginner))
        .unwrap();
    assert_eq!(repository(&backend).load::<Profile>(NOW).rev, 2);
}

#[test]
fn profile_fixtures_of_every_schema_version_load() {
    // One fixture per past schema version; a new version adds a file and a migration.
    let v1 = include_str!("fixtures/profile-v1.json");
    let backend = std::rc::Rc::new(MemoryBackend::new());
    backend.set(&Kind::Profile.key(), v1).unwrap();
    let loaded = repository(&backend).load::<Profile>(NOW);
    assert!(loaded.problem.is_none(), "{:?}", loaded.problem);
    assert_eq!(loaded.value.level, Some(Level::Beginner));
    assert_eq!(loaded.value.plan.len(), 2);
    assert!(loaded.value.is_set_up());
}

#[test]
fn usage_counts_only_this_apps_keys_in_utf16_bytes() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    backend.set("someone-else", "xxxxxxxxxxxxxxxx").unwrap();
    let mut repo = repository(&backend);
    repo.load::<Profile>(NOW);
    repo.save(&Profile::default()).unwrap();
    let usage = repo.usage();
    assert_eq!(usage.len(), 1);
    let raw = backend.get(&Kind::Profile.key()).unwrap().unwrap();
    assert_eq!(usage[0].1, 2 * (Kind::Profile.key().len() + raw.len()));
}

/// Every variant of a stored enum is written under a name that reads back as itself, and a
/// name the app does not know is refused with serde's own message (which import errors quote).
/// The enums read by `deserialize_by_name!` repeat their derive's names: this holds them equal.
fn names_read_back<T>(all: &[T])
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    for value in all {
        let text = serde_json::to_string(value).unwrap();
        assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), value, "{text}");
    }
    let error = serde_json::from_str::<T>("\"no-such-name\"")
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("unknown variant `no-such-name`, expected "),
        "{error}"
    );
    assert!(serde_json::from_str::<T>("7").is_err());
}

#[test]
fn stored_enums_read_back_by_name() {
    use rotation_rehab::catalog::{Family, Sides};
    use rotation_rehab::core::session::{Effort, HurtKind, RangeUsed, Side};
    use rotation_rehab::core::stats::{WeekStart, WorkUnit};
    use rotation_rehab::core::workout::RepMode;
    names_read_back(&Level::ALL);
    names_read_back(&Equipment::ALL);
    names_read_back(&[Family::Rotation, Family::Extension, Family::SideFlexion]);
    names_read_back(&[Sides::EachSide, Sides::Alternating]);
    names_read_back(&WeekStart::ALL);
    names_read_back(&[WorkUnit::Seconds, WorkUnit::Reps]);
    names_read_back(&[Side::Left, Side::Right, Side::Both]);
    names_read_back(&[RangeUsed::Small, RangeUsed::Medium, RangeUsed::Full]);
    names_read_back(&[Effort::TooEasy, Effort::AboutRight, Effort::TooHard]);
    names_read_back(&[HurtKind::RedFlag, HurtKind::SharpOrRising]);
    names_read_back(&[RepMode::Tempo, RepMode::Tap]);
    // The names themselves are the stored format: a rename would orphan stored data.
    assert_eq!(serde_json::to_string(&Side::Both).unwrap(), "\"b\"");
    assert_eq!(
        serde_json::to_string(&Equipment::ResistanceBand).unwrap(),
        "\"resistance-band\""
    );
}

#[test]
fn the_set_up_asks_for_each_step_in_turn() {
    use rotation_rehab::core::plan::PlanItem;
    use rotation_rehab::store::SetupStep;
    let mut profile = Profile::default();
    assert_eq!(profile.next_setup_step(), Some(SetupStep::SafetyCheck));
    profile.safety_ok_at = Some(NOW);
    assert_eq!(profile.next_setup_step(), Some(SetupStep::Level));
    // Equipment answered before the level: the level is still the step to do.
    profile.set_equipment(Vec::new());
    assert_eq!(profile.next_setup_step(), Some(SetupStep::Level));
    profile.set_level(Level::Beginner);
    assert_eq!(profile.next_setup_step(), Some(SetupStep::Plan));
    assert!(!profile.is_set_up());
    profile.plan = vec![PlanItem::from_catalog(
        rotation_rehab::catalog::find("knee-rotations").unwrap(),
    )];
    assert_eq!(profile.next_setup_step(), None);
    assert!(profile.is_set_up());
    assert!(SetupStep::SafetyCheck < SetupStep::Level && SetupStep::Equipment < SetupStep::Plan);
}

#[test]
fn a_week_start_is_written_in_settings_as_it_is_stored() {
    use rotation_rehab::core::stats::WeekStart;
    for start in WeekStart::ALL {
        assert_eq!(
            serde_json::to_string(&start).unwrap(),
            format!("\"{}\"", start.slug())
        );
        assert_eq!(WeekStart::from_slug(start.slug()), Some(start));
    }
    assert_eq!(WeekStart::from_slug("tuesday"), None);
}

#[test]
fn history_fixtures_of_every_schema_version_load_and_save_as_the_current_one() {
    let v1 = include_str!("fixtures/history-v1.json");
    let backend = std::rc::Rc::new(MemoryBackend::new());
    backend.set(&Kind::History.key(), v1).unwrap();
    let mut repo = repository(&backend);
    let loaded = repo.load::<History>(NOW);
    assert!(loaded.problem.is_none(), "{:?}", loaded.problem);
    assert_eq!(loaded.value.sessions.len(), 1);
    let session = &loaded.value.sessions[0];
    assert_eq!((session.pain_after, session.pain_next_day), (Some(2), None));
    let mut history = loaded.value.clone();
    history.sessions[0].set_pain_next_day(1);
    repo.save(&history).unwrap();
    let stored = backend.get(&Kind::History.key()).unwrap().unwrap();
    assert!(
        stored.starts_with(&format!("{{\"v\":{},", <History as Document>::VERSION)),
        "{stored}"
    );
    assert!(stored.contains("\"pain_next_day\":1"), "{stored}");
}

#[test]
fn a_document_from_a_newer_version_is_neither_set_aside_nor_saved_over() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let newer = r#"{"v":99,"rev":7,"data":{"something":"new"}}"#;
    backend.set(&Kind::Profile.key(), newer).unwrap();
    let mut repo = repository(&backend);
    let loaded = repo.load::<Profile>(NOW);
    assert_eq!(loaded.problem, Some(LoadProblem::Newer { version: 99 }));
    assert!(
        repo.backups().is_empty(),
        "readable by the newer version: no copy aside"
    );
    assert_eq!(repo.save(&Profile::default()), Err(SaveError::Blocked));
    assert_eq!(
        backend.get(&Kind::Profile.key()).unwrap().as_deref(),
        Some(newer)
    );
}

#[test]
fn the_same_unreadable_text_is_set_aside_once() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    backend.set(&Kind::History.key(), "not json").unwrap();
    let mut repo = repository(&backend);
    // Loaded again and again (another tab's saves, reloads): one copy.
    for later in 0..3 {
        repo.load::<History>(NOW + later);
    }
    assert_eq!(repo.backups().len(), 1);
    // Different text: a copy of its own.
    backend.set(&Kind::History.key(), "still not json").unwrap();
    repo.load::<History>(NOW + 10);
    assert_eq!(repo.backups().len(), 2);
}

#[test]
fn the_highest_revision_stays_the_highest_instead_of_wrapping_to_zero() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let stored = format!(r#"{{"v":1,"rev":{},"data":{{}}}}"#, u64::MAX);
    backend.set(&Kind::Profile.key(), &stored).unwrap();
    let mut tab = repository(&backend);
    assert_eq!(tab.load::<Profile>(NOW).rev, u64::MAX);
    tab.save(&profile_with_level(Level::Beginner)).unwrap();
    tab.save(&profile_with_level(Level::Advanced)).unwrap();
    let loaded = repository(&backend).load::<Profile>(NOW);
    assert_eq!(
        (loaded.rev, loaded.value.level),
        (u64::MAX, Some(Level::Advanced))
    );
    // A copy loaded at a lower revision is still refused rather than let through by a wrap.
    backend
        .set(&Kind::Profile.key(), r#"{"v":1,"rev":5,"data":{}}"#)
        .unwrap();
    let mut older = repository(&backend);
    older.load::<Profile>(NOW);
    backend.set(&Kind::Profile.key(), &stored).unwrap();
    assert_eq!(
        older.save(&Profile::default()),
        Err(SaveError::Conflict {
            stored_rev: u64::MAX
        })
    );
}

#[test]
fn a_full_storage_is_still_opened_and_read() {
    let mut full = MemoryBackend::new();
    let stored = r#"{"v":1,"rev":3,"data":{"level":"advanced"}}"#;
    full.set(&Kind::Profile.key(), stored).unwrap();
    full.capacity_bytes = Some(full.bytes_used());
    let backend = std::rc::Rc::new(full);
    let mut repo = Repository::open(Box::new(Shared(backend.clone())));
    assert!(repo.is_persistent() && repo.was_full_at_start());
    let loaded = repo.load::<Profile>(NOW);
    assert_eq!(
        (loaded.value.level, loaded.problem),
        (Some(Level::Advanced), None)
    );
    // Saves fail as each one does when storage is full, and change nothing.
    assert_eq!(
        repo.save(&profile_with_level(Level::Beginner)),
        Err(SaveError::Backend(BackendError::QuotaExceeded))
    );
    assert_eq!(
        backend.get(&Kind::Profile.key()).unwrap().as_deref(),
        Some(stored)
    );
}

#[test]
fn only_a_storage_that_cannot_be_used_falls_back_to_memory() {
    let usable = Repository::open(Box::new(MemoryBackend::new()));
    assert!(usable.is_persistent() && !usable.was_full_at_start());
    let unavailable = Repository::open(Box::new(MemoryBackend::unavailable()));
    assert!(!unavailable.is_persistent());
    // Full, and nothing of this app's in it (old private modes refuse every write so): there
    // is nothing to read, and memory at least keeps what is done until the page closes.
    let nothing_ours = MemoryBackend::with_capacity_bytes(0);
    assert!(!Repository::open(Box::new(nothing_ours)).is_persistent());
    // The test write leaves nothing behind.
    let backend = std::rc::Rc::new(MemoryBackend::new());
    Repository::open(Box::new(Shared(backend.clone())));
    assert_eq!(backend.keys().unwrap(), Vec::<String>::new());
}

/// A profile whose plan is long enough to need more room than a small backend has.
fn big_profile() -> Profile {
    let mut big = profile_with_level(Level::Advanced);
    big.plan = (0..20)
        .map(|_| {
            rotation_rehab::core::plan::PlanItem::from_catalog(
                &rotation_rehab::catalog::EXERCISES[0],
            )
        })
        .collect();
    big
}

#[test]
fn a_change_that_cannot_be_saved_is_undone_to_the_stored_copy() {
    let backend = std::rc::Rc::new(MemoryBackend::with_capacity_bytes(400));
    let mut repo = repository(&backend);
    let mut shown = repo.load::<Profile>(NOW).value;
    let changed = repo.change(&mut shown, |p| p.level = Some(Level::Beginner), NOW);
    assert_eq!(changed.saved, Ok(()));
    let stored = shown.clone();
    // Over quota: the value in hand goes back to what is stored, not what was refused.
    let changed = repo.change(&mut shown, |p| *p = big_profile(), NOW);
    assert_eq!(
        changed,
        Changed {
            saved: Err(SaveError::Backend(BackendError::QuotaExceeded)),
            problem: None,
            unsaved: false,
        }
    );
    assert_eq!(shown, stored);
    // The next change is saved, without the one that was refused.
    let changed = repo.change(&mut shown, |p| p.settings.sound = false, NOW);
    assert_eq!(changed.saved, Ok(()));
    let loaded = repository(&backend).load::<Profile>(NOW).value;
    assert_eq!((loaded.plan.len(), loaded.settings.sound), (0, false));
    assert_eq!(loaded, shown);
}

#[test]
fn a_change_goes_on_top_of_another_tabs_newer_copy() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let mut first_tab = repository(&backend);
    let mut second_tab = repository(&backend);
    let mut first = first_tab.load::<Profile>(NOW).value;
    let mut second = second_tab.load::<Profile>(NOW).value;
    let changed = second_tab.change(&mut second, |p| p.level = Some(Level::Advanced), NOW);
    assert_eq!(changed.saved, Ok(()));
    let changed = first_tab.change(&mut first, |p| p.settings.sound = false, NOW);
    assert_eq!(changed.saved, Ok(()));
    assert_eq!(
        (first.level, first.settings.sound),
        (Some(Level::Advanced), false)
    );
    assert_eq!(repository(&backend).load::<Profile>(NOW).value, first);
}

#[test]
fn a_blocked_document_is_not_changed_at_all() {
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let newer = r#"{"v":99,"rev":7,"data":{"something":"new"}}"#;
    backend.set(&Kind::Profile.key(), newer).unwrap();
    let mut repo = repository(&backend);
    let mut shown = repo.load::<Profile>(NOW).value;
    assert!(repo.is_blocked(Kind::Profile) && !repo.is_blocked(Kind::History));
    let changed = repo.change(&mut shown, |p| p.level = Some(Level::Beginner), NOW);
    assert_eq!(
        (changed.saved, changed.unsaved),
        (Err(SaveError::Blocked), false)
    );
    assert_eq!(shown, Profile::default());
    assert_eq!(
        backend.get(&Kind::Profile.key()).unwrap().as_deref(),
        Some(newer)
    );
}

#[test]
fn a_failed_change_is_kept_in_hand_when_the_stored_copy_cannot_be_read_back() {
    let backend = std::rc::Rc::new(MemoryBackend::with_capacity_bytes(400));
    let mut repo = repository(&backend);
    let mut shown = repo.load::<Profile>(NOW).value;
    repo.change(&mut shown, |p| p.level = Some(Level::Beginner), NOW)
        .saved
        .unwrap();
    // Something else leaves unreadable text there, and there is no room to set it aside.
    backend
        .set(&Kind::Profile.key(), &"garbage ".repeat(30))
        .unwrap();
    let changed = repo.change(&mut shown, |p| *p = big_profile(), NOW);
    assert_eq!(
        changed.saved,
        Err(SaveError::Backend(BackendError::QuotaExceeded))
    );
    assert!(changed.unsaved);
    assert!(
        matches!(
            changed.problem,
            Some(LoadProblem::UnreadableAndStuck { .. })
        ),
        "{:?}",
        changed.problem
    );
    assert_eq!(shown, big_profile(), "the only copy of it is not dropped");
}

/// A file of one short session and a long plan.
fn file_to_import() -> rotation_rehab::store::exchange::Export {
    use rotation_rehab::core::session::{session_id, Outcome, SessionRecord};
    let session = SessionRecord {
        id: session_id(NOW),
        started_at: NOW,
        ended_at: NOW + 600_000,
        exercises: Vec::new(),
        pain_before: None,
        pain_after: None,
        pain_next_day: None,
        effort: None,
        note: String::new(),
        outcome: Outcome::Completed,
    };
    let history = History {
        sessions: vec![session],
    };
    rotation_rehab::store::exchange::Export::new(big_profile(), history, NOW)
}

#[test]
fn an_import_whose_profile_is_blocked_writes_nothing() {
    use rotation_rehab::store::exchange::ImportMode;
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let newer = r#"{"v":99,"rev":7,"data":{"something":"new"}}"#;
    backend.set(&Kind::Profile.key(), newer).unwrap();
    let mut repo = repository(&backend);
    let mut profile = repo.load::<Profile>(NOW).value;
    let mut history = repo.load::<History>(NOW).value;
    let imported = repo.import(
        &mut profile,
        &mut history,
        &file_to_import(),
        ImportMode::Replace,
        NOW,
    );
    assert_eq!(imported.saved, Err((Kind::Profile, SaveError::Blocked)));
    assert!(!imported.history_kept);
    assert_eq!((profile, history), (Profile::default(), History::default()));
    assert_eq!(backend.get(&Kind::History.key()).unwrap(), None);
    assert_eq!(
        backend.get(&Kind::Profile.key()).unwrap().as_deref(),
        Some(newer)
    );
}

#[test]
fn an_import_that_leaves_the_profile_as_it_is_does_not_need_to_save_it() {
    use rotation_rehab::store::exchange::{Contents, ImportMode};
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let newer = r#"{"v":99,"rev":7,"data":{"something":"new"}}"#;
    backend.set(&Kind::Profile.key(), newer).unwrap();
    let mut repo = repository(&backend);
    let mut profile = repo.load::<Profile>(NOW).value;
    let mut history = repo.load::<History>(NOW).value;
    // A history's stored copy alone: the blocked profile is not touched.
    let mut file = file_to_import();
    file.contents = Contents::HistoryOnly;
    let imported = repo.import(&mut profile, &mut history, &file, ImportMode::Merge, NOW);
    assert_eq!(imported.saved, Ok(()));
    assert_eq!(history, file.history);
    assert_eq!(
        repository(&backend).load::<History>(NOW).value,
        file.history
    );
}

#[test]
fn an_import_whose_profile_cannot_be_saved_puts_the_history_back() {
    use rotation_rehab::store::exchange::ImportMode;
    // Room for the file's history, not for its long plan.
    let backend = std::rc::Rc::new(MemoryBackend::with_capacity_bytes(700));
    let mut repo = repository(&backend);
    let mut profile = repo.load::<Profile>(NOW).value;
    let mut history = repo.load::<History>(NOW).value;
    let imported = repo.import(
        &mut profile,
        &mut history,
        &file_to_import(),
        ImportMode::Replace,
        NOW,
    );
    assert_eq!(
        imported.saved,
        Err((
            Kind::Profile,
            SaveError::Backend(BackendError::QuotaExceeded)
        ))
    );
    assert!(!imported.history_kept);
    assert_eq!((profile, history), (Profile::default(), History::default()));
    let mut stored = repository(&backend);
    assert_eq!(stored.load::<History>(NOW).value, History::default());
    assert_eq!(stored.load::<Profile>(NOW).value, Profile::default());
    // With room, the same import is made whole.
    let backend = std::rc::Rc::new(MemoryBackend::new());
    let mut repo = repository(&backend);
    let mut profile = repo.load::<Profile>(NOW).value;
    let mut history = repo.load::<History>(NOW).value;
    let file = file_to_import();
    let imported = repo.import(&mut profile, &mut history, &file, ImportMode::Replace, NOW);
    assert_eq!(imported.saved, Ok(()));
    assert_eq!((profile, history), (file.profile, file.history));
}

#[test]
fn a_weekly_target_stored_out_of_range_reads_as_the_nearest_allowed() {
    let mut settings = rotation_rehab::store::Settings::default();
    for (stored, read) in [(0, 2), (2, 2), (3, 3), (255, 3)] {
        settings.weekly_target = stored;
        assert_eq!(settings.weekly_target(), read, "stored {stored}");
    }
}

#[test]
fn undo_after_a_change_of_level_never_overwrites_a_later_change() {
    use rotation_rehab::catalog::Level;
    use rotation_rehab::core::plan::PlanItem;
    let mut before = Profile::default();
    before.set_level(Level::Beginner);
    before.plan = vec![PlanItem::from_catalog(
        rotation_rehab::catalog::find("knee-rotations").unwrap(),
    )];
    let mut after = before.clone();
    after.set_level(Level::Intermediate);

    let mut now = after.clone();
    assert!(now.undo_choices(&before, &after));
    assert_eq!(now, before);

    // Something else changed since (another tab, an import): Undo leaves it alone.
    let mut later = after.clone();
    later.settings.weekly_target = 3;
    let kept = later.clone();
    assert!(!later.undo_choices(&before, &after));
    assert_eq!(later, kept);
}

/// A browser storage that keeps only half of what it is given (seen with some private modes
/// and broken extensions): a save must not report success.
struct Truncating(MemoryBackend);

impl Backend for Truncating {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.0.set(key, &value[..value.len() / 2])
    }
    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.0.keys()
    }
}

#[test]
fn a_save_the_browser_did_not_keep_intact_is_reported() {
    let mut repo = Repository::new(Box::new(Truncating(MemoryBackend::new())));
    repo.load::<Profile>(NOW);
    let saved = repo.save(&profile_with_level(Level::Beginner));
    assert!(matches!(saved, Err(SaveError::NotVerified)), "{saved:?}");
}
