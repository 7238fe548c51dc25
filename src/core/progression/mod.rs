//! After a session: for each exercise of the plan, step up, stay, or step down, and why.
//!
//! `rules` holds the decision table (the pain-monitoring model, CLINICAL.md §2), `steps` what a
//! step changes (CLINICAL.md §4, in the app's own order). Both are pure. The plan changes only
//! when the person accepts a suggestion ([`apply`]); the rules page is
//! docs/progression-rules.md.

mod explain;
pub mod rules;
pub mod steps;

use crate::catalog::{Equipment, Level, Prescription};
use crate::core::nudges::NEXT_DAY_ASKED_FOR_DAYS;
use crate::core::plan::PlanItem;
use crate::core::safety;
use crate::core::session::{happened, RangeUsed, SessionRecord};
use crate::core::DAY_MS;
use rules::{Evidence, Judgement, Verdict};
use steps::Fit;

/// Which way a suggestion goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionKind {
    StepUp,
    Stay,
    StepDown,
}

/// What to change. Only `Prescription` and `Exercise` change the plan; the others are advice
/// for the next session (range and load are what the person records, not what the plan holds).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    None,
    /// A new dose for the same exercise.
    Prescription(Prescription),
    /// Move through this range next time.
    Range(RangeUsed),
    /// Make it heavier by about this much (a weight, or the next band up).
    Load {
        percent: u8,
    },
    /// At the end of a path: heavier by about this much, and back to the usual reps with it,
    /// to build up again before the next load step (a double progression).
    LoadAndUsualReps {
        percent: u8,
        prescription: Prescription,
    },
    /// Switch along the catalog's path, at the new exercise's default dose.
    Exercise {
        to: &'static str,
        prescription: Prescription,
    },
}

