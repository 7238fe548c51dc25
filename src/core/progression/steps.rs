//! What a step up or down changes, once the rules have said which way to go.
//!
//! The order is the app's own choice (no published rule gives one; CLINICAL.md §4):
//! up, a larger range first, then more holds or more reps, then more load, then the next
//! exercise of the catalog's path; down, a smaller range first (the source's advice when
//! something is uncomfortable), then fewer or shorter holds or fewer reps, then the easier
//! exercise.

use super::rules::Done;
use super::{Change, Reason};
use crate::catalog::{find, Dose, Equipment, Exercise, Level, Prescription};
use crate::core::plan::{fits, PlanItem};
use crate::core::session::{ExerciseLog, Load, RangeUsed};
use crate::core::stats::load_kg;

/// The things a step can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lever {
    Range,
    Dose,
    Load,
    Exercise,
}

/// The order of a step up (the app's choice: range, then holds or reps, then load).
pub const STEP_UP_ORDER: [Lever; 4] = [Lever::Range, Lever::Dose, Lever::Load, Lever::Exercise];
/// The order of a step down. Load is not lowered by the app: a smaller range and a lighter
/// dose come first, and the exercise's own "if it hurts" text already mentions a lighter band.
pub const STEP_DOWN_ORDER: [Lever; 3] = [Lever::Range, Lever::Dose, Lever::Exercise];

/// Holds stay short: endurance comes from more short holds of about 10 s, not longer ones
/// (McGill; the beginner default of 3-5 holds of about 10 s, CLINICAL.md §3). A step up adds
/// one hold on each side, up to five; the length of a hold never grows.
pub const HOLD_SET_STEP: u32 = 1;
pub const HOLD_SET_CAP: u32 = 5;
/// A step down below the usual number of holds shortens each hold by 2 s instead.
pub const HOLD_STEP_SECONDS: u32 = 2;
/// Reps grow one at a time up to 12, a few more than the usual targets of 5-8: by then the
/// person does more than "1-2 reps above the target", ACSM's condition for adding load.
pub const REP_STEP: u32 = 1;
pub const REP_CAP: u32 = 12;
/// With a band, a cable or a bar the load goes up sooner: at 10 reps, the top of the 8-10 a
/// Pallof press builds to before a stronger band (CLINICAL.md §3), as the catalog's own
/// texts say.
pub const LOADED_REP_CAP: u32 = 10;
/// The load advice: about 5 %, inside ACSM's 2-10 %. At the end of a path the reps then go
/// back to the usual number and build up again first (a double progression).
pub const LOAD_STEP_PERCENT: u8 = 5;

/// Who the person is and what else is in their plan: a new exercise must fit both.
pub struct Fit<'a> {
    pub level: Level,
    pub owned: &'a [Equipment],
    /// The other exercises in the plan (a switch must not make a duplicate).
    pub others: &'a [&'a str],
}

/// The next step up, or why there is none (stay at the top).
pub fn step_up(
    exercise: &Exercise,
    item: &PlanItem,
    last: Option<&ExerciseLog>,
    run: &[Done],
    load_offered: &dyn Fn() -> bool,
    fit: &Fit,
) -> Result<Change, Reason> {
    let mut blocked = None;
    for lever in STEP_UP_ORDER {
        let change = match lever {
            Lever::Range => last.and_then(|l| larger(l.range?)).map(Change::Range),
            Lever::Dose => dose_up(item.prescription, rep_cap(exercise)).map(Change::Prescription),
            Lever::Load if exercise.takes_load() => load_step(exercise, item, run, load_offered),
            Lever::Load => None,
            Lever::Exercise => match switch_to(exercise.progression, fit) {
                Ok(change) => change,
                Err(why) => {
                    blocked = Some(why);
                    None
                }
            },
        };
        if let Some(change) = change {
            return Ok(change);
        }
    }
    Err(blocked.unwrap_or(Reason::AtTheTop))
}

/// The next step down, or why there is none.
pub fn step_down(
    exercise: &Exercise,
    item: &PlanItem,
    last: Option<&ExerciseLog>,
    fit: &Fit,
) -> Result<Change, Reason> {
    let mut blocked = None;
    for lever in STEP_DOWN_ORDER {
        let change = match lever {
            Lever::Range => last.and_then(|l| smaller(l.range?)).map(Change::Range),
            Lever::Dose => {
                dose_down(item.prescription, exercise.prescription).map(Change::Prescription)
            }
            Lever::Load => None,
            Lever::Exercise => match switch_to(exercise.regression, fit) {
                Ok(change) => change,
                Err(why) => {
                    blocked = Some(why);
                    None
                }
            },
        };
        if let Some(change) = change {
            return Ok(change);
        }
    }
    Err(blocked.unwrap_or(Reason::NothingEasier))
}

fn larger(range: RangeUsed) -> Option<RangeUsed> {
    match range {
        RangeUsed::Small => Some(RangeUsed::Medium),
        RangeUsed::Medium => Some(RangeUsed::Full),
        RangeUsed::Full => None,
    }
}

fn smaller(range: RangeUsed) -> Option<RangeUsed> {
    match range {
        RangeUsed::Full => Some(RangeUsed::Medium),
        RangeUsed::Medium => Some(RangeUsed::Small),
        RangeUsed::Small => None,
    }
}

/// The most reps a step up goes to before load (or the next exercise) takes over.
fn rep_cap(exercise: &Exercise) -> u32 {
    if exercise.takes_load() {
        LOADED_REP_CAP
    } else {
        REP_CAP
    }
}

