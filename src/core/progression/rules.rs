//! The decision table: which way the history points for one plan item, and why.
//!
//! It follows the pain-monitoring model (CLINICAL.md §2; docs/progression-rules.md): pain may
//! reach 5 of 10, not more; it must settle by the next day; it must not rise from session to
//! session. The rules are data ([`RULES`]) read top to bottom: a red flag outranks everything,
//! any step-down rule outranks every stay rule, and a step up happens only when all are silent.

use super::Reason;
use crate::core::nudges::NEXT_DAY_ASKED_AFTER_MS;
use crate::core::plan::PlanItem;
use crate::core::safety;
use crate::core::session::{Effort, ExerciseLog, HurtKind, SessionRecord};
use crate::core::{Millis, DAY_MS};

/// Pain above this, during or after a session, is too much.
pub const PAIN_LIMIT: u8 = 5;
/// The top of the safe zone (0-2 safe, 3-5 acceptable, above 5 too much).
pub const SAFE_ZONE_MAX: u8 = 2;
/// A rise from before to after a session of this many points or more is too much.
pub const PAIN_RISE_LIMIT: u8 = 2;
/// Complete sessions in a row at one step before the next step up.
pub const SESSIONS_AT_STEP: usize = 2;
/// Sessions closer together than this are one training day: they count once towards a step
/// up. (Rehab sources train 2-3 times a week on days apart, CLINICAL.md §3.) The later one's
/// pain before stands in for the earlier one's next day after a night: an evening session and
/// the next morning's are 12 hours apart or less, and the morning's pain before is the next
/// day's ([`NEXT_DAY_ASKED_AFTER_MS`]).
pub const MIN_MS_APART: i64 = 12 * 60 * 60 * 1000;
/// A build-up of pain from week to week (CLINICAL.md §2) compares the last days with the
/// weeks before: the lowest pain before of the sessions of the last `PAIN_RECENT_MS` (every
/// one of them higher: not one bad day) with the usual (lower median) pain before of those
/// `PAIN_WEEKS_MS` back (a usual level: not one good day).
pub const PAIN_RECENT_MS: i64 = 6 * DAY_MS;
pub const PAIN_WEEKS_MS: std::ops::Range<i64> = PAIN_RECENT_MS..28 * DAY_MS;
/// The weeks S11 compares with, longer: a build-up is over once it has levelled off.
pub const PAIN_HOLD_WEEKS_MS: std::ops::Range<i64> = PAIN_RECENT_MS..42 * DAY_MS;
/// The next session's pain before stands in for a session's next-day answer only when it
/// came this soon (and a night later): three weeks later, it says nothing about the day after.
pub const STAND_IN_WITHIN_MS: i64 = 4 * DAY_MS;
/// A break longer than this ends a run at a step: after weeks off, two sessions again.
pub const MAX_MS_BETWEEN_AT_STEP: i64 = 14 * DAY_MS;
/// The sessions a step up rests on span at least this long: a day and a half, so they fall on
/// days apart, as the sources train (2-3 sessions a week on non-consecutive days, CLINICAL.md
/// §3). Training once a day then steps up every third day at most, not every other.
pub const MIN_MS_AT_STEP: i64 = 36 * 60 * 60 * 1000;

/// What a rule calls for when it fires, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    SeeClinician,
    StepDown,
    Stay,
}

/// One row of the decision table.
pub struct Rule {
    /// The row's name in docs/progression-rules.md.
    pub code: &'static str,
    pub verdict: Verdict,
    check: fn(&Evidence) -> Option<Reason>,
}

/// The table. Codes match the rules page; keep both in step.
pub static RULES: &[Rule] = &[
    rule("R1", Verdict::SeeClinician, red_flag),
    rule("D1", Verdict::StepDown, stopped_for_pain),
    rule("D2", Verdict::StepDown, pain_above_limit),
    rule("D3", Verdict::StepDown, pain_rose_in_session),
    rule("D4", Verdict::StepDown, pain_rising_across_sessions),
    rule("D5", Verdict::StepDown, too_hard_twice),
    rule("D6", Verdict::StepDown, worse_next_day),
    rule("D7", Verdict::StepDown, pain_rising_over_weeks),
    rule("S1", Verdict::Stay, no_session_yet),
    rule("S2", Verdict::Stay, pain_in_acceptable_zone),
    rule("S3", Verdict::Stay, not_completed),
    rule("S4", Verdict::Stay, too_few_at_step),
    rule("S5", Verdict::Stay, too_hard_once),
    rule("S6", Verdict::Stay, pain_not_recorded),
    rule("S7", Verdict::Stay, effort_not_recorded),
    rule("S8", Verdict::Stay, pain_over_limits_recently),
    rule("S9", Verdict::Stay, next_day_not_known),
    rule("S10", Verdict::Stay, step_too_new),
    rule("S11", Verdict::Stay, pain_held_up),
];

