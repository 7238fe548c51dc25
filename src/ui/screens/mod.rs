//! One module per screen (or group of screens).

pub mod catalog;
pub mod data;
pub mod history;
pub mod settings;
pub mod setup;
pub mod today;
pub mod workout;

use super::components::Page;
use super::links::href;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page title="Page not found".to_string()>
            <p>"There is nothing at this address. It may have been mistyped, or come from an older version of the app."</p>
            <p><a href=href("/")>"Go to Today"</a></p>
        </Page>
    }
}
