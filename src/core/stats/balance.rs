//! Left and right: the source asks for both sides to be trained equally, so the app sums each
//! side's work over four weeks and says plainly when one falls behind, and what to do.

use serde::{Deserialize, Serialize};

use crate::core::session::{SessionRecord, Side, Work};
use crate::core::{Millis, DAY_MS};

/// The balance window: four weeks, long enough to smooth one odd session out.
pub const BALANCE_WINDOW_DAYS: i64 = 28;
/// A left/right difference above this share of the larger side is worth a word.
const BALANCE_TOLERANCE_PERCENT: u32 = 10;

/// What a side's work is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WorkUnit {
    Seconds,
    Reps,
}

deserialize_by_name!(WorkUnit {
    "seconds" => Seconds,
    "reps" => Reps,
});

impl WorkUnit {
    fn of(work: Work) -> WorkUnit {
        match work {
            Work::Seconds(_) => WorkUnit::Seconds,
            Work::Reps(_) => WorkUnit::Reps,
        }
    }

    /// "18 seconds", "1 rep".
    fn amount(self, n: u32) -> String {
        let word = match (self, n) {
            (WorkUnit::Seconds, 1) => "second",
            (WorkUnit::Seconds, _) => "seconds",
            (WorkUnit::Reps, 1) => "rep",
            (WorkUnit::Reps, _) => "reps",
        };
        format!("{n} {word}")
    }
}

/// Work done and prescribed on each side of one exercise over a window. A set on both sides
/// (alternating reps) counts for each side, so it never makes the two look unequal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SideBalance {
    /// `None` when no set was logged in the window.
    pub unit: Option<WorkUnit>,
    pub left: u32,
    pub right: u32,
    pub prescribed_left: u32,
    pub prescribed_right: u32,
    /// Sets skipped or ended before their target.
    pub sets_cut_short_left: u32,
    pub sets_cut_short_right: u32,
}

/// The start of the balance window that ends at `now`.
pub fn balance_window_start(now: Millis) -> Millis {
    now.saturating_sub(BALANCE_WINDOW_DAYS * DAY_MS)
}

/// Left and right work on `exercise` in sessions started at or after `since`
/// (normally [`balance_window_start`], which the warning's wording assumes).
pub fn balance(sessions: &[SessionRecord], exercise: &str, since: Millis) -> SideBalance {
    let mut b = SideBalance::default();
    let sets = sessions
        .iter()
        .filter(|s| s.started_at >= since)
        .flat_map(|s| &s.exercises)
        .filter(|e| e.exercise == exercise)
        .flat_map(|e| &e.sets);
    for set in sets {
        b.unit.get_or_insert(WorkUnit::of(set.target));
        let (done, target, short) = (
            set.done.amount(),
            set.target.amount(),
            u32::from(!set.completed),
        );
        if matches!(set.side, Side::Left | Side::Both) {
            b.left = b.left.saturating_add(done);
            b.prescribed_left = b.prescribed_left.saturating_add(target);
            b.sets_cut_short_left += short;
        }
        if matches!(set.side, Side::Right | Side::Both) {
            b.right = b.right.saturating_add(done);
            b.prescribed_right = b.prescribed_right.saturating_add(target);
            b.sets_cut_short_right += short;
        }
    }
    b
}

/// Why one side fell behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImbalanceCause {
    /// The gap is mostly sets on that side skipped or ended before their target.
    SetsEndedEarly { sets: u32 },
    /// That side had fewer sets (or smaller targets) logged at all.
    FewerSets,
    /// The totals are close, but sets ended early on this side only: worth catching early.
    OneSidedCuts { sets: u32 },
}

/// One side did noticeably less than the other, while the source asks for both sides equally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BalanceWarning {
    /// The side that did less (`Side::Left` or `Side::Right`).
    pub behind: Side,
    /// How much less, in `unit`.
    pub difference: u32,
    pub unit: WorkUnit,
    pub cause: ImbalanceCause,
}

