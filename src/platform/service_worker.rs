//! Working offline and being installed: the service worker (`assets/sw.js`, filled in for release
//! builds by `scripts/precache.mjs`), storage persistence, and whether the page runs in an iOS
//! browser tab (where Safari deletes the app's data after seven days without a visit).
//!
//! Hand-written wrappers rather than `leptos-use-service-worker`: the app needs only a few calls,
//! and an update flow in which nothing reloads without the person's word, which that crate's
//! `skip_waiting` + reload helpers would have to be worked around for.
//!
//! Every function checks for its API first; without one the app runs as before (online only).
//! Nothing here logs an error: a browser that refuses a worker (private mode, a test harness
//! that blocks them) is no fault of the app.

use super::{has_property, navigator};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set when the person agreed to update: the page reloads once, whichever signal comes first.
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

/// The version of this build when it is a release build with a service worker:
/// `scripts/precache.mjs` writes `<meta name="sw-version" content="…">` into its index.html.
pub fn build_version() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=sw-version]")
        .ok()??
        .get_attribute("content")
        .filter(|v| !v.is_empty())
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = navigator()?;
    // Only in secure contexts (https, localhost), and not in every browser.
    has_property(&navigator, "serviceWorker").then(|| navigator.service_worker())
}

/// Register the worker at `script_url` (scoped to its folder), once the page has loaded so its
/// downloads do not compete with the app's own. `on_waiting` is called whenever a new version
/// has installed and waits, never for the first install; `on_refused` if the browser refuses
/// the worker (private browsing in some browsers, a policy, a worker script that fails).
pub fn register(
    script_url: String,
    on_waiting: impl Fn() + 'static,
    on_refused: impl FnOnce() + 'static,
) {
    let Some(container) = container() else { return };
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_waiting: Rc<dyn Fn()> = Rc::new(on_waiting);
    let start = move || {
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(registration) = JsFuture::from(container.register(&script_url)).await else {
                on_refused();
                return;
            };
            let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            if registration.waiting().is_some() && registration.active().is_some() {
                on_waiting();
            }
            // An update the browser already started (it checks on every navigation)...
            if let Some(installing) = registration.installing() {
                watch(&registration, installing, on_waiting.clone());
            }
            // ...and those found later (`update()`, or the browser's own checks).
            let this = registration.clone();
            let on_found = Closure::<dyn FnMut()>::new(move || {
                if let Some(installing) = this.installing() {
                    watch(&this, installing, on_waiting.clone());
                }
            });
            registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget(); // lives as long as the page
            REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
        });
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        start();
    } else {
        let on_load = Closure::once_into_js(start);
        let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
    }
}

/// Call `on_waiting` when `worker` has installed as an update (an active worker exists already).
fn watch(
    registration: &ServiceWorkerRegistration,
    worker: ServiceWorker,
    on_waiting: Rc<dyn Fn()>,
) {
    let registration = registration.clone();
    let this = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if this.state() == ServiceWorkerState::Installed && registration.active().is_some() {
            on_waiting();
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget(); // one small closure per update found
}

/// Ask the server whether there is a new version (it installs in the background if so).
pub fn check_for_update() {
    let Some(registration) = REGISTRATION.with(|r| r.borrow().clone()) else {
        return;
    };
    if let Ok(promise) = registration.update() {
        // Offline or a server error: the next check will do.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Whether a service worker controls this page, so that the app opens with no network: `None`
/// where the browser has no service workers (or refuses them, as some private modes do).
pub fn controls_page() -> Option<bool> {
    container().map(|c| c.controller().is_some())
}

/// Calls its function whenever a service worker takes control of the page (after the first
/// install, or an update), for as long as it is kept; dropping it stops the calls.
pub struct ControllerWatch {
    container: ServiceWorkerContainer,
    on_change: Closure<dyn FnMut()>,
}

impl Drop for ControllerWatch {
    fn drop(&mut self) {
        let _ = self.container.remove_event_listener_with_callback(
            "controllerchange",
            self.on_change.as_ref().unchecked_ref(),
        );
    }
}

pub fn watch_controller(f: impl FnMut() + 'static) -> Option<ControllerWatch> {
    let container = container()?;
    let on_change = Closure::<dyn FnMut()>::new(f);
    container
        .add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref())
        .ok()?;
    Some(ControllerWatch {
        container,
        on_change,
    })
}

/// The person agreed: let the waiting version take over, then reload once it controls the page.
/// Reloads at once if there is nothing waiting any more (another tab already updated).
pub fn update_and_reload() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    let Some(waiting) = waiting else {
        reload_once();
        return;
    };
    // Watched until the page reloads.
    std::mem::forget(watch_controller(reload_once));
    // Also when the page was not controlled (a hard reload bypasses the worker).
    let this = waiting.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if this.state() == ServiceWorkerState::Activated {
            reload_once();
        }
    });
    waiting.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();

    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    if waiting.post_message(&message).is_err() {
        reload_once();
    }
}

fn reload_once() {
    if RELOADING.with(|r| r.replace(true)) {
        return;
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

fn storage() -> Option<web_sys::StorageManager> {
    let navigator = navigator()?;
    has_property(&navigator, "storage").then(|| navigator.storage())
}

/// Whether the browser promised to keep the app's storage until the person clears it
/// (`navigator.storage.persisted()`); `None` where the browser cannot say.
pub async fn is_persisted() -> Option<bool> {
    let storage = storage()?;
    if !has_property(&storage, "persisted") {
        return None;
    }
    JsFuture::from(storage.persisted().ok()?)
        .await
        .ok()?
        .as_bool()
}

/// Ask the browser to keep the app's storage (`navigator.storage.persist()`). Chrome decides
/// by itself (an installed app gets it); Firefox asks the person. `None` without the API.
pub async fn request_persistence() -> Option<bool> {
    let storage = storage()?;
    if !has_property(&storage, "persist") {
        return None;
    }
    JsFuture::from(storage.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}

/// An iPhone or iPad browser tab, not the app added to the Home Screen. There, WebKit deletes
/// storage a script wrote after seven days without a visit; an installed app is exempt.
pub fn is_ios_browser_tab() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    // iPadOS asks for the desktop site and calls itself a Mac, but a Mac has no touch screen.
    let ios = ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d))
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1);
    if !ios {
        return false;
    }
    let home_screen = js_sys::Reflect::get(&navigator, &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
        || window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    !home_screen
}
