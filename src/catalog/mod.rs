//! The exercise catalog: typed, constant data, validated by `tests/catalog.rs`.

mod data;
mod describe;
mod filter;
mod types;

pub use data::{main_exercises, path_of, variations_of, Relation, EXERCISES};
pub use filter::Filters;
pub use types::*;

/// The entry with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|e| e.id == id)
}

/// The exercise's name, or the id itself for one the catalog no longer has (a plan or a
/// history keeps ids across versions of the app).
pub fn name_of(id: &str) -> &str {
    find(id).map_or(id, |e| e.name)
}
