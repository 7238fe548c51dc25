//! The catalog: every exercise and variation, filterable by level and equipment, and a page
//! for each. Filters live in the URL so a filtered list can be shared and reloaded.

use crate::catalog::{self, Equipment, Exercise, Filters, Level};
use crate::core::figure;
use crate::core::plan_choice::{placement, plan_with, Placement};
use crate::ui::components::{focus_soon, Later, Page};
use crate::ui::figure::{Demo, FigureSize};
use crate::ui::links::href;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

#[component]
pub fn CatalogList() -> impl IntoView {
    let query = use_query_map();
    let filters = Memo::new(move |_| {
        query
            .with(|q| Filters::from_query(q.get("level").as_deref(), q.get("equipment").as_deref()))
    });
    let navigate = use_navigate();
    // A choice replaces the entry (Back leaves the catalog, not the last filter) and keeps the
    // place: the list below the filters changes, the page does not jump.
    let show = move |level: &str, equipment: &str| {
        let query = Filters::from_query(Some(level), Some(equipment)).to_query();
        navigate(
            &format!("/exercises{query}"),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let show_level = show.clone();
    let visible = move || {
        let filters = filters.get();
        catalog::EXERCISES
            .iter()
            .filter(|e| filters.admits(e))
            .collect::<Vec<_>>()
    };
    view! {
        <Page title="Exercises".to_string()>
            <p class="lead">"Rotation exercises and their variations, from lying on the floor to loaded gym work."</p>
            <Show when=move || !filters.with(|f| f.unknown.is_empty())>
                <p class="card" role="status">{move || format!(
                    "This link asked for a filter the app does not know ({}), so it was left out.",
                    filters.with(|f| f.unknown.join(", "))
                )}</p>
            </Show>
            <div class="filters">
                <label>
                    <span>"Level"</span>
                    <select on:change=move |ev| show_level(&event_target_value(&ev), filters.with_untracked(Filters::equipment_slug))
                        prop:value=move || filters.with(Filters::level_slug)>
                        <option value="">"Any level"</option>
                        {Level::ALL.into_iter().map(|l| view! { <option value=l.slug()>{l.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>"Equipment"</span>
                    <select on:change=move |ev| show(filters.with_untracked(Filters::level_slug), &event_target_value(&ev))
                        prop:value=move || filters.with(Filters::equipment_slug)>
                        <option value="">"Any equipment"</option>
                        <option value="none">"None needed"</option>
                        {Equipment::ALL.into_iter().map(|e| view! { <option value=e.slug()>{e.label()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            // Said when a filter changes, so a screen reader hears what the choice did.
            <p class="muted" role="status">{move || {
                let (shown, all) = (visible().len(), catalog::EXERCISES.len());
                if shown == all { format!("All {all} shown.") } else { format!("{shown} of {all} shown.") }
            }}</p>
            <ul class="exercise-list">
                {move || {
                    let list = visible();
                    if list.is_empty() {
                        view! { <li class="muted">"No exercise matches both filters. Try another level or equipment."</li> }.into_any()
                    } else {
                        list.into_iter().map(|e| view! { <ExerciseRow exercise=e/> }).collect_view().into_any()
                    }
                }}
            </ul>
        </Page>
    }
}

#[component]
fn ExerciseRow(exercise: &'static Exercise) -> impl IntoView {
    view! {
        <li class="card exercise-row" class:variation=exercise.variation_of.is_some()>
            <h2><a href=href(&format!("/exercises/{}", exercise.id))>{exercise.name}</a></h2>
            <p>{exercise.summary}</p>
            <p class="choice-meta">{exercise.levels.label()}" · "{exercise.equipment.label()}</p>
        </li>
    }
}

#[component]
pub fn ExerciseDetail() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match catalog::find(&id) {
            Some(exercise) => view! { <ExercisePage exercise=exercise/> }.into_any(),
            None => view! {
                <Page title="Exercise not found".to_string()>
                    <p>"There is no exercise at this address. The link may be mistyped or out of date."</p>
                    <p><a href=href("/exercises")>"See every exercise"</a></p>
                </Page>
            }
            .into_any(),
        }
    }
}

#[component]
fn ExercisePage(exercise: &'static Exercise) -> impl IntoView {
    let path = catalog::path_of(exercise);
    view! {
        <Page title=exercise.name.to_string()>
            <p class="lead">{exercise.summary}</p>
            <Demo exercise=exercise.id side=Signal::stored(figure::demo_side(exercise.prescription.sides)) size=FigureSize::Full later=true/>
            <dl class="facts">
                <div><dt>"Level"</dt><dd>{exercise.levels.label()}</dd></div>
                <div><dt>"Equipment"</dt><dd>{exercise.equipment.label()}</dd></div>
                <div><dt>"Trains"</dt><dd>{exercise.trains.iter().map(|q| q.label()).collect::<Vec<_>>().join(", ")}</dd></div>
                <div><dt>"Default dose"</dt><dd>{exercise.prescription.describe()}" · "{exercise.prescription.describe_pace()}</dd></div>
            </dl>
            // The how-to a task after the rest: it starts below the figure and the facts, out
            // of sight on a phone, and building it with them made one long task of the screen.
            <Later reserve=|| ()>
                <PlanPlacement exercise=exercise/>
                {catalog::how_to(exercise.id).map(|how| view! {
                    <section aria-labelledby="setup-h">
                        <h2 id="setup-h">"Set up"</h2>
                        <p>{how.setup}</p>
                    </section>
                    <section aria-labelledby="steps-h">
                        <h2 id="steps-h">"How to do it"</h2>
                        <ol class="steps">{how.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
                    </section>
                    <section aria-labelledby="cues-h">
                        <h2 id="cues-h">"Keep in mind"</h2>
                        <ul>{how.cues.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
                    </section>
                    <section class="card" aria-labelledby="hurts-h">
                        <h2 id="hurts-h">"If it hurts"</h2>
                        <p>{how.if_it_hurts}</p>
                    </section>
                    <section aria-labelledby="grow-h">
                        <h2 id="grow-h">"As you get stronger"</h2>
                        <p>{how.load_note}</p>
                        <p class="muted">{how.prescription_why}</p>
                    </section>
                })}
                <section aria-labelledby="path-h">
                    <h2 id="path-h">"On the path"</h2>
                    <ul class="path">
                        {path.iter().map(|&(relation, other)| view! {
                            <li><span class="muted">{relation.label()}": "</span><a href=href(&format!("/exercises/{}", other.id))>{other.name}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
                <p><a href=href("/exercises")>"All exercises"</a></p>
            </Later>
        </Page>
    }
}

/// Whether the exercise is in the person's plan, and the way to put it there when the plan
/// screen would let them choose it (`core::plan_choice::placement`): someone who has read
/// about an exercise should not have to find it again in a list.
#[component]
fn PlanPlacement(exercise: &'static Exercise) -> impl IntoView {
    let app = use_app();
    let placed = Memo::new(move |_| {
        app.profile
            .with(|p| placement(exercise, p.level, p.equipment.as_deref(), &p.plan))
    });
    // The exercise it took the place of, said once it is in.
    let replaced = RwSignal::new(None::<&'static str>);
    let join = move |instead_of: Option<&'static Exercise>| {
        let made = app.change_profile(|p| {
            if let Some(plan) = plan_with(&p.plan, exercise, instead_of.map(|e| e.id)) {
                p.plan = plan;
            }
        });
        if made {
            replaced.set(instead_of.map(|e| e.name));
        }
        // The button is gone with the change: the focus goes to what the change did.
        focus_soon("#plan-status");
    };
    let fits = || view! { <p>"It suits your level and your equipment."</p> };
    let settings_link = || view! { <p><a href=href("/settings")>"Change it in Settings"</a></p> };
    view! {
        <section class="card" aria-labelledby="plan-h">
            <h2 id="plan-h">"Your plan"</h2>
            {move || match placed.get() {
                Placement::InPlan => view! {
                    <p id="plan-status" tabindex="-1">{move || match replaced.get() {
                        Some(other) => format!("This exercise is in your plan, in place of {other}."),
                        None => "This exercise is in your plan.".to_string(),
                    }}</p>
                    <a href=href("/") class="button secondary">"Start it from Today"</a>
                }.into_any(),
                Placement::NotSetUp => view! {
                    <p>"Set up your plan first: a safety check, your level and your equipment."</p>
                    <p><a href=href("/start")>"Set up my plan"</a></p>
                }.into_any(),
                Placement::Add => view! {
                    {fits()}
                    <button type="button" class="button primary" on:click=move |_| join(None)>"Add to my plan"</button>
                }.into_any(),
                Placement::InPlaceOf(others) => view! {
                    {fits()}
                    <p>{format!("Your plan has two exercises already, the most the programme advises: {} can take the place of one.", exercise.name)}</p>
                    <div class="actions stack">
                        {others.into_iter().map(|other| view! {
                            // Its words in context; its name says the whole swap.
                            <button type="button" class="button secondary" on:click=move |_| join(Some(other))
                                aria-label=format!("Put {} in place of {}", exercise.name, other.name)>
                                {format!("Instead of {}", other.name)}
                            </button>
                        }).collect_view()}
                    </div>
                }.into_any(),
                Placement::NotForLevel(level) => view! {
                    <p>{format!(
                        "This one is for {} level; you chose {}.",
                        exercise.levels.label().to_lowercase(),
                        level.label().to_lowercase()
                    )}</p>
                    {settings_link()}
                }.into_any(),
                Placement::NeedsEquipment => view! {
                    <p>{format!("It needs a {}, which is not in your equipment.", exercise.equipment.label().to_lowercase())}</p>
                    {settings_link()}
                }.into_any(),
            }}
        </section>
    }
}
