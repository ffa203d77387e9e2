//! One case: what it is, where it stands, what happens next, its history, documents and links.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::logic::{days_overdue, expected_decision};
use super::state::case_detail_resource;
use super::status::{status_label, StatusBadge};
use super::texts::{self, CasePageText};
use crate::api::cases::{
    CaseDetail, CaseSummary, DocumentRef, DocumentType, HistoryEntry, ProgressCode,
};
use crate::api::web_address::{SafeUrl, WebAddress};
use crate::api::{ApiError, Source, Sourced};
use crate::components::{
    alert::{Alert, AlertKind},
    badge::{Badge, BadgeKind},
    data_table::DataTable,
    icon::Icon,
    section_error::SectionError,
    source_note::{SourceDetails, SourceLoading, SourceNote},
    summary_list::{SummaryList, SummaryRow},
    texts::ComponentText,
};
use crate::format::{date_time_iso, long_date, long_date_iso};
use crate::i18n::isolated;
use crate::page::{heading::PageHeading, routes::Page};
use crate::state::{clock::use_clock, language::use_i18n};

/// The case detail page for `/sager/:id`.
#[component]
pub fn CaseDetailPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Signal::derive(move || params.with(|p| p.get("id").unwrap_or_default()));
    let detail = case_detail_resource(id);
    // One heading that stays in place while the case loads, so focus is not lost.
    let heading = Signal::derive(move || match detail.get() {
        None => i18n.t(ComponentText::Loading).to_owned(),
        Some(Ok(sourced)) => sourced.data.case.title,
        Some(Err(ApiError::NotFound)) => i18n.t(CasePageText::CaseNotFoundTitle).to_owned(),
        Some(Err(_)) => Page::Cases.title(i18n.lang()).to_owned(),
    });
    view! {
        <p class="mb-4">
            <a href=Page::Cases.path() class="back-link">{move || i18n.t(CasePageText::BackToCases)}</a>
        </p>
        <PageHeading text=heading/>
        {move || match detail.get() {
            None => view! { <SourceLoading source=Source::Cases/> }.into_any(),
            Some(Ok(sourced)) => view! { <CaseDetailView sourced/> }.into_any(),
            Some(Err(ApiError::NotFound)) => view! {
                <p class="font-lead" data-testid="case-not-found">{move || i18n.t(CasePageText::CaseNotFoundText)}</p>
                <p><a href=Page::Cases.path()>{move || i18n.t(CasePageText::BackToCases)}</a></p>
            }
            .into_any(),
            Some(Err(error)) => view! {
                <SectionError source=Source::Cases error on_retry=Callback::new(move |()| detail.refetch())/>
            }
            .into_any(),
        }}
    }
}

