//! Effects: what the core asks the browser shell to do (beep, vibrate, speak, save, keep the
//! screen awake). Plain data, so tests can compare them and the shell stays thin.

use super::blocks::{Block, BlockKind};
use crate::core::session::Side;

/// One thing for the shell to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Beep(BeepKind),
    Vibrate(VibratePattern),
    Speak(Cue),
    /// The workout changed in a way that must survive a reload: store it now.
    Save,
    /// Hold (true) or release (false) the screen wake lock.
    KeepAwake(bool),
    /// The workout is over: show the end screen (take the record with `Workout::finish`).
    Finished,
}

/// The sounds, each distinct, for a phone heard from two metres away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BeepKind {
    /// Each of the last three seconds of a get-ready, hold or rest.
    Countdown,
    /// A hold or rep set starts.
    Start,
    /// A hold or rep set ends.
    End,
    /// The whole workout is done.
    Finished,
}

/// Vibration patterns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VibratePattern {
    /// A work block starts.
    Short,
    /// A work block ends.
    Long,
    /// The workout is done.
    End,
}

impl VibratePattern {
    /// The pattern for `navigator.vibrate`: on, off, on... in milliseconds.
    pub fn pattern(self) -> &'static [u32] {
        match self {
            VibratePattern::Short => &[120],
            VibratePattern::Long => &[400],
            VibratePattern::End => &[200, 100, 200, 100, 500],
        }
    }
}

/// Words to speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    GetReady {
        side: Side,
    },
    Hold,
    Reps {
        target: u32,
    },
    Rest {
        seconds: u32,
    },
    SwitchSides,
    /// The workout moves on to the exercise at this index (the UI may say its name instead).
    NextExercise {
        index: usize,
    },
    Done,
}

impl Cue {
    /// The sentence to speak.
    pub fn text(&self) -> String {
        match self {
            Cue::GetReady { side: Side::Both } => "Get ready".to_string(),
            Cue::GetReady { side } => format!("{}. Get ready", side.label()),
            Cue::Hold => "Hold".to_string(),
            Cue::Reps { target: 1 } => "Go. One rep".to_string(),
            Cue::Reps { target } => format!("Go. {target} reps"),
            Cue::Rest { seconds } => format!("Rest. {seconds} seconds"),
            Cue::SwitchSides => "Switch sides".to_string(),
            Cue::NextExercise { .. } => "Next exercise".to_string(),
            Cue::Done => "Well done".to_string(),
        }
    }
}

/// The cues for entering block `index`. A block that leads to a new exercise or to the other
/// side says so first.
pub(super) fn entering(blocks: &[Block], index: usize) -> Vec<Effect> {
    let Some(block) = blocks.get(index) else {
        return Vec::new();
    };
    match block.kind {
        BlockKind::GetReady { .. } => {
            let mut fx = Vec::new();
            match blocks[..index].iter().rev().find(|b| b.is_work()) {
                Some(prev) if prev.exercise != block.exercise => {
                    fx.push(Effect::Speak(Cue::NextExercise {
                        index: block.exercise,
                    }));
                }
                Some(prev) if prev.set == block.set && prev.side != block.side => {
                    fx.push(Effect::Speak(Cue::SwitchSides));
                }
                _ => {}
            }
            fx.push(Effect::Speak(Cue::GetReady { side: block.side }));
            fx
        }
        BlockKind::Hold { .. } => work_start(Cue::Hold),
        BlockKind::Reps { target, .. } => work_start(Cue::Reps { target }),
        BlockKind::Rest { seconds } => vec![Effect::Speak(Cue::Rest { seconds })],
    }
}

fn work_start(cue: Cue) -> Vec<Effect> {
    vec![
        Effect::Beep(BeepKind::Start),
        Effect::Vibrate(VibratePattern::Short),
        Effect::Speak(cue),
    ]
}

/// The cues for a block that ended by running its course.
pub(super) fn work_end() -> [Effect; 2] {
    [
        Effect::Beep(BeepKind::End),
        Effect::Vibrate(VibratePattern::Long),
    ]
}

/// The effects of the end of the workout; the fanfare only when it ran to its end.
pub(super) fn finished(completed: bool) -> Vec<Effect> {
    let mut fx = Vec::new();
    if completed {
        fx.push(Effect::Beep(BeepKind::Finished));
        fx.push(Effect::Vibrate(VibratePattern::End));
        fx.push(Effect::Speak(Cue::Done));
    }
    fx.extend([Effect::KeepAwake(false), Effect::Save, Effect::Finished]);
    fx
}
