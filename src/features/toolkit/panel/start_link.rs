//! The panel's section: the start link. It follows every change in the panel, says in plain
//! words what it sets, and carries the setup as one opaque code (`state::start_link`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::super::setup::{loaded_meta, participant, study_personas};
use super::super::texts::{minutes, quoted, ToolkitText};
use super::super::transport::faults::Faults;
use super::faults::FAILURES;
use super::{use_panel, use_shared, Shared};
use crate::date::Date;
use crate::format::long_date;
use crate::i18n::{Lang, Text};
use crate::page::{hrefs::with_query, routes::Page};
use crate::state::session_life::DEFAULT_TIMEOUT_S;
use crate::state::source_texts::source_label;
use crate::state::start_link::{encode_code, param};

/// Everything a start link sets.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LinkSetup {
    pub page: Page,
    /// Logs in as (id, name); `None`: the participant chooses on the login page.
    pub log_in_as: Option<(String, String)>,
    /// The loaded scenario's id.
    pub scenario: Option<String>,
    pub lang: Lang,
    pub date: Date,
    pub faults: Faults,
    pub timeout_s: u32,
    /// The study's people on the login page, (id, name).
    pub study_personas: Vec<(String, String)>,
    pub participant: Option<String>,
}

impl LinkSetup {
    /// The setup as start-link parameters.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if let Some((id, _)) = &self.log_in_as {
            params.push((param::PERSONA, id.clone()));
        }
        if let Some(id) = &self.scenario {
            params.push((param::SCENARIO, id.clone()));
        }
        params.push((param::LANGUAGE, self.lang.code().to_owned()));
        params.push((param::DATE, self.date.to_string()));
        let (failures, latencies) = self.faults.to_params();
        if !failures.is_empty() {
            params.push((param::FAULTS, failures));
        }
        if !latencies.is_empty() {
            params.push((param::LATENCY, latencies));
        }
        if self.timeout_s != DEFAULT_TIMEOUT_S {
            params.push((param::IDLE_TIMEOUT, self.timeout_s.to_string()));
        }
        if !self.study_personas.is_empty() {
            let ids: Vec<&str> = self
                .study_personas
                .iter()
                .map(|(id, _)| id.as_str())
                .collect();
            params.push((param::STUDY_PERSONAS, ids.join(",")));
        }
        if let Some(code) = &self.participant {
            params.push((param::PARTICIPANT, code.clone()));
        }
        params
    }

    /// The link: the start page with the setup as one code.
    pub fn link(&self, origin: &str) -> String {
        let query = with_query("", &self.params());
        let code = encode_code(query.trim_start_matches('?'));
        format!(
            "{origin}{}",
            with_query(self.page.path(), &[(param::CODE, code)])
        )
    }

    /// What the link sets, in plain words: (what, to what).
    pub fn in_words(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let t = |text: ToolkitText| text.text(lang);
        let mut rows = vec![(t(ToolkitText::LinkOpens), self.page.title(lang).to_owned())];
        rows.push((
            t(ToolkitText::LinkLogIn),
            match &self.log_in_as {
                Some((id, name)) => format!("{} {name} ({id})", t(ToolkitText::LinkLogInAs)),
                None => t(ToolkitText::LinkLogInChoose).to_owned(),
            },
        ));
        if let Some(id) = &self.scenario {
            rows.push((t(ToolkitText::LinkScenario), quoted(lang, id)));
        }
        rows.push((
            t(ToolkitText::LanguageHeading),
            match self.lang {
                Lang::Da => t(ToolkitText::Danish),
                Lang::En => t(ToolkitText::English),
            }
            .to_owned(),
        ));
        rows.push((t(ToolkitText::DateHeading), long_date(self.date, lang)));
        let faults: Vec<String> =
            self.faults
                .active()
                .map(|(source, plan)| {
                    let mut parts = Vec::new();
                    if let Some((_, label)) = FAILURES.iter().find(|(failure, _)| {
                        *failure == plan.failure && plan.failure.id() != "ingen"
                    }) {
                        parts.push(label.text(lang).to_owned());
                    }
                    if plan.latency_ms > 0 {
                        parts.push(format!(
                            "{} {} ms",
                            t(ToolkitText::LinkDelayed),
                            plan.latency_ms
                        ));
                    }
                    format!("{}: {}", source_label(source).text(lang), parts.join(", "))
                })
                .collect();
        rows.push((
            t(ToolkitText::LinkFaults),
            if faults.is_empty() {
                t(ToolkitText::LinkNoFaults).to_owned()
            } else {
                faults.join("; ")
            },
        ));
        rows.push((
            t(ToolkitText::TimeoutHeading),
            minutes(lang, self.timeout_s),
        ));
        if !self.study_personas.is_empty() {
            let names: Vec<&str> = self
                .study_personas
                .iter()
                .map(|(_, n)| n.as_str())
                .collect();
            rows.push((t(ToolkitText::StudyPersonsLegend), names.join(", ")));
        }
        if let Some(code) = &self.participant {
            rows.push((t(ToolkitText::ParticipantLabel), code.clone()));
        }
        rows
    }
}

