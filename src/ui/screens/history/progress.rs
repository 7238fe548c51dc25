//! Charts and balance: training days per week, pain before and after, per-exercise trends, and
//! left against right over the last four weeks.

use crate::catalog;
use crate::core::stats;
use crate::platform::clock::{format_day, local_date, now, today};
use crate::ui::charts::{BarChart, LineChart, Series};
use crate::ui::components::Page;
use crate::ui::links::href;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Weeks on the sessions chart.
const WEEKS_SHOWN: u32 = 12;
/// Sessions on the pain and trend charts.
const SESSIONS_SHOWN: usize = 20;

#[component]
pub fn Progress() -> impl IntoView {
    let app = use_app();
    let content = move || {
        let (target, start) = app
            .profile
            .with(|p| (p.settings.weekly_target(), p.settings.week_start));
        app.history.with(|h| {
            let sessions = &h.sessions;
            if sessions.is_empty() {
                return view! { <p class="lead">"Charts appear after your first saved workout."</p> }.into_any();
            }
            let weeks = stats::training_days_per_week(sessions, local_date, start, WEEKS_SHOWN, today());
            let week_labels: Vec<String> = weeks.iter().map(|(d, _)| format_day(*d)).collect();
            let week_values: Vec<u32> = weeks.iter().map(|(_, n)| *n).collect();

            let pain = stats::pain_series(sessions);
            let pain = &pain[pain.len().saturating_sub(SESSIONS_SHOWN)..];
            let pain_labels: Vec<String> = pain.iter().map(|(at, _, _)| format_day(local_date(*at))).collect();
            let before = pain.iter().map(|(_, b, _)| b.map(f32::from)).collect();
            let after = pain.iter().map(|(_, _, a)| a.map(f32::from)).collect();

            let exercises = stats::exercises_by_recency(sessions);
            let since = stats::balance_window_start(now());
            let per_exercise = exercises
                .into_iter()
                .map(|id| {
                    let points = stats::trend(sessions, &id);
                    let points = &points[points.len().saturating_sub(SESSIONS_SHOWN)..];
                    let labels: Vec<String> = points.iter().map(|p| format_day(local_date(p.at))).collect();
                    let holds: Vec<Option<f32>> = points.iter().map(|p| p.hold_seconds).collect();
                    let reps: Vec<Option<f32>> = points.iter().map(|p| p.reps).collect();
                    let loads: Vec<Option<f32>> = points.iter().map(|p| p.load_kg).collect();
                    let name = catalog::name_of(&id).to_string();
                    let balance = stats::balance(sessions, &id, since);
                    let warning = balance.warning();
                    view! {
                        <section class="card" aria-labelledby=format!("ex-{id}")>
                            <h2 id=format!("ex-{id}")>{name.clone()}</h2>
                            <p class="balance" data-testid=format!("balance-{id}")>
                                {balance.summary()}
                            </p>
                            {warning.map(|w| view! { <p class="card advice" role="note">{w.message()}</p> })}
                            {holds.iter().any(Option::is_some).then(|| view! {
                                <LineChart title=format!("{name}: hold time per set") labels=labels.clone()
                                    series=vec![Series { name: "Hold", class: "s1", values: holds.clone() }] unit="s"/>
                            })}
                            {reps.iter().any(Option::is_some).then(|| view! {
                                <LineChart title=format!("{name}: reps per set") labels=labels.clone()
                                    series=vec![Series { name: "Reps", class: "s1", values: reps.clone() }] unit="reps"/>
                            })}
                            {loads.iter().any(Option::is_some).then(|| view! {
                                <LineChart title=format!("{name}: load") labels=labels.clone()
                                    series=vec![Series { name: "Load", class: "s1", values: loads.clone() }] unit="kg"/>
                            })}
                        </section>
                    }
                })
                .collect_view();
            view! {
                <BarChart title=format!("Training days per week, last {WEEKS_SHOWN} weeks") labels=week_labels values=week_values
                    target=u32::from(target) unit="days"/>
                <LineChart title="Pain before and after (0 to 10)".to_string() labels=pain_labels
                    series=vec![
                        Series { name: "Before", class: "s1", values: before },
                        Series { name: "After", class: "s2", values: after },
                    ]
                    unit="" max=10.0/>
                {per_exercise}
            }
            .into_any()
        })
    };
    view! {
        <Page title="Progress".to_string()>
            {content}
            <a href=href("/history")>"Back to history"</a>
        </Page>
    }
}
