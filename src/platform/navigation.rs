//! Back and Forward land where the person left off, and a new screen takes the keyboard focus.
//!
//! The browser restores the scroll position itself as `popstate` fires, but a lazily loaded
//! screen is put in the page a few tasks later: the position was clamped to the height of the
//! screen being left (Back from a session deep in History landed near the top). So the app takes
//! it over (`history.scrollRestoration = "manual"`) and restores it once the screen is in the
//! page: to the link that was followed, at the same height on screen, when that link is there
//! (cards out of sight take an estimated height, so a pixel offset alone can land a few cards
//! off); to the same offset otherwise.
//!
//! Where each entry was is written into the entry's own `history.state`, which the browser keeps
//! with it through Back, Forward and a reload (which is what a phone does to a tab left in the
//! background). Every screen calls [`await_screen`] as it is built, and [`screen_built`] once
//! it is in the page (`ui::components::mark_screen_shown`).

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

// Fields of `history.state`; the router stores nothing there itself.
const Y: &str = "rrY";
const LINK: &str = "rrLink";
const TOP: &str = "rrTop";
const FOLLOWED: &str = "rrFollowed";
/// Frames to wait for the new screen before going on without it (a route that changed only
/// its parameters in place would build none).
const MAX_FRAMES: u32 = 120;
/// Frames to wait, once the screen is in the page, for the link to return to.
const LINK_FRAMES: u32 = 10;
/// Frames a restored link is held in place (about a sixth of a second).
const ALIGN_FRAMES: u32 = 10;

struct Spot {
    y: f64,
    /// A link of the screen and how far below the top of the viewport it was: the link that
    /// was followed from the entry, or else the first one on screen.
    link: Option<(String, f64)>,
    /// The link was followed: it takes the focus on the way back.
    followed: bool,
}

#[derive(Default)]
struct Memory {
    /// A screen is being built, or Back or Forward changed the entry, and the page has not
    /// settled on it yet: nothing is recorded meanwhile (the entry may have changed under the
    /// screen on view). True for the first screen too.
    pending: bool,
    /// Where to go once the screen is in the page: read at `popstate` (or at load, for a
    /// reload), before anything could scroll. `None`: a new entry, which starts at its top.
    restore: Option<Option<Spot>>,
    /// Screens called for so far ([`await_screen`]), the last of them built, and the one
    /// settled on. Counted, not told apart by their `<main>`: a route that changes only its
    /// parameters (one exercise to another) rebuilds its screen in the same `<main>`.
    screens_called: u32,
    screen_built: u32,
    screen_settled: u32,
    /// The address of the screen settled last (empty before the first): a new screen at the
    /// same address (the workout going from its check-in to the exercise) is no move to
    /// another page.
    settled_url: String,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::default();
}

/// Take over scroll restoration and start recording. Call once, before the router starts (its
/// `popstate` and click listeners must come after these).
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    MEMORY.with_borrow_mut(|m| {
        m.pending = true;
        m.restore = Some(read_spot());
    });
    // One listener for the three events: one closure, not three, in the first download.
    let on_event = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let kind = event.type_();
        if kind == "popstate" {
            // The entry has changed already, the screen not yet: take its spot now.
            MEMORY.with_borrow_mut(|m| m.restore = Some(read_spot()));
            expect_screen();
            return;
        }
        if MEMORY.with_borrow(|m| m.pending) {
            return;
        }
        // "scrollend": once a scroll ends, not on every frame of it (replaceState is
        // rate-limited). The first link on screen is the anchor then.
        let followed = kind == "click";
        let link = if followed {
            followed_link(&event)
        } else {
            first_link_on_screen()
        };
        write_spot(&Spot {
            y: window_scroll_y(),
            followed: followed && link.is_some(),
            link,
        });
    });
    let listener = on_event.as_ref().unchecked_ref();
    // Capture: before the router's own click listener starts the navigation.
    let _ = window.add_event_listener_with_callback_and_bool("click", listener, true);
    for kind in ["scrollend", "popstate"] {
        let _ = window.add_event_listener_with_callback(kind, listener);
    }
    // It listens as long as the page lives.
    on_event.forget();
    wait_for_screen(0, 0);
}

