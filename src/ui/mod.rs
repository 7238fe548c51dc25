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
use leptos_router::{lazy_route, path, Lazy, LazyRoute};

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

/// Every screen but Today is a lazy route: its code is split out of the first download by
/// `scripts/split.mjs` and fetched when the route is first opened (then kept by the service
/// worker). Today's screen, the frame and the state stay in the main module.
macro_rules! lazy_routes {
    ($($route:ident => $screen:path),* $(,)?) => {$(
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> AnyView {
                $screen().into_any()
            }
        }
    )*};
}

lazy_routes! {
    SafetyCheckRoute => setup::SafetyCheck,
    ChooseLevelRoute => setup::ChooseLevel,
    ChooseEquipmentRoute => setup::ChooseEquipment,
    ChoosePlanRoute => setup::ChoosePlan,
    CatalogRoute => catalog::CatalogList,
    ExerciseRoute => catalog::ExerciseDetail,
    SettingsRoute => settings::Settings,
    WorkoutRoute => workout::Workout,
    HistoryRoute => history::HistoryList,
    CalendarRoute => history::Calendar,
    SessionRoute => history::SessionDetail,
    ProgressRoute => history::Progress,
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
                <Route path=path!("/start") view={Lazy::<SafetyCheckRoute>::new()}/>
                <Route path=path!("/start/level") view={Lazy::<ChooseLevelRoute>::new()}/>
                <Route path=path!("/start/equipment") view={Lazy::<ChooseEquipmentRoute>::new()}/>
                <Route path=path!("/start/plan") view={Lazy::<ChoosePlanRoute>::new()}/>
                <Route path=path!("/exercises") view={Lazy::<CatalogRoute>::new()}/>
                <Route path=path!("/exercises/:id") view={Lazy::<ExerciseRoute>::new()}/>
                <Route path=path!("/settings") view={Lazy::<SettingsRoute>::new()}/>
                <Route path=path!("/workout") view={Lazy::<WorkoutRoute>::new()}/>
                <Route path=path!("/history") view={Lazy::<HistoryRoute>::new()}/>
                <Route path=path!("/history/calendar") view={Lazy::<CalendarRoute>::new()}/>
                <Route path=path!("/history/:id") view={Lazy::<SessionRoute>::new()}/>
                <Route path=path!("/progress") view={Lazy::<ProgressRoute>::new()}/>
            </Routes>
        </Router>
    }
}
