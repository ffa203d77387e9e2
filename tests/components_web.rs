//! Component tests in headless Chromium: the generic DKFDS pieces render what they promise. Each
//! test mounts a component's named examples (`components/<name>/examples.rs`), the same ones the
//! gallery page (`/komponenter`) shows, and checks them in Danish and in English.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mit_overblik::api::cases::ProgressCode;
use mit_overblik::components::examples::CATALOGUE;
use mit_overblik::components::{
    alert, badge, card, clear_filters, dashboard_card, data_table, dialog, filter_select, icon,
    pagination, search_box, section_error, source_note, sourced_section, summary_list, tabs,
};
use mit_overblik::features::cases::status::StatusBadge;
use mit_overblik::i18n::Lang;
use mit_overblik::state::clock::provide_clock;
use mit_overblik::state::language::{provide_i18n, I18n};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A view mounted with the contexts components read (language, scenario clock) into a fresh
/// container, removed on drop. It starts in Danish.
struct Mounted {
    container: HtmlElement,
    i18n: I18n,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

impl Mounted {
    /// Every element matching `selector`.
    fn all(&self, selector: &str) -> Vec<Element> {
        let nodes = self.container.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .map(|i| nodes.item(i).unwrap().unchecked_into())
            .collect()
    }

    /// The one element matching `selector`.
    fn one(&self, selector: &str) -> Element {
        let found = self.all(selector);
        assert_eq!(found.len(), 1, "{selector}: {} found", found.len());
        found.into_iter().next().unwrap()
    }

    /// The text of the one element matching `selector`.
    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    /// The texts of every element matching `selector`.
    fn texts(&self, selector: &str) -> Vec<String> {
        self.all(selector)
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect()
    }

    /// An attribute of the one element matching `selector`.
    fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.one(selector).get_attribute(name)
    }

    /// Clicks the one element matching `selector`, then lets the view update.
    async fn click(&self, selector: &str) {
        self.one(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    /// Switches the language, then lets the view update.
    async fn set_lang(&self, lang: Lang) {
        self.i18n.set_lang(lang);
        settle().await;
    }
}

/// Lets effects and the view catch up.
async fn settle() {
    leptos::task::tick().await;
    gloo_timers::future::TimeoutFuture::new(0).await;
}

async fn mount(view: impl Fn() -> AnyView + 'static) -> Mounted {
    let _ = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("mit-overblik.sprog");
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let i18n_slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let slot = i18n_slot.clone();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        slot.set(Some(provide_i18n()));
        provide_clock();
        view()
    });
    settle().await;
    Mounted {
        container,
        i18n: i18n_slot.get().unwrap(),
        _handle: handle,
    }
}

/// Sends a key press to `target`, bubbling as a real one does.
fn press(target: &Element, key: &str, shift: bool) {
    let send = js_sys::Function::new_with_args(
        "el, key, shift",
        "el.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: shift, bubbles: true, cancelable: true }))",
    );
    send.call3(&JsValue::NULL, target, &key.into(), &shift.into())
        .unwrap();
}

/// Chooses `value` in a select, as a citizen does (the value, then a `change` event).
fn choose(select: &Element, value: &str) {
    let choose = js_sys::Function::new_with_args(
        "el, value",
        "el.value = value; el.dispatchEvent(new Event('change', { bubbles: true }))",
    );
    choose.call2(&JsValue::NULL, select, &value.into()).unwrap();
}

/// Types `text` into a field, as a person does: its value, then an input event.
fn type_into(input: &Element, text: &str) {
    let typing = js_sys::Function::new_with_args(
        "el, text",
        "el.value = text; el.dispatchEvent(new Event('input', { bubbles: true }))",
    );
    typing.call2(&JsValue::NULL, input, &text.into()).unwrap();
}

/// Whether `element` carries the class `name`.
fn has_class(element: &Element, name: &str) -> bool {
    element
        .get_attribute("class")
        .is_some_and(|classes| classes.split_whitespace().any(|c| c == name))
}

