//! The answer to Today's "How is your back today?", saved with the session it is about. Loaded
//! with the history screens' code (`ui::lazy_groups!`), as saving the history needs it.

use crate::core::nudges::next_day_question;
use crate::platform::clock;
use crate::ui::components::PainScale;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NextDayAnswer() -> impl IntoView {
    let app = use_app();
    let answered = RwSignal::new(None::<u8>);
    let pick = Callback::new(move |pain: u8| {
        // Asked again at the tap: another tab may have answered, or saved a session, since.
        let asked = app.history.with_untracked(|h| {
            next_day_question(&h.sessions, clock::today(), clock::local_date).map(|s| s.id.clone())
        });
        let Some(id) = asked else { return };
        let saved = app.change_history(|h| {
            if let Some(s) = h.find_mut(&id) {
                s.set_pain_next_day(pain);
            }
        });
        if saved {
            answered.set(Some(pain));
        }
    });
    view! {
        <Show when=move || answered.with(Option::is_none)>
            <PainScale legend="Your back today, 0 to 10" name="pain-next-day" selected=Signal::derive(|| None) on_pick=pick immediate=true/>
        </Show>
        <p role="status">{move || answered.get().map(|pain| format!("Saved: {pain} out of 10 today. Thank you."))}</p>
    }
}
