//! Small pieces shared by screens: the page frame, the main navigation and notices.

use super::links::href;
use super::state::use_app;
use crate::platform::tasks::run_soon;
use leptos::prelude::*;
use leptos_router::components::A;

/// A screen: a heading, its content, and the main navigation under it.
#[component]
pub fn Page(
    /// The screen's heading, also the document title.
    title: String,
    /// Hide the main navigation (during the set-up and the workout, to keep focus).
    #[prop(optional)]
    no_nav: bool,
    children: Children,
) -> impl IntoView {
    set_document_title(&title);
    mark_screen_shown();
    view! {
        // Named by its heading: a new screen takes the focus (platform::navigation), and a
        // screen reader then announces the screen by name.
        <main id="main" class="page" tabindex="-1" aria-labelledby="screen-title">
            <h1 id="screen-title">{title}</h1>
            {children()}
        </main>
        {(!no_nav).then(|| view! { <MainNav/> })}
    }
}

/// Every screen (each renders the page's `<main>`) calls this as it is built: the page's
/// scroll position and focus settle on it (`platform::navigation`), and
/// `AppState::screen_shown` turns true a task later: within a task of the first screen being in
/// the page (Today is mounted in the task that builds it; a lazy screen in the next one, see
/// `lazy_groups!`).
pub fn mark_screen_shown() {
    crate::platform::navigation::await_screen();
    let app = use_app();
    if !app.screen_shown.get_untracked() {
        run_soon(move || app.screen_shown.set(true));
    }
}

/// Content built one task after the rest of the screen, so that a screen's first render is two
/// shorter tasks, not one long one. Until then `reserve` stands in its place, and must take the
/// same room: content that appears must not move what is already shown.
#[component]
pub fn Later(#[prop(into)] reserve: ViewFn, children: ChildrenFn) -> impl IntoView {
    let due = RwSignal::new(false);
    run_soon(move || {
        // The screen may have been left in between; its signal is gone then.
        let _ = due.try_set(true);
    });
    move || {
        if due.get() {
            children()
        } else {
            reserve.run()
        }
    }
}

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if title == "Rotation Rehab" {
            document.set_title(title);
        } else {
            document.set_title(&format!("{title} · Rotation Rehab"));
        }
    }
}

#[component]
pub fn MainNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label="Main">
            <A href=href("/") exact=true>"Today"</A>
            <A href=href("/exercises")>"Exercises"</A>
            <A href=href("/history")>"History"</A>
            <A href=href("/settings")>"Settings"</A>
        </nav>
    }
}

/// Messages about the user's data that must not be missed.
#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="notices" role="alert" aria-live="assertive">
            <For each=move || app.notices.get() key=|n| n.id let:notice>
                <div class="notice">
                    <p>{notice.text.clone()}</p>
                    <div class="row">
                        {notice.download_key.clone().map(|key| {
                            view! {
                                <button type="button" class="button secondary" on:click=move |_| {
                                    if let Some(text) = app.raw_stored(&key) {
                                        crate::platform::download::text_file(
                                            &format!("{}.json", key.replace('/', "-")),
                                            "application/json",
                                            &text,
                                        );
                                    }
                                }>"Download it"</button>
                            }
                        })}
                        <button type="button" class="button secondary" on:click=move |_| app.dismiss(notice.id)>
                            "Dismiss"
                        </button>
                    </div>
                </div>
            </For>
        </div>
    }
}