/// The element that has keyboard focus.
fn focused() -> Option<Element> {
    document().active_element()
}

// ---- Every example ----------------------------------------------------------------------------

/// Every example of every component mounts in Danish and in English without a panic, and only
/// the one that shows what a single page looks like (no pagination) renders nothing.
#[wasm_bindgen_test]
async fn every_example_renders_in_both_languages() {
    let mut empty = Vec::new();
    let mut untranslated = Vec::new();
    let mut count = 0;
    for component in CATALOGUE {
        for example in component.examples {
            let mounted = mount(example.view).await;
            let shown = |m: &Mounted| m.container.child_element_count() > 0;
            let da = (shown(&mounted), mounted.container.inner_html());
            mounted.set_lang(Lang::En).await;
            let en = (shown(&mounted), mounted.container.inner_html());
            let name = format!("{}: {}", component.folder, example.name.0);
            if !da.0 && !en.0 {
                empty.push(name);
            } else if da == en {
                untranslated.push(name);
            }
            count += 1;
        }
    }
    assert!(count >= 30, "only {count} examples");
    assert_eq!(empty, ["pagination: Én side: ingenting"]);
    // Only the icon set shows no text of its own (symbol names are code).
    assert_eq!(untranslated, ["icon: De ikoner, appen bruger"]);
}

// ---- One test or more per component ----------------------------------------------------------

#[wasm_bindgen_test]
async fn alerts_announce_warnings_and_errors_and_name_their_icon() {
    let info = mount(alert::examples::info).await;
    assert_eq!(info.attr(".alert", "class").unwrap(), "alert alert-info");
    assert_eq!(
        info.attr(".alert", "role"),
        None,
        "information is not announced"
    );
    assert_eq!(info.text("h2.alert-heading"), "Du handler for Emma");
    assert_eq!(
        info.attr("svg.alert-icon", "aria-label").as_deref(),
        Some("Information")
    );

    let success = mount(alert::examples::success).await;
    assert_eq!(success.attr(".alert", "role"), None);
    assert!(success.all("h2").is_empty(), "no heading");
    assert_eq!(success.text(".alert-text"), "Samtykket er trukket tilbage.");

    let warning = mount(alert::examples::warning).await;
    assert_eq!(warning.attr(".alert", "role").as_deref(), Some("alert"));

    let error = mount(alert::examples::error).await;
    assert_eq!(error.attr(".alert", "role").as_deref(), Some("alert"));
    assert_eq!(error.attr("svg", "aria-label").as_deref(), Some("Fejl"));
    assert_eq!(error.attr("svg", "role").as_deref(), Some("img"));
    error.set_lang(Lang::En).await;
    assert_eq!(error.attr("svg", "aria-label").as_deref(), Some("Error"));
    assert_eq!(error.text("h2"), "Tax could not be loaded");
}

#[wasm_bindgen_test]
async fn badges_carry_their_kind_and_follow_the_language() {
    let badges = mount(badge::examples::every_kind).await;
    let classes: Vec<_> = badges
        .all(".badge")
        .iter()
        .map(|b| b.get_attribute("class").unwrap())
        .collect();
    assert_eq!(
        classes,
        [
            "badge",
            "badge badge-info",
            "badge badge-success",
            "badge badge-warning",
            "badge badge-error"
        ]
    );
    assert_eq!(
        badges.texts(".badge"),
        [
            "Afsluttet",
            "Under behandling",
            "Udbetalt",
            "Afventer dig",
            "Overskredet"
        ]
    );
    badges.set_lang(Lang::En).await;
    assert_eq!(
        badges.texts(".badge"),
        [
            "Closed",
            "Being processed",
            "Paid",
            "Waiting for you",
            "Overdue"
        ]
    );

    let after = mount(badge::examples::after_text).await;
    assert_eq!(after.text("[data-testid=example-badge-new]"), "Ny");
    assert_eq!(after.text("p"), "Boligstøtte Ny");
}

