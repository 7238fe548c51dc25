//! The one place the app reads the wall clock. The core receives time as an argument.

use crate::core::Millis;

pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}