/// The start link: its page, whether it logs in, the link itself with *Kopiér*, and what it
/// sets. `pick` is the person chosen in the panel's person section.
#[component]
pub(super) fn StartLinkSection() -> impl IntoView {
    let (i18n, toolkit, clock, settings) = use_panel();
    let Shared { people, pick, .. } = use_shared();
    let (page, set_page) = signal(Page::Overview);
    // Logging in from the link is what a facilitator who switched person wants; otherwise (a
    // study's participant logs in on the login page) it is off until chosen.
    let (logs_in, set_logs_in) = signal(untrack(|| settings.is_logged_in()));
    let (copied, set_copied) = signal(None::<bool>);
    let name_of = move |id: &str| {
        people.with(|people| {
            people
                .iter()
                .find(|c| c.id == id)
                .map_or_else(|| id.to_owned(), |c| c.name.clone())
        })
    };
    let setup = Memo::new(move |_| {
        let person = pick.get();
        LinkSetup {
            page: page.get(),
            log_in_as: logs_in.get().then(|| (person.clone(), name_of(&person))),
            scenario: loaded_meta(toolkit).map(|meta| meta.id),
            lang: i18n.lang(),
            date: clock.today(),
            faults: {
                toolkit.revision.track();
                toolkit.faults()
            },
            timeout_s: toolkit.timeout_s.get(),
            study_personas: study_personas(toolkit)
                .into_iter()
                .map(|id| {
                    let name = name_of(&id);
                    (id, name)
                })
                .collect(),
            participant: participant(toolkit),
        }
    });
    let link = move || {
        let origin = window().location().origin().unwrap_or_default();
        setup.get().link(&origin)
    };
    // A new link is not yet copied.
    Effect::new(move |_| {
        setup.track();
        set_copied.set(None);
    });
    let copy = move |_| {
        let text = link();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok()
                || copy_by_selection();
            set_copied.set(Some(done));
        });
    };
    view! {
            <p>{move || i18n.t(ToolkitText::StartLinkHint)}</p>
            <div class="form-group">
                <label class="form-label" for="panel-start-page">{move || i18n.t(ToolkitText::StartPage)}</label>
                <select class="form-select" id="panel-start-page" on:change=move |ev| {
                    let path = event_target_value(&ev);
                    if let Some(chosen) = Page::MENU.iter().find(|p| p.path() == path) {
                        set_page.set(*chosen);
                    }
                }>
                    {Page::MENU.iter().map(|&p| view! {
                        <option value=p.path() selected=move || page.get() == p>{move || p.title(i18n.lang())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group-checkbox mt-5">
                <input type="checkbox" class="form-checkbox" id="panel-link-logs-in" data-testid="link-logs-in"
                    prop:checked=logs_in on:change=move |ev| set_logs_in.set(event_target_checked(&ev))/>
                <label for="panel-link-logs-in">{move || i18n.t(ToolkitText::LinkLogsIn)}</label>
            </div>
            <div class="form-group">
                <label class="form-label" for="panel-start-link">{move || i18n.t(ToolkitText::StartLinkLabel)}</label>
                <input type="text" class="form-input start-link-input" id="panel-start-link" readonly data-testid="start-link" prop:value=link/>
            </div>
            <p class="d-flex flex-wrap mt-3">
                <button type="button" class="button button-primary mr-4" data-testid="copy-start-link" on:click=copy>
                    {move || i18n.t(ToolkitText::CopyLink)}
                </button>
                // The panel may be refreshed by the focus trap's Tab handling at any time; the
                // link reloads the app, which keeps the tab's setup.
                <a class="button button-secondary" href=link data-testid="open-start-link" rel="external">
                    {move || i18n.t(ToolkitText::OpenStartLink)}
                </a>
            </p>
            <p role="status" data-testid="copy-status">{move || copied.get().map(|done| i18n.t(if done {
                ToolkitText::LinkCopied
            } else {
                ToolkitText::CopyFailed
            }))}</p>
            <h4 class="h5">{move || i18n.t(ToolkitText::LinkSets)}</h4>
            <dl class="start-link-words" data-testid="start-link-words">
                {move || setup.get().in_words(i18n.lang()).into_iter().map(|(what, value)| view! {
                    <dt>{what}</dt>
                    <dd>{value}</dd>
                }).collect_view()}
            </dl>
    }
}

/// Copies the link input's text the old way, where the clipboard API is not allowed.
fn copy_by_selection() -> bool {
    let Some(input) = document()
        .get_element_by_id("panel-start-link")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    input.select();
    document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|doc| doc.exec_command("copy").ok())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::start_link::decode_code;

    fn setup() -> LinkSetup {
        LinkSetup {
            page: Page::Cases,
            log_in_as: Some(("familie".into(), "Mette Kjær Sørensen".into())),
            scenario: None,
            lang: Lang::Da,
            date: Date::parse_day("2026-11-24").unwrap(),
            faults: Faults::parse("sager:500,skat:timeout", "ydelser:2000"),
            timeout_s: 600,
            study_personas: Vec::new(),
            participant: Some("D3".into()),
        }
    }

    #[test]
    fn the_link_carries_every_setting_as_one_code() {
        let link = setup().link("http://x");
        let code = link.strip_prefix("http://x/sager?opsaetning=").unwrap();
        assert_eq!(
            decode_code(code).unwrap(),
            "persona=familie&sprog=da&dato=2026-11-24&fejl=sager%3A500%2Cskat%3Atimeout&forsinkelse=ydelser%3A2000&udloeb=600&deltager=D3"
        );
        assert!(!link.contains("fejl"));
    }

    #[test]
    fn the_link_says_what_it_sets_in_words() {
        let words = setup().in_words(Lang::Da);
        let text: Vec<String> = words.iter().map(|(w, v)| format!("{w}: {v}")).collect();
        let text = text.join("\n");
        assert!(text.contains("Mette Kjær Sørensen (familie)"), "{text}");
        assert!(text.contains("24. november 2026"), "{text}");
        assert!(text.contains("HTTP 500"), "{text}");
        assert!(text.contains("Tidsgrænse overskredet"), "{text}");
        assert!(text.contains("2000 ms"), "{text}");
        assert!(text.contains("10 minutter"), "{text}");
        assert!(text.contains("D3"), "{text}");
    }
}
