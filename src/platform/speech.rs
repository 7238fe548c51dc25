//! Spoken cues with the browser's speech synthesis, where it exists.

use super::has_property;

pub fn is_available() -> bool {
    web_sys::window().is_some_and(|w| has_property(&w, "speechSynthesis"))
}

/// Say `text`, cutting off anything still being said: a stale cue is worse than none.
pub fn say(text: &str) {
    if !is_available() {
        return;
    }
    let Some(synthesis) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_lang("en");
    utterance.set_rate(0.95);
    synthesis.cancel();
    synthesis.speak(&utterance);
}
