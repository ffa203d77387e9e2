//! A case's progress in plain language, and the badge kind each step gets.

use leptos::prelude::*;

use super::texts::CasePageText;
use crate::api::cases::ProgressCode;
use crate::components::badge::{Badge, BadgeKind};
use crate::state::language::use_i18n;

/// The citizen-facing label of a progress code (OIO Sag).
pub fn status_label(code: ProgressCode) -> CasePageText {
    match code {
        ProgressCode::Opstaaet => CasePageText::StatusReceived,
        ProgressCode::Oplyst => CasePageText::StatusInProgress,
        ProgressCode::Afgjort => CasePageText::StatusDecided,
        ProgressCode::Afsluttet => CasePageText::StatusClosed,
        ProgressCode::Ukendt => CasePageText::StatusUnknown,
    }
}

/// The badge kind of a progress code.
pub fn status_kind(code: ProgressCode) -> BadgeKind {
    match code {
        ProgressCode::Opstaaet => BadgeKind::Info,
        ProgressCode::Oplyst => BadgeKind::Warning,
        ProgressCode::Afgjort => BadgeKind::Success,
        ProgressCode::Afsluttet | ProgressCode::Ukendt => BadgeKind::Neutral,
    }
}

/// "Modtaget", "Under behandling", "Afgjort" or "Afsluttet" as a badge.
#[component]
pub fn StatusBadge(code: ProgressCode) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Badge kind=status_kind(code) text=i18n.signal(status_label(code)) attr:data-status=format!("{code:?}")/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_as_plain_language_with_distinct_kinds() {
        let labels: Vec<_> = ProgressCode::ALL.into_iter().map(status_label).collect();
        assert_eq!(
            labels,
            [
                CasePageText::StatusReceived,
                CasePageText::StatusInProgress,
                CasePageText::StatusDecided,
                CasePageText::StatusClosed
            ]
        );
        let kinds: Vec<_> = ProgressCode::ALL.into_iter().map(status_kind).collect();
        assert_eq!(
            kinds,
            [
                BadgeKind::Info,
                BadgeKind::Warning,
                BadgeKind::Success,
                BadgeKind::Neutral
            ]
        );
    }
}