/// One more hold or one more rep, up to the cap.
fn dose_up(current: Prescription, rep_cap: u32) -> Option<Prescription> {
    let dose = match current.dose {
        Dose::Hold { .. } if current.sets < HOLD_SET_CAP => {
            return Some(Prescription {
                sets: (current.sets + HOLD_SET_STEP).min(HOLD_SET_CAP),
                ..current
            });
        }
        Dose::Reps {
            reps,
            seconds_each_way,
        } if reps < rep_cap => Dose::Reps {
            reps: reps + REP_STEP,
            seconds_each_way,
        },
        _ => return None,
    };
    Some(Prescription { dose, ..current })
}

/// One load step at the top of the dose, then on along the path; at the end of the path, load
/// keeps growing a cycle of reps at a time (the source: add weight as you get stronger).
///
/// The step counts as taken once the recorded load went up at this dose, or once it has had
/// its sessions (`offered`, see `progression::load_step_offered`): someone with one band, or
/// who records no load, would otherwise be told "a little heavier" for ever. `offered` re-reads
/// earlier sessions, so it is asked only when the recorded load does not already answer.
fn load_step(
    exercise: &Exercise,
    item: &PlanItem,
    run: &[Done],
    offered: &dyn Fn() -> bool,
) -> Option<Change> {
    let percent = LOAD_STEP_PERCENT;
    let raised = load_raised_at_this_dose(run);
    let usual_reps = reps_back_to_usual(item.prescription, exercise.prescription);
    if exercise.progression.is_some() {
        // On along the path once the step was taken.
        return (!raised && !offered()).then_some(Change::Load { percent });
    }
    // The end of the path: with the heavier load, back to the usual reps, to build up again
    // before the next load step (ACSM: more load only after 1-2 reps above the target). Load
    // alone would grow every week for ever.
    if raised {
        // Made heavier without the card: the reps come back down now.
        usual_reps.map(Change::Prescription)
    } else if offered() {
        None // no heavier weight: the top
    } else {
        Some(usual_reps.map_or(Change::Load { percent }, |prescription| {
            Change::LoadAndUsualReps {
                percent,
                prescription,
            }
        }))
    }
}

/// The catalog's usual reps, when there are more now.
fn reps_back_to_usual(current: Prescription, usual: Prescription) -> Option<Prescription> {
    match (current.dose, usual.dose) {
        (
            Dose::Reps {
                reps,
                seconds_each_way,
            },
            Dose::Reps { reps: usual, .. },
        ) if reps > usual => Some(Prescription {
            dose: Dose::Reps {
                reps: usual,
                seconds_each_way,
            },
            ..current
        }),
        _ => None,
    }
}

/// Fewer holds, a shorter hold or fewer reps: above the catalog default, halfway back to it (at
/// least one step); at or below it, one step, never below half the default. Holds added by
/// steps up go first; only then does each hold get shorter.
fn dose_down(current: Prescription, default: Prescription) -> Option<Prescription> {
    let lower = |now: u32, usual: u32, step: u32| -> Option<u32> {
        let floor = usual.div_ceil(2).max(1);
        let next = if now > usual {
            now.saturating_sub((now - usual).div_ceil(2).max(step))
                .max(usual)
        } else {
            now.saturating_sub(step)
        };
        let next = next.max(floor);
        (next < now).then_some(next)
    };
    if let (Dose::Hold { .. }, Dose::Hold { .. }) = (current.dose, default.dose) {
        if current.sets > default.sets {
            let sets = lower(current.sets, default.sets, HOLD_SET_STEP)?;
            return Some(Prescription { sets, ..current });
        }
    }
    // The catalog default in the same unit; a prescription in the other unit is its own default.
    let usual = match (current.dose, default.dose) {
        (Dose::Hold { .. }, Dose::Hold { seconds }) => seconds,
        (Dose::Reps { .. }, Dose::Reps { reps, .. }) => reps,
        (Dose::Hold { seconds }, _) => seconds,
        (Dose::Reps { reps, .. }, _) => reps,
    };
    let dose = match current.dose {
        Dose::Hold { seconds } => Dose::Hold {
            seconds: lower(seconds, usual, HOLD_STEP_SECONDS)?,
        },
        Dose::Reps {
            reps,
            seconds_each_way,
        } => Dose::Reps {
            reps: lower(reps, usual, REP_STEP)?,
            seconds_each_way,
        },
    };
    Some(Prescription { dose, ..current })
}

/// Whether the load went up since this dose began (a heavier weight, or another band).
fn load_raised_at_this_dose(run: &[Done]) -> bool {
    let (Some(newest), Some(oldest)) = (run.first(), run.last()) else {
        return false;
    };
    match (&newest.log.load, &oldest.log.load) {
        (Load::Band(now), Load::Band(then)) => !now.trim().eq_ignore_ascii_case(then.trim()),
        (Load::Band(_), Load::None) => true,
        (now, then) => {
            let kg = |l: &Load| load_kg(l).unwrap_or(0.0);
            kg(now) > kg(then) + 0.01
        }
    }
}

/// A switch to `to` with its default (comfortable) dose; `Ok(None)` when there is no such
/// link, `Err` when the exercise exists but does not suit the person.
fn switch_to(to: Option<&str>, fit: &Fit) -> Result<Option<Change>, Reason> {
    let Some(next) = to.and_then(find) else {
        return Ok(None);
    };
    if fit.others.contains(&next.id) {
        return Err(Reason::AlreadyInPlan { exercise: next.id });
    }
    if !next.levels.contains(fit.level) {
        return Err(Reason::DoesNotFitLevel { exercise: next.id });
    }
    if !fits(next, fit.level, fit.owned) {
        return Err(Reason::NeedsEquipment { exercise: next.id });
    }
    Ok(Some(Change::Exercise {
        to: next.id,
        prescription: next.prescription,
    }))
}
