//! The "Hent alle dine data" section: one button that saves every source's answer as one JSON
//! file (see [`super::export`]), and one that prints the page.

use leptos::prelude::*;

use super::export::{document, file_name};
use super::texts::MyDataPageText;
use crate::api::Source;
use crate::save_file::save_file;
use crate::state::sources::use_sources;
use crate::state::{clock::use_clock, language::use_i18n};

/// The download and print actions.
#[component]
pub fn DownloadData() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let ready = move || {
        Source::ALL
            .into_iter()
            .all(|source| sources.status(source).is_some())
    };
    let (done, set_done) = signal(false);
    let clock = use_clock();
    let download = move |_| {
        let Some(answers) = sources.answers() else {
            return;
        };
        let created = String::from(js_sys::Date::new_0().to_iso_string());
        let name = untrack(|| sources.user_name());
        let doc = document(&created, name.as_deref(), answers);
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        save_file(
            &file_name(&clock.today().to_string()),
            "application/json",
            &text,
        );
        set_done.set(true);
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="mt-8 no-print" aria-labelledby="download-heading" data-testid="download">
            <h2 id="download-heading">{move || i18n.t(MyDataPageText::DownloadHeading)}</h2>
            <p>{move || i18n.t(MyDataPageText::DownloadIntro)}</p>
            <div class="download-actions">
                <button
                    type="button"
                    class="button button-primary"
                    data-testid="download-button"
                    aria-disabled=move || (!ready()).then_some("true")
                    on:click=download
                >
                    {move || i18n.t(MyDataPageText::DownloadButton)}
                </button>
                <button type="button" class="button button-secondary" data-testid="print-button" on:click=print>
                    {move || i18n.t(MyDataPageText::PrintButton)}
                </button>
            </div>
            <p role="status" class="mt-4" data-testid="download-status">
                {move || if !ready() {
                    i18n.t(MyDataPageText::DownloadWaiting)
                } else if done.get() {
                    i18n.t(MyDataPageText::DownloadDone)
                } else {
                    ""
                }}
            </p>
        </section>
    }
}
