//! The check-in answers: the 0 to 10 pain scale and how hard it felt, one tap each, big
//! enough for a thumb. Used after a workout and when correcting a session in history.

use crate::core::session::Effort;
use leptos::prelude::*;

#[component]
pub fn PainScale(
    legend: &'static str,
    name: &'static str,
    #[prop(into)] selected: Signal<Option<u8>>,
    on_pick: Callback<u8>,
) -> impl IntoView {
    view! {
        <fieldset class="pain-scale">
            <legend>{legend}</legend>
            <div class="pain-options">
                {(0..=10u8).map(|n| view! {
                    <label class="pain-option">
                        <input type="radio" name=name value=n.to_string()
                            prop:checked=move || selected.get() == Some(n)
                            on:change=move |_| on_pick.run(n)/>
                        <span>{n}</span>
                    </label>
                }).collect_view()}
            </div>
            <p class="pain-ends" aria-hidden="true"><span>"0 no pain"</span><span>"10 worst"</span></p>
        </fieldset>
    }
}

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
