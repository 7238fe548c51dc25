//! "Your data": backups as JSON, sessions as CSV, and importing a backup with a preview.
//! Parsing, validation and merging are `store::exchange`'s; this only moves files.

use crate::platform::{clock, download};
use crate::store::exchange::{self, Export, ImportMode, ImportPreview};
use crate::store::QUOTA_BYTES;
use crate::ui::components::focus_soon;
use crate::ui::state::use_app;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A checked file waiting for the person to choose merge or replace.
#[derive(Clone)]
struct Pending {
    export: Export,
    preview: ImportPreview,
}

/// Warn about space long before the browser refuses: at 60 % of the usual quota.
const WARN_SHARE: f64 = 0.6;

#[component]
pub fn DataSection() -> impl IntoView {
    let app = use_app();
    let pending = RwSignal::new(None::<Pending>);
    let message = RwSignal::new(None::<String>);
    let confirm_replace = RwSignal::new(false);

    let backup = move |_| {
        let now = clock::now();
        let text = app.profile.with_untracked(|p| {
            app.history
                .with_untracked(|h| exchange::export_json(p, h, now))
        });
        let day = clock::local_date(now);
        download::text_file(
            &format!("rotation-rehab-backup-{day}.json"),
            "application/json",
            &text,
        );
        app.change_profile(|p| p.last_backup_at = Some(now));
    };
    let csv = move |_| {
        let text = app
            .history
            .with_untracked(|h| exchange::sessions_csv(h, clock::format_local));
        download::text_file("rotation-rehab-sessions.csv", "text/csv", &text);
    };
    let on_file = move |ev: leptos::ev::Event| {
        message.set(None);
        pending.set(None);
        confirm_replace.set(false);
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Refuse a huge file before reading it into memory.
        if file.size() > exchange::MAX_IMPORT_BYTES as f64 {
            message.set(Some(
                exchange::ImportError::TooLarge {
                    bytes: file.size() as usize,
                }
                .message(),
            ));
            input.set_value("");
            return;
        }
        input.set_value("");
        wasm_bindgen_futures::spawn_local(async move {
            let text = match JsFuture::from(file.text()).await {
                Ok(text) => text.as_string().unwrap_or_default(),
                Err(_) => {
                    message.set(Some(
                        "The file could not be read. Nothing was imported.".into(),
                    ));
                    return;
                }
            };
            match exchange::parse_import(&text) {
                Ok(export) => {
                    let preview = app.profile.with_untracked(|p| {
                        app.history
                            .with_untracked(|h| exchange::preview(p, h, &export, clock::now()))
                    });
                    pending.set(Some(Pending { export, preview }));
                    // A decision appeared below the file field: the focus goes to it, so a
                    // screen reader reads what the file would change.
                    focus_soon("#import-preview-h");
                }
                Err(error) => message.set(Some(error.message())),
            }
        });
    };
    let apply = move |mode: ImportMode| {
        let Some(Pending { export, preview }) = pending.get_untracked() else {
            return;
        };
        if preview.loses_data(mode) && !confirm_replace.get_untracked() {
            confirm_replace.set(true);
            return;
        }
        if app.import(&export, mode) {
            message.set(Some("Imported.".into()));
        }
        pending.set(None);
        confirm_replace.set(false);
    };
    let usage = move || {
        app.profile.track();
        app.history.track();
        app.storage_usage()
    };
    view! {
        <section aria-labelledby="data-h">
            <h2 id="data-h">"Your data"</h2>
            <p>{move || {
                let (bytes, persistent) = usage();
                if persistent {
                    format!("Stored on this device: {:.0}\u{a0}KB, about {:.0}\u{a0}% of what the browser allows.", bytes as f64 / 1024.0, bytes as f64 / QUOTA_BYTES as f64 * 100.0)
                } else {
                    "This browser keeps nothing: your data lives only until you close the app.".to_string()
                }
            }}</p>
            <Show when=move || { let (bytes, _) = usage(); bytes as f64 > WARN_SHARE * QUOTA_BYTES as f64 }>
                <p class="card warn" role="alert">"Storage is filling up. Download a backup now, so nothing is lost if the browser refuses to save."</p>
            </Show>
            <crate::ui::update::PersistenceStatus/>
            <p class="muted">{move || match app.profile.with(|p| p.last_backup_at) {
                Some(at) => format!("Last backup: {}.", clock::format_local(at)),
                None => "No backup downloaded yet.".to_string(),
            }}</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=backup>"Download a backup"</button>
                <button type="button" class="button secondary" on:click=csv>"Sessions as a spreadsheet (CSV)"</button>
            </div>
            <label class="field">
                <span>"Restore from a backup file"</span>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file/>
            </label>
            <p class="import-message" role="alert">{move || message.get()}</p>
            {move || pending.get().map(|Pending { preview, .. }| view! {
                <div class="card" role="region" aria-label="Import preview">
                    <h3 id="import-preview-h" tabindex="-1">"What this file would change"</h3>
                    <p><strong>"Merge: "</strong>{preview.summary(ImportMode::Merge)}</p>
                    <p><strong>"Replace: "</strong>{preview.summary(ImportMode::Replace)}</p>
                    {preview.dated_ahead_note().map(|note| view! { <p class="card warn">{note}</p> })}
                    <Show when=move || confirm_replace.get()>
                        <p class="card warn" role="alert">"Replacing removes data that is only on this device. Press “Replace everything” again to confirm, or choose Merge."</p>
                    </Show>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| apply(ImportMode::Merge)>"Merge"</button>
                        <button type="button" class="button danger" on:click=move |_| apply(ImportMode::Replace)>"Replace everything"</button>
                        <button type="button" class="button secondary" on:click=move |_| {
                            pending.set(None);
                            confirm_replace.set(false);
                            // The button goes with the preview: back to the file field.
                            focus_soon("#import-file");
                        }>"Cancel"</button>
                    </div>
                </div>
            })}
        </section>
    }
}
