//! Consents (Digitalt Samtykke): active, withdrawn and expired, with what goes from whom to
//! whom. Withdrawing asks first, then holds for the rest of the session everywhere.

use leptos::prelude::*;

use super::state::use_withdrawals;
use super::texts::{item_label, item_phrase, withdraw_consequence, DataUsePageText};
use crate::api::consents::{Consent, ConsentStatus};
use crate::components::badge::{Badge, BadgeKind};
use crate::components::dialog::ModalDialog;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::format::{long_date, long_date_iso};
use crate::i18n::isolated;
use crate::state::{clock::use_clock, language::use_i18n};

/// Every consent, and the confirmation dialog for withdrawing one.
#[component]
pub fn ConsentList(consents: Vec<Consent>) -> impl IntoView {
    let i18n = use_i18n();
    let withdrawals = use_withdrawals();
    // The consent being withdrawn, while the dialog asks.
    let (asking, set_asking) = signal(None::<Consent>);
    let (announced, set_announced) = signal(false);
    let open = Signal::derive(move || asking.with(Option::is_some));
    let return_focus = move |id: &str| {
        if let Some(heading) = document().get_element_by_id(&format!("consent-{id}")) {
            use wasm_bindgen::JsCast;
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        }
    };
    let cancel = Callback::new(move |()| {
        if let Some(consent) = asking.get_untracked() {
            set_asking.set(None);
            return_focus(&consent.id);
        }
    });
    let confirm = move |_| {
        if let Some(consent) = asking.get_untracked() {
            withdrawals.withdraw(&consent.id);
            set_asking.set(None);
            set_announced.set(true);
            return_focus(&consent.id);
        }
    };
    if consents.is_empty() {
        return view! { <p>{move || i18n.t(DataUsePageText::NoConsents)}</p> }.into_any();
    }
    view! {
        <p>{move || i18n.t(DataUsePageText::ConsentsIntro)}</p>
        <p role="status" class="consent-status" data-testid="consent-status">
            {move || announced.get().then(|| i18n.t(DataUsePageText::Withdrawn))}
        </p>
        {consents.into_iter().map(|consent| {
            let ask = consent.clone();
            view! { <ConsentView consent on_withdraw=Callback::new(move |()| set_asking.set(Some(ask.clone())))/> }
        }).collect_view()}
        <ModalDialog id="withdraw-dialog" class="confirm-dialog" labelled_by="withdraw-heading" open on_close=cancel>
            <div class="confirm-dialog-box">
                <h2 id="withdraw-heading" class="h3">{move || i18n.t(DataUsePageText::WithdrawConfirmHeading)}</h2>
                <p data-testid="withdraw-consequence">{move || asking.get().map(|c| {
                    let lang = i18n.lang();
                    let data: Vec<&str> = c.data.iter().map(|i| item_phrase(*i, lang)).collect();
                    isolated(&withdraw_consequence(lang, &c.to.name, &data.join(", "), &c.from.name), &[&c.to.name, &c.from.name])
                })}</p>
                <p class="d-flex">
                    <button type="button" class="button button-primary mr-4" on:click=confirm data-testid="withdraw-confirm">
                        {move || i18n.t(DataUsePageText::WithdrawConfirm)}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| cancel.run(())>
                        {move || i18n.t(DataUsePageText::Cancel)}
                    </button>
                </p>
            </div>
        </ModalDialog>
        <div class="confirm-backdrop" class:is-visible=open aria-hidden="true"></div>
    }
    .into_any()
}

/// One consent: status, recipient, source, data and dates, and "withdraw" while active.
#[component]
fn ConsentView(consent: Consent, on_withdraw: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let withdrawals = use_withdrawals();
    let status = {
        let consent = consent.clone();
        Memo::new(move |_| withdrawals.status(&consent))
    };
    let badge = move || {
        let (kind, text) = match status.get() {
            ConsentStatus::Active => (BadgeKind::Success, DataUsePageText::ConsentActive),
            ConsentStatus::Withdrawn => (BadgeKind::Neutral, DataUsePageText::ConsentWithdrawn),
            ConsentStatus::Expired => (BadgeKind::Neutral, DataUsePageText::ConsentExpired),
        };
        view! { <Badge kind text=i18n.signal(text) testid="consent-badge"/> }
    };
    let data = consent.data.clone();
    let (given, expires, withdrawn) = (
        consent.given.clone(),
        consent.expires.clone(),
        consent.withdrawn.clone(),
    );
    let rows = vec![
        SummaryRow {
            label: i18n.signal(DataUsePageText::ConsentTo),
            value: view! { {consent.to.name.clone()} }.into_any(),
        },
        SummaryRow {
            label: i18n.signal(DataUsePageText::ConsentFrom),
            value: view! { {consent.from.name.clone()} }.into_any(),
        },
        SummaryRow {
            label: i18n.signal(DataUsePageText::ConsentData),
            value: view! { {move || {
                let lang = i18n.lang();
                data.iter().map(|i| item_label(*i, lang)).collect::<Vec<_>>().join(", ")
            }} }
            .into_any(),
        },
        SummaryRow {
            label: i18n.signal(DataUsePageText::ConsentGiven),
            value: view! { {move || long_date_iso(&given, i18n.lang())} }.into_any(),
        },
        SummaryRow {
            label: i18n.signal(DataUsePageText::ConsentEnds),
            value: view! { {move || match &expires {
                Some(end) => long_date_iso(end, i18n.lang()),
                None => i18n.t(DataUsePageText::ConsentNoEnd).to_owned(),
            }} }
            .into_any(),
        },
    ];
    let clock = use_clock();
    let withdrawn_row = move || {
        let lang = i18n.lang();
        // Withdrawn with no date from the source: withdrawn in this session, today.
        let date = match (status.get(), &withdrawn) {
            (_, Some(date)) => Some(long_date_iso(date, lang)),
            (ConsentStatus::Withdrawn, None) => Some(long_date(clock.today(), lang)),
            _ => None,
        };
        date.map(|date| view! {
            <p data-testid="consent-withdrawn-on">{i18n.t(DataUsePageText::ConsentWithdrawnOn)} ": " {date}</p>
        })
    };
    let heading_id = format!("consent-{}", consent.id);
    view! {
        <article class="consent" data-testid="consent" aria-labelledby=heading_id.clone()>
            <h3 class="h4" id=heading_id.clone() tabindex="-1">
                <span lang="da">{consent.purpose.clone()}</span> " " {badge}
            </h3>
            <SummaryList rows/>
            {withdrawn_row}
            {move || (status.get() == ConsentStatus::Active).then(|| view! {
                <p>
                    <button type="button" class="button button-secondary" on:click=move |_| on_withdraw.run(()) data-testid="withdraw">
                        {move || i18n.t(DataUsePageText::Withdraw)}
                    </button>
                </p>
            })}
        </article>
    }
}
