//! Where a section's data came from, and the placeholder while it loads.

use leptos::prelude::*;

use crate::api::{Source, SourceInfo};
use crate::format::date_time_iso;
use crate::state::language::use_i18n;
use crate::state::source_texts::{fetched_at, loading_from, source_label};

/// "Udbetaling Danmark, Ydelsesindeks. Hentet 24. november 2026 kl. 07.02".
#[component]
pub fn SourceNote(info: SourceInfo) -> impl IntoView {
    let i18n = use_i18n();
    let SourceInfo {
        authority,
        register,
        fetched_at: at,
        ..
    } = info;
    view! {
        <span class="source-note">
            <span class="source-origin">{authority} ", " {register}</span>
            ". "
            {move || fetched_at(i18n.lang(), &date_time_iso(&at, i18n.lang()))}
        </span>
    }
}

/// A loading placeholder that screen readers hear once (polite live region).
#[component]
pub fn SourceLoading(source: Source) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="source-loading" role="status" aria-live="polite" data-testid=format!("loading-{}", source.id())>
            {move || loading_from(i18n.lang(), &i18n.t(source_label(source)).to_lowercase())}
        </p>
    }
}