const fn rule(
    code: &'static str,
    verdict: Verdict,
    check: fn(&Evidence) -> Option<Reason>,
) -> Rule {
    Rule {
        code,
        verdict,
        check,
    }
}

/// One session in which this exercise had at least one set.
#[derive(Debug, Clone, Copy)]
pub struct Done<'a> {
    pub session: &'a SessionRecord,
    pub log: &'a ExerciseLog,
    /// Pain the next day: the session's own next-day answer, else the next session's pain
    /// before. `None` while unknown.
    pub response_24h: Option<u8>,
}

impl Done<'_> {
    /// Ran to its end with every set of this exercise done in full.
    pub fn complete(&self) -> bool {
        self.session.is_complete() && self.log.sets.iter().all(|s| s.completed)
    }
}

/// What the rules look at, gathered in one backward pass over the history.
#[derive(Debug)]
pub struct Evidence<'a> {
    /// The last two sessions of this exercise, newest first.
    pub recent: Vec<Done<'a>>,
    /// The newest sessions of this exercise that used the plan item's prescription, newest
    /// first, in a row (how long the person has been at this dose).
    pub run: Vec<Done<'a>>,
    /// Complete sessions in a row at this step (this prescription, range and load), each on a
    /// training day of its own and none after a long break.
    pub at_step: usize,
    /// Those sessions, newest first.
    pub at_step_run: Vec<Done<'a>>,
    /// From the first of those sessions to the newest.
    pub at_step_span: Millis,
    /// The last two sessions of any exercise, newest first (red flags and pain are about the
    /// back, not one exercise).
    pub newest: Vec<&'a SessionRecord>,
    /// Every session, of any exercise, from the older of `recent` on: what happened to the
    /// back since the first of the two sessions a step up would rest on.
    pub since_recent: &'a [SessionRecord],
    /// Pain before each of the last three sessions, oldest first, when all three were rated.
    pub last_three_pain_before: Option<[u8; 3]>,
    /// Whether the last session of this exercise has its own next-day answer (rather than
    /// the next session's pain before standing in for it).
    pub next_day_known: bool,
    /// Pain built up from week to week, by the newest session (of any exercise): (usual then,
    /// lowest now), see [`pain_up`].
    pub pain_up: Option<(u8, u8)>,
    /// Whether it was up by the rated session before: then D7 eased off for it then, and S11
    /// holds.
    pub pain_up_before: bool,
    /// Pain before the newest rated session, [`PAIN_RISE_LIMIT`] or more above the one before
    /// it: (before, now). D4 wants three rises in a row, D7 a week of them; a sudden jump
    /// is neither, but no time to do more.
    pub pain_jump: Option<(u8, u8)>,
}

