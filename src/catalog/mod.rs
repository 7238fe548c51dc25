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