#[wasm_bindgen_test]
async fn status_badges_speak_plain_language_in_both_languages() {
    let mounted = mount(|| {
        ProgressCode::ALL
            .into_iter()
            .map(|code| view! { <StatusBadge code/> })
            .collect_view()
            .into_any()
    })
    .await;
    assert_eq!(
        mounted.texts(".badge"),
        ["Modtaget", "Under behandling", "Afgjort", "Afsluttet"]
    );
    mounted.set_lang(Lang::En).await;
    assert_eq!(
        mounted.texts(".badge"),
        ["Received", "Being processed", "Decided", "Closed"]
    );
}

#[wasm_bindgen_test]
async fn a_card_is_a_section_named_by_its_heading() {
    let card = mount(card::examples::with_text).await;
    let section = card.one("section.card");
    let heading = card.one("h2.card-heading");
    assert_eq!(
        section.get_attribute("aria-labelledby").unwrap(),
        heading.id()
    );
    assert_eq!(heading.text_content().unwrap(), "Næste udbetaling");
    card.set_lang(Lang::En).await;
    assert_eq!(card.text("h2"), "Next payment");
    assert_eq!(card.text("p"), "State pension, 1 December 2026.");

    let list = mount(card::examples::with_list).await;
    assert_eq!(list.all("li").len(), 2);
    assert_eq!(
        list.attr(".card-link a", "href").as_deref(),
        Some("?eksempel=koeretoejer")
    );
}

#[wasm_bindgen_test]
async fn a_dashboard_card_shows_its_facts_with_their_freshness_and_a_link_on() {
    let card = mount(dashboard_card::examples::loaded).await;
    assert_eq!(card.text(".dashboard-figure"), "Mette Kjær Sørensen");
    assert_eq!(
        card.attr("[data-testid=example-address] a", "href")
            .as_deref(),
        Some("?eksempel=adresse")
    );
    assert_eq!(card.text("[data-testid=example-marital]"), "Gift");
    assert_eq!(
        card.text("[data-testid=source-freshness]"),
        "Hentet fra CPR kl. 07.02"
    );
    assert_eq!(card.text(".card-link a"), "Se det hele");
    assert_eq!(
        card.attr("section", "aria-labelledby").as_deref(),
        Some("card-person-heading")
    );
    card.set_lang(Lang::En).await;
    assert_eq!(card.text("[data-testid=example-marital]"), "Married");
    assert_eq!(
        card.text("[data-testid=source-freshness]"),
        "Fetched from CPR at 07:02"
    );
}

#[wasm_bindgen_test]
async fn a_dashboard_card_loads_and_fails_on_its_own_and_retries() {
    let loading = mount(dashboard_card::examples::loading).await;
    assert_eq!(loading.text("[role=status]"), "Henter køretøjer …");
    assert!(loading.all(".dashboard-figure").is_empty());

    let failed = mount(dashboard_card::examples::failed).await;
    assert_eq!(failed.text("[role=alert] h2"), "Bolig kunne ikke hentes");
    assert_eq!(
        failed.text(".card-heading"),
        "Bolig",
        "the card keeps its heading"
    );
    failed.click("[role=alert] button").await;
    assert!(failed.all("[role=alert]").is_empty());
    assert_eq!(
        failed.text(".dashboard-figure"),
        "Vestergade 12, 7100 Vejle"
    );
    assert_eq!(
        failed.text("[data-testid=example-housing]"),
        "Ejerbolig, 142 m²"
    );
}