/// A screen is about to be built (every screen calls this, then [`screen_built`] with what this
/// returns once it is in the page): stop recording, and settle once it is there.
pub fn await_screen() -> u32 {
    let screen = MEMORY.with_borrow_mut(|m| {
        m.screens_called += 1;
        m.screens_called
    });
    expect_screen();
    screen
}

/// The screen `screen` (from [`await_screen`]) is in the page.
pub fn screen_built(screen: u32) {
    MEMORY.with_borrow_mut(|m| m.screen_built = m.screen_built.max(screen));
}

/// A new screen is on its way (being built, or Back or Forward changed the entry): stop
/// recording, and settle once it is in the page.
fn expect_screen() {
    let already_waiting = MEMORY.with_borrow_mut(|m| std::mem::replace(&mut m.pending, true));
    if !already_waiting {
        wait_for_screen(0, 0);
    }
}

/// Check once a frame whether a new screen is in the page, and settle when it is: `frames`
/// waited in all, `shown` of them with the new screen in the page.
fn wait_for_screen(frames: u32, shown: u32) {
    next_frame(Box::new(move || {
        let Some((new_screen, settled_before)) = MEMORY.with_borrow(|m| {
            m.pending.then_some((
                m.screen_built == m.screens_called && m.screen_built != m.screen_settled,
                m.screen_settled > 0,
            ))
        }) else {
            return;
        };
        if new_screen && main_element().is_some() {
            // A long list draws its first rows first: the link to return to may come a task
            // or two after the screen.
            let link_to_come = MEMORY.with_borrow(|m| match &m.restore {
                Some(Some(Spot {
                    link: Some((href, _)),
                    ..
                })) => find_link(href).is_none(),
                _ => false,
            });
            if link_to_come && shown < LINK_FRAMES {
                wait_for_screen(frames + 1, shown + 1);
            } else {
                settle(true);
            }
        } else if frames >= MAX_FRAMES && settled_before {
            settle(false);
        } else {
            wait_for_screen(frames + 1, 0);
        }
    }));
}

/// One instance for every closure (each generic instance has its own code and JS glue).
fn next_frame(work: Box<dyn FnOnce()>) {
    leptos::prelude::request_animation_frame(work);
}