impl<'a> Evidence<'a> {
    /// `history` is oldest first. Stops reading as soon as the run at this dose has ended.
    pub fn gather(item: &PlanItem, history: &'a [SessionRecord]) -> Self {
        let mut recent = Vec::new();
        let mut run = Vec::new();
        let mut run_open = true;
        let mut oldest_recent = history.len();
        for (index, session) in history.iter().enumerate().rev() {
            if recent.len() >= SESSIONS_AT_STEP && !run_open {
                break;
            }
            let Some(log) = session
                .exercises
                .iter()
                .find(|e| e.exercise == item.exercise && !e.sets.is_empty())
            else {
                continue;
            };
            let next_day_stand_in = history
                .get(index + 1)
                .filter(|next| {
                    let gap = next.started_at - session.ended_at;
                    (NEXT_DAY_ASKED_AFTER_MS..=STAND_IN_WITHIN_MS).contains(&gap)
                })
                .and_then(|next| next.pain_before);
            let response_24h = session.pain_next_day.or(next_day_stand_in);
            let done = Done {
                session,
                log,
                response_24h,
            };
            if recent.len() < SESSIONS_AT_STEP {
                recent.push(done);
                oldest_recent = index;
            }
            run_open &= log.prescription == item.prescription;
            if run_open {
                run.push(done);
            }
        }
        let (mut at_step_run, mut at_step_span) = (Vec::new(), 0);
        if let Some(first) = run.first() {
            let same_step = run
                .iter()
                .take_while(|d| d.complete())
                .take_while(|d| d.log.range == first.log.range && d.log.load == first.log.load);
            // Newest first: a session counts when it began a training day of its own; a long
            // break before a session ends the run there.
            let mut counted_from: Option<Millis> = None;
            for d in same_step {
                let at = d.session.started_at;
                if let Some(later) = counted_from {
                    if later - at > MAX_MS_BETWEEN_AT_STEP {
                        break;
                    }
                    if later - at < MIN_MS_APART {
                        continue;
                    }
                }
                counted_from = Some(at);
                at_step_run.push(*d);
                at_step_span = first.session.started_at - at;
            }
        }
        let tail = &history[history.len().saturating_sub(3)..];
        let pains: Option<Vec<u8>> = tail.iter().map(|s| s.pain_before).collect();
        let next_day_known = recent
            .first()
            .is_some_and(|d| d.session.pain_next_day.is_some());
        // Pain before, by the sessions that have it: an unrated session neither ends a
        // build-up nor starts a second one.
        let rated: Vec<(Millis, u8)> = history
            .iter()
            .filter_map(|s| Some((s.started_at, s.pain_before?)))
            .collect();
        let before_newest_rated = &rated[..rated.len().saturating_sub(1)];
        let pain_jump = match rated.as_slice() {
            [.., (_, older), (_, newer)] if *newer >= older.saturating_add(PAIN_RISE_LIMIT) => {
                Some((*older, *newer))
            }
            _ => None,
        };
        Evidence {
            recent,
            run,
            at_step: at_step_run.len(),
            at_step_run,
            at_step_span,
            newest: history.iter().rev().take(2).collect(),
            since_recent: &history[oldest_recent..],
            last_three_pain_before: pains.and_then(|p| p.try_into().ok()),
            next_day_known,
            pain_up: pain_up(&rated),
            pain_up_before: pain_up(before_newest_rated).is_some(),
            pain_jump,
        }
    }

    fn last(&self) -> Option<&Done<'a>> {
        self.recent.first()
    }
}

/// The table's answer: the strongest verdict that fired and all its reasons, or a step up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judgement {
    Verdict(Verdict, Vec<Reason>),
    /// Every rule was silent: the step-up conditions hold.
    StepUp(Vec<Reason>),
}

/// Runs the table.
pub fn judge(evidence: &Evidence) -> Judgement {
    let fired: Vec<(Verdict, Reason)> = RULES
        .iter()
        .filter_map(|r| (r.check)(evidence).map(|reason| (r.verdict, reason)))
        .collect();
    match fired.iter().map(|(v, _)| *v).min() {
        Some(strongest) => Judgement::Verdict(
            strongest,
            fired
                .into_iter()
                .filter(|(v, _)| *v == strongest)
                .map(|(_, r)| r)
                .collect(),
        ),
        None => {
            let both_easy = evidence
                .recent
                .iter()
                .all(|d| d.session.effort == Some(Effort::TooEasy));
            Judgement::StepUp(vec![
                Reason::AllSetsCompleted,
                Reason::EffortManageable {
                    too_easy: both_easy,
                },
                Reason::PainLowAndSettled {
                    next_day: evidence.next_day_known,
                },
            ])
        }
    }
}

fn red_flag(e: &Evidence) -> Option<Reason> {
    let mut sessions = e
        .newest
        .iter()
        .copied()
        .chain(e.recent.iter().map(|d| d.session));
    sessions
        .any(|s| s.stopped_for() == Some(HurtKind::RedFlag))
        .then_some(Reason::SeeClinician)
}

/// Whether a session went past the limits: stopped for pain, pain after above the limit, or
/// a rise of [`PAIN_RISE_LIMIT`] or more.
fn over_limits(s: &SessionRecord) -> bool {
    let above = s.pain_after.is_some_and(|after| after > PAIN_LIMIT);
    let rose = matches!((s.pain_before, s.pain_after),
        (Some(before), Some(after)) if after >= before.saturating_add(PAIN_RISE_LIMIT));
    s.stopped_for() == Some(HurtKind::SharpOrRising) || above || rose
}

fn stopped_for_pain(e: &Evidence) -> Option<Reason> {
    let last = e.last()?;
    (last.session.stopped_for() == Some(HurtKind::SharpOrRising)).then_some(Reason::StoppedForPain)
}

fn pain_above_limit(e: &Evidence) -> Option<Reason> {
    let pain = e.last()?.session.pain_after?;
    (pain > PAIN_LIMIT).then_some(Reason::PainAboveLimit { pain })
}

fn pain_rose_in_session(e: &Evidence) -> Option<Reason> {
    let s = e.last()?.session;
    let (before, after) = (s.pain_before?, s.pain_after?);
    (after >= before.saturating_add(PAIN_RISE_LIMIT)).then_some(Reason::PainRose { before, after })
}

