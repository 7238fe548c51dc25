//! The rules of the domain, in plain Rust: no browser APIs, no clock, no storage.
//! Time enters only as an argument (milliseconds since the Unix epoch).

pub mod figure;
pub mod nudges;
pub mod plan;
pub mod plan_choice;
pub mod progression;
pub mod reminder;
pub mod safety;
pub mod session;
pub mod stats;
pub mod workout;

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives them.
pub type Millis = i64;
/// A day of 24 hours, for windows counted in days (calendar days come from the shell's
/// `date_of`).
pub const DAY_MS: Millis = 24 * 60 * 60 * 1000;
