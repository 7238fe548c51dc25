//! The workout while it runs: a big timer or rep counter, the side, what comes next, and
//! controls a person can hit from a mat. Time comes from the clock on every tick; the core
//! turns it into the screen.

use crate::catalog;
use crate::core::figure;
use crate::core::progression::rules::PAIN_LIMIT;
use crate::core::session::{HurtKind, Side, MAX_PAIN};
use crate::core::workout::{Coming, Direction, Event, Phase, RepMode, WorkoutView};
use crate::core::Millis;
use crate::platform::{clock, cues, page_visible, wake_lock};
use crate::ui::components::{mark_screen_shown, refocus_if_lost, set_document_title, Sheet};
use crate::ui::figure::{Demo, FigureSize};
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How often the screen catches up with the clock. The core works from timestamps, so this
/// only sets how fresh the digits are, never how long a hold lasts.
const TICK_MS: u64 = 100;

/// The exercise's name for an index of the running workout (for the voice).
pub fn exercise_name(app: AppState) -> impl Fn(usize) -> String {
    move |index| {
        app.active.with_untracked(|a| {
            a.workout
                .as_ref()
                .and_then(|w| w.items().get(index))
                .map(|item| catalog::name_of(&item.exercise).to_string())
                .unwrap_or_default()
        })
    }
}

/// Send an event to the workout, perform its effects, and save when the core says so.
pub fn dispatch(app: AppState, event: Event) {
    let now = clock::now();
    let Some(effects) = app.update_workout(event, now) else {
        return;
    };
    if effects.is_empty() {
        return;
    }
    let settings = app.profile.with_untracked(|p| p.settings.clone());
    cues::perform(&effects, &settings, exercise_name(app));
    if effects
        .iter()
        .any(|e| matches!(e, crate::core::workout::Effect::Save))
    {
        app.save_workout();
    }
}

/// Catch up with the clock. The digits change when the time left crosses a whole second; when
/// that falls before the next regular tick, tick again right then, so the display is late by a
/// millisecond or two rather than by up to a whole tick.
/// The screen's own `view` memo gives the time left, so a tick computes the view only once.
/// That extra tick is a timeout nobody cancels: when it fires after the screen was left (ended,
/// saved, navigated away), the screen's signals are gone and it must do nothing.
fn tick(app: AppState, now: RwSignal<Millis>, view: Memo<Option<WorkoutView>>) {
    if now.try_set(clock::now()).is_some() {
        return; // disposed: `try_set` hands the value back
    }
    dispatch(app, Event::Tick);
    let next_second = view
        .try_with_untracked(|v| {
            let v = v.as_ref()?;
            let ms_left = v.ms_left.filter(|_| !v.paused)?;
            Some(ms_left.rem_euclid(1000)).filter(|r| *r > 0 && *r < TICK_MS as i64)
        })
        .flatten();
    if let Some(ms) = next_second {
        set_timeout(
            move || tick(app, now, view),
            std::time::Duration::from_millis(ms as u64),
        );
    }
}

fn phase_word(phase: Phase) -> &'static str {
    match phase {
        Phase::GetReady => "Get ready",
        Phase::Hold => "Hold",
        Phase::Reps => "Go",
        Phase::Rest => "Rest",
        Phase::Finished => "Done",
    }
}

/// The set, and the side being worked, the side larger: it changes most often and must be read
/// from across the room. A rest belongs to no side: it follows the set just done.
fn where_line(view: &WorkoutView) -> AnyView {
    if view.phase == Phase::Rest {
        format!("Set {} of {} done", view.set, view.sets).into_any()
    } else if view.side == Side::Both {
        format!("Set {} of {} · {}", view.set, view.sets, view.side.label()).into_any()
    } else {
        let set = format!("Set {} of {}", view.set, view.sets);
        view! { {set}<span class="wk-sep">" · "</span><span class="wk-side">{view.side.label()}</span> }.into_any()
    }
}

fn next_line(view: &WorkoutView) -> String {
    // Getting ready: for what comes now, not after it.
    match view.coming {
        Some(Coming::Reps { target }) => return format!("Then: {target} reps"),
        Some(Coming::Hold { seconds }) => return format!("Then: hold {seconds} s"),
        None => {}
    }
    let Some(next) = &view.next else {
        return "Last one".to_string();
    };
    let what = match next.phase {
        Phase::Rest => return "Next: rest".to_string(),
        Phase::Hold => "hold",
        Phase::Reps => "reps",
        _ => "",
    };
    if next.exercise_index != view.exercise_index {
        return format!("Next: {}", catalog::name_of(&next.exercise));
    }
    format!("Next: {}, {what}", next.side.label().to_lowercase())
}

