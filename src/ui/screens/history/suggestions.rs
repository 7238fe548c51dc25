//! Progression suggestions after a session: the core decides, the person accepts or not.
//! The plan changes only on "Change my plan".

use crate::catalog;
use crate::core::progression::{self, Shown};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Suggestions() -> impl IntoView {
    let app = use_app();
    let suggestions = Memo::new(move |_| {
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
                )
            })
        })
    });
    view! {
        <For each=move || suggestions.get() key=|shown| shown.key.clone() let:shown>
            {
                let Shown { index, key: dismiss_key, suggestion } = shown;
                let accept_key = dismiss_key.clone();
                let accept = suggestion.clone();
                let plan_change = suggestion.change.changes_plan();
                view! {
                    <section class="card suggestion" data-kind=format!("{:?}", suggestion.kind).to_lowercase() aria-label=suggestion.headline()>
                        <h2>{suggestion.headline()}": "{catalog::name_of(&suggestion.exercise).to_string()}</h2>
                        <p>{suggestion.explanation.clone()}</p>
                        <div class="row">
                            {plan_change.then(|| view! {
                                <button type="button" class="button primary" on:click=move |_| {
                                    app.change_profile(|p| {
                                        p.plan = progression::apply(&p.plan, index, &accept);
                                        p.dismiss_suggestion(accept_key.clone());
                                    });
                                }>"Change my plan"</button>
                            })}
                            <button type="button" class="button secondary" on:click=move |_| {
                                app.change_profile(|p| p.dismiss_suggestion(dismiss_key.clone()));
                            }>{if plan_change { "Not now" } else { "Got it" }}</button>
                        </div>
                    </section>
                }
            }
        </For>
    }
}
