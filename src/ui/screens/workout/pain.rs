//! How hard it felt, one tap, big enough for a thumb. Used after a workout and when correcting
//! a session in history (the pain scale beside it is `components::PainScale`).

use crate::core::session::Effort;
use leptos::prelude::*;

#[component]
pub fn EffortChoice(
    legend: &'static str,
    name: &'static str,
    effort: RwSignal<Option<Effort>>,
) -> impl IntoView {
    view! {
        <fieldset class="segmented-field">
            <legend>{legend}</legend>
            <div class="segmented">
                {[(Effort::TooEasy, "Too easy"), (Effort::AboutRight, "About right"), (Effort::TooHard, "Too hard")]
                    .into_iter()
                    .map(|(e, label)| view! {
                        <label class="segment">
                            <input type="radio" name=name prop:checked=move || effort.get() == Some(e) on:change=move |_| effort.set(Some(e))/>
                            <span>{label}</span>
                        </label>
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
