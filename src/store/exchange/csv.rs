//! Sessions as CSV, for a spreadsheet or a clinician: one row per set (RFC 4180, CRLF line
//! ends), with text that a spreadsheet would run as a formula defused.

use crate::catalog::find;
use crate::core::session::{
    Effort, ExerciseLog, HurtKind, Load, Outcome, RangeUsed, SessionRecord, SetLog, Side, Work,
};
use crate::core::Millis;
use crate::store::History;

/// The columns, in order.
pub const CSV_HEADER: [&str; 17] = [
    "date",
    "session",
    "exercise",
    "set",
    "side",
    "target",
    "done",
    "unit",
    "completed",
    "load",
    "range",
    "pain before",
    "pain after",
    "effort",
    "outcome",
    "note",
    // Added after the others, so a sheet that reads the columns by position still works.
    "pain next day",
];

/// Every session of `history`, oldest first, one row per set. A session or an exercise with
/// no sets still gets one row, with the set columns empty. `local_time` formats a timestamp
/// as the person's local date and time (the shell knows the time zone; tests pass a fixed one).
///
/// The text has no byte-order mark; a shell that wants Excel to read accents right prepends
/// `'\u{feff}'` to the download.
pub fn sessions_csv(history: &History, local_time: impl Fn(Millis) -> String) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().map(|h| h.to_string()));
    for session in &history.sessions {
        let date = local_time(session.started_at);
        if session.exercises.is_empty() {
            push_row(&mut out, row(&date, session, None, None));
        }
        for log in &session.exercises {
            if log.sets.is_empty() {
                push_row(&mut out, row(&date, session, Some(log), None));
            }
            for set in &log.sets {
                push_row(&mut out, row(&date, session, Some(log), Some(set)));
            }
        }
    }
    out
}

fn row(
    date: &str,
    session: &SessionRecord,
    log: Option<&ExerciseLog>,
    set: Option<&SetLog>,
) -> impl Iterator<Item = String> {
    let exercise = log.map_or(String::new(), |l| {
        find(&l.exercise).map_or_else(|| l.exercise.clone(), |e| e.name.to_string())
    });
    let set_columns: [String; 6] = match set {
        Some(s) => [
            s.set.to_string(),
            side(s.side).into(),
            s.target.amount().to_string(),
            s.done.amount().to_string(),
            unit(s.done).into(),
            if s.completed { "yes" } else { "no" }.into(),
        ],
        None => Default::default(),
    };
    let pain = |p: Option<u8>| p.map_or(String::new(), |n| n.to_string());
    // Numbers come out as they are; everything that may hold text goes through `text`.
    let [number, side, target, done, unit, completed] = set_columns;
    [
        text(date),
        text(&session.id),
        text(&exercise),
        number,
        side,
        target,
        done,
        unit,
        completed,
        text(&log.map_or(String::new(), |l| load(&l.load))),
        log.and_then(|l| l.range).map_or("", range).into(),
        pain(session.pain_before),
        pain(session.pain_after),
        session.effort.map_or("", effort).into(),
        text(&outcome(session.outcome)),
        text(&session.note),
        pain(session.pain_next_day),
    ]
    .into_iter()
}

fn side(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
        Side::Both => "both",
    }
}

fn unit(work: Work) -> &'static str {
    match work {
        Work::Seconds(_) => "seconds",
        Work::Reps(_) => "reps",
    }
}

fn load(load: &Load) -> String {
    match load {
        Load::None => String::new(),
        Load::Kg(w) => format!("{w} kg"),
        Load::Lb(w) => format!("{w} lb"),
        Load::Band(name) if name.to_lowercase().contains("band") => name.trim().to_string(),
        Load::Band(name) => format!("{} band", name.trim()),
    }
}

fn range(range: RangeUsed) -> &'static str {
    match range {
        RangeUsed::Small => "small",
        RangeUsed::Medium => "medium",
        RangeUsed::Full => "full",
    }
}

fn effort(effort: Effort) -> &'static str {
    match effort {
        Effort::TooEasy => "too easy",
        Effort::AboutRight => "about right",
        Effort::TooHard => "too hard",
    }
}

fn outcome(outcome: Outcome) -> String {
    match outcome {
        Outcome::Completed => "completed".into(),
        Outcome::EndedEarly => "ended early".into(),
        Outcome::Stopped(HurtKind::SharpOrRising) => "stopped: sharp or rising pain".into(),
        Outcome::Stopped(kind) => format!("stopped: {}", kind.label().to_lowercase()),
    }
}

/// A text field, defused: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and
/// some also after a tab or carriage return) as a formula, so such text gets a leading `'`.
fn text(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// One record: fields quoted when they hold a comma, a quote or a line break (quotes doubled),
/// separated by commas, ended by CRLF.
fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}
