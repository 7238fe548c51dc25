//! Rotation Rehab: a guided progression of spinal rotation exercises.
//!
//! The layers, from the inside out (see ARCHITECTURE.md):
//! `catalog` (data) → `core` (rules, no browser) → `store` (persisted documents)
//! → `platform` (browser effects) → `ui` (Leptos screens).

/// `Deserialize` for an enum of unit variants, from the names it is serialized under (the
/// derive's `rename`s, repeated here). serde's derive goes through its enum machinery, about a
/// kilobyte of wasm per enum in the first download; a string visitor is a fraction of that.
/// Unknown names get serde's own "unknown variant" error. `tests/store.rs` checks every
/// variant both ways.
macro_rules! deserialize_by_name {
    ($ty:ident { $($name:literal => $variant:ident),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Names;
                impl serde::de::Visitor<'_> for Names {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("one of:" $(, " ", $name)*))
                    }
                    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<$ty, E> {
                        match name {
                            $($name => Ok($ty::$variant),)*
                            _ => Err(E::unknown_variant(name, &[$($name),*])),
                        }
                    }
                }
                deserializer.deserialize_str(Names)
            }
        }
    };
}

pub mod catalog;
pub mod core;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
