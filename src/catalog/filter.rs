//! Filtering the catalog by level and equipment, as the catalog screen's URL asks for it.
//! Values the app does not know are reported, not silently dropped.

use super::types::{Equipment, Exercise, Level};

/// The filters of the catalog list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub level: Option<Level>,
    pub equipment: Option<Equipment>,
    /// Only exercises that need no equipment ("equipment=none").
    pub no_equipment: bool,
    /// Values from the URL that are not a known level or equipment.
    pub unknown: Vec<String>,
}

impl Filters {
    /// Read the `level` and `equipment` query values (empty means "any").
    pub fn from_query(level: Option<&str>, equipment: Option<&str>) -> Filters {
        let mut filters = Filters::default();
        if let Some(value) = level.filter(|v| !v.is_empty()) {
            match Level::from_slug(value) {
                Some(level) => filters.level = Some(level),
                None => filters.unknown.push(value.to_string()),
            }
        }
        if let Some(value) = equipment.filter(|v| !v.is_empty()) {
            if value == "none" {
                filters.no_equipment = true;
            } else {
                match Equipment::from_slug(value) {
                    Some(e) => filters.equipment = Some(e),
                    None => filters.unknown.push(value.to_string()),
                }
            }
        }
        filters
    }

    /// The query string for these filters, `?` included, or empty when nothing is filtered:
    /// the known values only, so a value the app did not know is gone once a filter is chosen.
    pub fn to_query(&self) -> String {
        let params: Vec<String> = [
            ("level", self.level_slug()),
            ("equipment", self.equipment_slug()),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
        if params.is_empty() {
            String::new()
        } else {
            format!("?{}", params.join("&"))
        }
    }

    /// The level value as it goes into the URL.
    pub fn level_slug(&self) -> &'static str {
        self.level.map_or("", Level::slug)
    }

    /// The equipment value as it goes into the URL.
    pub fn equipment_slug(&self) -> &'static str {
        if self.no_equipment {
            "none"
        } else {
            self.equipment.map_or("", Equipment::slug)
        }
    }

    pub fn admits(&self, exercise: &Exercise) -> bool {
        let level_ok = self.level.is_none_or(|l| exercise.levels.contains(l));
        let equipment_ok = if self.no_equipment {
            exercise.equipment.any_of.is_empty()
        } else {
            self.equipment
                .is_none_or(|e| exercise.equipment.any_of.contains(&e))
        };
        level_ok && equipment_ok
    }
}
