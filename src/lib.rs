//! Rotation Rehab: a guided progression of spinal rotation exercises.
//!
//! The layers, from the inside out (see ARCHITECTURE.md):
//! `catalog` (data) → `core` (rules, no browser) → `store` (persisted documents)
//! → `platform` (browser effects) → `ui` (Leptos screens).

pub mod catalog;
pub mod core;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