#[wasm_bindgen_test]
async fn a_sourced_section_shows_data_and_origin_or_its_state() {
    let loaded = mount(sourced_section::examples::loaded).await;
    assert_eq!(
        loaded.attr("section", "aria-labelledby").as_deref(),
        Some("example-section-loaded")
    );
    assert_eq!(loaded.text("h2#example-section-loaded"), "Civilstand");
    assert_eq!(
        loaded.text("[data-testid=example-section-data]"),
        "Civilstand: gift"
    );
    assert_eq!(
        loaded.text(".source-note"),
        "CPR-kontoret, CPR. Hentet 24. november 2026 kl. 07.02"
    );
    assert_eq!(loaded.all("details.source-details").len(), 1);
    loaded.set_lang(Lang::En).await;
    assert_eq!(
        loaded.text(".source-note"),
        "CPR-kontoret, CPR. Fetched 24 November 2026 at 07:02"
    );

    let loading = mount(sourced_section::examples::loading).await;
    assert_eq!(loading.text("[role=status]"), "Henter køretøjer …");
    assert!(loading.all(".source-note").is_empty());

    let failed = mount(sourced_section::examples::failed).await;
    assert_eq!(
        failed.text("[role=alert] h2"),
        "Personoplysninger kunne ikke hentes"
    );
    failed.click("[role=alert] button").await;
    assert_eq!(
        failed.text("[data-testid=example-section-data]"),
        "Civilstand: gift"
    );
    assert_eq!(failed.all(".source-note").len(), 1);
}

#[wasm_bindgen_test]
async fn section_error_explains_and_retries() {
    let mounted = mount(section_error::examples::timed_out).await;
    let alert = mounted.text("[role=alert]");
    assert!(alert.contains("Skat kunne ikke hentes"), "{alert}");
    assert!(alert.contains("Kilden svarede ikke i tide"), "{alert}");
    assert!(
        alert.contains("Resten af siden virker som normalt."),
        "{alert}"
    );
    assert_eq!(mounted.text("button"), "Prøv igen");
    mounted.set_lang(Lang::En).await;
    assert!(mounted
        .text("[role=alert]")
        .contains("The source did not answer in time"));
    mounted.click("button").await;
    assert!(mounted.all("[role=alert]").is_empty());
    assert_eq!(
        mounted.text("[data-testid=example-retried]"),
        "Final tax 2025: DKK 0"
    );
}

#[wasm_bindgen_test]
async fn section_error_retries_a_missing_answer_but_not_what_is_not_covered() {
    // A 404 on a list is an endpoint that is down for now: it says so and offers a retry.
    let not_found = mount(section_error::examples::not_found).await;
    assert_eq!(not_found.text("button"), "Prøv igen");
    assert!(not_found
        .text("[role=alert]")
        .contains("Kilden kunne ikke finde oplysningerne lige nu."));

    let out_of_scope = mount(section_error::examples::out_of_scope).await;
    assert!(out_of_scope.all("button").is_empty());
    assert!(
        out_of_scope.all("[role=alert]").is_empty(),
        "information, not an error"
    );
    assert_eq!(
        out_of_scope.text("[data-testid=section-not-covered] h2"),
        "Gæld til det offentlige er ikke omfattet"
    );
}

#[wasm_bindgen_test]
async fn section_error_quotes_the_source_in_danish_in_both_languages() {
    let mounted = mount(section_error::examples::source_fault).await;
    assert_eq!(
        mounted.text("q[lang=da]"),
        "Registeret er lukket for vedligeholdelse."
    );
    mounted.set_lang(Lang::En).await;
    assert!(mounted.text(".alert-text").starts_with("The source says: "));
    assert_eq!(
        mounted.text("q[lang=da]"),
        "Registeret er lukket for vedligeholdelse."
    );
    assert_eq!(mounted.all("button").len(), 1, "a fault can pass: retry");
}

#[wasm_bindgen_test]
async fn source_notes_say_where_and_when_by_the_scenario_clock() {
    let note = mount(source_note::examples::note).await;
    assert_eq!(note.text(".source-origin"), "CPR-kontoret, CPR");

    let today = mount(source_note::examples::fresh_today).await;
    assert_eq!(today.text(".source-freshness"), "Hentet fra CPR kl. 07.02");

    let earlier = mount(source_note::examples::fresh_earlier).await;
    assert_eq!(
        earlier.text(".source-freshness"),
        "Hentet fra Fælleskommunalt Ydelsesindeks 20. november 2026 kl. 14.30"
    );
    earlier.set_lang(Lang::En).await;
    assert_eq!(
        earlier.text(".source-freshness"),
        "Fetched from Fælleskommunalt Ydelsesindeks on 20 November 2026 at 14:30"
    );

    let loading = mount(source_note::examples::loading).await;
    assert_eq!(
        loading.attr("[role=status]", "aria-live").as_deref(),
        Some("polite")
    );
    assert_eq!(
        loading.text("[role=status]"),
        "Henter ydelser og udbetalinger …"
    );
}