#[component]
fn CaseDetailView(sourced: Sourced<CaseDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let Sourced { source, data } = sourced;
    let CaseDetail {
        case,
        history,
        documents,
        legal_basis,
        links,
        ..
    } = data;
    let code = case.progress.code;
    let sub_status = case.sub_status.clone();
    let subject = format!(
        "{} {} ({} {})",
        case.kle.number, case.kle.title, case.kle.action_facet.code, case.kle.action_facet.title
    );
    let expected = expected_decision(&case);
    let created = case.created.clone();
    let last_changed = case.last_changed.clone();
    let authority = case.authority.name.clone();
    let decided_at = history
        .iter()
        .find(|step| step.code == ProgressCode::Afgjort)
        .map(|step| step.from.clone());
    let row = move |label: CasePageText, value: AnyView| SummaryRow {
        label: i18n.signal(label),
        value,
    };
    let mut facts = vec![
        row(
            CasePageText::ColCaseNumber,
            view! { {case.case_number.clone()} }.into_any(),
        ),
        row(CasePageText::FieldSubject, view! { {subject} }.into_any()),
        row(
            CasePageText::FilterAuthority,
            view! { {authority.clone()} }.into_any(),
        ),
        row(
            CasePageText::FieldUnit,
            view! { {case.responsible_unit.clone()} }.into_any(),
        ),
        row(
            CasePageText::FieldCreated,
            view! { {move || long_date_iso(&created, i18n.lang())} }.into_any(),
        ),
        row(
            CasePageText::ColLastChanged,
            view! { {move || date_time_iso(&last_changed, i18n.lang())} }.into_any(),
        ),
    ];
    if let Some(date) = expected {
        facts.push(row(
            CasePageText::ColExpected,
            view! { {move || long_date(date, i18n.lang())} }.into_any(),
        ));
    }
    facts.push(row(
        CasePageText::FieldLegalBasis,
        view! { {legal_basis} }.into_any(),
    ));
    view! {
        <p class="case-status" data-testid="case-status">
            <StatusBadge code/>
            {sub_status.map(|text| view! { " " <span class="case-sub-status">{text}</span> })}
        </p>
        <WhatHappensNext case=case.clone() decided_at=decided_at/>
        <h2>{move || i18n.t(CasePageText::AboutCase)}</h2>
        <SummaryList rows=facts testid="case-facts"/>
        <CaseHistory history/>
        <CaseDocuments documents/>
        <CaseLinks
            self_service=links.self_service.as_ref().and_then(WebAddress::link)
            borger_dk=links.borger_dk_article.as_ref().and_then(WebAddress::link)
            authority
        />
        <p class="mt-6 source-line"><SourceNote info=source.clone()/></p>
        <SourceDetails info=source/>
    }
}

/// "Hvad sker der nu?": the expected decision and whether it is overdue, or what was decided.
#[component]
fn WhatHappensNext(case: CaseSummary, decided_at: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let authority = case.authority.name.clone();
    let code = case.progress.code;
    let expected = expected_decision(&case);
    let overdue = days_overdue(&case, use_clock().today());
    let processing = case.processing_time.clone();
    let since = case.progress.since.clone();
    let waiting = case.awaiting_citizen.then(|| case.sub_status.clone());
    let name = authority.clone();
    let main_text = move || {
        let lang = i18n.lang();
        let sentence = match code {
            ProgressCode::Opstaaet | ProgressCode::Oplyst => match expected {
                Some(date) => texts::next_expected(lang, &name, &long_date(date, lang)),
                None => texts::next_no_estimate(lang, &name),
            },
            ProgressCode::Afgjort => texts::next_decided(
                lang,
                &name,
                &long_date_iso(decided_at.as_deref().unwrap_or(&since), lang),
            ),
            ProgressCode::Afsluttet => texts::next_closed(lang, &long_date_iso(&since, lang)),
            ProgressCode::Ukendt => texts::next_unknown(lang, &name),
        };
        isolated(&sentence, &[&name])
    };
    let basis = processing
        .filter(|_| expected.is_some())
        .map(|time| move || texts::next_basis(i18n.lang(), time.weeks, &time.source));
    let overdue_name = authority.clone();
    view! {
        <section aria-labelledby="next-heading" data-testid="what-next">
            <h2 id="next-heading">{move || i18n.t(CasePageText::NextHeading)}</h2>
            <p>{main_text}</p>
            {basis.map(|text| view! { <p class="case-basis">{text}</p> })}
            {overdue.map(|days| view! {
                <Alert kind=AlertKind::Warning testid="overdue-alert">
                    <p class="alert-text">
                        {move || isolated(&texts::overdue_text(i18n.lang(), days, &overdue_name), &[&overdue_name])}
                    </p>
                </Alert>
            })}
            {waiting.map(|what| {
                let who = authority.clone();
                view! {
                    <Alert kind=AlertKind::Info testid="waiting-alert">
                        <p class="alert-text">
                            {move || isolated(&texts::waiting_text(i18n.lang(), &who), &[&who])}
                            {what.map(|text| view! { " " <strong lang="da">{text}</strong> })}
                        </p>
                    </Alert>
                }
            })}
        </section>
    }
}

