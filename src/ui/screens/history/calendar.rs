//! A month of sessions. The month is in the URL (`?month=2026-11`); a month the app cannot
//! read, or one still to come, falls back to this month and says so.

use crate::core::stats::{self, Month};
use crate::platform::clock::{local_date, today};
use crate::ui::components::{refocus_if_lost, Page};
use crate::ui::links::href;
use crate::ui::state::use_app;
use chrono::{Datelike, Weekday};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

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
    // The month shown, and why it is not the one the link asked for.
    let month = Memo::new(move |_| {
        let asked = query.with(|q| q.get("month"));
        let today = today();
        match asked.as_deref().map(Month::parse) {
            None => (Month::of(today), None),
            Some(Some(month)) if month.has_begun_by(today) => (month, None),
            Some(Some(_)) => (
                Month::of(today),
                Some("That link asked for a month still to come, so this month is shown."),
            ),
            Some(None) => (
                Month::of(today),
                Some("That link asked for a month the app cannot read, so this month is shown."),
            ),
        }
    });
    // The month links are built again with the month: the one just followed (and the focus
    // with it) is gone, so the focus goes to the first link left.
    Effect::new(move |first_run: Option<()>| {
        let _ = month.get();
        if first_run.is_some() {
            refocus_if_lost(".month-nav a");
        }
    });
    // Sessions a day, and where each trained day leads: its first session (the list has the
    // others). One reading of the history for both.
    let by_date = Memo::new(move |_| {
        app.history.with(|h| {
            let first = stats::first_session_by_date(&h.sessions, local_date)
                .into_iter()
                .map(|(date, id)| (date, id.to_string()))
                .collect::<std::collections::HashMap<_, _>>();
            (stats::sessions_by_date(&h.sessions, local_date), first)
        })
    });
    view! {
        <Page title="Calendar".to_string()>
            {move || month.get().1.map(|why| view! { <p class="card" role="status">{why}</p> })}
            {move || {
                let (shown, _) = month.get();
                let start = app.profile.with(|p| p.settings.week_start);
                let grid = stats::month_grid(shown.year(), shown.number(), start);
                let title = format!("{} {}", MONTHS[shown.number() as usize - 1], shown.year());
                let (counts, first) = by_date.get();
                let days = shown.training_days(&counts);
                // Short names, so that both links and the month fit one row on a phone; the
                // label's words say where they lead.
                let link = |month: Option<Month>, before: bool| {
                    month.map(|m| {
                        let name = &MONTHS[m.number() as usize - 1][..3];
                        let (text, which) = if before {
                            (format!("← {name}"), ", the month before")
                        } else {
                            (format!("{name} →"), ", the month after")
                        };
                        let label = format!("{text}{which}");
                        view! {
                            <a href=href(&format!("/history/calendar?month={}", m.param())) aria-label=label>
                                {text}
                            </a>
                        }
                    })
                };
                view! {
                    <nav class="month-nav" aria-label="Months">
                        {link(shown.previous(), true)}
                        <h2 aria-live="polite">{title.clone()}</h2>
                        {link(shown.next_up_to(today()), false)}
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
                                        let is_today = date == today();
                                        match first.get(&date).cloned() {
                                            Some(id) => view! {
                                                <td class="trained" class:today=is_today>
                                                    <a href=href(&format!("/history/{id}")) aria-label=label><span>{date.day()}</span></a>
                                                </td>
                                            }.into_any(),
                                            None => view! { <td class:today=is_today aria-label=label><span>{date.day()}</span></td> }.into_any(),
                                        }
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
