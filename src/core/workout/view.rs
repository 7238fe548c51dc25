//! `Workout::view(now)`: everything the workout screen shows, computed from the state and the
//! time, so the screen never keeps a timer of its own.

use super::blocks::{rep_ms, BlockKind, RepMode, MAX_SETS};
use super::machine::Moves;
use super::{Block, Workout};
use crate::core::session::{Outcome, Side};
use crate::core::Millis;

/// What the current block asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    GetReady,
    Hold,
    Reps,
    Rest,
    Finished,
}

/// The half of a tempo rep the guide is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Turning away from the middle.
    Out,
    /// Coming back to the middle.
    Back,
}

/// The tempo guide of a rep set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TempoView {
    /// The rep in progress, from 1.
    pub rep: u32,
    pub direction: Direction,
    /// How far through this direction, 0..=1.
    pub progress: f32,
}

/// The rep counter of a rep set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RepsView {
    pub done: u32,
    pub target: u32,
    /// Present in tempo mode.
    pub tempo: Option<TempoView>,
}

/// What a get-ready leads into, so the person knows what to get ready for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coming {
    Hold { seconds: u32 },
    Reps { target: u32 },
}

/// The next hold, rep set or rest after the current one (get-readies are not shown).
#[derive(Debug, Clone, PartialEq)]
pub struct NextUp {
    pub phase: Phase,
    pub exercise_index: usize,
    pub exercise: String,
    pub set: u32,
    pub side: Side,
}

/// The workout screen at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkoutView {
    pub exercise_index: usize,
    /// The catalog id.
    pub exercise: String,
    /// How many exercises the workout has.
    pub exercises: usize,
    /// Set `set` of `sets`.
    pub set: u32,
    pub sets: u32,
    pub side: Side,
    pub phase: Phase,
    /// Whole seconds left, rounded up (shows "1" until the very end); `None` without a timer.
    pub seconds_left: Option<u32>,
    /// Milliseconds left, never negative; `None` for tap-counted reps.
    pub ms_left: Option<i64>,
    /// The block's full length, for a progress ring.
    pub block_ms: Option<i64>,
    pub reps: Option<RepsView>,
    /// During a get-ready: the hold or rep set it leads into.
    pub coming: Option<Coming>,
    pub paused: bool,
    /// Blocks finished, of all blocks.
    pub blocks_done: usize,
    pub blocks_total: usize,
    pub next: Option<NextUp>,
    /// Set once the workout has ended.
    pub outcome: Option<Outcome>,
}

impl WorkoutView {
    /// The share of the workout done, 0..=1.
    pub fn progress(&self) -> f32 {
        if self.blocks_total == 0 {
            1.0
        } else {
            self.blocks_done as f32 / self.blocks_total as f32
        }
    }
}

fn phase_of(block: &Block) -> Phase {
    match block.kind {
        BlockKind::GetReady { .. } => Phase::GetReady,
        BlockKind::Hold { .. } => Phase::Hold,
        BlockKind::Reps { .. } => Phase::Reps,
        BlockKind::Rest { .. } => Phase::Rest,
    }
}

impl Workout {
    /// The screen at `now`. Blocks that have ended since the last update are passed over here
    /// too (on a copy), so a late tick never shows a stale block.
    pub fn view(&self, now: Millis) -> WorkoutView {
        if self.current_end().is_some_and(|end| end <= now) {
            let mut caught_up = self.clone();
            caught_up.catch_up(now, &mut Moves::default());
            return caught_up.view_exact(now);
        }
        self.view_exact(now)
    }

    fn view_exact(&self, now: Millis) -> WorkoutView {
        let blocks = &self.plan.blocks;
        let total = blocks.len();
        let block = match self.current() {
            Some(block) if self.ended.is_none() => block,
            _ => return self.view_finished(),
        };
        let item = &self.plan.items[block.exercise];
        let ms_left = self.duration().map(|d| (d - self.elapsed(now)).max(0));
        let reps = match block.kind {
            BlockKind::Reps {
                target,
                seconds_each_way,
            } => Some(self.reps_view(now, target, seconds_each_way)),
            _ => None,
        };
        // A get-ready introduces the block after it, so "next" is the one after that.
        let (anchor, coming) = match block.kind {
            BlockKind::GetReady { .. } => {
                let coming = blocks.get(self.block + 1).and_then(|b| match b.kind {
                    BlockKind::Hold { seconds } => Some(Coming::Hold { seconds }),
                    BlockKind::Reps { target, .. } => Some(Coming::Reps { target }),
                    _ => None,
                });
                (self.block + 1, coming)
            }
            _ => (self.block, None),
        };
        let next = blocks
            .iter()
            .skip(anchor + 1)
            .find(|b| !matches!(b.kind, BlockKind::GetReady { .. }))
            .map(|b| NextUp {
                phase: phase_of(b),
                exercise_index: b.exercise,
                exercise: self.plan.items[b.exercise].exercise.clone(),
                set: b.set,
                side: b.side,
            });
        WorkoutView {
            exercise_index: block.exercise,
            exercise: item.exercise.clone(),
            exercises: self.plan.items.len(),
            set: block.set,
            sets: item.prescription.sets.min(MAX_SETS),
            side: block.side,
            phase: phase_of(&block),
            seconds_left: ms_left.map(|ms| ((ms + 999) / 1000).min(i64::from(u32::MAX)) as u32),
            ms_left,
            block_ms: self.duration(),
            reps,
            coming,
            paused: self.paused_at.is_some(),
            blocks_done: self.block,
            blocks_total: total,
            next,
            outcome: None,
        }
    }

    fn view_finished(&self) -> WorkoutView {
        // Where it stopped if ended early, else the last block.
        let last = self.current().or(self.plan.blocks.last().copied());
        let exercise_index = last.map_or(0, |b| b.exercise);
        let item = self.plan.items.get(exercise_index);
        WorkoutView {
            exercise_index,
            exercise: item.map(|i| i.exercise.clone()).unwrap_or_default(),
            exercises: self.plan.items.len(),
            set: last.map_or(0, |b| b.set),
            sets: item.map_or(0, |i| i.prescription.sets.min(MAX_SETS)),
            side: last.map_or(Side::Both, |b| b.side),
            phase: Phase::Finished,
            seconds_left: None,
            ms_left: None,
            block_ms: None,
            reps: None,
            coming: None,
            paused: false,
            blocks_done: self.block.min(self.plan.blocks.len()),
            blocks_total: self.plan.blocks.len(),
            next: None,
            outcome: self.outcome(),
        }
    }

    fn reps_view(&self, now: Millis, target: u32, seconds_each_way: u32) -> RepsView {
        let (done, _) = self.work_done(now);
        let done = done.amount();
        let tempo = match self.plan.options.rep_mode {
            RepMode::Tempo if seconds_each_way > 0 && target > 0 => {
                let rep = rep_ms(seconds_each_way);
                let way = rep / 2;
                let into_rep = self.elapsed(now) % rep;
                Some(if done >= target {
                    TempoView {
                        rep: target,
                        direction: Direction::Back,
                        progress: 1.0,
                    }
                } else {
                    TempoView {
                        rep: done + 1,
                        direction: if into_rep < way {
                            Direction::Out
                        } else {
                            Direction::Back
                        },
                        progress: (into_rep % way) as f32 / way as f32,
                    }
                })
            }
            _ => None,
        };
        RepsView {
            done,
            target,
            tempo,
        }
    }
}
