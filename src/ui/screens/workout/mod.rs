//! The guided workout: a check-in, the running guide, and the summary with its check-in.
//! Every rule (blocks, timing, sides, cues) is in `core::workout`; this shell sends events,
//! performs effects and shows `Workout::view`.

mod pain;
mod running;
mod summary;

use crate::core::progression::rules::PAIN_LIMIT;
use crate::core::safety;
use crate::core::session::HurtKind;
use crate::core::workout::{items_for_today, RepMode, Workout as Machine, WorkoutOptions};
use crate::platform::{clock, cues};
use crate::store::WorkoutGate;
use crate::ui::components::{focus_soon, Later, Page, PainScale};
use crate::ui::links::href;
use crate::ui::state::use_app;
use leptos::prelude::*;
pub use pain::EffortChoice;

#[component]
pub fn Workout() -> impl IntoView {
    let app = use_app();
    // A memo, so the screen is rebuilt only when the stage changes, not on every tick (which
    // would reset the screen's own state, such as an open "This hurts" sheet).
    let stage = Memo::new(move |_| {
        app.active.with(|a| match &a.workout {
            None => 0,
            Some(w) if w.is_over() => 2,
            Some(_) => 1,
        })
    });
    move || match stage.get() {
        0 => view! { <CheckIn/> }.into_any(),
        1 => view! { <running::Running/> }.into_any(),
        _ => view! { <summary::Summary/> }.into_any(),
    }
}

/// Before the start: one tap on how the back feels, which also starts the workout.
#[component]
fn CheckIn() -> impl IntoView {
    let app = use_app();
    let start = move |pain_before: Option<u8>| {
        // Browsers allow sound only after a tap: this is the tap.
        cues::unlock();
        let now = clock::now();
        let (settings, items) = app.profile.with_untracked(|p| {
            let items = app
                .history
                .with_untracked(|h| items_for_today(&p.plan, &h.sessions, now));
            (p.settings.clone(), items)
        });
        let options = WorkoutOptions {
            rep_mode: if settings.tap_to_count {
                RepMode::Tap
            } else {
                RepMode::Tempo
            },
            ..WorkoutOptions::default()
        };
        let (workout, effects) = Machine::start(items, options, pain_before, now);
        if app.begin_workout(workout) {
            cues::perform(&effects, &settings, running::exercise_name(app));
        }
    };
    // A score above the pain limit is answered before anything starts (and a mis-tap can be
    // taken back): rest, or start gently.
    let too_sore = RwSignal::new(None::<u8>);
    let pick = move |n: u8| {
        if safety::too_sore_to_start(n) {
            too_sore.set(Some(n));
            focus_soon("#too-sore-h");
        } else {
            start(Some(n));
        }
    };
    // What has to come before a workout: the set-up's safety check, a plan, and after a
    // session stopped for a warning sign, a clinician's go-ahead (`core::safety`).
    let gate = Memo::new(move |_| {
        app.profile
            .with(|p| app.history.with(|h| p.workout_gate(&h.sessions)))
    });
    move || {
        match gate.get() {
        WorkoutGate::SafetyCheck => view! {
            <Page title="A safety check first".to_string()>
                <p>"Before any workout, the app asks whether you have any of the warning signs that need a doctor first. It takes a minute."</p>
                <a href=href("/start") class="button primary">"Go to the safety check"</a>
            </Page>
        }
        .into_any(),
        WorkoutGate::NoPlan => view! {
            <Page title="No plan yet".to_string()>
                <p>"Choose one or two exercises first."</p>
                <a href=href("/start") class="button primary">"Set up my plan"</a>
            </Page>
        }
        .into_any(),
        WorkoutGate::Clinician => view! { <ClinicianFirst/> }.into_any(),
        WorkoutGate::Ready => view! {
            <Page title="Ready?".to_string() no_nav=true>
                // Gone while the note on a very sore back is up: it says how to start.
                <p class="lead" hidden=move || too_sore.get().is_some()>"Prop your phone up where you can see it. Tapping a number starts the workout; the app then counts, beeps and tells you when to switch sides."</p>
                // The answers a task after the heading: on a first visit, compiling this
                // screen's code made its first render one long task. Nothing is below them.
                <Later reserve=|| ()>
                    {move || match too_sore.get() {
                        None => view! {
                            <PainScale
                                legend="How does your back feel right now?"
                                name="pain-before"
                                selected=Signal::derive(|| None)
                                on_pick=Callback::new(pick)
                                immediate=true/>
                            <div class="actions">
                                <button type="button" class="button secondary" on:click=move |_| start(None)>
                                    "Start without answering"
                                </button>
                                <a href=href("/")>"Not now"</a>
                            </div>
                        }.into_any(),
                        Some(n) => view! {
                            <section class="card urgent" aria-labelledby="too-sore-h">
                                <h2 id="too-sore-h" tabindex="-1">"Your back is very sore right now"</h2>
                                <p>{format!("{n} out of 10 is more than these exercises are meant for: they should leave your back at {PAIN_LIMIT} or below. Today, rest, or move only a little: the smallest range, slowly, and stop if it gets worse. If pain this strong is new, or keeps coming back, ask a doctor or physiotherapist.")}</p>
                            </section>
                            <div class="actions stack">
                                <a href=href("/") class="button primary">"Rest today"</a>
                                <button type="button" class="button secondary" on:click=move |_| start(Some(n))>"Start gently"</button>
                                <button type="button" class="button secondary" on:click=move |_| {
                                    too_sore.set(None);
                                    // The button goes with the note: the focus goes back to the numbers.
                                    focus_soon("button.pain-option");
                                }>"I tapped the wrong number"</button>
                            </div>
                        }.into_any(),
                    }}
                </Later>
            </Page>
        }
        .into_any(),
    }
    }
}

/// After a session stopped for a warning sign: no workout until the person says a clinician
/// has checked them. The answer is kept, so it is asked once per such stop.
#[component]
fn ClinicianFirst() -> impl IntoView {
    let app = use_app();
    let go_ahead = move |_| {
        let history = app.history.with_untracked(|h| h.sessions.clone());
        app.change_profile(|p| p.clear_red_flag(&history));
    };
    view! {
        <Page title="Check with a clinician first".to_string()>
            <p class="card urgent">{HurtKind::RedFlag.label()}": your last session was stopped for this. "{HurtKind::RedFlag.advice()}</p>
            <p>"These signs need a doctor or physiotherapist to look at them before you exercise again. Once one has checked you and said you can carry on, tell the app here."</p>
            <div class="actions stack">
                <button type="button" class="button primary" on:click=go_ahead>"A clinician has checked me: carry on"</button>
                <a href=href("/")>"Not now"</a>
            </div>
        </Page>
    }
}
