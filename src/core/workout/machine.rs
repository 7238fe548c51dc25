//! `Workout::update`: events in, effects out. Every event first catches up with the clock:
//! each timed block whose end has passed is logged as done and the next one starts *at that
//! end*, not at `now`, so nothing drifts however rarely the shell ticks.

use super::blocks::{rep_ms, BlockKind, RepMode};
use super::effects::{self, BeepKind, Effect};
use super::{Block, Ended, Workout};
use crate::core::session::{HurtKind, Outcome, SetLog, Work};
use crate::core::Millis;

/// The longest a rest can be stretched, in all: a guard against a stuck button.
const MAX_EXTRA_REST_MS: i64 = 30 * 60 * 1000;
/// The longest time away (the page hidden, closed or reloaded) still counted as exercise, as
/// if the person had carried on without the screen. Longer, and they had most likely stopped:
/// counting it would log sets never done as complete, and progression would build on them.
pub const MAX_AWAY_MS: i64 = 5 * 60 * 1000;

/// What the person (or the shell's timer) did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Time passed: catch up. Sent on an interval.
    Tick,
    /// The page was hidden (another app, the phone locked): the workout carries on, as the
    /// person may too, but only for [`MAX_AWAY_MS`].
    PageHidden,
    /// The page is seen again.
    PageShown,
    Pause,
    Resume,
    /// End the current block now; a work block is logged as not completed.
    Skip,
    /// Redo the current work block, or from a get-ready or rest the previous one.
    Back,
    /// One rep done (tap mode).
    CountRep,
    /// End the current work block early, logging what was done.
    FinishSet,
    /// Make the current rest longer.
    ExtendRest {
        seconds: u32,
    },
    /// Finish now; the session is marked ended early.
    EndEarly,
    /// The stop rule: end now, and the session says why.
    Hurt(HurtKind),
}

/// How the blocks moved during one update, to choose the cues.
#[derive(Debug, Default)]
pub(super) struct Moves {
    /// Blocks entered.
    count: u32,
    /// The last block left was a work block that ran its course (or was finished).
    left_work: bool,
    /// Anything that must be saved changed.
    changed: bool,
}

impl Workout {
    /// Applies one event at time `now` and returns the effects for the shell.
    pub fn update(&mut self, event: Event, now: Millis) -> Vec<Effect> {
        if let Some(ended) = &mut self.ended {
            // The stop rule still counts on the end screen: the record must say why.
            return match event {
                Event::Hurt(kind) if ended.record_stop(kind) => vec![Effect::Save],
                _ => Vec::new(),
            };
        }
        let mut moves = Moves::default();
        self.follow_clock_back(now, &mut moves);
        self.wait_if_away_too_long(now, &mut moves);
        self.catch_up(now, &mut moves);
        match event {
            Event::PageHidden => {
                self.hidden_at.get_or_insert(now);
            }
            Event::PageShown => self.hidden_at = None,
            _ => {}
        }
        if self.ended.is_none() {
            self.apply(event, now, &mut moves);
            // A block entered by the event may be over already (a 0 s get-ready).
            self.catch_up(now, &mut moves);
        } else if let (Event::Hurt(kind), Some(ended)) = (event, &mut self.ended) {
            ended.record_stop(kind);
        }
        self.effects(moves, now)
    }

    /// A wall clock set back (by hand, or by a network time correction) moves the workout's
    /// times back with it, so the current block neither freezes until the clock catches up
    /// nor ends before it began.
    fn follow_clock_back(&mut self, now: Millis, moves: &mut Moves) {
        let Some(seen) = self.seen_at.filter(|&seen| now < seen) else {
            return;
        };
        let jump = seen - now;
        self.started_at -= jump;
        self.block_started_at -= jump;
        for at in [&mut self.paused_at, &mut self.hidden_at]
            .into_iter()
            .flatten()
        {
            *at -= jump;
        }
        self.seen_at = Some(now);
        moves.changed = true;
    }

    /// After more than [`MAX_AWAY_MS`] unseen, pause at the moment the workout was last seen:
    /// it was caught up to then, so it waits exactly where the person left it. After more than
    /// that hidden (ticks go on, slowed down, in a hidden page), pause where the limit ran out.
    fn wait_if_away_too_long(&mut self, now: Millis, moves: &mut Moves) {
        let unseen_since = self.seen_at.filter(|seen| now - seen > MAX_AWAY_MS);
        let hidden_limit = self
            .hidden_at
            .map(|hidden| hidden + MAX_AWAY_MS)
            .filter(|&limit| now > limit);
        let wait_at = unseen_since.into_iter().chain(hidden_limit).min();
        if let (Some(at), None) = (wait_at, self.paused_at) {
            self.catch_up(at, moves);
            if self.ended.is_none() {
                self.paused_at = Some(at.max(self.block_started_at));
                moves.changed = true;
            }
        }
        self.seen_at = Some(now);
    }

