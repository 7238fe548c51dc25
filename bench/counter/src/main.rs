//! A bare Leptos 0.8 counter: one button. Mounted like the app (it replaces the static shell).
use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <main>
            <h1>"Counter"</h1>
            <button type="button" on:click=move |_| *count.write() += 1>
                "Clicked " {move || count.get()} " times"
            </button>
        </main>
    }
}

fn main() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(Counter);
}
