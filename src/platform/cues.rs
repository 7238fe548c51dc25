//! Perform the workout's effects (beeps, vibration, speech, wake lock) as the user's
//! settings allow. Saving is the UI state's job, not this one's.

use super::{audio, speech, vibration, wake_lock};
use crate::core::workout::{BeepKind, Cue, Effect};
use crate::store::Settings;
use audio::Tone;

/// Allow sound and speech from now on. Browsers allow both only after a tap, and a reloaded
/// page has had none: call from the tap that starts or carries on a workout.
pub fn unlock() {
    audio::unlock();
    speech::unlock();
}

fn tones(kind: BeepKind) -> &'static [Tone] {
    match kind {
        BeepKind::Countdown => &[Tone { hz: 660.0, ms: 110 }],
        BeepKind::Start => &[Tone { hz: 880.0, ms: 220 }],
        // The end cue is two rising notes: unlike any countdown beep.
        BeepKind::End => &[
            Tone { hz: 880.0, ms: 160 },
            Tone {
                hz: 1320.0,
                ms: 320,
            },
        ],
        BeepKind::Finished => &[
            Tone { hz: 660.0, ms: 160 },
            Tone { hz: 880.0, ms: 160 },
            Tone {
                hz: 1320.0,
                ms: 420,
            },
        ],
    }
}

/// Carry out `effects`. `exercise_name` turns an exercise index into words for the voice.
pub fn perform(effects: &[Effect], settings: &Settings, exercise_name: impl Fn(usize) -> String) {
    // Speak only the last cue of a batch: after a catch-up, older cues are stale.
    let last_cue = effects.iter().rev().find_map(|e| match e {
        Effect::Speak(cue) => Some(*cue),
        _ => None,
    });
    for effect in effects {
        match effect {
            Effect::Beep(kind) if settings.sound => audio::play(tones(*kind)),
            Effect::Vibrate(pattern) if settings.vibration => vibration::vibrate(pattern.pattern()),
            Effect::KeepAwake(on) => wake_lock::keep_awake(*on),
            _ => {}
        }
    }
    if let (Some(cue), true) = (last_cue, settings.voice) {
        let text = match cue {
            Cue::NextExercise { index } => format!("Next: {}", exercise_name(index)),
            other => other.text(),
        };
        speech::say(&text);
    }
}