#[wasm_bindgen_test]
async fn source_details_name_the_authority_and_whom_to_contact() {
    let details = mount(source_note::examples::details).await;
    assert_eq!(details.text("summary"), "Hvor kommer oplysningerne fra?");
    assert_eq!(details.text("[data-testid=source-cvr]"), "18234009");
    assert_eq!(
        details
            .attr("[data-testid=source-contact]", "href")
            .as_deref(),
        Some("https://www.vejle.dk")
    );
    assert_eq!(details.all("dt").len(), 4);
    details.set_lang(Lang::En).await;
    assert_eq!(details.text("summary"), "Where does this come from?");
}

#[wasm_bindgen_test]
async fn a_summary_list_labels_each_value_with_a_row_header() {
    let list = mount(summary_list::examples::three_rows).await;
    assert_eq!(
        list.texts("th[scope=row]"),
        ["Adresse", "Boligtype", "Areal"]
    );
    assert_eq!(
        list.texts("td"),
        ["Vestergade 12, 7100 Vejle", "Ejerbolig", "142 m²"]
    );
    list.set_lang(Lang::En).await;
    assert_eq!(
        list.texts("th[scope=row]"),
        ["Address", "Type of home", "Floor area"]
    );

    let linked = mount(summary_list::examples::with_link).await;
    assert_eq!(
        linked.attr("td a", "href").as_deref(),
        Some("?eksempel=sagsbehandler")
    );
}

#[wasm_bindgen_test]
async fn a_data_table_scrolls_from_the_keyboard_and_sorts_by_links() {
    let table = mount(data_table::examples::sortable).await;
    let region = table.one("[role=region]");
    assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(region.get_attribute("aria-label").as_deref(), Some("Breve"));
    assert_eq!(table.text("caption.sr-only"), "Breve");
    let sorted: Vec<_> = table
        .all("th")
        .iter()
        .map(|th| th.get_attribute("aria-sort"))
        .collect();
    assert_eq!(sorted, [Some("descending".to_owned()), None, None]);
    assert_eq!(
        table.attr("th[data-sort=dato] a", "aria-label").as_deref(),
        Some("Sortér efter Dato")
    );
    assert_eq!(
        table.attr("th[data-sort=afsender] a", "href").as_deref(),
        Some("?sorter=afsender")
    );
    let icon = table.attr("th[data-sort=dato] use", "href").unwrap();
    assert!(icon.ends_with("#sort-table-descending"), "{icon}");
    assert_eq!(table.all("tbody tr").len(), 3);
    table.set_lang(Lang::En).await;
    assert_eq!(
        table.attr("th[data-sort=emne] a", "aria-label").as_deref(),
        Some("Sort by Subject")
    );
    assert_eq!(table.text("caption"), "Letters");

    let plain = mount(data_table::examples::plain).await;
    assert_eq!(plain.all("th[scope=col]").len(), 5);
    assert!(plain.all("[aria-sort]").is_empty());
}

#[wasm_bindgen_test]
async fn pagination_links_every_page_and_marks_the_current_one() {
    let mounted = mount(pagination::examples::three_pages).await;
    assert_eq!(mounted.text("[aria-current=page]"), "2");
    let hrefs: Vec<String> = mounted
        .all("a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(
        hrefs,
        ["?side=1", "?side=1", "?side=2", "?side=3", "?side=3"]
    );
    assert_eq!(mounted.attr("nav", "aria-label").as_deref(), Some("Sider"));
    assert_eq!(mounted.text(".pagination-mobile"), "Side 2 af 3");
    mounted.set_lang(Lang::En).await;
    assert_eq!(mounted.attr("nav", "aria-label").as_deref(), Some("Pages"));
    assert_eq!(
        mounted.attr(".button-next", "aria-label").as_deref(),
        Some("Next page")
    );
}

