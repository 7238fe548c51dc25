//! The decision table: which way the history points for one plan item, and why.
//!
//! It follows the pain-monitoring model (CLINICAL.md §2; docs/progression-rules.md): pain may
//! reach 5 of 10, not more; it must settle by the next day; it must not rise from session to
//! session. The rules are data ([`RULES`]) read top to bottom: a red flag outranks everything,
//! any step-down rule outranks every stay rule, and a step up happens only when all are silent.

use super::Reason;
use crate::core::plan::PlanItem;
use crate::core::session::{Effort, ExerciseLog, HurtKind, SessionRecord};
use crate::core::Millis;

/// Pain above this, during or after a session, is too much.
pub const PAIN_LIMIT: u8 = 5;
/// The top of the safe zone (0-2 safe, 3-5 acceptable, above 5 too much).
pub const SAFE_ZONE_MAX: u8 = 2;
/// A rise from before to after a session of this many points or more is too much.
pub const PAIN_RISE_LIMIT: u8 = 2;
/// Complete sessions in a row at one step before the next step up.
pub const SESSIONS_AT_STEP: usize = 2;
/// Sessions closer together than this are one training day: they count once towards a step
/// up, and the later one's pain before does not stand in for the earlier one's next day.
/// (Rehab sources train 2-3 times a week on days apart, CLINICAL.md §3.)
pub const MIN_MS_APART: i64 = 12 * 60 * 60 * 1000;

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
    rule("S1", Verdict::Stay, no_session_yet),
    rule("S2", Verdict::Stay, pain_in_acceptable_zone),
    rule("S3", Verdict::Stay, not_completed),
    rule("S4", Verdict::Stay, too_few_at_step),
    rule("S5", Verdict::Stay, too_hard_once),
    rule("S6", Verdict::Stay, pain_not_recorded),
    rule("S7", Verdict::Stay, effort_not_recorded),
    rule("S8", Verdict::Stay, pain_over_limits_recently),
    rule("S9", Verdict::Stay, next_day_not_known),
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
    /// Complete sessions in a row at this step: this prescription, range and load.
    pub at_step: usize,
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
                .filter(|next| next.started_at - session.ended_at >= MIN_MS_APART)
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
        let at_step = run.first().map_or(0, |first| {
            let same_step = run
                .iter()
                .take_while(|d| d.complete())
                .take_while(|d| d.log.range == first.log.range && d.log.load == first.log.load);
            // Newest first: a session counts when it began a training day of its own.
            let mut counted_from: Option<Millis> = None;
            same_step
                .filter(|d| {
                    let own_day = counted_from
                        .is_none_or(|later| later - d.session.started_at >= MIN_MS_APART);
                    if own_day {
                        counted_from = Some(d.session.started_at);
                    }
                    own_day
                })
                .count()
        });
        let tail = &history[history.len().saturating_sub(3)..];
        let pains: Option<Vec<u8>> = tail.iter().map(|s| s.pain_before).collect();
        let next_day_known = recent
            .first()
            .is_some_and(|d| d.session.pain_next_day.is_some());
        Evidence {
            recent,
            run,
            at_step,
            newest: history.iter().rev().take(2).collect(),
            since_recent: &history[oldest_recent..],
            last_three_pain_before: pains.and_then(|p| p.try_into().ok()),
            next_day_known,
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

fn worse_next_day(e: &Evidence) -> Option<Reason> {
    e.recent.iter().find_map(|d| {
        let (before, next_day) = (d.session.pain_before?, d.response_24h?);
        (next_day > before).then_some(Reason::WorseNextDay { before, next_day })
    })
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
    e.since_recent
        .iter()
        .chain(e.newest.first().copied())
        .any(over_limits)
        .then_some(Reason::RecentPainOverLimit)
}

/// The response over the next day weighs most (CLINICAL.md §2): no step up until it is known,
/// from the day after's answer or the next session's pain before.
fn next_day_not_known(e: &Evidence) -> Option<Reason> {
    e.last()?
        .response_24h
        .is_none()
        .then_some(Reason::NextDayNotKnown)
}
