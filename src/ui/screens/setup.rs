//! The first visit: the safety check, then level, equipment and a plan.

use crate::catalog::{Equipment, Level};
use crate::core::plan::WouldFit;
use crate::core::plan_choice::{check_selection, plan_choice, plan_from_selection};
use crate::store::{Profile, SetupStep};
use crate::ui::components::{focus_soon, Page};
use crate::ui::links::{href, step_path};
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

#[derive(Debug, Clone, Copy, PartialEq)]
enum SafetyAnswer {
    Unanswered,
    Urgent,
    SeeSomeoneFirst,
}

const URGENT_SIGNS: &[&str] = &[
    "Numbness or tingling between your legs, around your bottom or on your inner thighs",
    "New trouble passing urine, or new loss of control of your bladder or bowels",
    "New loss of feeling in your genitals, or new problems with sex",
    "Weakness, numbness or pain in both legs, or a leg that is getting weaker",
    "Pain that began with a serious accident, such as a fall from a height or a car crash",
];

const SOON_SIGNS: &[&str] = &[
    "A fever, or feeling generally unwell",
    "Weight loss you cannot explain",
    "Cancer in the past, a weakened immune system, long-term steroid tablets, or thin bones (osteoporosis)",
    "Pain that does not ease when you rest, or that is worse at night",
    "Pain between your shoulder blades",
    "Pain that has not got any better after about a month",
];

const ASK_FIRST: &[&str] = &[
    "You had back surgery or a back injury recently",
    "You are pregnant",
    "Your back pain has a known cause such as a fracture, a tumour or an infection",
];

fn sign_list(items: &'static [&'static str]) -> impl IntoView {
    view! { <ul class="signs">{items.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul> }
}

#[component]
pub fn SafetyCheck() -> impl IntoView {
    let app = use_app();
    let answer = RwSignal::new(SafetyAnswer::Unanswered);
    let navigate = use_navigate();
    let go_on = move || {
        app.change_profile(|p| p.safety_ok_at = Some(app.now()));
        navigate("/start/level", NavigateOptions::default());
    };
    let go_on_cleared = go_on.clone();
    view! {
        <Page title="Before you start".to_string() no_nav=true>
            <Show when=move || answer.get() == SafetyAnswer::Unanswered>
                <p class="lead">"These exercises are for everyday lower-back pain. A few signs mean you should be checked by a professional instead. Please read them once."</p>
                <section class="card urgent" aria-labelledby="urgent-h">
                    <h2 id="urgent-h">"Get emergency care now if you have back pain and:"</h2>
                    {sign_list(URGENT_SIGNS)}
                </section>
                <section class="card" aria-labelledby="soon-h">
                    <h2 id="soon-h">"Speak to a doctor within a day if you have back pain and:"</h2>
                    {sign_list(SOON_SIGNS)}
                </section>
                <section class="card" aria-labelledby="ask-h">
                    <h2 id="ask-h">"Ask your doctor or physio before using this app if:"</h2>
                    {sign_list(ASK_FIRST)}
                </section>
                <div class="stack actions">
                    <button type="button" class="button primary" on:click={
                        let go_on = go_on.clone();
                        move |_| go_on()
                    }>"None of these apply to me"</button>
                    <button type="button" class="button secondary" on:click=move |_| answer.set(SafetyAnswer::Urgent)>
                        "Something in the first list applies"
                    </button>
                    <button type="button" class="button secondary" on:click=move |_| answer.set(SafetyAnswer::SeeSomeoneFirst)>
                        "Something in the other lists applies"
                    </button>
                </div>
                <p class="fine">"Rotation Rehab is not medical advice and does not replace a clinician. It is not for emergencies."</p>
            </Show>
            <Show when=move || answer.get() == SafetyAnswer::Urgent>
                <section class="card urgent" role="alert">
                    <h2>"Please get medical help now"</h2>
                    <p>"Call your emergency number (112 or 999 in Europe, 911 in North America) or go to an emergency department. These signs can mean a nerve is being squeezed, and that needs to be seen quickly."</p>
                    <p>"Do not start these exercises."</p>
                </section>
                <button type="button" class="button secondary" on:click=move |_| answer.set(SafetyAnswer::Unanswered)>
                    "Back to the list"
                </button>
            </Show>
            <Show when=move || answer.get() == SafetyAnswer::SeeSomeoneFirst>
                <section class="card" role="status">
                    <h2>"Check with a professional first"</h2>
                    <p>"Please see a doctor or physiotherapist before you start. Show them these exercises if you like: they can tell you whether they suit you, and how much to do."</p>
                </section>
                <div class="stack actions">
                    <button type="button" class="button primary" on:click={
                        let go_on = go_on_cleared.clone();
                        move |_| go_on()
                    }>"A clinician has said these exercises are fine for me"</button>
                    <button type="button" class="button secondary" on:click=move |_| answer.set(SafetyAnswer::Unanswered)>
                        "Back to the list"
                    </button>
                </div>
            </Show>
        </Page>
    }
}

/// A step's screen sends people back to the first step they have not done, when that comes
/// before it (a link followed, or an address typed, out of order).
fn back_to_missing_step(step: SetupStep) -> Option<AnyView> {
    let missing = use_app()
        .profile
        .with_untracked(Profile::next_setup_step)
        .filter(|missing| *missing < step)?;
    Some(view! { <Redirect path=step_path(missing)/> }.into_any())
}

fn level_help(level: Level) -> &'static str {
    match level {
        Level::Beginner => "Your back is sore or stiff, or exercise for it is new to you. Start gently, lying on the floor.",
        Level::Intermediate => "You can stand and keep your trunk steady against a pull, and you have used bands or gym machines before.",
        Level::Advanced => "Your back copes well with loaded training, and you want strength and power through rotation.",
    }
}

