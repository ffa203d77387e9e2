//! The summary list's example.

use leptos::prelude::*;

use super::{SummaryList, SummaryRow};
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "SummaryList",
    folder: "summary_list",
    about: Both(
        "Fakta om én ting som rækker med en etiket og en værdi.",
        "Facts about one thing as rows of a label and a value.",
    ),
    examples: &[
        Example {
            name: Both("Tre rækker", "Three rows"),
            view: three_rows,
        },
        Example {
            name: Both("Med et link som værdi", "With a link as a value"),
            view: with_link,
        },
    ],
};

fn row(label: Both, value: AnyView) -> SummaryRow {
    SummaryRow {
        label: label.signal(),
        value,
    }
}

/// A housing's facts.
pub fn three_rows() -> AnyView {
    let rows = vec![
        row(
            Both("Adresse", "Address"),
            "Vestergade 12, 7100 Vejle".into_any(),
        ),
        row(
            Both("Boligtype", "Type of home"),
            Both("Ejerbolig", "Owner-occupied").signal().into_any(),
        ),
        row(Both("Areal", "Floor area"), "142 m²".into_any()),
    ];
    view! { <SummaryList rows testid="example-summary"/> }.into_any()
}

/// A case's facts, one of them a link.
pub fn with_link() -> AnyView {
    let rows = vec![
        row(Both("Myndighed", "Authority"), "Vejle Kommune".into_any()),
        row(
            Both("Sagsbehandler", "Caseworker"),
            view! { <a href="?eksempel=sagsbehandler">"Jonas Holm"</a> }.into_any(),
        ),
    ];
    view! { <SummaryList rows testid="example-summary-link"/> }.into_any()
}
