//! Progression suggestions after a session: the core decides, the person accepts or not.
//! The plan changes only on "Change my plan".

use super::exercise_name;
use crate::core::progression::{self, Change, Reason, Suggestion, SuggestionKind};
use crate::ui::state::use_app;
use leptos::prelude::*;

fn key(last_session: &str, suggestion: &Suggestion) -> String {
    format!("{last_session}:{}", suggestion.exercise)
}

fn heading(s: &Suggestion) -> &'static str {
    if s.reasons.contains(&Reason::SeeClinician) {
        return "Please check with a clinician";
    }
    match s.kind {
        SuggestionKind::StepUp => "Ready for a step up",
        SuggestionKind::StepDown => "Time to ease off",
        SuggestionKind::Stay => "Stay where you are",
    }
}

fn changes_plan(change: &Change) -> bool {
    matches!(change, Change::Prescription(_) | Change::Exercise { .. })
}

#[component]
pub fn Suggestions() -> impl IntoView {
    let app = use_app();
    let suggestions = Memo::new(move |_| {
        let last = app
            .history
            .with(|h| h.sessions.last().map(|s| s.id.clone()));
        let Some(last) = last else { return Vec::new() };
        app.profile.with(|p| {
            let Some(level) = p.level else {
                return Vec::new();
            };
            app.history.with(|h| {
                progression::suggest_plan(&p.plan, &h.sessions, None, level, p.owned_equipment())
                    .into_iter()
                    .enumerate()
                    .filter(|(_, s)| s.is_worth_showing() && !p.dismissed.contains(&key(&last, s)))
                    .map(|(i, s)| (i, key(&last, &s), s))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <For each=move || suggestions.get() key=|(_, k, _)| k.clone() let:entry>
            {
                let (index, dismiss_key, suggestion) = entry;
                let accept_key = dismiss_key.clone();
                let accept = suggestion.clone();
                let plan_change = changes_plan(&suggestion.change);
                view! {
                    <section class="card suggestion" data-kind=format!("{:?}", suggestion.kind).to_lowercase() aria-label=heading(&suggestion)>
                        <h2>{heading(&suggestion)}": "{exercise_name(&suggestion.exercise)}</h2>
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