    /// The effects of starting on block 0 (used by `start`).
    pub(super) fn begin(&mut self, now: Millis) -> Vec<Effect> {
        let mut moves = Moves {
            count: 1,
            left_work: false,
            changed: true,
        };
        if self.plan.blocks.is_empty() {
            self.ended = Some(Ended {
                at: now,
                outcome: Outcome::Completed,
            });
        }
        self.catch_up(now, &mut moves);
        self.effects(moves, now)
    }

    fn apply(&mut self, event: Event, now: Millis, moves: &mut Moves) {
        let Some(block) = self.current() else { return };
        match event {
            Event::Tick | Event::PageHidden | Event::PageShown => {}
            Event::Pause => {
                if self.paused_at.is_none() {
                    self.paused_at = Some(now);
                    moves.changed = true;
                }
            }
            Event::Resume => {
                if let Some(at) = self.paused_at.take() {
                    self.paused_ms = self.paused_ms.saturating_add((now - at).max(0));
                    moves.changed = true;
                }
            }
            Event::Skip => {
                if block.is_work() {
                    self.log_work(now, Some(false));
                }
                self.enter(self.block + 1, now, false, moves);
            }
            Event::FinishSet if block.is_work() => {
                self.log_work(now, None);
                self.enter(self.block + 1, now, true, moves);
            }
            Event::CountRep => {
                if let (BlockKind::Reps { target, .. }, RepMode::Tap) =
                    (block.kind, self.plan.options.rep_mode)
                {
                    self.reps = self.reps.saturating_add(1);
                    moves.changed = true;
                    if self.reps >= target {
                        self.log_work(now, None);
                        self.enter(self.block + 1, now, true, moves);
                    }
                }
            }
            Event::ExtendRest { seconds } if matches!(block.kind, BlockKind::Rest { .. }) => {
                let add = i64::from(seconds) * 1000;
                self.extra_ms = (self.extra_ms + add).min(MAX_EXTRA_REST_MS);
                // The countdown starts over when the end moves away.
                self.last_cue_second = None;
                moves.changed = true;
            }
            Event::Back => self.back(now, moves),
            Event::EndEarly => self.stop(now, Outcome::EndedEarly, moves),
            Event::Hurt(kind) => self.stop(now, Outcome::Stopped(kind), moves),
            Event::FinishSet | Event::ExtendRest { .. } => {}
        }
    }

    /// Back to the get-ready of the work block to redo: the current one, or from a get-ready
    /// or rest the previous one. Its log and any later one are dropped, so a redone set is
    /// logged once; the plan is untouched, so both sides still get the same work.
    fn back(&mut self, now: Millis, moves: &mut Moves) {
        let blocks = &self.plan.blocks;
        let work = if blocks[self.block].is_work() {
            Some(self.block)
        } else {
            (0..self.block).rev().find(|&i| blocks[i].is_work())
        };
        // Before any work there is nothing to redo: restart this get-ready.
        let target = work.map_or(self.block, |w| self.plan.lead_in(w));
        self.done.retain(|(b, _)| *b < target);
        self.enter(target, now, false, moves);
    }

    /// Ends the workout now, logging a work block in progress if anything was done in it.
    fn stop(&mut self, now: Millis, outcome: Outcome, moves: &mut Moves) {
        if self.current().is_some_and(|b| b.is_work()) {
            let (done, ms) = self.work_done(now);
            if ms > 0 || done.amount() > 0 {
                self.log_work(now, Some(false));
            }
        }
        self.ended = Some(Ended { at: now, outcome });
        moves.changed = true;
    }

    pub(super) fn current(&self) -> Option<Block> {
        self.plan.blocks.get(self.block).copied()
    }

    /// Time spent in the current block, pauses excluded.
    pub(super) fn elapsed(&self, now: Millis) -> i64 {
        let until = self.paused_at.unwrap_or(now);
        until
            .saturating_sub(self.block_started_at)
            .saturating_sub(self.paused_ms)
            .max(0)
    }

    /// The current block's length, rest extension included; `None` if it waits for taps.
    pub(super) fn duration(&self) -> Option<i64> {
        let d = self.current()?.duration_ms(self.plan.options.rep_mode)?;
        Some(d.saturating_add(self.extra_ms))
    }

