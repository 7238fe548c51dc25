//! Paths inside the app, wherever it is hosted. A static host may serve it under a sub-path
//! (`trunk build --public-url /rehab/` writes `<base href="/rehab/">`); links carry that
//! prefix, router navigation adds it itself.

use crate::store::SetupStep;
use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The sub-path the app is served under, without a trailing slash ("" at the root).
pub fn base() -> String {
    BASE.get_or_init(|| {
        let uri = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default();
        let path = web_sys::Url::new(&uri)
            .map(|u| u.pathname())
            .unwrap_or_default();
        // Only the folder part counts: "/rehab/index.html" and "/rehab/" both mean "/rehab".
        let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
        folder.to_string()
    })
    .clone()
}

/// An `href` for an in-app path such as "/exercises".
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// The address of a set-up step's screen.
pub fn step_path(step: SetupStep) -> &'static str {
    match step {
        SetupStep::SafetyCheck => "/start",
        SetupStep::Level => "/start/level",
        SetupStep::Equipment => "/start/equipment",
        SetupStep::Plan => "/start/plan",
    }
}
