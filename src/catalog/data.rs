use super::types::*;
pub static EXERCISES: &[Exercise] = &[];
