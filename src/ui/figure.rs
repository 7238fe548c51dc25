//! The demonstration figure as inline SVG. The core computes every frame
//! (`core::figure`); this module only draws it and, in `Demo`, moves it along in time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use leptos::prelude::*;

use crate::catalog;
use crate::core::figure::{self, Paint, VIEW_BOX_ATTR};
use crate::core::session::Side;
use crate::platform::clock;
use crate::ui::components::Later;

/// How large a figure is drawn; the stylesheet sizes each class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FigureSize {
    /// About 120 px tall: beside the exercise's text.
    #[default]
    Compact,
    /// As large as the screen allows: during the workout.
    Full,
}

impl FigureSize {
    fn class(self) -> &'static str {
        match self {
            FigureSize::Compact => "figure figure-compact",
            FigureSize::Full => "figure figure-full",
        }
    }
}

/// Fill, stroke, stroke width and opacity, as SVG presentation attributes: legible before the
/// stylesheet loads, and overridden by its classes.
fn look(paint: Paint) -> (&'static str, &'static str, &'static str, &'static str) {
    match paint {
        Paint::Mat => ("currentColor", "none", "0", "0.15"),
        Paint::Floor => ("none", "currentColor", "1.5", "0.4"),
        Paint::Equipment => ("currentColor", "currentColor", "2.5", "0.55"),
        Paint::Cable => ("none", "currentColor", "1.2", "0.7"),
        Paint::Body => ("none", "currentColor", "5", "1"),
        Paint::BodyBelow => ("none", "currentColor", "5", "0.4"),
        Paint::Head => ("currentColor", "none", "0", "1"),
        Paint::Arrow => ("none", "currentColor", "2.5", "1"),
        Paint::ResistArrow => ("none", "currentColor", "2", "0.6"),
    }
}

/// Ids for the title and description of each figure on the page.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// One frame of an exercise's demonstration at `phase` (0..1 of a cycle that goes out to the
/// end pose and back; for `Side::Both`, left in the first half, right in the second).
#[component]
pub fn Figure(
    /// The catalog id; an id without a demonstration draws nothing.
    exercise: &'static str,
    #[prop(into)] side: Signal<Side>,
    #[prop(into)] phase: Signal<f32>,
    #[prop(optional)] size: FigureSize,
    /// Appended to the accessible name, e.g. "start" for a still.
    #[prop(optional)]
    caption: Option<&'static str>,
) -> impl IntoView {
    let Some(demo) = figure::demo_for(exercise) else {
        return ().into_any();
    };
    let name = catalog::name_of(exercise);
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let (title_id, desc_id) = (format!("figure-{id}-title"), format!("figure-{id}-desc"));
    let paths = Memo::new(move |_| figure::frame(demo, phase.get(), side.get()).paths());
    // The pieces and their order depend only on the exercise: build them once, and let
    // each piece follow its own path data.
    let pieces = paths
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(i, (paint, _))| {
            let (fill, stroke, width, opacity) = look(paint);
            let d = move || paths.with(|p| p.get(i).map(|(_, d)| d.clone()).unwrap_or_default());
            view! {
                <path class=paint.class() d=d fill=fill stroke=stroke stroke-width=width
                    opacity=opacity stroke-linecap="round" stroke-linejoin="round"/>
            }
        })
        .collect_view();
    let title = move || {
        let title = figure::title(name, side.get());
        match caption {
            Some(caption) => format!("{title}: {caption}"),
            None => title,
        }
    };
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    // Built by hand: among several children, `view!` would make <title> an HTML element.
    let title = leptos::tachys::svg::title().id(title_id).child(title);
    view! {
        <svg class=size.class() viewBox=VIEW_BOX_ATTR role="img"
            aria-labelledby=labelled_by aria-describedby=described_by>
            {title}
            <desc id=desc_id>{move || figure::description(demo, side.get())}</desc>
            {pieces}
        </svg>
    }
    .into_any()
}

