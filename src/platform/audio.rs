//! Short beeps synthesised with Web Audio: no audio files to download or cache.

use super::has_property;
use std::cell::RefCell;
use web_sys::{AudioContext, OscillatorType};

thread_local! {
    // One context for the page: browsers limit how many may exist.
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// A tone: pitch in hertz, length in milliseconds.
#[derive(Debug, Clone, Copy)]
pub struct Tone {
    pub hz: f32,
    pub ms: u32,
}

/// Create (or wake) the audio context. Browsers only allow sound after a user gesture,
/// so call this from the tap that starts the workout.
pub fn unlock() {
    with_context(|context| {
        let _ = context.resume();
    });
}

fn with_context(f: impl FnOnce(&AudioContext)) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !has_property(&window, "AudioContext") {
        return;
    }
    CONTEXT.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = AudioContext::new().ok();
        }
        if let Some(context) = cell.as_ref() {
            f(context);
        }
    });
}

/// Play tones one after another.
pub fn play(tones: &[Tone]) {
    with_context(|context| {
        let mut at = context.current_time() + 0.01;
        for tone in tones {
            let seconds = f64::from(tone.ms) / 1000.0;
            if schedule(context, *tone, at, seconds).is_err() {
                return;
            }
            at += seconds + 0.06;
        }
    });
}

fn schedule(
    context: &AudioContext,
    tone: Tone,
    at: f64,
    seconds: f64,
) -> Result<(), wasm_bindgen::JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(tone.hz);
    let gain = context.create_gain()?;
    // A quick fade in and out avoids clicks.
    gain.gain().set_value_at_time(0.0, at)?;
    gain.gain().linear_ramp_to_value_at_time(0.35, at + 0.015)?;
    gain.gain()
        .linear_ramp_to_value_at_time(0.0, at + seconds)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + seconds + 0.02)?;
    Ok(())
}