/// Why, one fact at a time (the rule codes of docs/progression-rules.md first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// R1: A recent session was stopped for numbness, weakness or a bladder or bowel change.
    SeeClinician,
    /// D1: The last session was stopped for sharp or rising pain.
    StoppedForPain,
    /// D2: Pain after the session above 5 of 10.
    PainAboveLimit { pain: u8 },
    /// D3: Pain rose by 2 points or more during the session.
    PainRose { before: u8, after: u8 },
    /// D4: Pain before a session rose over the last three sessions (oldest first).
    PainRisingAcrossSessions { pains: [u8; 3] },
    /// D7: Pain before sessions has built up from week to week (`rules::pain_up`): the
    /// usual level of the weeks before, and the lowest of the last days.
    PainRisingOverWeeks { from: u8, to: u8 },
    /// D5: Both of the last two sessions felt too hard.
    TooHardTwice,
    /// D6: The next day (or at the next session) pain was higher than before the session.
    WorseNextDay { before: u8, next_day: u8 },
    /// S1: This exercise has not been done yet.
    NoSessionYet,
    /// S2: The session raised pain into 3-5: acceptable, not yet a reason to do more.
    PainInAcceptableZone { pain: u8 },
    /// S3: Ended early, or a set was cut short or skipped.
    NotCompleted,
    /// S4: Fewer than two complete sessions in a row at this step.
    TooFewSessions { done: u32 },
    /// S5: One of the last two sessions felt too hard.
    TooHardOnce,
    /// S6: Pain before or after was not rated.
    PainNotRecorded,
    /// S7: Effort was not answered.
    EffortNotRecorded,
    /// S8: A recent session went past the pain limits: this exercise's older one, or the
    /// newest session of any exercise (stopped for pain before this exercise was reached).
    RecentPainOverLimit,
    /// S9: How the back was the day after the last session is not known yet.
    NextDayNotKnown,
    /// S10: Two sessions at this step, but on days too close together (`MIN_MS_AT_STEP`).
    StepTooNew,
    /// S11: Pain before sessions is still up on the weeks before, as when D7 eased off.
    PainStillUp { from: u8, to: u8 },
    /// Step up: every set done in the last two sessions.
    AllSetsCompleted,
    /// Step up: they felt about right (or both too easy).
    EffortManageable { too_easy: bool },
    /// Step up: pain stayed low and settled by the next day (or the next session).
    PainLowAndSettled { next_day: bool },
    /// No bigger step is left for this exercise.
    AtTheTop,
    /// No smaller step is left for this exercise.
    NothingEasier,
    /// A switch would put the same exercise in the plan twice.
    AlreadyInPlan { exercise: &'static str },
    /// A switch would go to an exercise outside the person's level.
    DoesNotFitLevel { exercise: &'static str },
    /// A switch would need equipment the person has not listed.
    NeedsEquipment { exercise: &'static str },
    /// The plan names an exercise the catalog no longer has.
    NotInCatalog,
}

/// One plan item's suggestion.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The plan item's exercise id, so a stale suggestion is never applied to another item.
    pub exercise: String,
    pub kind: SuggestionKind,
    pub change: Change,
    pub reasons: Vec<Reason>,
    /// Why, and what to do, in plain words.
    pub explanation: String,
}

impl Change {
    /// Whether accepting it changes the plan (the others are advice for the next session).
    pub fn changes_plan(&self) -> bool {
        matches!(
            self,
            Change::Prescription(_) | Change::Exercise { .. } | Change::LoadAndUsualReps { .. }
        )
    }
}

impl Suggestion {
    /// Its heading: a reason to see a clinician comes before any step, whatever the kind.
    pub fn headline(&self) -> &'static str {
        if self.reasons.contains(&Reason::SeeClinician) {
            return "Please check with a clinician";
        }
        if self.waits_only_for_next_day() {
            return "Nearly ready for a step up";
        }
        match self.kind {
            SuggestionKind::StepUp => "Ready for a step up",
            SuggestionKind::StepDown => "Time to ease off",
            SuggestionKind::Stay => "Stay where you are",
        }
    }

    /// Whether the person should see it: a change to make, an easing off, or a reason to see a
    /// clinician. A plain "stay" needs no card.
    pub fn is_worth_showing(&self) -> bool {
        self.reasons.contains(&Reason::SeeClinician)
            || self.kind == SuggestionKind::StepDown
            || (self.kind == SuggestionKind::StepUp && self.change != Change::None)
            || self.waits_only_for_next_day()
    }

    /// A step up held back by nothing but the unknown day after (S9). Shown, so that someone
    /// who never answers "How is your back today?" learns why nothing changes.
    pub fn waits_only_for_next_day(&self) -> bool {
        self.kind == SuggestionKind::Stay && self.reasons == [Reason::NextDayNotKnown]
    }
}

/// The suggestion for one plan item. `history` is oldest first.
pub fn suggest(
    item: &PlanItem,
    history: &[SessionRecord],
    level: Level,
    owned: &[Equipment],
) -> Suggestion {
    let fit = Fit {
        level,
        owned,
        others: &[],
    };
    decide(item, history, &fit)
}

/// A suggestion for every item of the plan, in order; a switch never duplicates an item.
pub fn suggest_plan(
    plan: &[PlanItem],
    history: &[SessionRecord],
    level: Level,
    owned: &[Equipment],
) -> Vec<Suggestion> {
    plan.iter()
        .enumerate()
        .map(|(index, item)| {
            let others: Vec<&str> = plan
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != index)
                .map(|(_, other)| other.exercise.as_str())
                .collect();
            let fit = Fit {
                level,
                owned,
                others: &others,
            };
            decide(item, history, &fit)
        })
        .collect()
}

/// A suggestion to show, with what it is for and how it is dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The plan item it is for (what `apply` takes).
    pub index: usize,
    /// What `Profile::dismissed` keeps once the person has answered it: the newest session's id
    /// and the exercise, so a dismissed suggestion stays away until another session is saved.
    /// A "nearly ready" card has a key of its own: the step up that follows the next-day
    /// answer, for the same session, is a new card.
    pub key: String,
    pub suggestion: Suggestion,
}

