//! Small pieces shared by screens: the page frame, the main navigation, notices and the pain
//! scale.

use super::links::href;
use super::state::use_app;
use crate::platform::tasks::run_soon;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

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
    let shown = mark_screen_shown();
    view! {
        // Named by its heading: a new screen takes the focus (platform::navigation), and a
        // screen reader then announces the screen by name.
        <main id="main" class="page" tabindex="-1" aria-labelledby="screen-title">
            {shown}
            <h1 id="screen-title">{title}</h1>
            {children()}
        </main>
        {(!no_nav).then(|| view! { <MainNav/> })}
    }
}

/// Every screen (each renders the page's `<main>`) puts this in its view: the page's scroll
/// position and focus settle on the screen (`platform::navigation`) from the first frame it is
/// in the page, and `AppState::screen_shown` turns true in the task after the one that builds
/// the first screen.
pub fn mark_screen_shown() -> impl IntoView {
    use crate::platform::navigation::{await_screen, screen_built};
    let screen = await_screen();
    let app = use_app();
    let first = !app.screen_shown.get_untracked();
    view! {
        // Run as the screen is built, in the task that puts it in the page, so the frame
        // after it settles (a task later, that frame could show the wrong place first).
        {move || screen_built(screen)}
        {first.then(|| after_built(move || app.screen_shown.set(true)))}
    }
}

/// Nothing to show: runs `work` in the task after the one that builds this view.
///
/// Why not `run_soon` in a component's body: a lazy screen's components are called a task
/// before the screen is built (`lazy_groups!` in `ui`), so that task would come first, and
/// what was meant to follow the screen's first render would run before it.
pub fn after_built(work: impl FnOnce() + Send + 'static) -> impl IntoView {
    let mut work = Some(work);
    move || {
        if let Some(work) = work.take() {
            run_soon(work);
        }
    }
}

/// Content built one task after the rest of the screen, so that a screen's first render is two
/// shorter tasks, not one long one. Until then `reserve` stands in its place, and must take the
/// same room: content that appears must not move what is already shown.
#[component]
pub fn Later(#[prop(into)] reserve: ViewFn, children: ChildrenFn) -> impl IntoView {
    let due = RwSignal::new(false);
    view! {
        {after_built(move || {
            // The screen may have been left in between; its signal is gone then.
            let _ = due.try_set(true);
        })}
        {move || if due.get() { children() } else { reserve.run() }}
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

/// The tab bar, under every screen but the workout. The tab of the screen's section is marked
/// `aria-current` (styled as the current tab, and announced so). Plain links with one
/// subscription to the address, rather than the router's `<A>`, which makes every link a memo
/// and two effects of its own, and this bar is built again with every screen.
#[component]
pub fn MainNav() -> impl IntoView {
    let path = use_location().pathname;
    // `also`: a section of its own address that the tab leads to (Progress, from History).
    let tab = move |to: &'static str, label: &'static str, also: Option<&'static str>| {
        let target = href(to);
        let section = target.clone();
        let also = also.map(href);
        let current = move || {
            path.with(|p| {
                in_section(p, &section, to == "/")
                    || also.as_deref().is_some_and(|a| in_section(p, a, false))
            })
            .then_some("page")
        };
        view! { <a href=target aria-current=current>{label}</a> }
    };
    view! {
        <nav class="main-nav" aria-label="Main">
            {tab("/", "Today", None)}
            {tab("/exercises", "Exercises", None)}
            {tab("/history", "History", Some("/progress"))}
            {tab("/settings", "Settings", None)}
        </nav>
    }
}

/// Whether the page at `path` belongs to the tab at `tab`: the same page, or (unless `exact`)
/// one under it, as "/history/calendar" belongs to History.
fn in_section(path: &str, tab: &str, exact: bool) -> bool {
    let (path, tab) = (path.trim_end_matches('/'), tab.trim_end_matches('/'));
    path == tab
        || (!exact
            && path
                .strip_prefix(tab)
                .is_some_and(|rest| rest.starts_with('/')))
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

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::Later;
    use crate::platform::tasks::next_task;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn shown(id: &str) -> bool {
        document().get_element_by_id(id).is_some()
    }

    /// A lazy screen's components are called a task before the screen is built
    /// (`lazy_groups!`): `Later` must still wait for the build, and then one task more.
    #[wasm_bindgen_test]
    async fn later_content_comes_a_task_after_the_build_not_after_the_call() {
        let screen = view! {
            <Later reserve=|| view! { <p id="reserve"></p> }>
                <p id="later"></p>
            </Later>
        };
        next_task().await;
        next_task().await;
        let parent: web_sys::HtmlElement =
            document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&parent).unwrap();
        let mounted = leptos::mount::mount_to(parent, move || screen);
        assert!(
            shown("reserve") && !shown("later"),
            "built with its reserve in place"
        );
        next_task().await;
        next_task().await;
        assert!(
            shown("later") && !shown("reserve"),
            "the content, a task later"
        );
        drop(mounted);
    }
}

