//! Gældsstyrelsen's claims: creditor, kind, amount, how each is collected, and the total.

use leptos::prelude::*;

use super::texts::{per_month, EconomyPageText};
use crate::api::debt::{CollectionMethod, DebtOverview};
use crate::components::data_table::DataTable;
use crate::format::{kroner, long_date_iso};
use crate::state::language::use_i18n;

fn method_text(method: Option<CollectionMethod>) -> EconomyPageText {
    match method {
        None => EconomyPageText::MethodNone,
        Some(CollectionMethod::SetOff) => EconomyPageText::MethodSetOff,
        Some(CollectionMethod::WageDeduction) => EconomyPageText::MethodWage,
        Some(CollectionMethod::InstalmentPlan) => EconomyPageText::MethodInstalment,
    }
}

/// The claims and their total, or that there are none.
#[component]
pub fn DebtView(debt: DebtOverview) -> impl IntoView {
    let i18n = use_i18n();
    if debt.items.is_empty() {
        return view! { <p data-testid="no-debt">{move || i18n.t(EconomyPageText::NoDebt)}</p> }
            .into_any();
    }
    let total = debt.total;
    let items = StoredValue::new(debt.items);
    view! {
        <p class="font-lead" data-testid="debt-total">
            {move || i18n.t(EconomyPageText::DebtTotal)}": "<strong>{move || kroner(total, i18n.lang())}</strong>
        </p>
        <DataTable caption=i18n.signal(EconomyPageText::DebtCaption) testid="debt-table">
            <thead>
                <tr>
                    <th scope="col">{move || i18n.t(EconomyPageText::ColClaim)}</th>
                    <th scope="col">{move || i18n.t(EconomyPageText::ColCreditor)}</th>
                    <th scope="col" class="text-align-right">{move || i18n.t(EconomyPageText::ColAmount)}</th>
                    <th scope="col">{move || i18n.t(EconomyPageText::ColMethod)}</th>
                    <th scope="col">{move || i18n.t(EconomyPageText::ColReceived)}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let lang = i18n.lang();
                    items.with_value(|items| items.iter().map(|item| {
                        let monthly = item.monthly.map(|m| format!(" ({})", per_month(lang, &kroner(m, lang))));
                        view! {
                            <tr data-testid="debt-row">
                                <td>{item.kind.clone()}</td>
                                <td>{item.creditor.name.clone()}</td>
                                <td class="amount">{kroner(item.amount, lang)}</td>
                                <td data-testid="debt-method">{i18n.t(method_text(item.method))}{monthly}</td>
                                <td class="nowrap">{long_date_iso(&item.received, lang)}</td>
                            </tr>
                        }
                    }).collect_view())
                }}
            </tbody>
        </DataTable>
    }
    .into_any()
}
