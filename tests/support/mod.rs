//! Builders shared by the test crates that simulate training (`mod support;` in each).

use rotation_rehab::catalog::{Dose, Prescription, Sides};
use rotation_rehab::core::session::{SetLog, Side, Work};

/// The sets `p` asks for, each done in full on every side it names; with `cut_short`, the last
/// one stopped after a second (as a stop for pain leaves it).
pub fn sets_as_prescribed(p: Prescription, cut_short: bool) -> Vec<SetLog> {
    let work = match p.dose {
        Dose::Hold { seconds } => Work::Seconds(seconds),
        Dose::Reps { reps, .. } => Work::Reps(reps),
    };
    let sides: &[Side] = match p.sides {
        Sides::EachSide => &[Side::Left, Side::Right],
        Sides::Alternating => &[Side::Both],
    };
    let mut sets: Vec<SetLog> = (1..=p.sets)
        .flat_map(|n| sides.iter().map(move |&side| (n, side)))
        .map(|(set, side)| SetLog {
            set,
            side,
            target: work,
            done: work,
            done_ms: 0,
            completed: true,
        })
        .collect();
    if cut_short {
        let last = sets.last_mut().expect("a prescription has a set");
        last.done = Work::Seconds(1);
        last.completed = false;
    }
    sets
}