#[wasm_bindgen_test]
async fn pagination_of_many_pages_keeps_the_ends_and_the_neighbours() {
    let mounted = mount(pagination::examples::many_pages).await;
    assert_eq!(
        mounted.texts(".pagination-number a"),
        ["1", "49", "50", "51", "100"]
    );
    assert_eq!(
        mounted.all(".pagination-overflow[aria-hidden=true]").len(),
        2
    );
    assert_eq!(
        mounted
            .attr("a[aria-current=page]", "aria-label")
            .as_deref(),
        Some("Side 50")
    );
}

#[wasm_bindgen_test]
async fn pagination_is_absent_for_a_single_page() {
    let mounted = mount(pagination::examples::one_page).await;
    assert!(mounted.all("nav").is_empty());
}

#[wasm_bindgen_test]
async fn tabs_mark_only_the_current_one() {
    let two = mount(tabs::examples::two_tabs).await;
    assert_eq!(two.attr("nav", "aria-label").as_deref(), Some("Sager"));
    let current: Vec<_> = two
        .all(".tab-button")
        .iter()
        .map(|a| a.get_attribute("aria-current"))
        .collect();
    assert_eq!(current, [Some("true".to_owned()), None]);
    assert_eq!(
        two.attr("[data-testid=example-tab-closed]", "href")
            .as_deref(),
        Some("?fane=afsluttede")
    );
    two.set_lang(Lang::En).await;
    assert_eq!(two.texts(".tab-button"), ["Active cases", "Closed cases"]);

    let three = mount(tabs::examples::three_tabs).await;
    assert_eq!(three.text("[aria-current=true]"), "Gæld");
    assert_eq!(three.all("[aria-current]").len(), 1);
}

#[wasm_bindgen_test]
async fn a_filter_select_is_labelled_offers_all_first_and_reports_a_choice() {
    let mounted = mount(filter_select::examples::nothing_chosen).await;
    assert_eq!(
        mounted.attr("label", "for").as_deref(),
        Some("example-filter-all")
    );
    assert_eq!(mounted.text("label"), "Myndighed");
    assert_eq!(
        mounted.texts("option"),
        [
            "Alle",
            "Vejle Kommune",
            "Skattestyrelsen",
            "Udbetaling Danmark"
        ]
    );
    assert!(mounted.one("option[value='']").has_attribute("selected"));
    choose(&mounted.one("select"), "udk");
    settle().await;
    assert!(mounted.one("option[value=udk]").has_attribute("selected"));
    assert!(!mounted.one("option[value='']").has_attribute("selected"));
    mounted.set_lang(Lang::En).await;
    assert_eq!(
        mounted.texts("option"),
        [
            "All",
            "Vejle Municipality",
            "Danish Tax Agency",
            "Payment Denmark"
        ]
    );

    let chosen = mount(filter_select::examples::one_chosen).await;
    assert!(chosen.one("option[value=skat]").has_attribute("selected"));
}

#[wasm_bindgen_test]
async fn clear_filters_is_disabled_until_a_filter_is_set_and_clears_it() {
    let none = mount(clear_filters::examples::no_filter).await;
    assert!(none.one("button").has_attribute("disabled"));
    assert_eq!(none.text("button"), "Nulstil filtre");
    none.set_lang(Lang::En).await;
    assert_eq!(none.text("button"), "Clear filters");

    let set = mount(clear_filters::examples::with_filter).await;
    assert!(!set.one("button").has_attribute("disabled"));
    assert!(set.one("option[value=kommune]").has_attribute("selected"));
    set.click("button").await;
    assert!(set.one("button").has_attribute("disabled"));
    assert!(set.one("option[value='']").has_attribute("selected"));
}

