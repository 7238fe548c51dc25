//! History: the sessions kept on this device, newest first.

use crate::catalog;
use crate::core::session::{Outcome, SessionRecord};
use crate::platform::clock::format_local;
use crate::ui::components::Page;
use crate::ui::links::href;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

fn outcome_text(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Completed => "Completed",
        Outcome::EndedEarly => "Ended early",
        Outcome::Stopped(_) => "Stopped for pain",
    }
}

fn exercise_names(session: &SessionRecord) -> String {
    session
        .exercises
        .iter()
        .map(|e| catalog::find(&e.exercise).map_or(e.exercise.as_str(), |x| x.name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn pain_text(session: &SessionRecord) -> Option<String> {
    match (session.pain_before, session.pain_after) {
        (Some(b), Some(a)) => Some(format!("Pain {b} → {a}")),
        (Some(b), None) => Some(format!("Pain before {b}")),
        (None, Some(a)) => Some(format!("Pain after {a}")),
        (None, None) => None,
    }
}

#[component]
pub fn HistoryList() -> impl IntoView {
    let app = use_app();
    let sessions = move || app.history.with(|h| h.sessions.iter().rev().cloned().collect::<Vec<_>>());
    view! {
        <Page title="History".to_string()>
            <Show when=move || app.history.with(|h| !h.sessions.is_empty()) fallback=|| view! {
                <p class="lead">"Your finished workouts will appear here."</p>
                <A href=href("/") attr:class="button primary">"Go to today's plan"</A>
            }>
                <ul class="history">
                    <For each=sessions key=|s| s.id.clone() let:session>
                        <li class="card session">
                            <h2>{format_local(session.started_at)}</h2>
                            <p>{exercise_names(&session)}</p>
                            <p class="muted">
                                {outcome_text(session.outcome)}
                                {pain_text(&session).map(|p| format!(" · {p}"))}
                            </p>
                        </li>
                    </For>
                </ul>
            </Show>
        </Page>
    }
}
