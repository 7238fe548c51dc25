//! The answer to Today's "How is your back today?", saved with the session it is about. Loaded
//! with the history screens' code (`ui::lazy_groups!`), as saving the history needs it.

use super::suggestions::Suggestions;
use crate::core::nudges::next_day_question;
use crate::core::safety::{next_day_advice, NextDayAdvice};
use crate::platform::clock;
use crate::ui::components::{refocus_if_lost, PainScale};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NextDayAnswer() -> impl IntoView {
    let app = use_app();
    // The answer given, and what it calls for.
    let answered = RwSignal::new(None::<(u8, NextDayAdvice)>);
    // Asked too late: the day turned, or another tab answered or saved a session meanwhile.
    let gone = RwSignal::new(false);
    let pick = Callback::new(move |pain: u8| {
        // Asked again at the tap: another tab may have answered, or saved a session, since.
        let asked = app.history.with_untracked(|h| {
            next_day_question(&h.sessions, clock::now(), clock::local_date)
                .map(|q| (q.session.id.clone(), next_day_advice(pain, q.session)))
        });
        let Some((id, advice)) = asked else {
            gone.set(true);
            refocus_if_lost("#next-day-status");
            return;
        };
        let saved = app.change_history(|h| {
            if let Some(s) = h.find_mut(&id) {
                s.set_pain_next_day(pain);
            }
        });
        if saved {
            answered.set(Some((pain, advice)));
        }
        // The scale goes with the answer, and with it the focus: to what the answer did.
        refocus_if_lost("#next-day-status");
    });
    let not_settled =
        move || answered.with(|a| a.is_some_and(|(_, advice)| advice != NextDayAdvice::Settled));
    view! {
        <Show when=move || answered.with(Option::is_none) && !gone.get()>
            <PainScale legend="Your back today, 0 to 10" name="pain-next-day" selected=Signal::derive(|| None) on_pick=pick immediate=true/>
        </Show>
        // Advice to take it easy, or to see someone, is styled as such: it is read next to
        // the big "Start workout" above it.
        <p id="next-day-status" tabindex="-1" role="status" class:card=not_settled class:urgent=not_settled>{move || {
            if gone.get() {
                return Some("This question has gone out of date, so nothing was saved.".to_string());
            }
            answered.get().map(|(pain, advice)| {
                let advice = match advice {
                    NextDayAdvice::Settled => " Thank you.",
                    NextDayAdvice::TakeItEasy => " That is more than it should be the day after: take it easy today, and if it keeps getting worse, ask a doctor or physiotherapist.",
                    NextDayAdvice::StillHigh => " Your back is as sore as it was before the session. If it stays this high, ask a doctor or physiotherapist.",
                    NextDayAdvice::AskAClinician => " The pain that stopped your session has not settled: ask a doctor or physiotherapist for advice before you train again.",
                };
                format!("Saved: {pain} out of 10 today.{advice} You can change it on the session's page in History.")
            })
        }}</p>
        // A step up usually waits for this answer, and an answer that the back had not
        // settled calls for easing off: the cards it made ready are shown here, before the
        // Start button below, not only in History.
        {move || answered.with(Option::is_some).then(|| view! { <Suggestions/> })}
    }
}