/// The suggestions to show after the newest session (`history` oldest first): the ones worth
/// showing and not yet answered. None before the first session. Once the person has said a
/// clinician checked them after a stop for a warning sign (`red_flag_cleared`, as
/// `safety::awaiting_clearance` takes it), "please see a clinician" is not said again: the
/// rules still hold every change back for two sessions, silently. Two weeks after the newest
/// session (`now`), a step up is no longer shown, and "nearly ready" only while Today still
/// asks about the day after.
pub fn to_show(
    plan: &[PlanItem],
    history: &[SessionRecord],
    level: Level,
    owned: &[Equipment],
    dismissed: &[String],
    red_flag_cleared: &str,
    now: crate::core::Millis,
) -> Vec<Shown> {
    // A session dated after now (a wrong clock) is judged once its date has come.
    let past = happened(history, now);
    let Some(last) = past.last() else {
        return Vec::new();
    };
    // After a break of weeks a step up or down read from the sessions before it no longer
    // fits; the next session starts the count again (`rules::MAX_MS_BETWEEN_AT_STEP`).
    let stale = now - last.started_at > rules::MAX_MS_BETWEEN_AT_STEP;
    // Every stop for a warning sign counts here, whatever its date.
    let seen_by_clinician = safety::awaiting_clearance(history, red_flag_cleared).is_none();
    suggest_plan(plan, past, level, owned)
        .into_iter()
        .enumerate()
        .map(|(index, suggestion)| Shown {
            index,
            key: format!(
                "{}:{}{}",
                last.id,
                suggestion.exercise,
                if suggestion.waits_only_for_next_day() {
                    ":next-day"
                } else {
                    ""
                }
            ),
            suggestion,
        })
        .filter(|shown| {
            let s = &shown.suggestion;
            let see_clinician = s.reasons.contains(&Reason::SeeClinician);
            let told_already = seen_by_clinician && see_clinician;
            // A step up read from before a break no longer fits; easing off still does.
            let still_fits = !stale || see_clinician || s.kind == SuggestionKind::StepDown;
            // "Nearly ready" sends the person to Today's question, asked for two days only.
            let question_gone = s.waits_only_for_next_day()
                && now - last.ended_at > NEXT_DAY_ASKED_FOR_DAYS * DAY_MS;
            s.is_worth_showing()
                && !told_already
                && still_fits
                && !question_gone
                && !dismissed.contains(&shown.key)
        })
        .collect()
}

/// The plan after the person accepts `suggestion` for the item at `item_index`. Advice-only
/// changes, a wrong index or a suggestion made for another exercise leave the plan as it was.
pub fn apply(plan: &[PlanItem], item_index: usize, suggestion: &Suggestion) -> Vec<PlanItem> {
    let mut next = plan.to_vec();
    let Some(item) = next.get_mut(item_index) else {
        return next;
    };
    if item.exercise != suggestion.exercise {
        return next;
    }
    match suggestion.change {
        Change::Prescription(prescription) | Change::LoadAndUsualReps { prescription, .. } => {
            item.prescription = prescription
        }
        Change::Exercise { to, prescription } => {
            *item = PlanItem {
                exercise: to.to_string(),
                prescription,
            }
        }
        Change::None | Change::Range(_) | Change::Load { .. } => {}
    }
    next
}