#[wasm_bindgen_test]
async fn a_dialog_takes_focus_keeps_it_inside_and_closes_on_escape() {
    let mounted = mount(dialog::examples::confirm).await;
    let dialog = mounted.one("[role=dialog]");
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    let heading = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        mounted.text(&format!("#{heading}")),
        "Vil du trække samtykket tilbage?"
    );
    assert!(!has_class(&dialog, "is-visible"));

    mounted
        .click("[data-testid=example-dialog-confirm-open]")
        .await;
    assert!(has_class(&dialog, "is-visible"));
    let buttons = mounted.all("[role=dialog] button");
    assert_eq!(buttons.len(), 2);
    assert_eq!(focused().as_ref(), Some(&buttons[0]), "focus moves in");

    // Tab from the last control goes to the first; Shift+Tab from the first to the last.
    buttons[1].unchecked_ref::<HtmlElement>().focus().unwrap();
    press(&buttons[1], "Tab", false);
    assert_eq!(focused().as_ref(), Some(&buttons[0]));
    press(&buttons[0], "Tab", true);
    assert_eq!(focused().as_ref(), Some(&buttons[1]));

    press(&buttons[1], "Escape", false);
    settle().await;
    assert!(!has_class(&dialog, "is-visible"));
    assert_eq!(
        focused().as_ref(),
        Some(&mounted.one("[data-testid=example-dialog-confirm-open]")),
        "focus goes back to the button that opened it"
    );
}

#[wasm_bindgen_test]
async fn an_alert_dialog_is_described_by_its_message() {
    let mounted = mount(dialog::examples::alert_dialog).await;
    let dialog = mounted.one("[role=alertdialog]");
    let text = dialog.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        mounted.text(&format!("#{text}")),
        "Du har ikke gjort noget i et stykke tid. Du bliver logget af om 2:00."
    );
    mounted
        .click("[data-testid=example-dialog-alert-open]")
        .await;
    mounted.click("[role=alertdialog] .button-primary").await;
    assert!(!has_class(&dialog, "is-visible"));
}

#[wasm_bindgen_test]
async fn icons_are_hidden_from_screen_readers_unless_named() {
    let decorative = mount(icon::examples::decorative).await;
    assert_eq!(
        decorative.attr("svg", "aria-hidden").as_deref(),
        Some("true")
    );
    assert_eq!(decorative.attr("svg", "role"), None);
    assert_eq!(
        decorative.attr("svg", "focusable").as_deref(),
        Some("false")
    );
    assert!(decorative
        .attr("use", "href")
        .unwrap()
        .ends_with("all-svg-icons.svg#open-in-new"));

    let named = mount(icon::examples::named).await;
    assert_eq!(named.attr("svg", "role").as_deref(), Some("img"));
    assert_eq!(named.attr("svg", "aria-hidden"), None);
    assert_eq!(
        named.attr("svg", "aria-label").as_deref(),
        Some("Beskyttet adresse")
    );
    named.set_lang(Lang::En).await;
    assert_eq!(
        named.attr("svg", "aria-label").as_deref(),
        Some("Protected address")
    );

    let set = mount(icon::examples::every_icon).await;
    assert_eq!(set.all("svg").len(), icon::examples::USED.len());
    assert_eq!(set.texts("code")[0], "info");
}

#[wasm_bindgen_test]
async fn a_search_box_is_labelled_described_and_reports_each_keystroke() {
    let mounted = mount(search_box::examples::searching).await;
    assert_eq!(
        mounted.attr("label", "for").as_deref(),
        Some("example-search")
    );
    assert_eq!(mounted.text("label"), "Søg i breve");
    assert_eq!(
        mounted.attr("input", "aria-describedby").as_deref(),
        Some("example-search-hint")
    );
    assert_eq!(
        mounted.text("#example-search-hint"),
        "Søg på emne eller afsender."
    );
    assert_eq!(mounted.attr("input", "type").as_deref(), Some("search"));
    type_into(&mounted.one("input"), "skat");
    settle().await;
    assert_eq!(mounted.text("[data-testid=example-typed]"), "skat");
    mounted.set_lang(Lang::En).await;
    assert_eq!(mounted.text("button"), "Search");
}
