//! The panel's section: latency and a forced failure per source.

use leptos::prelude::*;

use super::super::texts::ToolkitText;
use super::super::transport::faults::{Failure, FaultPlan};
use super::super::use_toolkit;
use crate::api::Source;
use crate::components::data_table::DataTable;
use crate::state::{language::use_i18n, source_texts::source_label, sources::use_sources};

/// Each failure the panel offers, with its label.
pub(super) const FAILURES: [(Failure, ToolkitText); 4] = [
    (Failure::None, ToolkitText::FailureNone),
    (Failure::Http500, ToolkitText::FailureHttp500),
    (Failure::Timeout, ToolkitText::FailureTimeout),
    (Failure::Malformed, ToolkitText::FailureMalformed),
];

/// Latency and a forced failure per source, through the client's fault simulation.
#[component]
pub(super) fn FaultsSection() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let sources = use_sources();
    let plans = RwSignal::new(toolkit.faults());
    let update = move |source: Source, change: &dyn Fn(&mut FaultPlan)| {
        plans.update(|faults| {
            let mut plan = faults.plan(source);
            change(&mut plan);
            faults.set(source, plan);
        });
        toolkit.set_faults(plans.get_untracked());
    };
    let failures = FAILURES;
    let rows = Source::ALL
        .into_iter()
        .map(|source| {
            let latency_id = format!("latency-{}", source.id());
            let failure_id = format!("failure-{}", source.id());
            let name_id = format!("source-{}", source.id());
            view! {
                <tr data-testid=format!("fault-{}", source.id())>
                    <th scope="row" id=name_id.clone()>{move || i18n.t(source_label(source))}</th>
                    <td>
                        <input type="number" class="form-input input-width-xs" min="0" max="60000" step="100" id=latency_id
                            aria-labelledby=format!("col-latency {name_id}")
                            prop:value=move || plans.with(|f| f.plan(source).latency_ms.to_string())
                            on:change=move |ev| {
                                let ms = event_target_value(&ev).parse::<u32>().unwrap_or(0).min(60_000);
                                update(source, &|plan| plan.latency_ms = ms);
                            }/>
                    </td>
                    <td>
                        <select class="form-select" id=failure_id aria-labelledby=format!("col-failure {name_id}")
                            on:change=move |ev| {
                                let failure = Failure::from_id(&event_target_value(&ev)).unwrap_or_default();
                                update(source, &|plan| plan.failure = failure);
                            }>
                            {failures.into_iter().map(|(failure, label)| view! {
                                <option value=failure.id() selected=move || plans.with(|f| f.plan(source).failure == failure)>
                                    {move || i18n.t(label)}
                                </option>
                            }).collect_view()}
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
            <p>{move || i18n.t(ToolkitText::FaultsHint)}</p>
            <DataTable caption=i18n.signal(ToolkitText::FaultsHeading) testid="fault-table">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(ToolkitText::ColSource)}</th>
                        <th scope="col" id="col-latency">{move || i18n.t(ToolkitText::ColLatency)}</th>
                        <th scope="col" id="col-failure">{move || i18n.t(ToolkitText::ColFailure)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </DataTable>
            <button type="button" class="button button-secondary mt-3" on:click=move |_| {
                for source in Source::ALL {
                    sources.retry(source);
                }
            }>
                {move || i18n.t(ToolkitText::RefetchAll)}
            </button>
    }
}
