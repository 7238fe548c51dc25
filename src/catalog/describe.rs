//! Plain-words descriptions of prescriptions, shared by every screen that shows one.

use super::types::{Dose, Prescription, Sides};

impl Prescription {
    /// e.g. "3 sets of a 10 s hold, each side" or "2 sets of 8 reps, each rep both ways".
    pub fn describe(&self) -> String {
        let sets = if self.sets == 1 {
            "1 set".to_string()
        } else {
            format!("{} sets", self.sets)
        };
        let work = match self.dose {
            // No-break spaces: a number is never left at a line's end without its unit.
            Dose::Hold { seconds } => format!("a {seconds}\u{a0}s hold"),
            Dose::Reps { reps, .. } => format!("{reps} reps"),
        };
        let sides = match self.sides {
            Sides::EachSide => "each side",
            Sides::Alternating => "each rep both ways",
        };
        format!("{sets} of {work}, {sides}")
    }

    /// e.g. "3 s out, 3 s back · rest 30 s".
    pub fn describe_pace(&self) -> String {
        match self.dose {
            Dose::Reps {
                seconds_each_way, ..
            } => {
                format!(
                    "{seconds_each_way}\u{a0}s out, {seconds_each_way}\u{a0}s back · rest {}\u{a0}s",
                    self.rest_seconds
                )
            }
            Dose::Hold { .. } => format!("rest {}\u{a0}s between sets", self.rest_seconds),
        }
    }
}
