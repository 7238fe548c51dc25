//! The explanation of a suggestion in plain words: what happened, and what to do next time.
//! Calm, short, and no medical claims; the reasons behind each sentence stay in `reasons`.

use super::{Change, Reason, SuggestionKind};
use crate::catalog::{find, Dose, Equipment};
use crate::core::plan::PlanItem;
use crate::core::session::RangeUsed;

/// At most this many facts in the explanation; all of them stay in `reasons`.
/// Blockers (the end of a path, a switch that does not fit) are always told.
const MAX_REASONS_EXPLAINED: usize = 2;

pub(super) fn explain(
    item: &PlanItem,
    kind: SuggestionKind,
    change: &Change,
    reasons: &[Reason],
) -> String {
    let mut parts = Vec::new();
    if reasons.contains(&Reason::AllSetsCompleted) {
        parts.push(ready_sentence(reasons));
    }
    let (blockers, facts): (Vec<&Reason>, Vec<&Reason>) = reasons
        .iter()
        .filter(|r| !r.is_ready())
        .partition(|r| r.is_blocker());
    let told = facts
        .into_iter()
        .take(MAX_REASONS_EXPLAINED)
        .chain(blockers);
    parts.extend(told.map(Reason::sentence));
    if !reasons.contains(&Reason::SeeClinician) {
        parts.push(change_sentence(item, kind, change));
    }
    parts.join(" ")
}

/// The three step-up facts as one sentence.
fn ready_sentence(reasons: &[Reason]) -> String {
    let easy = reasons.contains(&Reason::EffortManageable { too_easy: true });
    let next_day = reasons.contains(&Reason::PainLowAndSettled { next_day: true });
    format!(
        "Your last two sessions were done in full, felt {}, and your pain stayed within the \
         limits and had settled by {}.",
        if easy { "easy" } else { "about right" },
        if next_day {
            "the next day"
        } else {
            "your next session"
        },
    )
}

impl Reason {
    /// Why a step could not be taken, rather than what happened in a session.
    fn is_blocker(&self) -> bool {
        matches!(
            self,
            Reason::AtTheTop
                | Reason::NothingEasier
                | Reason::AlreadyInPlan { .. }
                | Reason::DoesNotFitLevel { .. }
                | Reason::NeedsEquipment { .. }
        )
    }

    fn is_ready(&self) -> bool {
        matches!(
            self,
            Reason::AllSetsCompleted
                | Reason::EffortManageable { .. }
                | Reason::PainLowAndSettled { .. }
        )
    }

    /// The fact in plain words, for the person.
    pub fn sentence(&self) -> String {
        match self {
            Reason::SeeClinician => "A recent session was stopped because of numbness, tingling, \
                weakness, or a change in bladder or bowel control. Please see a doctor or \
                physiotherapist before you carry on. The app suggests no changes after a stop \
                like this."
                .to_string(),
            Reason::StoppedForPain => {
                "You stopped your last session because of sharp or rising pain.".to_string()
            }
            Reason::PainAboveLimit { pain } => format!(
                "Your pain was {pain} out of 10 after the last session, above the limit of 5."
            ),
            Reason::PainRose { before, after } => format!(
                "Your pain went from {before} to {after} during the last session, a rise of 2 \
                 points or more."
            ),
            Reason::PainRisingAcrossSessions { pains: [a, b, c] } => format!(
                "Your pain before a session has gone up over your last three sessions: {a}, \
                 then {b}, then {c}."
            ),
            Reason::PainRisingOverWeeks { from, to } => format!(
                "Over the last few days your pain before a session has been {to} out of 10 or \
                 more; in the weeks before it was usually {from}. Pain should not build up from \
                 week to week."
            ),
            Reason::PainStillUp { from, to } => format!(
                "Your pain before a session is {to} out of 10, up from {from}. The app waits for \
                 it to come back down before doing more."
            ),
            Reason::TooHardTwice => "Your last two sessions both felt too hard.".to_string(),
            Reason::WorseNextDay { before, next_day } => format!(
                "The day after, your back was at {next_day} out of 10, higher than the {before} \
                 you had before the session, so it had not settled."
            ),
            Reason::NoSessionYet => "You have not done this exercise yet.".to_string(),
            Reason::PainInAcceptableZone { pain } => format!(
                "Your pain went up to {pain} out of 10 after a recent session. That is \
                 acceptable, but not yet low enough to do more."
            ),
            Reason::NotCompleted => "Your last session was not done in full: it ended early, \
                or some sets were cut short or skipped."
                .to_string(),
            Reason::TooFewSessions { done } => format!(
                "The app waits for two complete sessions in a row at this step before doing \
                 more (so far: {done})."
            ),
            Reason::TooHardOnce => "One of your last two sessions felt too hard.".to_string(),
            Reason::PainNotRecorded => "Rate your pain before and after each session, so the \
                app can tell when it is safe to do more."
                .to_string(),
            Reason::EffortNotRecorded => "Say how hard each session felt at the end, so the \
                app can tell when to do more."
                .to_string(),
            Reason::RecentPainOverLimit => "A recent session went past the pain limits: it \
                was stopped for pain, your pain ended above 5 or rose by 2 points or more, or \
                it had not settled by the next day. The app waits for calmer sessions before \
                doing more."
                .to_string(),
            Reason::NextDayNotKnown => "Say how your back feels the day after a session (on \
                the Today screen), so the app can tell it has settled before doing more."
                .to_string(),
            Reason::StepTooNew => "Each step lasts a few days before the next one, so the \
                app waits a little before doing more."
                .to_string(),
            Reason::AllSetsCompleted => "Your last two sessions were done in full.".to_string(),
            Reason::EffortManageable { too_easy: true } => "Both felt easy.".to_string(),
            Reason::EffortManageable { too_easy: false } => "They felt about right.".to_string(),
            Reason::PainLowAndSettled { .. } => {
                "Your pain stayed within the limits and settled afterwards.".to_string()
            }
            Reason::AtTheTop => {
                "You have reached the top of what the app suggests for this exercise.".to_string()
            }
            Reason::NothingEasier => {
                "This is already the gentlest step of this exercise.".to_string()
            }
            Reason::AlreadyInPlan { exercise } => format!(
                "Switching to {} would put it in your plan twice.",
                name(exercise)
            ),
            Reason::DoesNotFitLevel { exercise } => format!(
                "Switching to {} is not possible: it is meant for people at {} level. If that \
                 is you, change your level in settings.",
                name(exercise),
                find(exercise).map_or(String::new(), |e| e.levels.label().to_lowercase()),
            ),
            Reason::NeedsEquipment { exercise } => format!(
                "Switching to {} is not possible: it needs {}, which is not in your equipment \
                 list. If you get it, add it in settings.",
                name(exercise),
                find(exercise).map_or(String::new(), |e| needs(e.equipment.any_of)),
            ),
            Reason::NotInCatalog => {
                "This exercise is no longer in the app, so there is nothing to suggest.".to_string()
            }
        }
    }
}

