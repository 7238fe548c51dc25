//! Per-exercise trends and the pain series, oldest first, ready for the charts.

use serde::{Deserialize, Serialize};

use crate::core::session::{Load, SessionRecord, Work};
use crate::core::Millis;

const KG_PER_LB: f32 = 0.453_592_37;

/// One session's work on one exercise, for the trend charts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TrendPoint {
    /// When the session started.
    pub at: Millis,
    /// Mean seconds held per set and side (holds only).
    pub hold_seconds: Option<f32>,
    /// Mean reps per set and side (reps only).
    pub reps: Option<f32>,
    /// The weight used, in kg (pounds converted); `None` for body weight or a band.
    pub load_kg: Option<f32>,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
}

/// A weight in kg, or `None` for a band or no load.
pub fn load_kg(load: &Load) -> Option<f32> {
    match load {
        Load::Kg(kg) => Some(*kg),
        Load::Lb(lb) => Some(lb * KG_PER_LB),
        Load::None | Load::Band(_) => None,
    }
}

/// A point for every session that included `exercise`, oldest first.
///
/// Means leave out sets where nothing was done (skipped), so a skipped set reads as a gap in
/// effort that day, not as a set of zero; sets cut short count with what was done.
pub fn trend(sessions: &[SessionRecord], exercise: &str) -> Vec<TrendPoint> {
    let mut points: Vec<TrendPoint> = sessions
        .iter()
        .filter_map(|s| {
            let logs = s.exercises.iter().filter(|e| e.exercise == exercise);
            let (mut seconds, mut holds, mut reps, mut rep_sets) = (0u64, 0u32, 0u64, 0u32);
            let mut load = None;
            let mut seen = false;
            for log in logs {
                seen = true;
                load = load.or_else(|| load_kg(&log.load));
                for set in log.sets.iter().filter(|set| set.done.amount() > 0) {
                    match set.done {
                        Work::Seconds(n) => (seconds, holds) = (seconds + u64::from(n), holds + 1),
                        Work::Reps(n) => (reps, rep_sets) = (reps + u64::from(n), rep_sets + 1),
                    }
                }
            }
            let mean = |sum: u64, n: u32| (n > 0).then(|| sum as f32 / n as f32);
            seen.then(|| TrendPoint {
                at: s.started_at,
                hold_seconds: mean(seconds, holds),
                reps: mean(reps, rep_sets),
                load_kg: load,
                pain_before: s.pain_before,
                pain_after: s.pain_after,
            })
        })
        .collect();
    // Stored history is already oldest first, so this stable sort costs one pass.
    points.sort_by_key(|p| p.at);
    points
}

/// Pain before and after every session, oldest first (`None` where it was not rated).
pub fn pain_series(sessions: &[SessionRecord]) -> Vec<(Millis, Option<u8>, Option<u8>)> {
    let mut series: Vec<_> = sessions
        .iter()
        .map(|s| (s.started_at, s.pain_before, s.pain_after))
        .collect();
    series.sort_by_key(|p| p.0);
    series
}

/// Every exercise of the history once, the one done last first: the order of the progress
/// screen's cards.
pub fn exercises_by_recency(sessions: &[SessionRecord]) -> Vec<String> {
    let mut exercises: Vec<String> = Vec::new();
    for log in sessions.iter().rev().flat_map(|s| &s.exercises) {
        if !exercises.contains(&log.exercise) {
            exercises.push(log.exercise.clone());
        }
    }
    exercises
}
