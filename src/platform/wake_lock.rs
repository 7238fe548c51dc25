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
    /// A request is on its way: a second one would get a second lock, and only one of the two
    /// would ever be released (the screen would then stay lit after the workout).
    static REQUESTED: RefCell<bool> = const { RefCell::new(false) };
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
        if is_held() || REQUESTED.with(|r| *r.borrow()) || !is_supported() {
            return;
        }
        let Some(navigator) = navigator() else { return };
        let promise = navigator.wake_lock().request(WakeLockType::Screen);
        REQUESTED.with(|r| *r.borrow_mut() = true);
        wasm_bindgen_futures::spawn_local(async move {
            let answer = JsFuture::from(promise).await;
            REQUESTED.with(|r| *r.borrow_mut() = false);
            // Refused (low battery, page hidden): the workout goes on without it.
            let Ok(sentinel) = answer else {
                return;
            };
            if WANTED.with(|w| *w.borrow()) {
                if let Some(old) = SENTINEL.with(|s| s.borrow_mut().replace(sentinel)) {
                    let _ = old.release();
                }
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