/// Whether the person asked their device for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// A playing demonstration. It keeps its own time, one cycle every `seconds_per_cycle`
/// (by default the exercise's prescribed tempo), unless `phase` drives it from outside (the
/// workout's tempo guide). When the device asks for reduced motion it shows the start and
/// end poses side by side, still.
#[component]
pub fn Demo(
    exercise: &'static str,
    #[prop(into)] side: Signal<Side>,
    #[prop(optional)] seconds_per_cycle: Option<f32>,
    #[prop(optional, into)] phase: Option<Signal<f32>>,
    #[prop(optional)] size: FigureSize,
    /// Build the figure a task after the rest of the screen, in an empty box of its size: its
    /// first frame is the costliest part of a screen's first render.
    #[prop(optional)]
    later: bool,
) -> impl IntoView {
    if prefers_reduced_motion() {
        return view! { <Stills exercise side size/> }.into_any();
    }
    // A demonstration on its own clock loops for as long as it is shown: it can be paused
    // (WCAG 2.2.2). One driven by the workout follows the person's own movement.
    let playing = RwSignal::new(true);
    let (phase, pause_button) = match phase {
        Some(phase) => (phase, None),
        None => {
            let seconds = seconds_per_cycle
                .or_else(|| {
                    catalog::find(exercise).map(|e| figure::seconds_per_cycle(&e.prescription))
                })
                .unwrap_or(4.0);
            let button = view! {
                // Its name says what a press does; no aria-pressed as well, or "Play the movement,
                // pressed" would read as a contradiction.
                <button type="button" class="button secondary figure-pause"
                    on:click=move |_| playing.update(|p| *p = !*p)>
                    {move || if playing.get() { "Pause the movement" } else { "Play the movement" }}
                </button>
            };
            (own_clock(seconds, playing.into()), Some(button))
        }
    };
    if !later {
        return view! { <Figure exercise side phase size/>{pause_button} }.into_any();
    }
    view! {
        <Later reserve=move || view! { <div class=size.class()></div> }>
            <Figure exercise side phase size/>
        </Later>
        {pause_button}
    }
    .into_any()
}

/// A phase that runs from 0 to 1 every `seconds`, about 30 times a second while `playing`,
/// until the owner is cleaned up. Paused, it stays where it was, and goes on from there.
fn own_clock(seconds: f32, playing: Signal<bool>) -> Signal<f32> {
    let (phase, set_phase) = signal(0.0f32);
    let cycle_ms = f64::from(seconds.max(0.5)) * 1000.0;
    // The moment the current cycle would have started, moved on by the time spent paused.
    let started = StoredValue::new(clock::now() as f64);
    let tick = move || {
        let now = clock::now() as f64;
        if !playing.get_untracked() {
            let at = f64::from(phase.get_untracked()) * cycle_ms;
            started.set_value(now - at);
            return;
        }
        let elapsed = now - started.get_value();
        set_phase.set((elapsed.rem_euclid(cycle_ms) / cycle_ms) as f32);
    };
    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_millis(33)) {
        on_cleanup(move || handle.clear());
    }
    phase.into()
}

/// The start and end poses side by side (for alternating exercises, the end to each side).
#[component]
fn Stills(side: Signal<Side>, exercise: &'static str, size: FigureSize) -> impl IntoView {
    move || {
        // (phase, label, the end of the figure's accessible name)
        let stills: &[(f32, &'static str, &'static str)] = match side.get() {
            Side::Both => &[
                (0.0, "Start", "start"),
                (0.25, "End (left)", "end, to the left"),
                (0.75, "End (right)", "end, to the right"),
            ],
            Side::Left | Side::Right => &[(0.0, "Start", "start"), (0.5, "End", "end")],
        };
        let stills = stills.iter().map(|&(phase, label, caption)| {
            view! {
                <figure class="figure-still">
                    <Figure exercise side phase size caption/>
                    <figcaption>{label}</figcaption>
                </figure>
            }
        });
        view! { <div class="figure-stills">{stills.collect_view()}</div> }
    }
}