fn pain_rising_across_sessions(e: &Evidence) -> Option<Reason> {
    if e.recent.is_empty() {
        return None; // not done yet: it starts at its usual, gentle dose
    }
    let pains = e.last_three_pain_before?;
    (pains[0] < pains[1] && pains[1] < pains[2])
        .then_some(Reason::PainRisingAcrossSessions { pains })
}

fn too_hard_twice(e: &Evidence) -> Option<Reason> {
    let twice = e.recent.len() == 2
        && e.recent
            .iter()
            .all(|d| d.session.effort == Some(Effort::TooHard));
    twice.then_some(Reason::TooHardTwice)
}

/// The last session's next day, and the older session's unless the step down it called for
/// was taken: the last session then ran at a lighter dose or a smaller range. (S8 holds a step
/// up back either way.)
fn worse_next_day(e: &Evidence) -> Option<Reason> {
    let last = e.last()?;
    e.recent.iter().enumerate().find_map(|(i, d)| {
        if i > 0 && eased_since(d, last) {
            return None;
        }
        worse_than_before(d)
    })
}

/// Whether `later` ran easier than `earlier`: another dose (a step down is the only change the
/// rules make after a bad day), or a smaller range.
fn eased_since(earlier: &Done, later: &Done) -> bool {
    let smaller = match (earlier.log.range, later.log.range) {
        (Some(then), Some(now)) => now < then,
        _ => false,
    };
    later.log.prescription != earlier.log.prescription || smaller
}

fn worse_than_before(d: &Done) -> Option<Reason> {
    let (before, next_day) = (d.session.pain_before?, d.response_24h?);
    (next_day > before).then_some(Reason::WorseNextDay { before, next_day })
}

/// Not settled by the next day, as the day-after's answer is told (`safety::not_settled`):
/// higher than before the session, or above the limit.
fn unsettled(d: &Done) -> bool {
    d.response_24h
        .is_some_and(|next_day| safety::not_settled(next_day, d.session.pain_before))
}

/// A staircase (1, 1, 3, 3, 4) rises by less than D4's three-in-a-row or D6's session to
/// session, but it is the build-up from week to week the model forbids.
/// D7 eases off once, when the build-up appears; S11 then holds step ups back while it lasts.
/// An exercise not done yet is not eased (it starts at its usual, gentle dose).
fn pain_rising_over_weeks(e: &Evidence) -> Option<Reason> {
    let (from, to) = e.pain_up?;
    (!e.recent.is_empty() && !e.pain_up_before).then_some(Reason::PainRisingOverWeeks { from, to })
}

/// Still up on the weeks before, or pain before jumped since the session before: no step up
/// until it comes back down.
fn pain_held_up(e: &Evidence) -> Option<Reason> {
    let (from, to) = e.pain_up.or(e.pain_jump)?;
    Some(Reason::PainStillUp { from, to })
}

/// At least this many rated sessions in each window of [`pain_build_up`]: one bad day, or one
/// good one, is no trend.
pub const PAIN_TREND_SESSIONS: usize = 2;

/// Pain before sessions built up from week to week, by the newest of `rated` (start time and
/// pain before of each rated session, oldest first): the lowest pain before of the last days is
/// outside the safe zone and at least [`PAIN_RISE_LIMIT`] above the usual (lower median) pain
/// before of the weeks before. (usual then, now).
pub fn pain_build_up(rated: &[(Millis, u8)]) -> Option<(u8, u8)> {
    pain_above_usual(rated, PAIN_WEEKS_MS, |sorted| {
        sorted[(sorted.len() - 1) / 2]
    })
}

/// The same comparison against the low end (lower quartile) of the six weeks before ("pain
/// must not rise from week to week", CLINICAL.md §2). Pain that climbs a point a week lifts
/// its own median with it: by the median alone, a slow climb never counted, or stopped
/// counting a week after D7 eased off and stepped the person up at 4, then at 5. The low end
/// of six weeks stays behind until the pain has levelled off for weeks.
pub fn pain_still_up(rated: &[(Millis, u8)]) -> Option<(u8, u8)> {
    pain_above_usual(rated, PAIN_HOLD_WEEKS_MS, |sorted| {
        sorted[(sorted.len() - 1) / 4]
    })
}

/// Pain built up by either measure: what D7 eases off for once, when it appears, and S11
/// holds step ups for while it lasts. One predicate for both, so that a build-up starts and
/// ends once (two that disagreed eased one build-up at every session, or never).
pub fn pain_up(rated: &[(Millis, u8)]) -> Option<(u8, u8)> {
    pain_build_up(rated).or_else(|| pain_still_up(rated))
}

