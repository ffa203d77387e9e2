//! Component tests in headless Chromium: the reusable DKFDS pieces render what they promise.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mit_overblik::api::{cases::ProgressCode, ApiError, Source};
use mit_overblik::components::{pagination::Pagination, section_error::SectionError};
use mit_overblik::features::cases::status::StatusBadge;
use mit_overblik::i18n::Lang;
use mit_overblik::state::language::{provide_i18n, I18n};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` with the language context into a fresh container, removed on drop.
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

fn mount(view: impl Fn() -> AnyView + 'static) -> Mounted {
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
        view()
    });
    Mounted {
        container,
        i18n: i18n_slot.get().unwrap(),
        _handle: handle,
    }
}

fn all(container: &HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let nodes = container.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().unchecked_into())
        .collect()
}

#[wasm_bindgen_test]
async fn status_badges_speak_plain_language_in_both_languages() {
    let mounted = mount(|| {
        ProgressCode::ALL
            .into_iter()
            .map(|code| view! { <StatusBadge code/> })
            .collect_view()
            .into_any()
    });
    leptos::task::tick().await;
    let texts = |c: &HtmlElement| {
        all(c, ".badge")
            .iter()
            .map(|e| e.text_content().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts(&mounted.container),
        ["Modtaget", "Under behandling", "Afgjort", "Afsluttet"]
    );
    mounted.i18n.set_lang(Lang::En);
    leptos::task::tick().await;
    assert_eq!(
        texts(&mounted.container),
        ["Received", "Being processed", "Decided", "Closed"]
    );
}

#[wasm_bindgen_test]
async fn pagination_links_every_page_and_marks_the_current_one() {
    let mounted = mount(|| {
        let href = Callback::new(|page: usize| format!("/sager?side={page}"));
        view! { <Pagination current=2 pages=3 href/> }.into_any()
    });
    leptos::task::tick().await;
    let c = &mounted.container;
    let current = all(c, "[aria-current=page]");
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].text_content().unwrap(), "2");
    let hrefs: Vec<String> = all(c, "a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(
        hrefs,
        [
            "/sager?side=1",
            "/sager?side=1",
            "/sager?side=2",
            "/sager?side=3",
            "/sager?side=3"
        ]
    );
    assert_eq!(
        all(c, "nav")[0].get_attribute("aria-label").as_deref(),
        Some("Sider")
    );
}

#[wasm_bindgen_test]
async fn pagination_is_absent_for_a_single_page() {
    let mounted = mount(|| {
        let href = Callback::new(|page: usize| format!("/sager?side={page}"));
        view! { <Pagination current=1 pages=1 href/> }.into_any()
    });
    leptos::task::tick().await;
    assert!(all(&mounted.container, "nav").is_empty());
}

#[wasm_bindgen_test]
async fn section_error_explains_and_retries() {
    let (retries, set_retries) = signal(0);
    let mounted = mount(move || {
        let on_retry = Callback::new(move |()| set_retries.update(|n| *n += 1));
        view! { <SectionError source=Source::Tax error=ApiError::Timeout on_retry/> }.into_any()
    });
    leptos::task::tick().await;
    let c = &mounted.container;
    let alert = &all(c, "[role=alert]")[0];
    assert!(alert
        .text_content()
        .unwrap()
        .contains("Skat kunne ikke hentes"));
    assert!(alert
        .text_content()
        .unwrap()
        .contains("Kilden svarede ikke i tide"));
    all(c, "button")[0].unchecked_ref::<HtmlElement>().click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn section_error_offers_no_retry_for_what_does_not_exist() {
    let mounted = mount(|| {
        view! { <SectionError source=Source::Cases error=ApiError::NotFound on_retry=Callback::new(|()| {})/> }.into_any()
    });
    leptos::task::tick().await;
    assert!(all(&mounted.container, "button").is_empty());
}
