//! Today: the plan and the way to start it; an empty state that leads to the set-up.

use crate::catalog;
use crate::core::nudges::next_day_question;
use crate::core::plan::PlanItem;
use crate::platform::clock;
use crate::store::{Profile, SetupStep};
use crate::ui::components::Page;
use crate::ui::links::{href, step_path};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Today() -> impl IntoView {
    let app = use_app();
    let set_up = move || app.profile.with(|p| p.is_set_up());
    view! {
        <Show when=set_up fallback=Welcome>
            <Page title="Today".to_string()>
                <Show when=move || app.active.with(|a| a.workout.is_some())>
                    <section class="card workout-waiting" role="status">
                        <h2>"A workout is waiting"</h2>
                        <p>{move || if app.active.with(|a| a.workout.as_ref().is_some_and(|w| w.is_over())) {
                            "It is finished: add how it went and save it to your history."
                        } else {
                            "It is still running. Carry on, or stop and save what you did."
                        }}</p>
                        <a href=href("/workout") class="button primary">"Open the workout"</a>
                    </section>
                </Show>
                // First when it is asked: the answer tells most about how the last session
                // suited the back, and a step up waits for it (found below the Start button, it
                // went unanswered).
                <NextDay/>
                <p class="lead">{move || {
                    let target = app.profile.with(|p| p.settings.weekly_target());
                    format!("Your plan, {target} training days a week. Both sides get the same work.")
                }}</p>
                <ul class="plan">
                    // Keyed by the dose too: a suggestion taken on this screen changes it in place.
                    <For each=move || app.profile.with(|p| p.plan.clone()) key=|item| (item.exercise.clone(), item.prescription) let:item>
                        <PlanCard item=item/>
                    </For>
                </ul>
                <div class="actions">
                    // One way into the workout: while one is waiting, its card's button (the
                    // CSS hides this one then; a view of its own cost a kilobyte of code).
                    <a href=href("/workout") class="button primary big start-workout">"Start workout"</a>
                    <a href=href("/start/plan")>"Choose other exercises"</a>
                </div>
            </Page>
        </Show>
    }
}

/// "How is your back today?", the day or two after a session: the answer that tells most
/// about whether a session suited the back (`core::nudges::next_day_question`). The question
/// is asked when the screen is built, and stays for the thanks once answered. The answer's code
/// comes with the history screens' (it saves into the history); until it has come, an unseen
/// copy of the scale keeps its room, so that the plan and the Start button below never move
/// under a thumb.
#[component]
fn NextDay() -> impl IntoView {
    let app = use_app();
    let asked = app.history.with_untracked(|h| {
        next_day_question(&h.sessions, clock::now(), clock::local_date).map(|q| q.days_after)
    });
    asked.map(|days| {
        let when = if days == 1 {
            "After yesterday's session"
        } else {
            "After your session two days ago"
        };
        view! {
            <section class="card" aria-labelledby="next-day-title">
                <h2 id="next-day-title">"How is your back today?"</h2>
                <p>{when}": one tap tells the app whether it suited your back."</p>
                <div class="next-day-answer">
                    {Suspend::new(async {
                        crate::ui::history_screens(crate::ui::HistoryScreen::NextDayAnswerPart).await
                    })}
                    <div class="scale-room" aria-hidden="true" inner_html=SCALE_ROOM></div>
                </div>
            </section>
        }
    })
}

/// The room the answer's 0 to 10 scale takes: the same markup and classes, unseen and hidden
/// from assistive technology, so its height is the scale's at any width or text size. Static
/// text, not a view: a few hundred bytes of the first download instead of kilobytes. The CSS
/// drops it once the answer is in the box (`.next-day-answer:has([role=status])`).
const SCALE_ROOM: &str = concat!(
    r#"<div class="pain-scale"><p class="legend">Your back today, 0 to 10</p><div class="pain-options">"#,
    r#"<span class="pain-option"><span>0</span></span><span class="pain-option"><span>1</span></span>"#,
    r#"<span class="pain-option"><span>2</span></span><span class="pain-option"><span>3</span></span>"#,
    r#"<span class="pain-option"><span>4</span></span><span class="pain-option"><span>5</span></span>"#,
    r#"<span class="pain-option"><span>6</span></span><span class="pain-option"><span>7</span></span>"#,
    r#"<span class="pain-option"><span>8</span></span><span class="pain-option"><span>9</span></span>"#,
    r#"<span class="pain-option"><span>10</span></span></div>"#,
    r#"<p class="pain-ends"><span>0 no pain</span><span>10 worst</span></p></div>"#,
);

#[component]
fn PlanCard(item: PlanItem) -> impl IntoView {
    let name = catalog::name_of(&item.exercise).to_string();
    view! {
        <li class="card plan-item">
            <h2>
                <a href=href(&format!("/exercises/{}", item.exercise))>{name}</a>
            </h2>
            <p class="dose">{item.prescription.describe()}</p>
            <p class="muted">{item.prescription.describe_pace()}</p>
        </li>
    }
}

#[component]
fn Welcome() -> impl IntoView {
    let app = use_app();
    let next_step = move || {
        let step = app
            .profile
            .with(Profile::next_setup_step)
            .unwrap_or(SetupStep::Plan);
        let label = match step {
            SetupStep::SafetyCheck => "Get started",
            SetupStep::Level | SetupStep::Equipment => "Carry on setting up",
            SetupStep::Plan => "Choose your plan",
        };
        (step_path(step), label)
    };
    view! {
        <Page title="Rotation Rehab".to_string()>
            <p class="lead">"Gentle, guided rotation exercises for a sore or stiff lower back, from lying on the floor to the gym."</p>
            <ol class="steps-intro">
                <li>"A short safety check"</li>
                <li>"Your level and the equipment you have"</li>
                <li>"A plan of one or two exercises, both sides equally"</li>
            </ol>
            <div class="actions">
                <a href=move || href(next_step().0) class="button primary big">{move || next_step().1}</a>
            </div>
            <p class="fine">"Not medical advice. If your pain is severe, new or getting worse, see a clinician."</p>
        </Page>
    }
}
