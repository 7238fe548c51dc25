//! Settings: level, equipment and plan; the weekly target; cue switches; about.

use crate::catalog::{self, Equipment, Level};
use crate::core::plan::PlanChange;
use crate::core::reminder;
use crate::core::stats::WeekStart;
use crate::platform::{clock, download};
use crate::store::{Profile, Settings as CueSettings};
use crate::ui::components::{focus_soon, Page};
use crate::ui::links::href;
use crate::ui::screens::data::DataSection;
use crate::ui::screens::setup::EquipmentChoice;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::cell::RefCell;

#[component]
pub fn Settings() -> impl IntoView {
    let app = use_app();
    let owned = Signal::derive(move || app.profile.with(|p| p.equipment.clone()));
    // A change of level or equipment adapts the plan (Profile::set_level, set_equipment). What
    // it did is said, with the profile before and after it for "Undo"; the notice holds only
    // while the profile is as the change left it.
    let plan_change = RwSignal::new(None::<(PlanChange, Profile, Profile)>);
    let adapt = move |change: &dyn Fn(&mut Profile)| {
        // The profile the change was made to: a stale tab's change lands on the newer copy.
        let before = RefCell::new(None);
        let kept = app.change_profile(|p| {
            *before.borrow_mut() = Some(p.clone());
            change(p);
        });
        let told = before.into_inner().filter(|_| kept).and_then(|before| {
            app.profile.with_untracked(|after| {
                PlanChange::between(&before.plan, &after.plan, after.level?)
                    .map(|c| (c, before, after.clone()))
            })
        });
        plan_change.set(told);
    };
    let notice = Memo::new(move |_| {
        plan_change.with(|c| {
            c.as_ref()
                .filter(|(_, _, after)| app.profile.with(|p| p == after))
                .map(|(c, _, _)| plan_change_text(c))
        })
    });
    // Settings has no "not answered": the last box unticked is no equipment, and the notice
    // below says what that did to the plan.
    let on_equipment = Callback::new(move |list: Option<Vec<Equipment>>| {
        adapt(&|p| p.set_equipment(list.clone().unwrap_or_default()));
    });
    let set_level = move |level: Level| adapt(&|p| p.set_level(level));
    let undo = move |_| {
        if let Some((_, before, after)) = plan_change.get_untracked() {
            app.change_profile(|p| {
                p.undo_choices(&before, &after);
            });
            plan_change.set(None);
            // The button goes with the notice: the focus goes to the level it put back, once
            // the radios show it.
            focus_soon("input[name=settings-level]:checked");
        }
    };
    let plan_names = move || {
        app.profile.with(|p| {
            p.plan
                .iter()
                .map(|i| catalog::name_of(&i.exercise).to_string())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Page title="Settings".to_string()>
            <section aria-labelledby="plan-h">
                <h2 id="plan-h">"Your plan"</h2>
                <p>{move || {
                    let names = plan_names();
                    if names.is_empty() { "No plan yet.".to_string() } else { names.join(" and ") }
                }}</p>
                <a href=href("/start/plan") class="button secondary">{move || if plan_names().is_empty() { "Choose a plan" } else { "Choose other exercises" }}</a>
            </section>
            <section aria-labelledby="level-h">
                <h2 id="level-h">"Level"</h2>
                <div class="segmented" role="radiogroup" aria-labelledby="level-h">
                    {Level::ALL.into_iter().map(|level| view! {
                        <label class="segment">
                            <input type="radio" name="settings-level" value=level.slug()
                                prop:checked=move || app.profile.with(|p| p.level == Some(level))
                                on:change=move |_| set_level(level)/>
                            <span>{level.label()}</span>
                        </label>
                    }).collect_view()}
                </div>
            </section>
            // The live region is in the page before its words, so that they are announced.
            <div role="status">
                <Show when=move || notice.with(Option::is_some)>
                    <div class="card">
                        <p>{move || notice.get()}</p>
                        <button type="button" class="button secondary" on:click=undo>"Undo"</button>
                    </div>
                </Show>
            </div>
            <section aria-labelledby="equipment-h">
                <h2 id="equipment-h">"Equipment"</h2>
                <p class="muted">"Your plan keeps the exercises that still fit and finds new ones if none do."</p>
                <EquipmentChoice owned=owned on_change=on_equipment/>
            </section>
            <section aria-labelledby="week-h">
                <h2 id="week-h">"Training days a week"</h2>
                <div class="segmented" role="radiogroup" aria-labelledby="week-h">
                    {CueSettings::WEEKLY_TARGETS.into_iter().map(|n| view! {
                        <label class="segment">
                            <input type="radio" name="weekly-target" value=n.to_string()
                                prop:checked=move || app.profile.with(|p| p.settings.weekly_target() == n)
                                on:change=move |_| { app.change_profile(|p| p.settings.weekly_target = n); }/>
                            <span>{format!("{n} days")}</span>
                        </label>
                    }).collect_view()}
                </div>
                <p class="muted">"On days that are not back to back, so your back has a day to settle."</p>
                <label class="field">
                    <span>"Weeks start on"</span>
                    <select prop:value=move || app.profile.with(|p| p.settings.week_start.slug())
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            if let Some(start) = WeekStart::from_slug(&value) {
                                app.change_profile(|p| p.settings.week_start = start);
                            }
                        }>
                        {WeekStart::ALL.into_iter().map(|w| view! { <option value=w.slug()>{weekday_name(w.first_day())}</option> }).collect_view()}
                    </select>
                </label>
                <div class="actions">
                    <button type="button" class="button secondary" on:click=move |_| {
                        let target = app.profile.with_untracked(|p| p.settings.weekly_target());
                        let days = reminder::default_days(target);
                        let time = chrono::NaiveTime::from_hms_opt(reminder::DEFAULT_HOUR, 0, 0).unwrap_or_default();
                        let ics = reminder::training_ics(&days, time, clock::today(), reminder::DEFAULT_MINUTES, "weekly");
                        download::text_file("rotation-rehab-training.ics", "text/calendar", &ics);
                    }>"Add training days to my calendar"</button>
                </div>
                <p class="muted">{move || {
                    let days = reminder::default_days(app.profile.with(|p| p.settings.weekly_target()));
                    let names: Vec<&str> = days.iter().map(|d| weekday_name(*d)).collect();
                    format!("A repeating event on {} at {}:00, with a reminder; change it in your calendar app.", names.join(", "), reminder::DEFAULT_HOUR)
                }}</p>
            </section>
            <section aria-labelledby="cues-h">
                <h2 id="cues-h">"During a workout"</h2>
                <Toggle label="Beeps" help="Counts down the last seconds and marks the end of each hold."
                    get=move || app.profile.with(|p| p.settings.sound)
                    set=move |on| { app.change_profile(|p| p.settings.sound = on); }/>
                <Toggle label="Vibration" help="Where your phone can vibrate."
                    get=move || app.profile.with(|p| p.settings.vibration)
                    set=move |on| { app.change_profile(|p| p.settings.vibration = on); }/>
                <Toggle label="Voice" help="Says what comes next: left side, hold, rest, switch sides."
                    get=move || app.profile.with(|p| p.settings.voice)
                    set=move |on| { app.change_profile(|p| p.settings.voice = on); }/>
                <Toggle label="Count reps by tapping" help="Instead of following the pace guide."
                    get=move || app.profile.with(|p| p.settings.tap_to_count)
                    set=move |on| { app.change_profile(|p| p.settings.tap_to_count = on); }/>
            </section>
            <DataSection/>
            <section aria-labelledby="about-h" class="card">
                <h2 id="about-h">"About"</h2>
                <p>"Rotation Rehab guides you through a progression of spinal rotation exercises. It is not medical advice and does not replace a doctor or physiotherapist."</p>
                <p>"Stop and get help if you notice new numbness, weakness, or changes in bladder or bowel control. If pain is sharp or keeps rising, stop for the day."</p>
                <p>"Everything you enter stays on this device. Nothing is sent anywhere."</p>
            </section>
        </Page>
    }
}

#[component]
fn Toggle(
    label: &'static str,
    help: &'static str,
    get: impl Fn() -> bool + Send + Sync + 'static,
    set: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <label class="toggle">
            <span class="toggle-text">
                <span class="choice-title">{label}</span>
                <span class="choice-help">{help}</span>
            </span>
            <input type="checkbox" role="switch" prop:checked=get on:change=move |ev| set(event_target_checked(&ev))/>
        </label>
    }
}

fn weekday_name(day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match day {
        Mon => "Monday",
        Tue => "Tuesday",
        Wed => "Wednesday",
        Thu => "Thursday",
        Fri => "Friday",
        Sat => "Saturday",
        Sun => "Sunday",
    }
}

/// "Your plan changed: Knee rotations on the floor left it." and what joined, by name.
fn plan_change_text(change: &PlanChange) -> String {
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| catalog::name_of(id))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let moved = !change.left.is_empty() || !change.joined.is_empty();
    let mut text = if moved {
        "Your plan changed:"
    } else {
        "Your plan stays as it is."
    }
    .to_string();
    if !change.left.is_empty() {
        text += &format!(" {} left it.", names(&change.left));
    }
    if !change.joined.is_empty() {
        text += &format!(" {} joined it.", names(&change.joined));
    }
    if change.below_level {
        text += " Nothing at this level fits your equipment, so it holds the nearest easier work.";
    }
    text
}