/// Pain before of the last days against a usual level of the weeks before (`within`, counted
/// back from the newest): `usual` picks it from their pains, sorted, two at least; never the
/// lowest alone, as one good day is no usual level.
fn pain_above_usual(
    rated: &[(Millis, u8)],
    within: std::ops::Range<Millis>,
    usual: fn(&[u8]) -> u8,
) -> Option<(u8, u8)> {
    let &(newest, _) = rated.last()?;
    let ago = |at: Millis| newest - at;
    let recent: Vec<u8> = rated
        .iter()
        .rev()
        .take_while(|(at, _)| ago(*at) < PAIN_RECENT_MS)
        .map(|&(_, pain)| pain)
        .collect();
    let mut then: Vec<u8> = rated
        .iter()
        .rev()
        .skip_while(|(at, _)| ago(*at) < within.start)
        .take_while(|(at, _)| ago(*at) < within.end)
        .map(|&(_, pain)| pain)
        .collect();
    if recent.len() < PAIN_TREND_SESSIONS || then.len() < PAIN_TREND_SESSIONS {
        return None;
    }
    let now = *recent.iter().min()?;
    then.sort_unstable();
    let usual = usual(&then).max(then[1]);
    (now > SAFE_ZONE_MAX && now >= usual.saturating_add(PAIN_RISE_LIMIT)).then_some((usual, now))
}

fn no_session_yet(e: &Evidence) -> Option<Reason> {
    e.recent.is_empty().then_some(Reason::NoSessionYet)
}

/// Pain that the exercise brought into 3-5 is acceptable, but not a reason to do more. Pain
/// that was already there before the session (a person's usual level) does not hold them back.
fn pain_in_acceptable_zone(e: &Evidence) -> Option<Reason> {
    e.recent.iter().find_map(|d| {
        let after = d.session.pain_after?;
        let raised = after > d.session.pain_before.unwrap_or(0);
        (after > SAFE_ZONE_MAX && raised).then_some(Reason::PainInAcceptableZone { pain: after })
    })
}

fn not_completed(e: &Evidence) -> Option<Reason> {
    (!e.last()?.complete()).then_some(Reason::NotCompleted)
}

fn too_few_at_step(e: &Evidence) -> Option<Reason> {
    let done = e.at_step;
    (!e.recent.is_empty() && done < SESSIONS_AT_STEP).then_some(Reason::TooFewSessions {
        done: u32::try_from(done).unwrap_or(0),
    })
}

/// Two sessions at a step, but on days too close together: the step lasts a few days first.
fn step_too_new(e: &Evidence) -> Option<Reason> {
    (e.at_step >= SESSIONS_AT_STEP && e.at_step_span < MIN_MS_AT_STEP).then_some(Reason::StepTooNew)
}

fn too_hard_once(e: &Evidence) -> Option<Reason> {
    let hard = e
        .recent
        .iter()
        .filter(|d| d.session.effort == Some(Effort::TooHard))
        .count();
    (hard == 1).then_some(Reason::TooHardOnce)
}

fn pain_not_recorded(e: &Evidence) -> Option<Reason> {
    let missing = e
        .recent
        .iter()
        .any(|d| d.session.pain_before.is_none() || d.session.pain_after.is_none());
    missing.then_some(Reason::PainNotRecorded)
}

fn effort_not_recorded(e: &Evidence) -> Option<Reason> {
    e.recent
        .iter()
        .any(|d| d.session.effort.is_none())
        .then_some(Reason::EffortNotRecorded)
}

/// The step-down rules look at this exercise's last session: that one session decides how
/// far to come down. A step up also needs every session since the older of the two it rests
/// on, of any exercise, to have stayed within the limits: pain is about the back, and a
/// session stopped before this exercise was reached has no log of it.
fn pain_over_limits_recently(e: &Evidence) -> Option<Reason> {
    let over = e
        .since_recent
        .iter()
        .chain(e.newest.first().copied())
        .any(over_limits);
    let unsettled = e.recent.iter().any(unsettled);
    (over || unsettled).then_some(Reason::RecentPainOverLimit)
}

/// The response over the next day weighs most (CLINICAL.md §2): no step up until it is known,
/// from the day after's answer or the next session's pain before.
fn next_day_not_known(e: &Evidence) -> Option<Reason> {
    e.last()?
        .response_24h
        .is_none()
        .then_some(Reason::NextDayNotKnown)
}
