//! After the last block (or an early end, or a stop for pain): what was done, the load and
//! range used, and a short check-in; then the session goes into history.

use super::pain::EffortChoice;
use crate::catalog;
use crate::core::safety::{high_pain_after, may_be_left_out, HighPainAfter};
use crate::core::session::{HurtKind, Load, Outcome, RangeUsed, SessionRecord, MAX_NOTE_CHARS};
use crate::core::workout::CheckIn;
use crate::platform::clock;
use crate::ui::components::{focus_soon, mark_screen_shown, set_document_title, PainScale};
use crate::ui::screens::history::{side_short, work_text};
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

#[component]
pub fn Summary() -> impl IntoView {
    let app = use_app();
    // The record as it stands; load and range edits update the workout, so recompute.
    let record = Memo::new(move |_| {
        app.active
            .with(|a| a.workout.as_ref().map(|w| w.finish(clock::now())))
    });
    // The answers so far, kept with the workout: a reload comes back to them.
    let kept = app
        .active
        .with_untracked(|a| a.workout.as_ref().map(|w| w.check_in()))
        .unwrap_or_default();
    let pain_after = RwSignal::new(kept.pain_after);
    let effort = RwSignal::new(kept.effort);
    let note = RwSignal::new(kept.note);
    let keep = move || {
        let check_in = CheckIn {
            pain_after: pain_after.get_untracked(),
            effort: effort.get_untracked(),
            note: note.get_untracked(),
        };
        let changed = app.with_workout(|w| {
            let changed = w.check_in() != check_in;
            w.set_check_in(check_in);
            changed
        });
        if changed == Some(true) {
            app.save_workout();
        }
    };
    // Each answer is kept as it is given, the note as it is typed (a small document).
    Effect::new(move |first: Option<()>| {
        pain_after.track();
        effort.track();
        if first.is_some() {
            keep();
        }
    });
    let navigate = use_navigate();
    let outcome = move || record.with(|r| r.as_ref().map_or(Outcome::Completed, |r| r.outcome));
    let high_pain = move || {
        let before = record.with(|r| r.as_ref().and_then(|r| r.pain_before));
        high_pain_after(pain_after.get()?, before)
    };
    let title = move || match outcome() {
        Outcome::Completed => "Well done",
        Outcome::EndedEarly => "Workout ended",
        Outcome::Stopped(_) => "Stopped for today",
    };
    Effect::new(move |_| set_document_title(title()));
    let save = move |_| {
        keep();
        let Some(session): Option<SessionRecord> = record.get_untracked() else {
            return;
        };
        if app.archive_workout(session) {
            navigate("/history", NavigateOptions::default());
        }
    };
    // A workout begun by mistake need not stay in the history (one the app's advice rests
    // on must): asked twice, as nothing brings it back.
    let may_leave_out = move || record.with(|r| r.as_ref().is_some_and(may_be_left_out));
    let confirming = RwSignal::new(false);
    let navigate_home = use_navigate();
    let leave_out = Callback::new(move |()| {
        if app.discard_workout() {
            navigate_home("/", NavigateOptions::default());
        }
    });
    let shown = mark_screen_shown();
    view! {
        <main id="main" class="page summary" tabindex="-1" aria-labelledby="screen-title">
            {shown}
            <h1 id="screen-title">{title}</h1>
            {move || match outcome() {
                Outcome::Stopped(kind) => view! { <StopAdvice kind=kind/> }.into_any(),
                _ => ().into_any(),
            }}
            // How the back is and how hard it felt first: they weigh most in what the app
            // suggests next, and a long list of sets above them pushed them out of sight.
            <section class="card" aria-labelledby="checkin-h">
                <h2 id="checkin-h">"How was it?"</h2>
                <PainScale legend="Your back now, 0 to 10" name="pain-after" selected=pain_after on_pick=Callback::new(move |n| pain_after.set(Some(n)))/>
                // The live region is in the page before its words, so that they are announced.
                <div role="status">
                    {move || high_pain().map(|high| view! {
                        <p class="card urgent">{match high {
                            HighPainAfter::AlreadyThatHigh => "Your back was this sore before you started, too. With pain above 5, keep to the gentlest movements or rest. If it stays this high, ask a doctor or physiotherapist.",
                            HighPainAfter::RaisedBySession => "That is more than these exercises should cause. Rest today, and next time make the movement smaller or do less. If the pain has not settled by tomorrow, or it keeps coming back, ask a doctor or physiotherapist.",
                        }}</p>
                    })}
                </div>
                <EffortChoice legend="How hard did it feel?" name="effort" effort=effort/>
                <label class="field">
                    <span>"A note for yourself (optional)"</span>
                    <textarea rows="3" maxlength=MAX_NOTE_CHARS.to_string() prop:value=move || note.get()
                        on:input=move |ev| {
                            note.set(event_target_value(&ev));
                            keep();
                        }></textarea>
                </label>
            </section>
            <For each=move || record.with(|r| r.as_ref().map(|r| r.exercises.clone()).unwrap_or_default().into_iter().enumerate().collect::<Vec<_>>())
                key=|(i, log)| (*i, log.exercise.clone())
                let:entry>
                <ExerciseDone index=entry.0 log=entry.1/>
            </For>
            <div class="actions">
                <button type="button" class="button primary big" on:click=save>"Save to my history"</button>
            </div>
            <Show when=may_leave_out>
                {move || if confirming.get() {
                    view! {
                        <section class="card" aria-labelledby="leave-out-h">
                            <h2 id="leave-out-h" tabindex="-1">"Not save this workout?"</h2>
                            <p>"It will not appear in your history or your progress, and the app's suggestions will not count it."</p>
                            <div class="actions">
                                <button type="button" class="button danger" on:click=move |_| leave_out.run(())>"Yes, don't save it"</button>
                                <button type="button" class="button secondary" on:click=move |_| {
                                    confirming.set(false);
                                    focus_soon("#leave-out");
                                }>"Keep it"</button>
                            </div>
                        </section>
                    }.into_any()
                } else {
                    view! {
                        <p><button type="button" id="leave-out" class="button secondary" on:click=move |_| {
                            confirming.set(true);
                            focus_soon("#leave-out-h");
                        }>"Don't save this workout"</button></p>
                    }.into_any()
                }}
            </Show>
        </main>
    }
}

