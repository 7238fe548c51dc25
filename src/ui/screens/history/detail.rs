//! One session: what was done on each side, and the check-in, which can be corrected.
//! Deleting takes the person back to the list, where "Undo" restores it.

use super::{outcome_text, side_short, work_text};
use crate::catalog;
use crate::core::session::{CheckInAnswer, RangeUsed, SessionRecord, MAX_NOTE_CHARS};
use crate::platform::clock::{self, format_local};
use crate::ui::components::Page;
use crate::ui::components::PainScale;
use crate::ui::links::href;
use crate::ui::screens::workout::EffortChoice;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;

/// How long after the last key a note is kept.
const NOTE_SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(600);

fn range_text(range: RangeUsed) -> &'static str {
    match range {
        RangeUsed::Small => "small range",
        RangeUsed::Medium => "medium range",
        RangeUsed::Full => "full range",
    }
}

#[component]
pub fn SessionDetail() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    // Keyed on the id, not the record: saving a correction changes the record, and building the
    // page again would lose the "Saved." and the place in the form.
    let shown_id = Memo::new(move |_| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        app.history.with(|h| h.find(&id).is_some()).then_some(id)
    });
    move || {
        let session = shown_id
            .get()
            .and_then(|id| app.history.with_untracked(|h| h.find(&id).cloned()));
        match session {
            Some(s) => view! { <Detail session=s/> }.into_any(),
            None => view! {
                <Page title="Session not found".to_string()>
                    <p>"There is no session at this address on this device. It may have been deleted."</p>
                    <a href=href("/history")>"Back to history"</a>
                </Page>
            }
            .into_any(),
        }
    }
}

#[component]
fn Detail(session: SessionRecord) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let pain_after = RwSignal::new(session.pain_after);
    let pain_next_day = RwSignal::new(session.pain_next_day);
    let effort = RwSignal::new(session.effort);
    let note = RwSignal::new(session.note.clone());
    // "Saved." while the form still holds what was saved: a further change takes it away.
    let form = move || {
        (
            pain_after.get(),
            pain_next_day.get(),
            effort.get(),
            note.get(),
        )
    };
    let saved = RwSignal::new(None);
    // The note has been typed into since it was last kept.
    let note_pending = RwSignal::new(false);
    let id = session.id.clone();
    let save_id = id.clone();
    // Each answer is kept as it is given, on its own (another tab's answer since this page
    // opened is not written over), and the note as it is typed (below): there is no "Save" to
    // forget on the way out.
    let save = Callback::new(move |answer: CheckInAnswer| {
        let ok = app.change_history(|h| {
            if let Some(s) = h.find_mut(&save_id) {
                s.answer(&answer);
            }
        });
        if ok {
            if matches!(answer, CheckInAnswer::Note(_)) {
                note_pending.set(false);
            }
            saved.set(Some(untrack(form)));
        }
    });
    let save_note = move || save.run(CheckInAnswer::Note(note.get_untracked()));
    Effect::watch(
        move || effort.get(),
        move |effort, _, _| {
            if let Some(effort) = effort {
                save.run(CheckInAnswer::Effort(*effort));
            }
        },
        false,
    );
    // The note is also kept a moment after typing stops, not only when it is left: Back, a
    // swipe or closing the app removes the field without a `change`.
    let typed = RwSignal::new(0u32);
    let save_soon = move || {
        note_pending.set(true);
        let this = typed.get_untracked().wrapping_add(1);
        typed.set(this);
        set_timeout(
            move || {
                // Gone (the page was left) or typed into since: nothing to do here.
                if typed.try_get_untracked() == Some(this) {
                    save_note();
                }
            },
            NOTE_SAVE_DELAY,
        );
    };
    // Left within that moment: kept on the way out (this page's state is still there).
    on_cleanup(move || {
        if note_pending.try_get_untracked() == Some(true) {
            save_note();
        }
    });
    let delete = move |_| {
        let removed = app.history.with_untracked(|h| h.find(&id).cloned());
        if app.change_history(|h| {
            h.remove(&id);
        }) {
            app.last_deleted.set(removed);
            navigate("/history", NavigateOptions::default());
        }
    };
    view! {
        <Page title=format_local(session.started_at)>
            <p class="lead">{outcome_text(session.outcome)}{session.pain_before.map(|p| format!(" · pain before {p}"))}{session.pain_next_day.map(|p| format!(" · the day after {p}"))}</p>
            {session.stopped_for().map(|kind| view! { <p class="card urgent">{kind.label()}". "{kind.advice()}</p> })}
            {session.is_dated_after(clock::now()).then(|| view! {
                <p class="card warn">"This session is dated after today: the clock was probably wrong when it was saved. Suggestions and the day-after question leave it out until that date. Delete it below if it should not be here."</p>
            })}
            {session.exercises.iter().map(|log| view! {
                <section class="card">
                    <h2>{catalog::name_of(&log.exercise).to_string()}</h2>
                    <p class="muted">{[log.load.describe(), log.range.map(|r| range_text(r).to_string())].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</p>
                    <table class="sets-table">
                        <thead><tr><th scope="col">"Set"</th><th scope="col">"Side"</th><th scope="col">"Done"</th><th scope="col">"Target"</th></tr></thead>
                        <tbody>
                            {log.sets.iter().map(|s| view! {
                                <tr class:short=!s.completed>
                                    <td>{s.set}</td><td>{side_short(s.side)}</td><td>{work_text(s.done)}{(!s.completed).then_some(" (cut short)")}</td><td>{work_text(s.target)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            }).collect_view()}
            <section class="card" aria-labelledby="edit-h">
                <h2 id="edit-h">"Check-in"</h2>
                <p class="muted">"Changes are kept as you make them."</p>
                <PainScale legend="Pain after, 0 to 10" name="edit-pain-after" selected=pain_after
                    on_pick=Callback::new(move |n| { pain_after.set(Some(n)); save.run(CheckInAnswer::PainAfter(n)); })/>
                <PainScale legend="The day after, 0 to 10" name="edit-pain-next-day" selected=pain_next_day
                    on_pick=Callback::new(move |n| { pain_next_day.set(Some(n)); save.run(CheckInAnswer::PainNextDay(n)); })/>
                <EffortChoice legend="How hard it felt" name="edit-effort" effort=effort/>
                <label class="field">
                    <span>"Note"</span>
                    <textarea rows="3" maxlength=MAX_NOTE_CHARS.to_string() prop:value=move || note.get()
                        on:input=move |ev| {
                            note.set(event_target_value(&ev));
                            save_soon();
                        }
                        on:change=move |_| save_note()></textarea>
                </label>
                // Its line is kept while empty: a "Saved." appearing as the note is left must not
                // move the link being tapped.
                <p class="saved-line" role="status">{move || (saved.get() == Some(form())).then_some("Saved.")}</p>
            </section>
            <div class="actions">
                <button type="button" class="button danger" on:click=delete>"Delete this session"</button>
                <a href=href("/history")>"Back to history"</a>
            </div>
        </Page>
    }
}
