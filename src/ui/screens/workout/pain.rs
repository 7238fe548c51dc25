//! The 0 to 10 pain scale: one tap per answer, big enough for a thumb.

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