impl SideBalance {
    /// One line for the progress screen: each side's work over the window, or that there was
    /// none (an exercise last done more than four weeks ago).
    pub fn summary(&self) -> String {
        let unit = match self.unit {
            Some(WorkUnit::Seconds) => "s",
            Some(WorkUnit::Reps) => "reps",
            None => return "Not done in the last four weeks.".to_string(),
        };
        format!(
            "Last four weeks: left {} {unit}, right {} {unit}.",
            self.left, self.right
        )
    }

    /// A warning when the sides differ by more than 10 % of the larger one, or when sets were
    /// cut short on one side only (even if the totals are still close).
    pub fn warning(&self) -> Option<BalanceWarning> {
        let unit = self.unit?;
        let (more, less) = (self.left.max(self.right), self.left.min(self.right));
        let difference = more - less;
        let uneven =
            u64::from(difference) * 100 > u64::from(more) * u64::from(BALANCE_TOLERANCE_PERCENT);
        let one_sided_cuts = (self.sets_cut_short_left > 0) != (self.sets_cut_short_right > 0);
        if !uneven && !one_sided_cuts {
            return None;
        }
        let left_behind = if uneven {
            self.left < self.right
        } else {
            self.sets_cut_short_left > 0
        };
        let (behind, done, prescribed, cuts, other_prescribed) = if left_behind {
            let (l, r) = (self.prescribed_left, self.prescribed_right);
            (Side::Left, self.left, l, self.sets_cut_short_left, r)
        } else {
            let (l, r) = (self.prescribed_left, self.prescribed_right);
            (Side::Right, self.right, r, self.sets_cut_short_right, l)
        };
        // "Mostly cut short" when the side's own shortfall is at least the gap in targets.
        let shortfall = prescribed.saturating_sub(done);
        let target_gap = other_prescribed.saturating_sub(prescribed);
        let cause = if !uneven {
            ImbalanceCause::OneSidedCuts { sets: cuts }
        } else if cuts > 0 && shortfall >= target_gap {
            ImbalanceCause::SetsEndedEarly { sets: cuts }
        } else {
            ImbalanceCause::FewerSets
        };
        Some(BalanceWarning {
            behind,
            difference,
            unit,
            cause,
        })
    }
}

/// The side to start `exercise` on today (`now`): the one that fell behind over the last four
/// weeks, as its warning advises (worked first, while the person is fresh); otherwise the left.
pub fn side_to_start(sessions: &[SessionRecord], exercise: &str, now: Millis) -> Side {
    match balance(sessions, exercise, balance_window_start(now)).warning() {
        Some(BalanceWarning {
            behind: Side::Right,
            ..
        }) => Side::Right,
        _ => Side::Left,
    }
}

impl BalanceWarning {
    /// What happened and what to do next time, in plain words. Assumes the four-week window of
    /// [`balance_window_start`].
    pub fn message(&self) -> String {
        let (side, other) = match self.behind {
            Side::Left => ("left", "right"),
            _ => ("right", "left"),
        };
        let same = match self.unit {
            WorkUnit::Seconds => "the same time",
            WorkUnit::Reps => "the same number of reps",
        };
        let gap = self.unit.amount(self.difference);
        match self.cause {
            ImbalanceCause::SetsEndedEarly { .. } => format!(
                "Over the last four weeks your {side} side did {gap} less than your {other}, \
                 mostly because sets on that side ended early. Your workouts now start with your \
                 {side} side: give it {same} as your {other}."
            ),
            ImbalanceCause::FewerSets => format!(
                "Over the last four weeks your {side} side did {gap} less than your {other}, \
                 because fewer sets were done on that side. Your workouts now start with your \
                 {side} side: do as many sets on it as on your {other}."
            ),
            ImbalanceCause::OneSidedCuts { sets } => {
                let sets = if sets == 1 {
                    "1 set".to_string()
                } else {
                    format!("{sets} sets")
                };
                format!(
                    "Over the last four weeks, {sets} on your {side} side ended early, and none on \
                     your {other}. Your workouts now start with your {side} side, while you \
                     are fresh: aim for {same} on both sides."
                )
            }
        }
    }
}
