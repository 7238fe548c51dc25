//! The one place the app reads the wall clock. The core receives time as an argument.

use crate::core::Millis;

pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// A date and time in the user's own locale and time zone, e.g. "Sat 28 Nov, 18:55".
pub fn format_local(at: Millis) -> String {
    FORMAT.with(|format| {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
        format
            .call1(&wasm_bindgen::JsValue::UNDEFINED, &date)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    })
}

/// Load the locale data for the date formatter ahead of need, off the main thread. Building the
/// first formatter of a page loads it (35–50 ms here, a long task on a phone); the browser keeps
/// it in caches shared with the page's workers, so a worker (`script`, assets/warm-locale.js)
/// that builds the same formatter first leaves the app's own a fraction of a millisecond.
/// Only the first call of a page starts one; without workers, the first formatter pays as before.
pub fn prepare_formatting(script: &str) {
    if WARMING.replace(true) {
        return;
    }
    if let Ok(worker) = web_sys::Worker::new(script) {
        // The worker closes itself once its formatter is built.
        let _ = worker.post_message(&date_time_options());
    }
}

thread_local! {
    // Whether `prepare_formatting` has started its worker.
    static WARMING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    // One formatter for the page's life: `Date.toLocaleString` with options builds a new
    // Intl.DateTimeFormat on every call, about 0.7 ms each, which a list of 30 sessions felt.
    static FORMAT: js_sys::Function =
        js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &date_time_options()).format();
}

/// What `format_local` shows of a moment, as `Intl.DateTimeFormat` options.
pub fn date_time_options() -> js_sys::Object {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    options
}

/// The local calendar date of a moment, in the device's time zone (daylight saving included).
pub fn local_date(at: Millis) -> chrono::NaiveDate {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_default()
}

/// Today's local date.
pub fn today() -> chrono::NaiveDate {
    local_date(now())
}
