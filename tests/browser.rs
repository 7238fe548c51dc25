//! Browser tests (wasm-bindgen-test in headless Chromium): the store over the real
//! `localStorage`, and the platform wrappers where an API is missing or refuses.
#![cfg(target_arch = "wasm32")]

use rotation_rehab::catalog::Level;
use rotation_rehab::platform::{audio, clock, cues, speech, tasks, vibration, wake_lock};
use rotation_rehab::store::{
    Backend, BackendError, BrowserStorage, Kind, LoadProblem, Profile, Repository,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_storage() -> BrowserStorage {
    let storage = BrowserStorage::open().expect("localStorage in a test browser");
    for key in storage.keys().unwrap() {
        storage.remove(&key).unwrap();
    }
    storage
}

#[wasm_bindgen_test]
fn profile_round_trips_through_local_storage() {
    let mut repo = Repository::new(Box::new(fresh_storage()));
    repo.load::<Profile>(clock::now());
    let profile = Profile {
        level: Some(Level::Advanced),
        ..Profile::default()
    };
    repo.save(&profile).unwrap();
    let mut other_tab = Repository::new(Box::new(BrowserStorage::open().unwrap()));
    assert_eq!(other_tab.load::<Profile>(clock::now()).value, profile);
}

/// `get` reads through the browser's UTF-8 encoder rather than wasm-bindgen's string copy:
/// text outside ASCII comes back as it went in, a missing key as `None`, and a lone surrogate
/// (which only a script, not this app, could have stored) as U+FFFD, still a valid `String`.
#[wasm_bindgen_test]
fn stored_text_reads_back_exactly_whatever_its_characters() {
    let storage = fresh_storage();
    let text = "Pallof press · 3×10 — «Genou» 膝 🧘 done";
    storage.set("rotation-rehab/test", text).unwrap();
    assert_eq!(
        storage.get("rotation-rehab/test").unwrap().as_deref(),
        Some(text)
    );
    assert_eq!(storage.get("rotation-rehab/absent").unwrap(), None);

    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let lone = js_sys::JsString::from_char_code(&[0x61, 0xD800, 0x62]);
    let set_item: js_sys::Function = js_sys::Reflect::get(&raw, &"setItem".into())
        .unwrap()
        .unchecked_into();
    set_item
        .call2(&raw, &"rotation-rehab/test".into(), &lone)
        .unwrap();
    assert_eq!(
        storage.get("rotation-rehab/test").unwrap().as_deref(),
        Some("a\u{FFFD}b")
    );
}

#[wasm_bindgen_test]
fn corrupt_local_storage_value_is_backed_up_not_lost() {
    let storage = fresh_storage();
    storage.set(&Kind::Profile.key(), "{oops").unwrap();
    let mut repo = Repository::new(Box::new(BrowserStorage::open().unwrap()));
    let loaded = repo.load::<Profile>(1234);
    let Some(LoadProblem::Unreadable { backup_key, .. }) = loaded.problem else {
        panic!("expected a backup, got {:?}", loaded.problem)
    };
    assert_eq!(storage.get(&backup_key).unwrap().as_deref(), Some("{oops"));
}

#[wasm_bindgen_test]
fn filling_local_storage_gives_a_quota_error_and_keeps_the_old_value() {
    let storage = fresh_storage();
    storage.set("rotation-rehab/test-small", "kept").unwrap();
    // Chromium allows about 5 MiB of UTF-16 per origin: 6 M characters cannot fit.
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(
        storage.set("rotation-rehab/test-small", &huge),
        Err(BackendError::QuotaExceeded)
    );
    assert_eq!(
        storage.get("rotation-rehab/test-small").unwrap().as_deref(),
        Some("kept")
    );
    storage.remove("rotation-rehab/test-small").unwrap();
}

#[wasm_bindgen_test]
fn effects_never_throw_even_without_a_user_gesture() {
    // Headless Chromium has no gesture: the browser may refuse, the app must not break.
    audio::unlock();
    audio::play(&[audio::Tone { hz: 440.0, ms: 50 }]);
    vibration::vibrate(&[100]);
    speech::say("Left side");
    speech::unlock();
    cues::unlock();
    // Twice before the first answer: still at most one lock, and none once released.
    wake_lock::keep_awake(true);
    wake_lock::keep_awake(true);
    wake_lock::keep_awake(false);
    assert!(!wake_lock::is_held());
}

#[wasm_bindgen_test]
fn the_clock_reads_milliseconds_since_the_epoch() {
    let now = clock::now();
    assert!(now > 1_700_000_000_000, "{now}");
    assert!(!clock::format_local(now).is_empty());
}

#[wasm_bindgen_test]
fn local_formatting_matches_the_browsers_own_for_every_moment() {
    // The cached formatter must give what a fresh `toLocaleString` with the same options gives,
    // for moments on both sides of a daylight-saving change and across years.
    let options = clock::date_time_options();
    for at in [
        0_i64,
        1_711_846_800_000,
        1_711_850_400_000,
        1_795_000_000_000,
    ] {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
        let fresh = js_sys::Intl::DateTimeFormat::new(&clock::date_locales(), &options);
        let expected: String = fresh
            .format()
            .call1(&wasm_bindgen::JsValue::UNDEFINED, &date)
            .unwrap()
            .as_string()
            .unwrap();
        assert_eq!(clock::format_local(at), expected, "at {at}");
    }
}

#[wasm_bindgen_test]
fn dates_are_written_in_english_whatever_the_browsers_language() {
    let locales: Vec<String> = clock::date_locales()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    assert_eq!(
        locales.last().map(String::as_str),
        Some("en-GB"),
        "{locales:?}"
    );
    assert!(
        locales
            .iter()
            .all(|l| l.to_ascii_lowercase().starts_with("en")),
        "{locales:?}"
    );
    // The charts' day labels and the history's dates name the month the same way.
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
    let label = clock::format_day(day);
    assert!(label.contains('9') && label.contains("Mar"), "{label}");
    let noon = js_sys::Date::new_with_year_month_day_hr_min(2026, 2, 9, 12, 0).get_time() as i64;
    let full = clock::format_local(noon);
    assert!(full.contains(&label), "{full} does not contain {label}");
}

/// A log of numbers, and a way to queue the push of one with `run_soon`.
fn task_log() -> (std::rc::Rc<std::cell::RefCell<Vec<u8>>>, impl Fn(u8)) {
    let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let queue = {
        let log = log.clone();
        move |n| {
            let log = log.clone();
            tasks::run_soon(move || log.borrow_mut().push(n));
        }
    };
    (log, queue)
}

/// Start-up is cut into tasks with `run_soon`: the work must run later, not now, in the order
/// it was queued.
#[wasm_bindgen_test]
async fn run_soon_runs_the_work_in_a_later_task_in_order() {
    let (log, queue) = task_log();
    queue(1);
    queue(2);
    log.borrow_mut().push(0);
    // A microtask is not a later task: nothing has run yet after one.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
        .await
        .unwrap();
    assert_eq!(*log.borrow(), [0]);
    tasks::next_task().await;
    assert_eq!(*log.borrow(), [0, 1, 2]);
}

/// A lazy screen awaits `next_task` between its steps: the wait must end in a task of its own,
/// after the work queued before it and before the work queued after it.
#[wasm_bindgen_test]
async fn next_task_resumes_in_a_task_of_its_own() {
    let (log, queue) = task_log();
    queue(1);
    let wait = tasks::next_task();
    queue(2);
    wait.await;
    assert_eq!(*log.borrow(), [1]);
    tasks::next_task().await;
    assert_eq!(*log.borrow(), [1, 2]);
}