#[component]
pub fn ChooseLevel() -> impl IntoView {
    if let Some(back) = back_to_missing_step(SetupStep::Level) {
        return back;
    }
    let app = use_app();
    let navigate = use_navigate();
    let chosen = move || app.profile.with(|p| p.level);
    view! {
        <Page title="Where are you starting?".to_string() no_nav=true>
            <p class="lead">"Not sure? Pick the easier one. You can change it at any time in Settings."</p>
            <fieldset class="choices">
                <legend class="visually-hidden">"Your level"</legend>
                {Level::ALL.into_iter().map(|level| view! {
                    <label class="choice">
                        <input type="radio" name="level" value=level.slug()
                            prop:checked=move || chosen() == Some(level)
                            on:change=move |_| { app.change_profile(|p| p.set_level(level)); }/>
                        <span class="choice-title">{level.label()}</span>
                        <span class="choice-help">{level_help(level)}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            // Why "Next" does nothing yet, rather than a button that only looks dim. The button
            // stays in the Tab order (aria-disabled), described by the hint, and a press takes
            // the focus to the choices.
            <p class="hint" id="level-hint">{move || chosen().is_none().then_some("Pick a level to go on.")}</p>
            <div class="actions">
                <button type="button" class="button primary" aria-disabled=move || chosen().is_none().then_some("true")
                    aria-describedby="level-hint"
                    on:click=move |_| if app.profile.with_untracked(|p| p.level.is_some()) {
                        navigate("/start/equipment", NavigateOptions::default());
                    } else {
                        focus_soon("input[name=level]");
                    }>
                    "Next: equipment"
                </button>
                <a href=href("/start")>"Back: safety check"</a>
            </div>
        </Page>
    }
    .into_any()
}

/// Equipment check-boxes, shared by the set-up and Settings.
#[component]
pub fn EquipmentChoice(
    /// Whether "None of these" is ticked explicitly (no equipment is also an answer).
    #[prop(into)]
    owned: Signal<Option<Vec<Equipment>>>,
    /// The new list; `None` when the last ticked box was unticked, which is no answer yet
    /// rather than "No equipment" (each screen decides what that means).
    on_change: Callback<Option<Vec<Equipment>>>,
) -> impl IntoView {
    let has = move |e: Equipment| owned.with(|o| o.as_ref().is_some_and(|o| o.contains(&e)));
    let toggle = move |e: Equipment| {
        let mut list = owned.get_untracked().unwrap_or_default();
        if let Some(i) = list.iter().position(|x| *x == e) {
            list.remove(i);
        } else {
            list.push(e);
        }
        on_change.run((!list.is_empty()).then_some(list));
    };
    view! {
        <fieldset class="choices">
            <legend class="visually-hidden">"Equipment you have"</legend>
            <label class="choice">
                <input type="checkbox" name="equipment" value="none"
                    prop:checked=move || owned.with(|o| o.as_ref().is_some_and(Vec::is_empty))
                    on:change=move |_| on_change.run(Some(Vec::new()))/>
                <span class="choice-title">"No equipment"</span>
                <span class="choice-help">"A floor or a bed and some space."</span>
            </label>
            {Equipment::ALL.into_iter().map(|e| view! {
                <label class="choice">
                    <input type="checkbox" name="equipment" value=e.slug()
                        prop:checked=move || has(e)
                        on:change=move |_| toggle(e)/>
                    <span class="choice-title">{e.label()}</span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}

#[component]
pub fn ChooseEquipment() -> impl IntoView {
    if let Some(back) = back_to_missing_step(SetupStep::Equipment) {
        return back;
    }
    let app = use_app();
    let navigate = use_navigate();
    let owned = Signal::derive(move || app.profile.with(|p| p.equipment.clone()));
    // Unticking the last box leaves the question unanswered (the hint says so again), rather
    // than quietly ticking "No equipment".
    let on_change = Callback::new(move |list: Option<Vec<Equipment>>| {
        app.change_profile(|p| match &list {
            Some(list) => p.set_equipment(list.clone()),
            None => p.equipment = None,
        });
    });
    view! {
        <Page title="What do you have?".to_string() no_nav=true>
            <p class="lead">"Tick everything you can use, at home or at the gym."</p>
            <EquipmentChoice owned=owned on_change=on_change/>
            <p class="hint" id="equipment-hint">{move || owned.with(Option::is_none).then_some("Tick what you have, or “No equipment”, to go on.")}</p>
            <div class="actions">
                <button type="button" class="button primary" aria-disabled=move || owned.with(Option::is_none).then_some("true")
                    aria-describedby="equipment-hint"
                    on:click=move |_| if owned.with_untracked(Option::is_some) {
                        navigate("/start/plan", NavigateOptions::default());
                    } else {
                        focus_soon("input[name=equipment]");
                    }>
                    "Next: your plan"
                </button>
                // An installed app has no Back button of the browser's.
                <a href=href("/start/level")>"Back: your level"</a>
            </div>
        </Page>
    }
    .into_any()
}

#[component]
pub fn ChoosePlan() -> impl IntoView {
    if let Some(back) = back_to_missing_step(SetupStep::Plan) {
        return back;
    }
    let app = use_app();
    let (Some(level), Some(owned)) = app
        .profile
        .with_untracked(|p| (p.level, p.equipment.clone()))
    else {
        unreachable!("the steps before the plan are done");
    };
    let choice = app
        .profile
        .with_untracked(|p| plan_choice(level, &owned, &p.plan));
    let selected = RwSignal::new(choice.preselected.clone());
    // Opened from Today to change a plan: leaving it as it is must be a choice too.
    let has_plan = app.profile.with_untracked(|p| !p.plan.is_empty());
    let navigate = use_navigate();
    let problem = move || selected.with(|s| check_selection(s).err());
    let save = move |_| {
        let selected = selected.get_untracked();
        app.change_profile(|p| p.plan = plan_from_selection(&selected, &p.plan));
        navigate("/", NavigateOptions::default());
    };
    view! {
        <Page title="Your plan".to_string() no_nav=true>
            {choice.shortfall.clone().map(|would_fit| view! {
                <section class="card" role="status">
                    <h2>{format!("Nothing in this programme is at {} level with your equipment", level.label().to_lowercase())}</h2>
                    <ul>{would_fit.iter().map(|w| view! { <li>{would_fit_text(w)}</li> }).collect_view()}</ul>
                    {(!choice.options.is_empty()).then(|| view! { <p>"Meanwhile, these easier ones suit what you have:"</p> })}
                </section>
            })}
            <p class="lead">"Pick one or two. Each is done on both sides equally, two or three times a week."</p>
            <fieldset class="choices">
                <legend class="visually-hidden">"Exercises for your plan"</legend>
                {choice.options.iter().map(|exercise| {
                    let id = exercise.id.to_string();
                    let reason = choice.reason(&id).map(str::to_string);
                    let recommended = reason.is_some();
                    let id_for_check = id.clone();
                    let is_checked = move || selected.with(|s| s.contains(&id_for_check));
                    let id_for_toggle = id.clone();
                    view! {
                        <label class="choice">
                            <input type="checkbox" name="plan" value=exercise.id
                                prop:checked=is_checked
                                on:change=move |_| selected.update(|s| {
                                    if let Some(i) = s.iter().position(|x| *x == id_for_toggle) {
                                        s.remove(i);
                                    } else {
                                        s.push(id_for_toggle.clone());
                                    }
                                })/>
                            <span class="choice-title">
                                {exercise.name}
                                {recommended.then(|| view! { <span class="badge">"Recommended"</span> })}
                            </span>
                            <span class="choice-help">{reason.unwrap_or_else(|| exercise.summary.to_string())}</span>
                            <span class="choice-meta">{exercise.levels.label()}" · "{exercise.equipment.label()}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="hint" aria-live="polite">{move || problem().map(|p| p.message())}</p>
            <div class="actions">
                <button type="button" class="button primary" disabled=move || problem().is_some() on:click=save>
                    "Save my plan"
                </button>
                {if has_plan {
                    view! { <a href=href("/")>"Keep my plan as it is"</a> }.into_any()
                } else {
                    view! { <a href=href("/start/equipment")>"Back: equipment"</a> }.into_any()
                }}
                <a href=href("/exercises")>"Read about every exercise"</a>
            </div>
        </Page>
    }
    .into_any()
}

fn would_fit_text(would: &WouldFit) -> String {
    match would {
        WouldFit::Equipment {
            equipment,
            exercise,
        } => {
            format!(
                "With a {} you could do {}.",
                equipment.label().to_lowercase(),
                exercise.name
            )
        }
        WouldFit::Level { level, exercise } => {
            format!(
                "At {} level, {} would suit you.",
                level.label().to_lowercase(),
                exercise.name
            )
        }
    }
}
