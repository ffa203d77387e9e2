//! The line on top of every printed page: the service, the person's name and the date. Hidden
//! on screen; the print stylesheet shows it instead of the header and the menu.

use crate::page::texts::PageText;
use leptos::prelude::*;

use super::texts::{printed_on, ShellText};
use crate::format::long_date;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// The print header.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let clock = use_clock();
    view! {
        <div class="print-header" aria-hidden="true" data-testid="print-header">
            <strong>{move || i18n.t(PageText::ServiceName)}</strong>
            " (" {move || i18n.t(ShellText::PrototypeBadge)} ") – "
            <span data-testid="print-name">{move || sources.user_name().unwrap_or_default()}</span>
            ". " {move || printed_on(i18n.lang(), &long_date(clock.today(), i18n.lang()))}
        </div>
    }
}
