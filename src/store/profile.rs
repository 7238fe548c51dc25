//! The profile: the safety acknowledgement, level, equipment, plan and settings.

use super::document::{Document, Kind};
use crate::catalog::{Equipment, Level};
use crate::core::plan::{self, PlanItem};
use crate::core::safety;
use crate::core::session::SessionRecord;
use crate::core::stats::WeekStart;
use crate::core::Millis;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// When the user confirmed that none of the warning signs apply.
    pub safety_ok_at: Option<Millis>,
    pub level: Option<Level>,
    /// `None` until the user has answered the equipment question (an empty list is an answer).
    pub equipment: Option<Vec<Equipment>>,
    pub plan: Vec<PlanItem>,
    pub settings: Settings,
    /// Progression suggestions the user dismissed, by `progression::Shown::key`, so they stay away.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<String>,
    /// When the user last downloaded a backup.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_backup_at: Option<Millis>,
    /// When the user dismissed the iOS "Add to Home Screen" hint (`core::nudges`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_hint_dismissed_at: Option<Millis>,
    /// The session stopped for a warning sign after which the user said a clinician had
    /// checked them (`core::safety::awaiting_clearance`). An older version of the app would
    /// drop it on saving, and the check-in would then ask again: the safe way round. Empty:
    /// none (a plain string, as an `Option<String>` would add its own deserialiser to the
    /// first download).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub red_flag_cleared: String,
}

impl Profile {
    /// This profile with `from`'s facts about this device, which an import never changes:
    /// when a backup was last downloaded here, when the Home Screen hint was dismissed here.
    pub fn with_device_facts_of(self, from: &Profile) -> Profile {
        Profile {
            last_backup_at: from.last_backup_at,
            install_hint_dismissed_at: from.install_hint_dismissed_at,
            ..self
        }
    }

    /// What has to come first before a workout starts, if anything (`history` oldest first).
    pub fn workout_gate(&self, history: &[SessionRecord]) -> WorkoutGate {
        if self.safety_ok_at.is_none() {
            WorkoutGate::SafetyCheck
        } else if self.plan.is_empty() {
            WorkoutGate::NoPlan
        } else if safety::awaiting_clearance(history, &self.red_flag_cleared).is_some() {
            WorkoutGate::Clinician
        } else {
            WorkoutGate::Ready
        }
    }

    /// The person says a clinician has checked them after the stop the check-in is waiting on.
    pub fn clear_red_flag(&mut self, history: &[SessionRecord]) {
        if let Some(stop) = safety::awaiting_clearance(history, &self.red_flag_cleared) {
            self.red_flag_cleared = stop.id.clone();
        }
    }

    /// Whether the set-up is complete and there is a plan to train.
    pub fn is_set_up(&self) -> bool {
        self.next_setup_step().is_none()
    }

    /// The first step of the set-up not done yet, in the order the app takes a person through
    /// them; `None` once there is a plan to train.
    pub fn next_setup_step(&self) -> Option<SetupStep> {
        if self.safety_ok_at.is_none() {
            Some(SetupStep::SafetyCheck)
        } else if self.level.is_none() {
            Some(SetupStep::Level)
        } else if self.equipment.is_none() {
            Some(SetupStep::Equipment)
        } else if self.plan.is_empty() {
            Some(SetupStep::Plan)
        } else {
            None
        }
    }

    /// Remember a dismissed suggestion (kept short: only the latest few matter).
    pub fn dismiss_suggestion(&mut self, key: String) {
        if !self.dismissed.contains(&key) {
            self.dismissed.push(key);
        }
        let excess = self.dismissed.len().saturating_sub(20);
        self.dismissed.drain(..excess);
    }

    pub fn owned_equipment(&self) -> &[Equipment] {
        self.equipment.as_deref().unwrap_or(&[])
    }

    /// "Undo" after a change of level or equipment: the level, equipment and plan of `before`,
    /// only while this profile is still `after`, as that change left it (false otherwise: a
    /// later change, from another tab or an import, is never overwritten).
    pub fn undo_choices(&mut self, before: &Profile, after: &Profile) -> bool {
        if self != after {
            return false;
        }
        self.level = before.level;
        self.equipment.clone_from(&before.equipment);
        self.plan.clone_from(&before.plan);
        true
    }

    /// A new level, in the set-up or in Settings. A plan already made keeps what still fits
    /// (`plan::adapt_plan`); none is made here, that is the plan screen's choice.
    pub fn set_level(&mut self, level: Level) {
        self.level = Some(level);
        self.adapt_plan();
    }

    /// The equipment the person has (an empty list: none, which is an answer too), in the
    /// catalog's order and each once. A plan already made keeps what still fits.
    pub fn set_equipment(&mut self, mut owned: Vec<Equipment>) {
        owned.sort();
        owned.dedup();
        self.equipment = Some(owned);
        self.adapt_plan();
    }

    fn adapt_plan(&mut self) {
        if let (Some(level), false) = (self.level, self.plan.is_empty()) {
            self.plan = plan::adapt_plan(&self.plan, level, self.owned_equipment());
        }
    }
}

/// The steps of the first set-up, in their order: a step's screen needs the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SetupStep {
    SafetyCheck,
    Level,
    Equipment,
    Plan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Sessions a week: 2 or 3, as the source advises.
    pub weekly_target: u8,
    pub sound: bool,
    pub vibration: bool,
    pub voice: bool,
    /// Count reps by tapping instead of following the tempo guide.
    pub tap_to_count: bool,
    pub week_start: WeekStart,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            weekly_target: 2,
            sound: true,
            vibration: true,
            voice: false,
            tap_to_count: false,
            week_start: WeekStart::Monday,
        }
    }
}

impl Settings {
    pub const WEEKLY_TARGETS: [u8; 2] = [2, 3];

    /// The weekly target as the screens use it: a stored value outside 2 and 3 (edited by hand,
    /// or from a newer version) reads as the nearest of them, instead of "0 of 255".
    pub fn weekly_target(&self) -> u8 {
        self.weekly_target.clamp(2, 3)
    }
}

impl Document for Profile {
    const KIND: Kind = Kind::Profile;
    const VERSION: u32 = 1;
}

/// What has to come before a workout, in this order: the set-up's safety check, a plan, and
/// after a session stopped for a warning sign, a clinician's go-ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkoutGate {
    SafetyCheck,
    NoPlan,
    Clinician,
    Ready,
}