/// Whether a shortcut key belongs to the focused control instead: Space presses a focused
/// button or link, and every key edits a field. The arrows mean nothing to a button, so they
/// go back or skip from one too.
fn typed_into_control(event: &web_sys::KeyboardEvent) -> bool {
    let space = matches!(event.key().as_str(), " " | "Spacebar");
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| match el.tag_name().as_str() {
            "INPUT" | "SELECT" | "TEXTAREA" => true,
            "BUTTON" | "A" => space,
            _ => false,
        })
}

#[component]
pub fn Running() -> impl IntoView {
    let app = use_app();
    let now = RwSignal::new(clock::now());
    let hurt_open = RwSignal::new(false);
    let end_open = RwSignal::new(false);
    // Both sheets pause the workout while the person reads and decides (time spent answering
    // is no exercise); going back to it resumes, unless it was paused before the sheet opened.
    let paused_before_sheet = RwSignal::new(false);

    // A workout resumed after a reload needs its wake lock again; a screen left in the middle
    // of one (Back to Today) lets the phone sleep until it is opened again.
    wake_lock::keep_awake(true);
    on_cleanup(|| wake_lock::keep_awake(false));
    let view = Memo::new(move |_| {
        let at = now.get();
        app.active.with(|a| a.workout.as_ref().map(|w| w.view(at)))
    });
    let tick = move || tick(app, now, view);
    if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_millis(TICK_MS)) {
        on_cleanup(move || handle.clear());
    }
    // Opened in a hidden tab: the limit on hidden time starts now.
    if !page_visible() {
        dispatch(app, Event::PageHidden);
    }
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        // The core limits how long a hidden page counts as exercise.
        if page_visible() {
            wake_lock::reacquire_if_wanted();
            dispatch(app, Event::PageShown);
            tick();
        } else {
            dispatch(app, Event::PageHidden);
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if typed_into_control(&event)
            || hurt_open.get_untracked()
            || end_open.get_untracked()
            || app.resumed.get_untracked()
        {
            return;
        }
        let paused = app
            .active
            .with_untracked(|a| a.workout.as_ref().is_some_and(|w| w.is_paused()));
        let event_to_send = match event.key().as_str() {
            " " | "Spacebar" => Some(if paused { Event::Resume } else { Event::Pause }),
            "ArrowRight" => Some(Event::Skip),
            "ArrowLeft" => Some(Event::Back),
            _ => None,
        };
        if let Some(e) = event_to_send {
            event.prevent_default();
            dispatch(app, e);
        }
    });
    on_cleanup(move || {
        visibility.remove();
        keys.remove();
    });

    let rep_mode = move || {
        app.active
            .with(|a| a.workout.as_ref().map(|w| w.options().rep_mode))
    };
    let v = move || view.get();
    let name = move || {
        v().map(|v| catalog::name_of(&v.exercise).to_string())
            .unwrap_or_default()
    };
    // What a screen reader hears: the phase and side, once per change, not every second. A
    // get-ready names the exercise (it may be a new one); a pause is said as such.
    let announcement = Memo::new(move |_| {
        v().map(|v| {
            let (set, sets) = (v.set, v.sets);
            match v.phase {
                _ if v.paused => "Paused.".to_string(),
                Phase::GetReady => format!(
                    "Get ready: {}, {}. Set {set} of {sets}.",
                    catalog::name_of(&v.exercise),
                    v.side.label().to_lowercase()
                ),
                Phase::Rest => format!("Rest. Set {set} of {sets} done."),
                phase => format!(
                    "{}. {}. Set {set} of {sets}.",
                    phase_word(phase),
                    v.side.label()
                ),
            }
        })
        .unwrap_or_default()
    });
    Effect::new(move |_| set_document_title(&announcement.get()));
    let paused = move || v().is_some_and(|v| v.paused);
    let open_sheet = move |sheet: RwSignal<bool>| {
        paused_before_sheet.set(paused());
        dispatch(app, Event::Pause);
        sheet.set(true);
    };
    let keep_going = move |()| {
        end_open.set(false);
        if !paused_before_sheet.get_untracked() {
            dispatch(app, Event::Resume);
        }
    };
    // The demonstration follows the block: the side being trained, in step with the tempo;
    // the end pose during a hold, the start pose while getting ready or resting.
    let demo_id = Memo::new(move |_| {
        view.with(|v| {
            v.as_ref()
                .and_then(|v| catalog::find(&v.exercise))
                .map(|e| e.id)
        })
    });
    let demo_side =
        Signal::derive(move || view.with(|v| v.as_ref().map_or(Side::Left, |v| v.side)));
    let demo_phase = Signal::derive(move || {
        view.with(|v| match v {
            Some(v) => match (v.phase, v.reps.and_then(|r| r.tempo)) {
                (Phase::Reps, Some(tempo)) => figure::phase_from_tempo(&tempo, v.side),
                (Phase::Hold, _) => figure::hold_phase(v.side),
                _ => 0.0,
            },
            None => 0.0,
        })
    });
    let phase = move || v().map_or(Phase::Finished, |v| v.phase);
    // "Finish this set", "Count a rep" and "15 s more rest" go with their phase, and may have
    // had the focus: it goes to the screen, where Space and the arrows work, not to the page.
    let step = Memo::new(move |_| v().map(|v| (v.phase, v.set, v.side)));
    // (`get`, not `track`: a memo that is only tracked is never computed, so never changes.)
    Effect::new(move |_| {
        step.get();
        refocus_if_lost("#main");
    });

    let shown = mark_screen_shown();
    view! {
        <main id="main" class="workout" tabindex="-1" aria-labelledby="screen-title" data-phase=move || format!("{:?}", phase()).to_lowercase() data-paused=paused>
            {shown}
            <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
            <header class="wk-head">
                <h1 id="screen-title">{name}</h1>
                <p class="wk-where">{move || v().map(|v| where_line(&v))}</p>
                // Under the heading, where the pinned ways out at the bottom never cover it.
                <progress class="wk-progress" max="100" value=move || v().map_or(0.0, |v| (v.progress() * 100.0).round())
                    aria-label="Workout progress"></progress>
            </header>
            {move || demo_id.get().map(|id| view! {
                <div class="wk-figure"><Demo exercise=id side=demo_side phase=demo_phase size=FigureSize::Full/></div>
            })}
            <section class="wk-now" aria-label="Now">
                <p class="wk-phase">{move || if paused() { "Paused" } else { phase_word(phase()) }}</p>
                {move || v().map(|v| match (&v.reps, v.phase) {
                    (Some(reps), Phase::Reps) => view! {
                        <p class="wk-big" data-testid="reps"><span>{reps.done}</span><span class="wk-of">" / "{reps.target}</span></p>
                        <p class="wk-sub">{reps.tempo.map(|t| match t.direction {
                            Direction::Out => "Turn slowly out",
                            Direction::Back => "And back to the middle",
                        }).unwrap_or("Tap each rep")}</p>
                        {reps.tempo.map(|t| view! {
                            <progress class="wk-tempo" aria-hidden="true" max="100" value=(t.progress * 100.0).round()></progress>
                        })}
                    }.into_any(),
                    _ => view! {
                        <p class="wk-big" data-testid="seconds-left">{v.seconds_left.unwrap_or(0)}</p>
                        <p class="wk-sub">"seconds"</p>
                    }.into_any(),
                })}
                <p class="wk-next">{move || v().map(|v| next_line(&v)).unwrap_or_default()}</p>
            </section>
            <section class="wk-controls" aria-label="Controls">
                <Show when=move || phase() == Phase::Reps>
                    <div class="row wide">
                        <Show when=move || rep_mode() == Some(RepMode::Tap)>
                            <button type="button" class="button primary big" on:click=move |_| dispatch(app, Event::CountRep)>"Count a rep"</button>
                        </Show>
                        <button type="button" class="button secondary" on:click=move |_| dispatch(app, Event::FinishSet)>"Finish this set"</button>
                    </div>
                </Show>
                <Show when=move || phase() == Phase::Rest>
                    <div class="row wide">
                        <button type="button" class="button secondary" on:click=move |_| dispatch(app, Event::ExtendRest { seconds: 15 })>"15 s more rest"</button>
                    </div>
                </Show>
                <div class="wk-main-controls">
                    <button type="button" class="button secondary" aria-keyshortcuts="ArrowLeft" on:click=move |_| dispatch(app, Event::Back)>"Back"</button>
                    <button type="button" class="button primary wk-pause" aria-keyshortcuts="Space"
                        on:click=move |_| {
                            cues::unlock();
                            dispatch(app, if paused() { Event::Resume } else { Event::Pause });
                        }>
                        // Both words take their place, the other one unseen: the button keeps
                        // the width of the longer, and a second tap where Pause was never lands
                        // on Skip because the row wrapped (320 px).
                        <span class="wk-pause-label">
                            <span class:unseen=paused>"Pause"</span>
                            <span class:unseen=move || !paused()>"Resume"</span>
                        </span>
                    </button>
                    <button type="button" class="button secondary" aria-keyshortcuts="ArrowRight" on:click=move |_| dispatch(app, Event::Skip)>"Skip"</button>
                </div>
                <p class="fine keys">"Keyboard: arrow keys go back or skip; Space pauses when no button has the focus."</p>
            </section>
            // The ways out, pinned to the bottom edge when the screen is too short for all of it
            // (large text): "This hurts" is always in reach.
            <div class="wk-stop">
                <button type="button" class="button danger" on:click=move |_| open_sheet(hurt_open)>"This hurts"</button>
                <button type="button" class="button secondary" on:click=move |_| open_sheet(end_open)>"End workout"</button>
            </div>
            <Show when=move || app.resumed.get()>
                <Sheet labelled_by="resume-h">
                    <h2 id="resume-h" tabindex="-1" autofocus>"Your workout is still going"</h2>
                    <p>{move || if paused() {
                        "The page was closed or reloaded, and the workout waited where you left it."
                    } else {
                        "The page was closed or reloaded, and the workout went on without it: it carries on from where it is now."
                    }}</p>
                    <div class="stack actions">
                        <button type="button" class="button primary" on:click=move |_| {
                            // This tap lets the cues sound again (a reloaded page has had none).
                            cues::unlock();
                            app.resumed.set(false);
                            if paused() {
                                dispatch(app, Event::Resume);
                            }
                        }>"Carry on"</button>
                        <button type="button" class="button secondary" on:click=move |_| {
                            app.resumed.set(false);
                            dispatch(app, Event::EndEarly);
                        }>"Stop here and save what I did"</button>
                    </div>
                </Sheet>
            </Show>
            <Show when=move || hurt_open.get()>
                <HurtDialog close=Callback::new(move |_| hurt_open.set(false)) resume=!paused_before_sheet.get_untracked()/>
            </Show>
            <Show when=move || end_open.get()>
                <Sheet labelled_by="end-h" on_escape=Callback::new(keep_going)>
                    <h2 id="end-h" tabindex="-1" autofocus>"End the workout now?"</h2>
                    <p>"The workout is paused. What you have done so far goes to the summary, marked as ended early, for you to save."</p>
                    <div class="stack actions">
                        <button type="button" class="button primary" on:click=move |_| {
                            end_open.set(false);
                            dispatch(app, Event::EndEarly);
                        }>"End and save"</button>
                        <button type="button" class="button secondary" on:click=move |_| keep_going(())>"Keep going"</button>
                    </div>
                </Sheet>
            </Show>
        </main>
    }
}

