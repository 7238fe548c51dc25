//! The exercise catalog: typed, constant data, validated by `tests/catalog.rs`.

mod data;
mod describe;
mod filter;
mod how_to;
mod types;

pub use data::{main_exercises, path_of, variations_of, Relation, EXERCISES};
pub use filter::Filters;
pub use how_to::HOW_TO;
pub use types::*;

/// The entry with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|e| e.id == id)
}

/// How to do the exercise with this id (every catalog entry has it: `tests/catalog.rs`).
pub fn how_to(id: &str) -> Option<&'static HowTo> {
    HOW_TO.iter().find(|h| h.exercise == id)
}

/// The exercise's name, or the id itself for one the catalog no longer has (a plan or a
/// history keeps ids across versions of the app).
pub fn name_of(id: &str) -> &str {
    find(id).map_or(id, |e| e.name)
}