/// The 0 to 10 pain scale, one tap, big enough for a thumb: at the start and end of a workout,
/// the day after one (Today), and when correcting a session in history.
///
/// `immediate`: a tap is the answer and acts at once (start the workout, save the day after's
/// answer), so the options are buttons. Radio buttons there would act on every arrow key a
/// keyboard user presses to move through them.
#[component]
pub fn PainScale(
    legend: &'static str,
    name: &'static str,
    #[prop(into)] selected: Signal<Option<u8>>,
    on_pick: Callback<u8>,
    #[prop(optional)] immediate: bool,
) -> impl IntoView {
    let options = (0..=10u8).map(move |n| {
        if immediate {
            view! {
                <button type="button" class="pain-option" on:click=move |_| on_pick.run(n)>
                    <span>{n}</span>
                </button>
            }
            .into_any()
        } else {
            view! {
                <label class="pain-option">
                    <input type="radio" name=name value=n.to_string()
                        prop:checked=move || selected.get() == Some(n)
                        on:change=move |_| on_pick.run(n)/>
                    <span>{n}</span>
                </label>
            }
            .into_any()
        }
    });
    view! {
        // The ends, said once as the group's description rather than read again after the
        // eleven numbers.
        <fieldset class="pain-scale" aria-describedby=format!("{name}-ends")>
            <legend>{legend}</legend>
            <div class="pain-options">{options.collect_view()}</div>
            <p class="pain-ends" id=format!("{name}-ends") aria-hidden="true"><span>"0 no pain"</span>" "<span>"10 worst"</span></p>
        </fieldset>
    }
}

/// A sheet over the screen, for a question that needs an answer now: a modal `<dialog>`, so
/// the browser keeps the keyboard focus inside it, makes the rest of the page inert (for
/// screen readers too) and sends Escape as `on_escape`. When it goes, the focus goes back to
/// where it was, or to the screen's `<main>`.
#[component]
pub fn Sheet(
    /// The id of its heading, which names it.
    labelled_by: &'static str,
    /// What Escape does: the sheet's gentlest answer. Without it, Escape does nothing.
    #[prop(optional)]
    on_escape: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    use wasm_bindgen::JsCast;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let document = web_sys::window().and_then(|w| w.document());
    let came_from = document
        .as_ref()
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    // The browser focuses the element marked `autofocus`, which should be the heading (with
    // `tabindex="-1"`), not the first button: a key pressed out of habit, such as Space to
    // pause the workout, must not answer the question, and a screen reader starts with the
    // question itself.
    dialog.on_load(|dialog| {
        let _ = dialog.show_modal();
    });
    // A task later: while the modal dialog is still in the page, everything else is inert
    // and cannot take the focus.
    on_cleanup(move || {
        run_soon(move || return_focus(came_from, document));
    });
    view! {
        <dialog class="sheet" node_ref=dialog aria-labelledby=labelled_by
            on:cancel=move |event: web_sys::Event| {
                event.prevent_default();
                if let Some(escape) = on_escape {
                    escape.run(());
                }
            }
            // Chrome closes a modal dialog on a second Escape (or Android's Back) whatever
            // `cancel` said: answer it as Escape, or put the question back.
            on:close=move |_| match on_escape {
                Some(escape) => escape.run(()),
                None => {
                    if let Some(dialog) = dialog.get_untracked() {
                        if dialog.is_connected() {
                            let _ = dialog.show_modal();
                        }
                    }
                }
            }>
            {children()}
        </dialog>
    }
}

fn return_focus(came_from: Option<web_sys::HtmlElement>, document: Option<web_sys::Document>) {
    use wasm_bindgen::JsCast;
    let back = came_from.filter(|e| e.is_connected() && e.tag_name() != "BODY");
    let target = back.or_else(|| {
        document
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// Give the focus to `selector` a task from now, only if it was lost: the control that had it
/// went with the view (a phase of the workout ended under it), and the browser put the focus
/// back on the document, where a screen reader starts over from the top.
pub fn refocus_if_lost(selector: &'static str) {
    run_soon(move || {
        if crate::platform::navigation::focus_lost() {
            // Without a scroll: a tap that removed its own button must not move the page.
            focus_now(selector, true);
        }
    });
}

/// Give the focus to the first element matching `selector`, a task from now (once the view
/// shows what a change just did): for a control that removed itself, or a decision that
/// appeared, so the focus never falls back to the document.
pub fn focus_soon(selector: &'static str) {
    run_soon(move || focus_now(selector, false));
}

fn focus_now(selector: &str, prevent_scroll: bool) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(prevent_scroll);
        let _ = element.focus_with_options(&options);
    }
}
