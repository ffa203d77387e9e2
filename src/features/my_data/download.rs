//! The "Hent alle dine data" section: one button that saves every source's answer as one JSON
//! file (see [`super::export`]), and one that prints the page.

use leptos::prelude::*;

use super::export::{answer, document, file_name, Answer};
use super::texts::MyDataText;
use crate::api::{Endpoint, Source};
use crate::save_file::save_file;
use crate::state::sources::{use_sources, Sources};
use crate::state::{clock::use_clock, language::use_i18n};

/// Every endpoint's answer, or `None` while any is still loading.
fn answers(sources: &Sources) -> Option<Vec<(Endpoint, Answer)>> {
    let s = sources;
    Some(vec![
        (
            Endpoint::Session,
            s.session.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::Person,
            s.person.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::Housing,
            s.housing.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::Cases,
            s.cases.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::Grants,
            s.grants.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::Payouts,
            s.payouts.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (Endpoint::Tax, s.tax.with_untracked(|l| answer(l.as_ref()))?),
        (
            Endpoint::Debt,
            s.debt.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::Vehicles,
            s.vehicles.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::DigitalPost,
            s.digital_post.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::AccessLog,
            s.access_log.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::Consents,
            s.consents.with_untracked(|l| answer(l.as_ref()))?,
        ),
        (
            Endpoint::PowersOfAttorney,
            s.powers_of_attorney
                .with_untracked(|l| answer(l.as_ref()))?,
        ),
    ])
}

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
        let Some(answers) = answers(&sources) else {
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
            <h2 id="download-heading">{move || i18n.t(MyDataText::DownloadHeading)}</h2>
            <p>{move || i18n.t(MyDataText::DownloadIntro)}</p>
            <div class="download-actions">
                <button
                    type="button"
                    class="button button-primary"
                    data-testid="download-button"
                    aria-disabled=move || (!ready()).then_some("true")
                    on:click=download
                >
                    {move || i18n.t(MyDataText::DownloadButton)}
                </button>
                <button type="button" class="button button-secondary" data-testid="print-button" on:click=print>
                    {move || i18n.t(MyDataText::PrintButton)}
                </button>
            </div>
            <p role="status" class="mt-4" data-testid="download-status">
                {move || if !ready() {
                    i18n.t(MyDataText::DownloadWaiting)
                } else if done.get() {
                    i18n.t(MyDataText::DownloadDone)
                } else {
                    ""
                }}
            </p>
        </section>
    }
}
