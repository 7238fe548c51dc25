//! A month of sessions. The month is in the URL (`?month=2026-11`); a month the app cannot
//! read falls back to this month and says so.

use crate::core::stats;
use crate::platform::clock::{local_date, today};
use crate::ui::components::Page;
use crate::ui::links::href;
use crate::ui::state::use_app;
use chrono::{Datelike, NaiveDate, Weekday};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn parse_month(text: &str) -> Option<NaiveDate> {
    let (year, month) = text.split_once('-')?;
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)?;
    (2000..=2100).contains(&date.year()).then_some(date)
}

fn month_param(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

fn weekday_short(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[component]
pub fn Calendar() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let month = Memo::new(move |_| {
        let asked = query.with(|q| q.get("month"));
        match asked.as_deref().map(parse_month) {
            None => (today().with_day(1).unwrap_or_default(), false),
            Some(Some(date)) => (date, false),
            Some(None) => (today().with_day(1).unwrap_or_default(), true),
        }
    });
    let counts = Memo::new(move |_| {
        app.history
            .with(|h| stats::sessions_by_date(&h.sessions, local_date))
    });
    view! {
        <Page title="Calendar".to_string()>
            <Show when=move || month.get().1>
                <p class="card" role="status">"That link asked for a month the app cannot read, so this month is shown."</p>
            </Show>
            {move || {
                let (first, _) = month.get();
                let start = app.profile.with(|p| p.settings.week_start);
                let prev = first.checked_sub_months(chrono::Months::new(1)).unwrap_or(first);
                let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(first);
                let grid = stats::month_grid(first.year(), first.month(), start);
                let title = format!("{} {}", MONTHS[first.month0() as usize], first.year());
                let counts = counts.get();
                let days: usize = grid.iter().flatten().flatten().filter(|d| counts.contains_key(d)).count();
                view! {
                    <nav class="month-nav" aria-label="Months">
                        <a href=href(&format!("/history/calendar?month={}", month_param(prev)))>"← Previous"</a>
                        <h2 aria-live="polite">{title.clone()}</h2>
                        <a href=href(&format!("/history/calendar?month={}", month_param(next)))>"Next →"</a>
                    </nav>
                    <p class="muted">{format!("{days} training days in {title}.")}</p>
                    <table class="month">
                        <thead><tr>{start.weekdays().into_iter().map(|d| view! { <th scope="col">{weekday_short(d)}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {grid.into_iter().map(|week| view! {
                                <tr>{week.into_iter().map(|day| match day {
                                    Some(date) => {
                                        let n = counts.get(&date).copied().unwrap_or(0);
                                        let label = if n > 0 { format!("{}, {n} session{}", date.day(), if n == 1 { "" } else { "s" }) } else { date.day().to_string() };
                                        let trained = n > 0;
                                        let is_today = date == today();
                                        view! { <td class:trained=trained class:today=is_today aria-label=label><span>{date.day()}</span></td> }.into_any()
                                    }
                                    None => view! { <td></td> }.into_any(),
                                }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }}
            <a href=href("/history")>"Back to history"</a>
        </Page>
    }
}
