//! Keep the screen awake during a workout (Screen Wake Lock API), where the browser has it.
//! The browser releases the lock when the page is hidden; the UI calls `keep_awake(true)`
//! again when the page becomes visible.

use super::{has_property, navigator};
use std::cell::RefCell;
use wasm_bindgen_futures::JsFuture;
use web_sys::{WakeLockSentinel, WakeLockType};

thread_local! {
    static SENTINEL: RefCell<Option<WakeLockSentinel>> = const { RefCell::new(None) };
    static WANTED: RefCell<bool> = const { RefCell::new(false) };
}

pub fn is_supported() -> bool {
    navigator().is_some_and(|n| has_property(&n, "wakeLock"))
}

/// Whether a lock is currently held (the browser drops it when the page is hidden).
pub fn is_held() -> bool {
    SENTINEL.with(|s| {
        s.borrow()
            .as_ref()
            .is_some_and(|sentinel| !sentinel.released())
    })
}

pub fn keep_awake(on: bool) {
    WANTED.with(|w| *w.borrow_mut() = on);
    if on {
        if is_held() || !is_supported() {
            return;
        }
        let Some(navigator) = navigator() else { return };
        let promise = navigator.wake_lock().request(WakeLockType::Screen);
        wasm_bindgen_futures::spawn_local(async move {
            // Refused (low battery, page hidden): the workout goes on without it.
            let Ok(sentinel) = JsFuture::from(promise).await else {
                return;
            };
            if WANTED.with(|w| *w.borrow()) {
                SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
            } else {
                let _ = sentinel.release();
            }
        });
    } else if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        let _ = sentinel.release();
    }
}

/// Re-acquire after the page became visible again, if a workout still wants it.
pub fn reacquire_if_wanted() {
    if WANTED.with(|w| *w.borrow()) {
        keep_awake(true);
    }
}
