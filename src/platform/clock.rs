//! The one place the app reads the wall clock. The core receives time as an argument.

use crate::core::Millis;

pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// A date and time in the user's own locale and time zone, e.g. "Sat 28 Nov, 18:55".
pub fn format_local(at: Millis) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
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
    date.to_locale_string("default", &options).into()
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