/// What to do next time, in plain words.
fn change_sentence(item: &PlanItem, kind: SuggestionKind, change: &Change) -> String {
    let up = kind == SuggestionKind::StepUp;
    match (change, up) {
        (Change::Prescription(new), _) => match (item.prescription.dose, new.dose) {
            (Dose::Hold { .. }, Dose::Hold { .. }) if new.sets != item.prescription.sets => {
                let (old, new) = (item.prescription.sets, new.sets);
                if up {
                    format!("Try {new} holds on each side instead of {old}, each as long as now.")
                } else {
                    format!("Next time, do {new} holds on each side instead of {old}.")
                }
            }
            (Dose::Hold { seconds: old }, Dose::Hold { seconds: new }) if up => {
                format!("Try holding {new} seconds instead of {old}.")
            }
            (Dose::Hold { seconds: old }, Dose::Hold { seconds: new }) => {
                format!("Next time, hold for {new} seconds instead of {old}.")
            }
            (Dose::Reps { reps: old, .. }, Dose::Reps { reps: new, .. }) if up && new < old => {
                format!(
                    "With the heavier weight or band, start again from {new} reps in each set \
                     instead of {old}, and build up from there."
                )
            }
            (Dose::Reps { reps: old, .. }, Dose::Reps { reps: new, .. }) if up => {
                format!("Try {new} reps in each set instead of {old}.")
            }
            (Dose::Reps { reps: old, .. }, Dose::Reps { reps: new, .. }) => {
                format!("Next time, do {new} reps in each set instead of {old}.")
            }
            _ => "Try the new dose next time.".to_string(),
        },
        (Change::Range(RangeUsed::Full), true) => {
            "Next time, try the full range, as long as it stays comfortable.".to_string()
        }
        (Change::Range(_), true) => "Next time, let the movement grow to a medium range, as \
            long as it stays comfortable."
            .to_string(),
        (Change::Range(RangeUsed::Small), false) => {
            "Next time, keep the movement small: only as far as feels easy.".to_string()
        }
        (Change::Range(_), false) => {
            "Next time, make the movement smaller: go about halfway.".to_string()
        }
        (
            Change::LoadAndUsualReps {
                percent,
                prescription,
            },
            _,
        ) => {
            let reps = |d: Dose| match d {
                Dose::Reps { reps, .. } => reps,
                Dose::Hold { .. } => 0, // a hold takes no load step with reps
            };
            format!(
                "Next time, make it a little heavier: about {percent} % more weight, or the next \
                 band up, and start again from {} reps in each set instead of {}, building up \
                 from there. Without a heavier weight, choose \u{201c}Not now\u{201d}: your plan \
                 stays as it is.",
                reps(prescription.dose),
                reps(item.prescription.dose),
            )
        }
        (Change::Load { percent }, _) => format!(
            "Next time, make it a little heavier: about {percent} % more weight, or the next \
             band up. Keep everything else the same."
        ),
        (Change::Exercise { to, .. }, true) => format!(
            "You are ready for the next step: {}. Start it at its usual dose, moving only part \
             of the way at first, and the app will build it up from there.",
            name(to)
        ),
        (Change::Exercise { to, .. }, false) => format!(
            "Go back to {} for now, at its usual dose, and build up again from there.",
            name(to)
        ),
        (Change::None, _) if kind == SuggestionKind::StepDown => "Take it easy with this \
            exercise for a few days. If the pain keeps coming back, ask a doctor or \
            physiotherapist."
            .to_string(),
        (Change::None, _) => "Keep the same exercise and dose for now.".to_string(),
    }
}

fn name(id: &str) -> String {
    find(id).map_or_else(|| id.to_string(), |e| e.name.to_string())
}

/// "a cable machine", "a resistance band or a cable machine".
fn needs(any_of: &[Equipment]) -> String {
    let noun = |e: &Equipment| match e {
        Equipment::ResistanceBand => "a resistance band",
        Equipment::CableMachine => "a cable machine",
        Equipment::SwissBall => "a Swiss ball",
        Equipment::Landmine => "a landmine or a barbell",
    };
    any_of.iter().map(noun).collect::<Vec<_>>().join(" or ")
}