/// The screen of the current entry is in the page (or, `new_screen` false, will not change):
/// go where the entry was left (Back, Forward, a reload) or stay at the top (a new entry), and
/// move the focus there unless this is the first screen.
fn settle(new_screen: bool) {
    let main = main_element();
    let url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let (restore, first, moved) = MEMORY.with_borrow_mut(|m| {
        m.pending = false;
        m.screen_settled = m.screen_built;
        let first = m.settled_url.is_empty();
        let moved = m.settled_url != url;
        m.settled_url = url;
        (m.restore.take(), first, moved)
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    // A new screen at the same address (the workout's stages) is no move to another page, but
    // when the control that had the focus went with the screen it replaced, the focus fell to
    // the page: a screen reader would start from the top of the document, so it is moved here.
    if !new_screen || !(moved || focus_lost()) {
        return;
    }
    let mut focus = main.clone();
    match restore {
        Some(Some(Spot { y, link, followed })) => {
            let target = link.and_then(|(href, top)| Some((find_link(&href)?, top)));
            if let Some((target, top)) = target {
                keep_aligned(target.clone(), top, ALIGN_FRAMES);
                if followed {
                    focus = Some(target);
                }
            } else {
                window.scroll_to_with_x_and_y(0.0, y);
            }
        }
        // Back to an entry with nothing recorded: its top, not the offset of the screen left.
        Some(None) => window.scroll_to_with_x_and_y(0.0, 0.0),
        // A new entry: the router has scrolled to the top already.
        None if moved => {}
        // A new screen at the same address (the workout's next stage): no router scroll.
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
    if !first {
        if let Some(element) = focus.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
}

/// Whether the keyboard focus has fallen back to the page: the control that had it went with
/// the view, and a screen reader would start again from the top of the document.
pub fn focus_lost() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_none_or(|e| e.tag_name() == "BODY")
}

fn main_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("main")
}

/// Scroll so that `element` is `top` pixels below the top of the viewport, and keep it there
/// for a few frames: cards drawn only once they come into view (content-visibility) take their
/// real height a frame or two later, and one that grows above the link moves it.
fn keep_aligned(element: web_sys::Element, top: f64, frames: u32) {
    let off = element.get_bounding_client_rect().top() - top;
    if off.abs() >= 0.5 {
        if let Some(window) = web_sys::window() {
            window.scroll_by_with_x_and_y(0.0, off);
        }
    }
    if frames > 0 {
        next_frame(Box::new(move || keep_aligned(element, top, frames - 1)));
    }
}

/// The link a click is on, with its height on screen.
fn followed_link(event: &web_sys::Event) -> Option<(String, f64)> {
    let link = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    Some((
        link.get_attribute("href")?,
        link.get_bounding_client_rect().top(),
    ))
}

fn main_links() -> impl Iterator<Item = web_sys::Element> {
    let links = main_element().and_then(|main| main.query_selector_all("a[href]").ok());
    let count = links.as_ref().map_or(0, web_sys::NodeList::length);
    (0..count).filter_map(move |i| links.as_ref()?.item(i)?.dyn_into().ok())
}

/// The first link of the screen whose card is at least partly on screen, with its height on
/// screen. Cards, not links, are measured: a card out of sight is not laid out inside
/// (content-visibility), and measuring a link in it would lay it out.
fn first_link_on_screen() -> Option<(String, f64)> {
    main_links().find_map(|a| {
        let card = a.closest(".card").ok().flatten();
        let bottom = card
            .as_ref()
            .unwrap_or(&a)
            .get_bounding_client_rect()
            .bottom();
        (bottom > 0.0)
            .then(|| Some((a.get_attribute("href")?, a.get_bounding_client_rect().top())))?
    })
}

/// The screen's link whose `href` is `href` (compared, not put in a selector: no escaping).
fn find_link(href: &str) -> Option<web_sys::Element> {
    main_links().find(|a| a.get_attribute("href").as_deref() == Some(href))
}

fn window_scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// The current entry's spot, if one was written (anything else in the state is ignored: a spot
/// that does not read as one is no spot).
fn read_spot() -> Option<Spot> {
    let state = history()?.state().ok()?;
    let field = |name: &str| js_sys::Reflect::get(&state, &JsValue::from_str(name)).ok();
    let y = field(Y)?.as_f64()?;
    let link = field(LINK)
        .and_then(|l| l.as_string())
        .and_then(|href| Some((href, field(TOP)?.as_f64()?)));
    let followed = field(FOLLOWED).and_then(|f| f.as_bool()).unwrap_or(false);
    Some(Spot { y, link, followed })
}

/// Write the current entry's spot into its state, keeping whatever else is there.
fn write_spot(spot: &Spot) {
    let Some(history) = history() else { return };
    let state = js_sys::Object::new();
    if let Ok(old) = history.state() {
        if old.is_object() {
            js_sys::Object::assign(&state, old.unchecked_ref());
        }
    }
    let set = |name: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&state, &JsValue::from_str(name), &value);
    };
    set(Y, spot.y.into());
    let (link, top) = match &spot.link {
        Some((href, top)) => (JsValue::from_str(href), JsValue::from_f64(*top)),
        None => (JsValue::NULL, JsValue::NULL),
    };
    set(LINK, link);
    set(TOP, top);
    set(FOLLOWED, spot.followed.into());
    let _ = history.replace_state(&state, "");
}
