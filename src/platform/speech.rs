//! Spoken cues with the browser's speech synthesis, where it exists.

use super::has_property;

pub fn is_available() -> bool {
    web_sys::window().is_some_and(|w| has_property(&w, "speechSynthesis"))
}

/// Let later cues speak without a tap: iOS allows speech only once a tap has started some.
/// Call from a tap; says nothing, and cuts nothing off.
pub fn unlock() {
    if !is_available() {
        return;
    }
    let Some(synthesis) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    if synthesis.speaking() {
        return;
    }
    if let Ok(silence) = web_sys::SpeechSynthesisUtterance::new_with_text("") {
        synthesis.speak(&silence);
    }
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