/// The status history as an ordered list (DKFDS advises against the step indicator here).
#[component]
fn CaseHistory(history: Vec<HistoryEntry>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2>{move || i18n.t(CasePageText::HistoryHeading)}</h2>
        <ol class="case-timeline" data-testid="case-history">
            {history
                .into_iter()
                .map(|step| {
                    let current = step.to.is_none();
                    let from = step.from.clone();
                    let to = step.to.clone();
                    let when = move || {
                        let lang = i18n.lang();
                        match &to {
                            Some(to) => texts::history_from_to(lang, &long_date_iso(&from, lang), &long_date_iso(to, lang)),
                            None => texts::history_since(lang, &long_date_iso(&from, lang)),
                        }
                    };
                    view! {
                        <li class:current=current aria-current=current.then_some("step")>
                            <span class="case-timeline-label">{move || i18n.t(status_label(step.code))}</span>
                            {current.then(|| view! { " " <Badge kind=BadgeKind::Info text=i18n.signal(CasePageText::HistoryNow)/> })}
                            <span class="case-timeline-date">{when}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

fn document_type(kind: DocumentType) -> CasePageText {
    match kind {
        DocumentType::IncomingLetter => CasePageText::DocIncoming,
        DocumentType::OutgoingLetter => CasePageText::DocOutgoing,
        DocumentType::ExternalNote => CasePageText::DocExternalNote,
        DocumentType::Report => CasePageText::DocReport,
        DocumentType::Plan => CasePageText::DocPlan,
        DocumentType::Other => CasePageText::DocOther,
    }
}

/// Document titles, types and letter dates; never their contents.
#[component]
fn CaseDocuments(documents: Vec<DocumentRef>) -> impl IntoView {
    let i18n = use_i18n();
    let empty = documents.is_empty();
    view! {
        <h2>{move || i18n.t(CasePageText::DocumentsHeading)}</h2>
        <p>{move || i18n.t(if empty { CasePageText::NoDocuments } else { CasePageText::DocumentsNote })}</p>
        {(!empty).then(|| view! {
            <DataTable caption=i18n.signal(CasePageText::DocumentsHeading) testid="case-documents">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(CasePageText::ColDocTitle)}</th>
                        <th scope="col">{move || i18n.t(CasePageText::ColDocType)}</th>
                        <th scope="col">{move || i18n.t(CasePageText::ColDocDate)}</th>
                    </tr>
                </thead>
                <tbody>
                    {documents.into_iter().map(|doc| {
                        let date = doc.letter_date.clone();
                        view! {
                            <tr>
                                <td>{doc.title}</td>
                                <td>{move || i18n.t(document_type(doc.kind))}</td>
                                <td>{move || long_date_iso(&date, i18n.lang())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </DataTable>
        })}
    }
}

/// Links to the authority's self-service and to borger.dk.
#[component]
fn CaseLinks(
    self_service: Option<SafeUrl>,
    borger_dk: Option<SafeUrl>,
    authority: String,
) -> impl IntoView {
    let i18n = use_i18n();
    (self_service.is_some() || borger_dk.is_some()).then(|| {
        view! {
            <h2>{move || i18n.t(CasePageText::LinksHeading)}</h2>
            <ul class="case-links unstyled-list">
                {self_service.map(|href| {
                    let authority = authority.clone();
                    view! {
                        <li>
                            <a href=href.get() rel="noopener" class="function-link">
                                <Icon name="open-in-new"/>
                                {move || isolated(&texts::link_self_service(i18n.lang(), &authority), &[&authority])}
                                <span class="sr-only">" " {move || i18n.t(ComponentText::ExternalSite)}</span>
                            </a>
                        </li>
                    }
                })}
                {borger_dk.map(|href| view! {
                    <li>
                        <a href=href.get() rel="noopener" class="function-link">
                            <Icon name="open-in-new"/>
                            {move || i18n.t(CasePageText::LinkArticle)}
                            <span class="sr-only">" " {move || i18n.t(ComponentText::ExternalSite)}</span>
                        </a>
                    </li>
                })}
            </ul>
        }
    })
}
