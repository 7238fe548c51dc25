//! History: this week against the target, the streak, suggestions, and the sessions.

use super::suggestions::Suggestions;
use super::{exercise_names, outcome_text, pain_text};
use crate::core::stats;
use crate::platform::clock::{format_local, local_date, today};
use crate::ui::components::{refocus_if_lost, Later, Page};
use crate::ui::links::href;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Sessions per page of the list: about three months at two or three a week.
const PAGE: usize = 30;

#[component]
pub fn HistoryList() -> impl IntoView {
    let app = use_app();
    let week = Memo::new(move |_| {
        let (target, start) = app
            .profile
            .with(|p| (p.settings.weekly_target(), p.settings.week_start));
        app.history.with(|h| {
            let progress =
                stats::week_progress(&h.sessions, local_date, start, u32::from(target), today());
            let streak =
                stats::streak_weeks(&h.sessions, local_date, start, u32::from(target), today());
            (progress, streak)
        })
    });
    // Newest first, one page at a time: five years of sessions would otherwise cost hundreds of
    // milliseconds of DOM on every visit, for rows nobody scrolls to. Only the shown fields.
    let shown = Memo::new(move |_| app.history_pages.get() * PAGE);
    let total = Memo::new(move |_| app.history.with(|h| h.sessions.len()));
    let rows = Memo::new(move |_| {
        let shown = shown.get();
        app.history.with(|h| {
            h.sessions
                .iter()
                .rev()
                .take(shown)
                .map(|s| {
                    (
                        s.id.clone(),
                        format_local(s.started_at),
                        exercise_names(s),
                        outcome_text(s.outcome),
                        pain_text(s),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Page title="History".to_string()>
            // The live region is in the page before its words, so that they are announced.
            <div role="status">
                <Show when=move || app.last_deleted.with(Option::is_some)>
                    <div class="card undo">
                        <p>"Session deleted."</p>
                        <button type="button" class="button secondary" on:click=move |_| {
                            if let Some(session) = app.last_deleted.get_untracked() {
                                if app.change_history(|h| { h.add(session.clone()); }) {
                                    app.last_deleted.set(None);
                                    refocus_if_lost("#main");
                                }
                            }
                        }>"Undo"</button>
                    </div>
                </Show>
            </div>
            <section class="card week" aria-labelledby="week-h" data-testid="week">
                <h2 id="week-h">"This week"</h2>
                <p class="week-count">{move || {
                    let (progress, _) = week.get();
                    format!("{} of {} training days", progress.done, progress.target)
                }}</p>
                <p class="muted">{move || {
                    let (progress, streak) = week.get();
                    let this_week = if progress.is_met() { "Target met. Rest days are part of the plan.".to_string() } else { format!("Aim for {} training days a week, on days apart.", progress.target) };
                    match streak {
                        0 => this_week,
                        1 => format!("{this_week} 1 week in a row on target."),
                        n => format!("{this_week} {n} weeks in a row on target."),
                    }
                }}</p>
                <div class="row">
                    <a href=href("/progress")>"Progress: charts and balance"</a>
                    <a href=href("/history/calendar")>"Calendar"</a>
                </div>
            </section>
            // The suggestions a task after the rest, and the sessions a task after them (nested,
            // so never before them): opening History is then three short tasks rather than one
            // long one. Each comes below what is shown already, so nothing shown moves.
            <Later reserve=|| ()>
                <Suggestions/>
                <Later reserve=|| ()>
                    <Show when=move || { total.get() > 0 } fallback=|| view! {
                        <p class="lead">"Your finished workouts will appear here."</p>
                        <a href=href("/") class="button primary">"Go to today's plan"</a>
                    }>
                        <h2>"Sessions"</h2>
                        <ul class="history">
                            <For each=move || rows.get() key=|row| row.0.clone() let:row>
                                <li class="card session">
                                    <h3><a href=href(&format!("/history/{}", row.0))>{row.1.clone()}</a></h3>
                                    <p>{row.2.clone()}</p>
                                    <p class="muted">{row.3}{row.4.clone().map(|p| format!(" · {p}"))}</p>
                                </li>
                            </For>
                        </ul>
                        <Show when=move || { total.get() > shown.get() }>
                            <button type="button" class="button secondary more" on:click=move |_| {
                                app.history_pages.update(|n| *n += 1);
                            }>{move || {
                                let older = total.get().saturating_sub(shown.get());
                                format!("Show older sessions ({older} more)")
                            }}</button>
                        </Show>
                    </Show>
                </Later>
            </Later>
        </Page>
    }
}
