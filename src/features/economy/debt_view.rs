//! Gældsstyrelsen's claims: creditor, kind, amount, how each is collected, and the total.

use leptos::prelude::*;

use super::texts::{per_month, EconomyText};
use crate::api::debt::{CollectionMethod, DebtOverview};
use crate::components::data_table::DataTable;
use crate::format::{kroner, long_date_iso};
use crate::state::language::use_i18n;

fn method_text(method: Option<CollectionMethod>) -> EconomyText {
    match method {
        None => EconomyText::MethodNone,
        Some(CollectionMethod::SetOff) => EconomyText::MethodSetOff,
        Some(CollectionMethod::WageDeduction) => EconomyText::MethodWage,
        Some(CollectionMethod::InstalmentPlan) => EconomyText::MethodInstalment,
    }
}

/// The claims and their total, or that there are none.
#[component]
pub fn DebtView(debt: DebtOverview) -> impl IntoView {
    let i18n = use_i18n();
    if debt.items.is_empty() {
        return view! { <p data-testid="no-debt">{move || i18n.t(EconomyText::NoDebt)}</p> }
            .into_any();
    }
    let total = debt.total;
    let items = StoredValue::new(debt.items);
    view! {
        <p class="font-lead" data-testid="debt-total">
            {move || i18n.t(EconomyText::DebtTotal)}": "<strong>{move || kroner(total, i18n.lang())}</strong>
        </p>
        <DataTable caption=i18n.signal(EconomyText::DebtCaption) testid="debt-table">
            <thead>
                <tr>
                    <th scope="col">{move || i18n.t(EconomyText::ColClaim)}</th>
                    <th scope="col">{move || i18n.t(EconomyText::ColCreditor)}</th>
                    <th scope="col" class="text-align-right">{move || i18n.t(EconomyText::ColAmount)}</th>
                    <th scope="col">{move || i18n.t(EconomyText::ColMethod)}</th>
                    <th scope="col">{move || i18n.t(EconomyText::ColReceived)}</th>
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
