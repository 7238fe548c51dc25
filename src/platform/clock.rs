//! The one place the app reads the wall clock. The core receives time as an argument.

use crate::core::Millis;

pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// A date and time in the person's time zone and English, e.g. "Sat 28 Nov, 18:55" (en-GB)
/// or "Sat, Nov 28, 6:55 PM" (en-US).
pub fn format_local(at: Millis) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    FORMAT.with(|format| call_format(format, &date))
}

/// A calendar day as the charts label it, in the same English as `format_local`: "28 Nov" or
/// "Nov 28".
pub fn format_day(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    // Noon: a day that starts or ends at a daylight-saving change still has a noon.
    let date = js_sys::Date::new_with_year_month_day_hr_min(
        day.year() as u32,
        day.month0() as i32,
        day.day() as i32,
        12,
        0,
    );
    DAY_FORMAT.with(|format| call_format(format, &date))
}

fn call_format(format: &js_sys::Function, date: &js_sys::Date) -> String {
    format
        .call1(&wasm_bindgen::JsValue::UNDEFINED, date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The locales dates are written in: the person's language when it is English (en-US,
/// en-AU...), then British English (assets/warm-locale.js picks the same). Every word of the
/// app is English, so a date in another language would read as a slip; en-GB's day-month order
/// and 24-hour clock are what most of the world reads.
pub fn date_locales() -> js_sys::Array {
    let locales = js_sys::Array::new();
    let language = web_sys::window().and_then(|w| w.navigator().language());
    if let Some(tag) = language.filter(|t| t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("en")))
    {
        locales.push(&tag.into());
    }
    locales.push(&"en-GB".into());
    locales
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
        // The worker closes itself once its formatter is built. It picks the locales itself,
        // as `date_locales` does: that code then stays out of the first download.
        let _ = worker.post_message(&date_time_options());
    }
}

thread_local! {
    // Whether `prepare_formatting` has started its worker.
    static WARMING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    // One formatter for the page's life: `Date.toLocaleString` with options builds a new
    // Intl.DateTimeFormat on every call, about 0.7 ms each, which a list of 30 sessions felt.
    static FORMAT: js_sys::Function =
        js_sys::Intl::DateTimeFormat::new(&date_locales(), &date_time_options()).format();
    static DAY_FORMAT: js_sys::Function =
        js_sys::Intl::DateTimeFormat::new(&date_locales(), &day_options()).format();
}

/// What `format_local` shows of a moment, as `Intl.DateTimeFormat` options.
pub fn date_time_options() -> js_sys::Object {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        // "6:55 PM", not "06:55 PM"; a 24-hour clock still reads "18:55".
        ("hour", "numeric"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    options
}

/// What `format_day` shows of a day.
fn day_options() -> js_sys::Object {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "short")] {
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
