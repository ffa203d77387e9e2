//! What CPR holds about the citizen: the facts, the masked CPR number with its toggle, the
//! protections, and the family relations. A protected address is never shown.

use leptos::prelude::*;

use super::texts::{from, until, MyDataPageText, MyDataText};
use super::AddressLines;
use crate::api::person::{Person, Protection, ProtectionKind};
use crate::components::alert::{Alert, AlertKind};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::format::{long_date_iso, masked_cpr};
use crate::state::language::use_i18n;

/// The person's facts.
#[component]
pub fn PersonView(person: Person) -> impl IntoView {
    let i18n = use_i18n();
    let text = move |label: MyDataPageText, value: AnyView| SummaryRow {
        label: i18n.signal(label),
        value,
    };
    let date = move |iso: String| view! { {move || long_date_iso(&iso, i18n.lang())} }.into_any();
    let protection = person
        .protections
        .iter()
        .find(|p| p.kind == ProtectionKind::NameAndAddress)
        .cloned()
        .filter(|_| person.address.is_none());
    let address = match person.address.clone() {
        Some(address) => view! {
            <AddressLines address testid="person-address"/>
        }
        .into_any(),
        None => {
            view! { <strong>{move || i18n.t(MyDataPageText::AddressProtected)}</strong> }.into_any()
        }
    };
    let mut rows = vec![
        text(
            MyDataPageText::Name,
            view! { {person.name.clone()} }.into_any(),
        ),
        text(
            MyDataPageText::Cpr,
            view! { <CprNumber cpr=person.cpr.clone()/> }.into_any(),
        ),
        text(MyDataPageText::BirthDate, date(person.birth_date.clone())),
        text(
            MyDataPageText::MaritalStatus,
            view! { <span lang="da">{person.marital_status.clone()}</span> }.into_any(),
        ),
        text(
            MyDataPageText::Citizenship,
            view! { <span lang="da">{person.citizenship.clone()}</span> }.into_any(),
        ),
        text(MyDataPageText::Address, address),
    ];
    if person.address.is_some() {
        rows.push(text(MyDataPageText::MovedIn, date(person.moved_in.clone())));
    }
    rows.push(text(
        MyDataPageText::Protections,
        view! { <ProtectionList protections=person.protections.clone()/> }.into_any(),
    ));
    rows.push(text(
        MyDataPageText::Spouse,
        match person.spouse.clone() {
            Some(spouse) => view! {
                {spouse.name} ", " {move || i18n.t(MyDataPageText::Born)} " "
                {move || long_date_iso(&spouse.birth_date, i18n.lang())}
            }
            .into_any(),
            None => view! { "–" }.into_any(),
        },
    ));
    let children = person.children.clone();
    rows.push(text(
        MyDataPageText::Children,
        if children.is_empty() {
            view! { {move || i18n.t(MyDataPageText::NoChildren)} }.into_any()
        } else {
            view! {
                <ul class="unstyled-list" data-testid="person-children">
                    {children
                        .into_iter()
                        .map(|child| {
                            let custody = if child.custody { MyDataPageText::Custody } else { MyDataPageText::NoCustody };
                            view! {
                                <li>
                                    {child.name} ", " {move || i18n.t(MyDataPageText::Born)} " "
                                    {move || long_date_iso(&child.birth_date, i18n.lang())}
                                    " (" {move || i18n.t(custody)} ")"
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        },
    ));
    view! {
        {protection.map(|p| view! { <ProtectedNotice protection=p/> })}
        <SummaryList rows testid="person-facts"/>
    }
}

/// The CPR number, masked until the citizen asks to see it; the toggle says what it will do.
#[component]
fn CprNumber(cpr: String) -> impl IntoView {
    let i18n = use_i18n();
    let (shown, set_shown) = signal(false);
    let masked = masked_cpr(&cpr);
    view! {
        <span class="cpr">
            <span class="cpr-value" data-testid="cpr-value">
                {move || if shown.get() { cpr.clone() } else { masked.clone() }}
            </span>
            <span class="sr-only">{move || (!shown.get()).then(|| i18n.t(MyDataPageText::CprHidden))}</span>
            <button
                type="button"
                class="button button-unstyled function-link cpr-toggle ml-4"
                aria-pressed=move || shown.get().to_string()
                data-testid="cpr-toggle"
                on:click=move |_| set_shown.update(|shown| *shown = !*shown)
            >
                {move || i18n.t(if shown.get() { MyDataPageText::HideCpr } else { MyDataPageText::ShowCpr })}
            </button>
        </span>
    }
}

/// Each protection with its period.
#[component]
fn ProtectionList(protections: Vec<Protection>) -> impl IntoView {
    let i18n = use_i18n();
    if protections.is_empty() {
        return view! { {move || i18n.t(MyDataPageText::NoProtections)} }.into_any();
    }
    view! {
        <ul class="unstyled-list" data-testid="person-protections">
            {protections
                .into_iter()
                .map(|p| {
                    let name = match p.kind {
                        ProtectionKind::NameAndAddress => MyDataPageText::ProtectionNameAddress,
                        ProtectionKind::LocalDirectory => MyDataPageText::ProtectionLocal,
                        ProtectionKind::Marketing => MyDataPageText::ProtectionMarketing,
                        ProtectionKind::Research => MyDataPageText::ProtectionResearch,
                    };
                    let period = move || {
                        let lang = i18n.lang();
                        match &p.end {
                            Some(end) => until(lang, &long_date_iso(end, lang)),
                            None => from(lang, &long_date_iso(&p.start, lang)),
                        }
                    };
                    view! { <li>{move || i18n.t(name)} " " {period}</li> }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// What name and address protection means, and that this app keeps the address out too.
#[component]
fn ProtectedNotice(protection: Protection) -> impl IntoView {
    let i18n = use_i18n();
    let end = protection.end;
    view! {
        <Alert kind=AlertKind::Info heading=i18n.signal(MyDataText::ProtectedHeading) testid="address-protected">
            <p>
                {move || i18n.t(MyDataPageText::ProtectionNameAddress)} " "
                {move || end.as_ref().map(|end| until(i18n.lang(), &long_date_iso(end, i18n.lang())))}
                ". " {move || i18n.t(MyDataPageText::ProtectedWhat)}
            </p>
            <p>{move || i18n.t(MyDataPageText::ProtectedHere)}</p>
            <p>{move || i18n.t(MyDataPageText::ProtectedRenew)}</p>
        </Alert>
    }
}
