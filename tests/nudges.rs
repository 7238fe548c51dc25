//! The reminders' timing rules (`core::nudges`).

use rotation_rehab::core::nudges::{
    backup_due, install_hint_due, sessions_since_backup, BACKUP_EVERY, INSTALL_HINT_AGAIN_AFTER,
};

const DAY: i64 = 24 * 60 * 60 * 1000;

#[test]
fn sessions_since_backup_counts_only_later_sessions() {
    let started = [10, 20, 30, 40];
    assert_eq!(sessions_since_backup(None, started.into_iter()), 4);
    assert_eq!(sessions_since_backup(Some(20), started.into_iter()), 2);
    assert_eq!(sessions_since_backup(Some(40), started.into_iter()), 0);
}

#[test]
fn a_backup_reminder_comes_each_time_a_multiple_is_passed() {
    assert!(!backup_due(0, BACKUP_EVERY - 1));
    assert!(backup_due(BACKUP_EVERY - 1, BACKUP_EVERY));
    assert!(!backup_due(BACKUP_EVERY, BACKUP_EVERY + 1));
    // An import that jumps from 3 to 25 passes 10 and 20: one reminder.
    assert!(backup_due(3, 25));
    assert!(backup_due(2 * BACKUP_EVERY - 1, 2 * BACKUP_EVERY));
    // Going down (a backup, a deletion) never reminds.
    assert!(!backup_due(25, 0));
}

#[test]
fn the_home_screen_hint_returns_a_month_after_it_was_dismissed() {
    let now = 1_800_000_000_000;
    assert!(install_hint_due(None, now));
    assert!(!install_hint_due(Some(now), now));
    assert!(!install_hint_due(Some(now - 29 * DAY), now));
    assert!(install_hint_due(Some(now - INSTALL_HINT_AGAIN_AFTER), now));
    assert!(install_hint_due(Some(now - 90 * DAY), now));
    // A dismissal "in the future" (the clock was set back) keeps the hint away.
    assert!(!install_hint_due(Some(now + DAY), now));
}
