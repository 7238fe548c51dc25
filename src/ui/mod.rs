//! The Leptos UI: routes and components that show state and send events. Rules live in
//! `core`; persistence in `store`; browser effects in `platform`.

mod charts;
mod components;
mod figure;
mod links;
mod screens;
mod state;
mod update;

use crate::platform::tasks::{next_task, run_soon};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy, LazyRoute};

use screens::{catalog, history, settings, setup, today, workout};

/// Start the app, in place of the static loading shell of `index.html`, in four tasks: the
/// profile, the history, the frame, then the screen. On a phone each takes a few tens of
/// milliseconds; as one task they kept the page from answering a tap for long enough to feel
/// (and Lighthouse counts, as Total Blocking Time, what a task takes beyond 50 ms). The history
/// grows with use (about 1 KB a session), so it gets a task to itself.
pub fn mount() {
    // Before the router: its listeners must come after these (see `navigation::install`).
    crate::platform::navigation::install();
    let root = Owner::new();
    root.with(state::provide);
    run_soon(move || {
        root.with(state::load_history);
        run_soon(move || {
            root.with(|| leptos::mount::mount_to_body(App));
            // The app's state lives as long as the page.
            std::mem::forget(root);
        });
    });
}

/// Every screen but Today is a lazy route: its code is split out of the first download by
/// `scripts/split.mjs` and fetched when the route is first opened (then kept by the service
/// worker). Today's screen, the frame and the state stay in the main module.
///
/// Screens are split in groups, one split point per group, not one per screen: the splitter makes
/// a part for every set of split points that shares code, and with twelve points a cold load of
/// the workout fetched and instantiated 67 parts, which cost more main-thread time than the code
/// it saved. A group is what a person uses in one sitting. A group may also carry parts
/// (`@parts`): pieces of another screen, loaded with the group's code when that screen needs them.
macro_rules! lazy_groups {
    ($($loader:ident: $group:ident $(while_loading $prepare:path)? {
        $($route:ident => $screen:path),* $(,)?
    } $(@parts { $($part:ident => $part_view:path),* $(,)? })?)*) => {$(
        #[derive(Clone, Copy)]
        #[allow(clippy::enum_variant_names, reason = "each variant is named after its route")]
        enum $group {
            $($route,)*
            $($($part,)*)?
        }

        impl $group {
            /// Work for the group's screens, run in a task of its own each time one of their
            /// routes opens, just before the fetch of their code (the first time) starts.
            fn while_loading() {
                $(run_soon($prepare);)?
            }
        }

        #[lazy]
        fn $loader(screen: $group) -> AnyView {
            match screen {
                $($group::$route => $screen().into_any(),)*
                $($($group::$part => $part_view().into_any(),)*)?
            }
        }

        $(
            struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $group::while_loading();
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    // Three tasks, not one: the route's matching, the fetch of the group's
                    // code, then the screen's first render.
                    next_task().await;
                    let screen = $loader($group::$route).await;
                    next_task().await;
                    screen
                }
            }
        )*
    )*};
}

lazy_groups! {
    // Setting up and changing the plan: the safety check, level, equipment, and Settings.
    plan_screens: PlanScreen {
        SafetyCheckRoute => setup::SafetyCheck,
        ChooseLevelRoute => setup::ChooseLevel,
        ChooseEquipmentRoute => setup::ChooseEquipment,
        ChoosePlanRoute => setup::ChoosePlan,
        SettingsRoute => settings::Settings,
    }
    catalog_screens: CatalogScreen {
        CatalogRoute => catalog::CatalogList,
        ExerciseRoute => catalog::ExerciseDetail,
    }
    // Alone: it is the screen a reload lands on in the middle of a session.
    workout_screens: WorkoutScreen {
        WorkoutRoute => workout::Workout,
    }
    // Their dates need the browser's locale data: loaded by a worker while the screens' code
    // downloads.
    history_screens: HistoryScreen while_loading prepare_dates {
        HistoryRoute => history::HistoryList,
        CalendarRoute => history::Calendar,
        SessionRoute => history::SessionDetail,
        ProgressRoute => history::Progress,
    } @parts {
        // Today's "How is your back today?": its answer is saved into the history, whose
        // serialisation only these screens need otherwise.
        NextDayAnswerPart => history::NextDayAnswer,
    }
}

fn prepare_dates() {
    crate::platform::clock::prepare_formatting(&links::href("/warm-locale.js"));
}

#[component]
fn App() -> impl IntoView {
    // The screen a task after the frame (see `mount`). The static shell stays up until the
    // screen is in the page (scripts/loader.js removes it).
    let screen_due = RwSignal::new(false);
    run_soon(move || screen_due.set(true));
    view! {
        <Router base=links::base()>
            <components::Notices/>
            <update::UpdatePrompt/>
            {move || screen_due.get().then(|| view! {
                <Routes fallback=screens::NotFound>
                    <Route path=path!("/") view=today::Today/>
                    // Some hosts and launchers open the file by name.
                    <Route path=path!("/index.html") view=today::Today/>
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
            })}
        </Router>
    }
}
