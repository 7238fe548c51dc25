//! Progression suggestions after a session: the core decides, the person accepts or not.
//! The plan changes only on "Change my plan".

use crate::catalog;
use crate::core::progression::{self, Shown};
use crate::core::safety::{no_better_to_show, NoBetter};
use crate::platform::clock;
use crate::ui::components::refocus_if_lost;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

#[component]
pub fn Suggestions() -> impl IntoView {
    let app = use_app();
    let suggestions = Memo::new(move |_| shown_now(app));
    view! {
        <NoBetterCard/>
        <For each=move || suggestions.get() key=|shown| shown.key.clone() let:shown>
            {
                let Shown { index, key: dismiss_key, suggestion } = shown;
                let accept_key = dismiss_key.clone();
                let accept = suggestion.clone();
                let plan_change = suggestion.change.changes_plan();
                // Its buttons are described by it too: "Not now" alone says not which card.
                let heading_id = format!("suggestion-{}", suggestion.exercise);
                let described_by = heading_id.clone();
                view! {
                    // Named by its whole heading: two cards can share a headline, not an exercise.
                    <section class="card suggestion" data-kind=format!("{:?}", suggestion.kind).to_lowercase() aria-labelledby=heading_id.clone()>
                        <h2 id=heading_id.clone()>{suggestion.headline()}": "{catalog::name_of(&suggestion.exercise).to_string()}</h2>
                        <p>{suggestion.explanation.clone()}</p>
                        <div class="row">
                            {plan_change.then(|| view! {
                                <button type="button" class="button primary" aria-describedby=described_by.clone() on:click=move |_| {
                                    app.change_profile(|p| {
                                        p.plan = progression::apply(&p.plan, index, &accept);
                                        p.dismiss_suggestion(accept_key.clone());
                                    });
                                    // The card goes, and its button with the focus.
                                    refocus_if_lost("#main");
                                }>"Change my plan"</button>
                            })}
                            <button type="button" class="button secondary" aria-describedby=described_by on:click=move |_| {
                                app.change_profile(|p| p.dismiss_suggestion(dismiss_key.clone()));
                                refocus_if_lost("#main");
                            }>{if plan_change { "Not now" } else { "Got it" }}</button>
                        </div>
                    </section>
                }
            }
        </For>
    }
}

/// The cards History shows now (`progression::to_show`), read from the app's state.
fn shown_now(app: AppState) -> Vec<Shown> {
    app.profile.with(|p| {
        let Some(level) = p.level else {
            return Vec::new();
        };
        app.history.with(|h| {
            progression::to_show(
                &p.plan,
                &h.sessions,
                level,
                p.owned_equipment(),
                &p.dismissed,
                &p.red_flag_cleared,
                clock::now(),
            )
        })
    })
}

/// A back no better than a month ago is one to show a clinician soon (CLINICAL.md §1). "Got
/// it" puts it away for four weeks (`core::safety::no_better_to_show`).
#[component]
fn NoBetterCard() -> impl IntoView {
    let app = use_app();
    let shown = Memo::new(move |_| {
        app.history.with(|h| {
            app.profile
                .with(|p| no_better_to_show(&h.sessions, &p.dismissed, clock::now()))
        })
    });
    move || {
        shown.get().map(|(found, key)| {
            let NoBetter { then, now } = found;
            view! {
                // The strongest advice on the screen (see someone soon): styled as a warning.
                <section class="card urgent" aria-labelledby="no-better-title">
                    <h2 id="no-better-title">{if found.worse() {
                        "Your back is worse than a month ago"
                    } else {
                        "Your back is no better than a month ago"
                    }}</h2>
                    <p>{if now == then {
                        format!("Your pain before a session is still {now} out of 10, as it was a month ago.")
                    } else {
                        format!("Your pain before a session is now {now} out of 10; a month ago it was {then}.")
                    }}
                    " Pain that has not eased in about a month is worth showing to a doctor or physiotherapist in the next day or two. Until then, keep to what feels comfortable."</p>
                    <div class="row">
                        <button type="button" class="button secondary" on:click=move |_| {
                            app.change_profile(|p| p.dismiss_suggestion(key.clone()));
                            refocus_if_lost("#main");
                        }>"Got it"</button>
                    </div>
                </section>
            }
        })
    }
}