fn decide(item: &PlanItem, history: &[SessionRecord], fit: &Fit) -> Suggestion {
    let Some(exercise) = item.exercise() else {
        return finish(
            item,
            SuggestionKind::Stay,
            Change::None,
            vec![Reason::NotInCatalog],
        );
    };
    let evidence = Evidence::gather(item, history);
    let last = evidence.recent.first().map(|d| d.log);
    match rules::judge(&evidence) {
        Judgement::Verdict(Verdict::SeeClinician | Verdict::Stay, mut reasons) => {
            // "Nearly ready" only when there is a step up to wait for.
            if reasons == [Reason::NextDayNotKnown] {
                let offered = || load_step_offered(item, history, &evidence);
                if let Err(why) = steps::step_up(exercise, item, last, &evidence.run, &offered, fit)
                {
                    push_blocker(&mut reasons, Reason::AtTheTop, why);
                }
            }
            finish(item, SuggestionKind::Stay, Change::None, reasons)
        }
        Judgement::Verdict(Verdict::StepDown, mut reasons) => {
            let change = match steps::step_down(exercise, item, last, fit) {
                Ok(change) => change,
                Err(why) => {
                    push_blocker(&mut reasons, Reason::NothingEasier, why);
                    Change::None
                }
            };
            finish(item, SuggestionKind::StepDown, change, reasons)
        }
        Judgement::StepUp(mut reasons) => {
            let offered = || load_step_offered(item, history, &evidence);
            match steps::step_up(exercise, item, last, &evidence.run, &offered, fit) {
                Ok(change) => finish(item, SuggestionKind::StepUp, change, reasons),
                Err(why) => {
                    push_blocker(&mut reasons, Reason::AtTheTop, why);
                    finish(item, SuggestionKind::Stay, Change::None, reasons)
                }
            }
        }
    }
}

/// The newest sessions of a run the load step's timing looks back over: a step up due longer
/// ago than this has had its sessions many times over.
const LOAD_STEP_LOOK_BACK: usize = 8;

/// Whether "a little heavier", not seen in the recorded load, has had its sessions and counts
/// as taken: two sessions at this dose, on days a step apart (S4, S10), after the first session
/// from which a step up was due (the table said so then). Counted from when it was due, not
/// from the start of the dose: the card comes late when the pace rule or pain held it back,
/// and an every-day trainer was moved to the next exercise one session after being told to
/// try a heavier band (found by the simulated journeys, tests/journeys.rs). Asked only for an
/// exercise that takes a load, at the load lever.
fn load_step_offered(item: &PlanItem, history: &[SessionRecord], evidence: &Evidence) -> bool {
    // The sessions at this step, as the rules count them (`Evidence::at_step`): a range or
    // load changed since, or a break of weeks, starts the count again.
    let run = &evidence.at_step_run[..evidence.at_step_run.len().min(LOAD_STEP_LOOK_BACK)];
    // Oldest first, the first session after which a step up was due; the two newest can
    // have no two sessions after them.
    let due = run
        .iter()
        .skip(rules::SESSIONS_AT_STEP)
        .rev()
        .position(|done| {
            history
                .iter()
                .rposition(|s| std::ptr::eq(s, done.session))
                .is_some_and(|at| {
                    let before = Evidence::gather(item, &history[..=at]);
                    matches!(rules::judge(&before), Judgement::StepUp(_))
                })
        });
    let Some(due) = due.map(|from_oldest| run.len() - 1 - from_oldest) else {
        return false;
    };
    // `run` is newest first: the sessions after the due one are `run[..due]`.
    let after = &run[..due];
    let span = match (after.first(), after.last()) {
        (Some(newest), Some(first)) => newest.session.started_at - first.session.started_at,
        _ => 0,
    };
    after.len() >= rules::SESSIONS_AT_STEP && span >= rules::MIN_MS_AT_STEP
}

/// "At the top" (or "nothing easier"), then what stopped the switch, if that was it.
fn push_blocker(reasons: &mut Vec<Reason>, end: Reason, why: Reason) {
    if why != end {
        reasons.push(end);
    }
    reasons.push(why);
}

fn finish(
    item: &PlanItem,
    kind: SuggestionKind,
    change: Change,
    reasons: Vec<Reason>,
) -> Suggestion {
    let explanation = explain::explain(item, kind, &change, &reasons);
    Suggestion {
        exercise: item.exercise.clone(),
        kind,
        change,
        reasons,
        explanation,
    }
}
