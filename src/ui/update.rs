//! Offline and installing, as the person sees it: "Update available" when a new version of the
//! app has installed in the background, a reminder now and then to download a backup when the
//! browser has not promised to keep the data, how to add the app to the Home Screen on iOS, and
//! (in Settings) whether the browser keeps the data. None of these shows while a workout runs.
//! The browser side is `platform::service_worker`.

use crate::core::nudges::{backup_due, install_hint_due, sessions_since_backup};
use crate::platform::page_visible;
use crate::platform::service_worker as sw;
use crate::ui::links::href;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// How often a long-open app asks the server for a new version (when it comes back into view).
const UPDATE_CHECK_MS: i64 = 60 * 60 * 1000;
/// How long after the first screen the service worker is registered (see `UpdatePrompt`).
const SW_AFTER_FIRST_SCREEN: std::time::Duration = std::time::Duration::from_secs(1);

/// The prompts above every screen. Mounted once, in `App`, inside the router.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let app = use_app();
    let update_waiting = RwSignal::new(false);
    let remind_backup = RwSignal::new(false);
    let ios_tab = sw::is_ios_browser_tab();
    let install_hint = Memo::new(move |_| {
        ios_tab
            && app
                .profile
                .with(|p| install_hint_due(p.install_hint_dismissed_at, app.now()))
    });
    let asked_persistence = StoredValue::new(false);
    let workout_running = Memo::new(move |_| {
        app.active
            .with(|a| a.workout.as_ref().is_some_and(|w| !w.is_over()))
    });
    let has_sessions = Memo::new(move |_| app.history.with(|h| !h.sessions.is_empty()));

    // Only release builds carry the version meta; `trunk serve` registers no worker.
    if sw::build_version().is_some() {
        // Not before the first screen is shown, and a moment after: installing copies every
        // file of the app into the cache, and on a two-core machine that work took the CPU from
        // a deep link's first render (Lighthouse TBT, median of 5 runs: exercise page 325 ->
        // 20 ms, workout 94 -> 30 ms; docs/benchmarks.md).
        Effect::new(move |registered: Option<bool>| {
            if registered == Some(true) || !app.screen_shown.get() {
                return registered.unwrap_or(false);
            }
            set_timeout(
                move || {
                    sw::register(
                        href("/sw.js"),
                        move || {
                            update_waiting.try_set(true);
                        },
                        move || app.offline_refused.set(true),
                    )
                },
                SW_AFTER_FIRST_SCREEN,
            );
            true
        });
        let last_check = StoredValue::new(app.now());
        let on_visible = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let now = app.now();
            if page_visible() && now - last_check.get_value() >= UPDATE_CHECK_MS {
                last_check.set_value(now);
                sw::check_for_update();
            }
        });
        on_cleanup(move || on_visible.remove());
    }

    // A session saved (here, in another tab, or imported): ask for persistent storage, and
    // remind about backups while the browser has not granted it.
    Effect::new(move |previous: Option<(usize, usize)>| {
        let count = app.history.with(|h| h.sessions.len());
        let since_backup = app.profile.with(|p| {
            app.history.with(|h| {
                sessions_since_backup(p.last_backup_at, h.sessions.iter().map(|s| s.started_at))
            })
        });
        if since_backup == 0 {
            remind_backup.set(false); // a backup was just downloaded
        }
        if let Some((previous_count, previous_since)) = previous {
            if count > previous_count {
                let due = backup_due(previous_since, since_backup);
                let ask = !asked_persistence.get_value();
                asked_persistence.set_value(true);
                wasm_bindgen_futures::spawn_local(async move {
                    let mut persisted = sw::is_persisted().await == Some(true);
                    if !persisted && ask {
                        persisted = sw::request_persistence().await == Some(true);
                    }
                    if due && !persisted {
                        remind_backup.try_set(true);
                    }
                });
            }
        }
        (count, since_backup)
    });

    view! {
        <div class="app-prompts" role="status" aria-live="polite">
            <Show when=move || update_waiting.get() && !workout_running.get()>
                <div class="notice" data-testid="update-prompt">
                    <p>"Update available: a new version of the app is ready."</p>
                    <div class="row">
                        <button type="button" class="button primary" on:click=move |_| sw::update_and_reload()>
                            "Reload"
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| update_waiting.set(false)>
                            "Later"
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || remind_backup.get() && !workout_running.get()>
                <div class="notice" data-testid="backup-reminder">
                    <p>"Your browser has not promised to keep this app's data, and may clear it to free space. Download a backup now and then, so your history is safe."</p>
                    <div class="row">
                        <a href=href("/settings") class="button primary" on:click=move |_| remind_backup.set(false)>
                            "Back up in Settings"
                        </a>
                        <button type="button" class="button secondary" on:click=move |_| remind_backup.set(false)>
                            "Dismiss"
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || install_hint.get() && has_sessions.get() && !workout_running.get()>
                <div class="notice" data-testid="install-hint">
                    <p>"Keep your history: on iPhone and iPad, Safari deletes the app's data after seven days without a visit, unless the app is on your Home Screen. Tap Share, then “Add to Home Screen”, and open it from there."</p>
                    <div class="row">
                        <button type="button" class="button secondary" on:click=move |_| {
                            let now = app.now();
                            app.change_profile(|p| p.install_hint_dismissed_at = Some(now));
                        }>
                            "Got it"
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// For Settings ("Your data"): whether the browser promised to keep the data, and the version.
#[component]
pub fn PersistenceStatus() -> impl IntoView {
    let app = use_app();
    // None while asking; Some(None) when the browser cannot say.
    let persisted = RwSignal::new(None::<Option<bool>>);
    // Asked again after a session is saved (when the app may have requested it).
    Effect::new(move |_| {
        app.history.with(|h| h.sessions.len());
        wasm_bindgen_futures::spawn_local(async move {
            let answer = sw::is_persisted().await;
            persisted.try_set(Some(answer));
        });
    });
    let version = sw::build_version();
    // Whether the app would open with no network now. A first visit is not controlled until the
    // worker has installed (a second or two after the first screen); some browsers never allow
    // one. Kept with the screen: the watch stops when Settings closes.
    let offline = RwSignal::new(sw::controls_page());
    let watch = sw::watch_controller(move || {
        offline.try_set(Some(true));
    });
    StoredValue::new_local(watch);
    view! {
        <p class="muted" data-testid="persistence">{move || match persisted.get() {
            None => String::new(),
            Some(Some(true)) => "This browser has promised to keep your data until you delete it.".to_string(),
            Some(Some(false)) => "This browser has not promised to keep your data: it may clear it when space runs low. Download a backup now and then.".to_string(),
            Some(None) => "This browser does not say whether it will keep your data. Download a backup now and then.".to_string(),
        }}</p>
        {version.map(|v| view! {
            <p class="muted" data-testid="offline-status">{move || match (offline.get(), app.offline_refused.get()) {
                (Some(true), _) => "Works offline.",
                (Some(false), false) => "Getting ready to work offline: this takes a moment with the app open.",
                (Some(false), true) => "This browser refused to keep the app for use offline, so it needs a connection to open. Private browsing often does this.",
                (None, _) => "This browser cannot keep the app for use offline.",
            }} " App version " <span data-testid="app-version">{v}</span> "."</p>
        })}
    }
}