#[component]
fn StopAdvice(kind: HurtKind) -> impl IntoView {
    view! {
        <section class="card urgent" role="alert">
            <h2>{kind.label()}</h2>
            <p>{kind.advice()}</p>
            <p>"To keep what you did in your history, tap “Save to my history” at the bottom. The questions before it are optional."</p>
        </section>
    }
}

#[component]
fn ExerciseDone(index: usize, log: crate::core::session::ExerciseLog) -> impl IntoView {
    let app = use_app();
    let name = catalog::name_of(&log.exercise).to_string();
    let error = RwSignal::new(None::<String>);
    let set_load = move |load: Load| {
        let result = app.with_workout(|w| w.set_load(index, load));
        match result {
            Some(Ok(_)) => {
                error.set(None);
                app.save_workout();
            }
            Some(Err(e)) => error.set(Some(e.to_string())),
            None => {}
        }
    };
    let set_range = move |range: RangeUsed| {
        if let Some(Ok(_)) = app.with_workout(|w| w.set_range(index, Some(range))) {
            app.save_workout();
        }
    };
    let (unit, amount) = log.load.to_input();
    let unit = RwSignal::new(unit.to_string());
    let amount = RwSignal::new(amount);
    let apply_load = move || match Load::from_input(&unit.get_untracked(), &amount.get_untracked())
    {
        Ok(load) => set_load(load),
        // An empty field while typing is not an error worth shouting about.
        Err(_) if amount.with_untracked(|a| a.trim().is_empty()) => {}
        Err(e) => error.set(Some(e.to_string())),
    };
    let range = log.range;
    let field_id = format!("load-{index}");
    let (takes_load, started) = (log.asks_load(), log.asks_range());
    view! {
        <section class="card" aria-label=name.clone()>
            <h2>{name.clone()}</h2>
            <ul class="sets">
                {log.sets.iter().map(|s| view! {
                    <li class:short=!s.completed>
                        {format!("Set {} · {}: {} of {}", s.set, side_short(s.side), work_text(s.done), work_text(s.target))}
                        {(!s.completed).then_some(" (cut short)")}
                    </li>
                }).collect_view()}
                {log.sets.is_empty().then(|| view! { <li class="muted">"Not started."</li> })}
            </ul>
            {takes_load.then(|| view! {
                <div class="load-row">
                    <label>
                        <span>"Load"</span>
                        <select prop:value=move || unit.get() on:change=move |ev| { unit.set(event_target_value(&ev)); apply_load(); }>
                            <option value="none">"None"</option>
                            <option value="kg">"kg"</option>
                            <option value="lb">"lb"</option>
                            <option value="band">"Band colour"</option>
                        </select>
                    </label>
                    <Show when=move || unit.get() != "none">
                        <label>
                            <span>{move || if unit.get() == "band" { "Colour" } else { "Weight" }}</span>
                            <input id=field_id.clone() prop:value=move || amount.get()
                                inputmode=move || if unit.get() == "band" { "text" } else { "decimal" }
                                on:change=move |ev| { amount.set(event_target_value(&ev)); apply_load(); }/>
                        </label>
                    </Show>
                </div>
                <p class="error" role="alert">{move || error.get()}</p>
            })}
            {started.then(|| view! {
                <fieldset class="segmented-field">
                    <legend>"Range of movement"</legend>
                    <div class="segmented">
                        {[(RangeUsed::Small, "Small"), (RangeUsed::Medium, "Medium"), (RangeUsed::Full, "Full")].into_iter().map(|(r, label)| view! {
                            <label class="segment">
                                <input type="radio" name=format!("range-{index}") prop:checked=range == Some(r) on:change=move |_| set_range(r)/>
                                <span>{label}</span>
                            </label>
                        }).collect_view()}
                    </div>
                </fieldset>
            })}
        </section>
    }
}