    /// When the current block will end by itself; `None` while paused or waiting for taps.
    pub(super) fn current_end(&self) -> Option<Millis> {
        if self.paused_at.is_some() || self.ended.is_some() {
            return None;
        }
        let start = self.block_started_at.saturating_add(self.paused_ms);
        Some(start.saturating_add(self.duration()?))
    }

    /// Logs every timed block that has ended by `now` and starts the next at its end.
    pub(super) fn catch_up(&mut self, now: Millis, moves: &mut Moves) {
        while self.ended.is_none() {
            let Some(block) = self.current() else {
                // Only a damaged stored state gets here: close it where its block began.
                self.ended = Some(Ended {
                    at: self.block_started_at,
                    outcome: Outcome::Completed,
                });
                self.block = self.plan.blocks.len();
                moves.changed = true;
                break;
            };
            match self.current_end() {
                Some(end) if end <= now => {
                    self.log_work(end, None);
                    self.enter(self.block + 1, end, block.is_work(), moves);
                }
                _ => break,
            }
        }
    }

    /// What the current work block has done by `at`: the work and its duration in ms.
    pub(super) fn work_done(&self, at: Millis) -> (Work, i64) {
        let elapsed = self.elapsed(at);
        let ms = self.duration().map_or(elapsed, |d| elapsed.min(d));
        let done = match self.current().map(|b| b.kind) {
            Some(BlockKind::Hold { seconds }) => Work::Seconds(((ms / 1000) as u32).min(seconds)),
            Some(BlockKind::Reps {
                target,
                seconds_each_way,
            }) => {
                let reps = match self.plan.options.rep_mode {
                    RepMode::Tap => self.reps,
                    RepMode::Tempo if seconds_each_way == 0 => target,
                    RepMode::Tempo => (ms / rep_ms(seconds_each_way)) as u32,
                };
                Work::Reps(reps.min(target))
            }
            _ => Work::Seconds(0),
        };
        (done, ms)
    }

    /// Logs the current block if it is work. `completed`: forced, or `None` for "target met".
    fn log_work(&mut self, at: Millis, completed: Option<bool>) {
        let Some(block) = self.current() else { return };
        let Some(target) = block.target() else { return };
        let (done, ms) = self.work_done(at);
        let log = SetLog {
            set: block.set,
            side: block.side,
            target,
            done,
            done_ms: u32::try_from(ms).unwrap_or(u32::MAX),
            completed: completed.unwrap_or(done.amount() >= target.amount()),
        };
        self.done.push((self.block, log));
    }

    /// Starts block `index` at `at`; past the last block, the workout is complete.
    /// A paused workout stays paused in the new block.
    fn enter(&mut self, index: usize, at: Millis, left_work: bool, moves: &mut Moves) {
        self.block = index.min(self.plan.blocks.len());
        self.block_started_at = at;
        self.paused_at = self.paused_at.map(|_| at);
        self.paused_ms = 0;
        self.extra_ms = 0;
        self.reps = 0;
        self.last_cue_second = None;
        moves.count += 1;
        moves.left_work = left_work;
        moves.changed = true;
        if self.block == self.plan.blocks.len() {
            self.ended = Some(Ended {
                at,
                outcome: Outcome::Completed,
            });
        }
    }

    /// The countdown second (3, 2 or 1) the current block is in, if it has one now.
    fn countdown_second(&self, now: Millis) -> Option<u32> {
        let block = self.current()?;
        if matches!(block.kind, BlockKind::Reps { .. }) {
            return None; // rep sets have the tempo guide, not a countdown
        }
        self.current_end()?;
        let left = self.duration()? - self.elapsed(now);
        let second = ((left + 999) / 1000) as u32;
        (1..=3).contains(&second).then_some(second)
    }

    /// Cues for where the update landed (only the last move: no stale cues after a jump),
    /// the countdown beep for this second if not yet given, and `Save` if anything changed.
    fn effects(&mut self, moves: Moves, now: Millis) -> Vec<Effect> {
        if let Some(ended) = self.ended {
            return effects::finished(ended.outcome == Outcome::Completed);
        }
        let mut fx = Vec::new();
        if moves.count > 0 {
            if moves.count == 1 && moves.left_work {
                fx.extend(effects::work_end());
            }
            fx.extend(effects::entering(&self.plan.blocks, self.block));
        }
        if let Some(second) = self.countdown_second(now) {
            let fresh = match self.last_cue_second {
                Some((b, prev)) if b == self.block => second < prev,
                _ => true,
            };
            if fresh {
                fx.push(Effect::Beep(BeepKind::Countdown));
                // Not saved on its own: a repeated beep after a reload is harmless.
                self.last_cue_second = Some((self.block, second));
            }
        }
        if moves.changed {
            fx.push(Effect::Save);
        }
        fx
    }
}