/// The stop rule: ask what is wrong, and answer by it.
#[component]
fn HurtDialog(
    close: Callback<()>,
    /// Whether carrying on resumes the workout (it was running when the sheet opened).
    resume: bool,
) -> impl IntoView {
    let app = use_app();
    let stop = move |kind: HurtKind| {
        close.run(());
        dispatch(app, Event::Hurt(kind));
    };
    view! {
        // Escape closes it and leaves the workout paused: not an answer to the question.
        <Sheet labelled_by="hurt-h" on_escape=close>
            <h2 id="hurt-h" tabindex="-1" autofocus>"What is happening?"</h2>
            <p>"The workout is paused."</p>
            <div class="stack actions">
                <button type="button" class="button danger" on:click=move |_| stop(HurtKind::RedFlag)>
                    "New numbness, tingling or weakness, or a change in bladder or bowel control"
                </button>
                <button type="button" class="button danger" on:click=move |_| stop(HurtKind::SharpOrRising)>
                    "Sharp pain, or pain that keeps rising"
                </button>
                <button type="button" class="button secondary" on:click=move |_| {
                    close.run(());
                    if resume {
                        dispatch(app, Event::Resume);
                    }
                }>"A mild ache that stays the same: carry on"</button>
            </div>
            <p class="fine">{format!("Some discomfort that stays low (up to about {PAIN_LIMIT} out of {MAX_PAIN}) and settles by the next day is common while exercising a sore back.")}</p>
        </Sheet>
    }
}
