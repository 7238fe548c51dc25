//! The Leptos UI: routes and components that show state and send events. Rules live in
//! `core`; persistence in `store`; browser effects in `platform`.

mod charts;
mod components;
mod figure;
mod links;
mod screens;
mod state;
mod update;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use screens::{catalog, history, settings, setup, today, workout};

/// Mount the app in place of the static loading shell of `index.html`.
pub fn mount() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
    // A second after start, when the first screen is up and before a person can reach a list.
    set_timeout(
        crate::platform::clock::prepare_formatting,
        std::time::Duration::from_secs(1),
    );
}

#[component]
fn App() -> impl IntoView {
    state::provide();
    view! {
        <Router base=links::base()>
            <components::Notices/>
            <update::UpdatePrompt/>
            <Routes fallback=screens::NotFound>
                <Route path=path!("/") view=today::Today/>
                <Route path=path!("/start") view=setup::SafetyCheck/>
                <Route path=path!("/start/level") view=setup::ChooseLevel/>
                <Route path=path!("/start/equipment") view=setup::ChooseEquipment/>
                <Route path=path!("/start/plan") view=setup::ChoosePlan/>
                <Route path=path!("/exercises") view=catalog::CatalogList/>
                <Route path=path!("/exercises/:id") view=catalog::ExerciseDetail/>
                <Route path=path!("/settings") view=settings::Settings/>
                <Route path=path!("/workout") view=workout::Workout/>
                <Route path=path!("/history") view=history::HistoryList/>
                <Route path=path!("/history/calendar") view=history::Calendar/>
                <Route path=path!("/history/:id") view=history::SessionDetail/>
                <Route path=path!("/progress") view=history::Progress/>
            </Routes>
        </Router>
    }
}
