//! Component tests in headless Chromium (wasm-bindgen-test): the shell renders, and the language
//! switch changes the texts, `<html lang>` and the remembered choice.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mit_overblik::shell::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const LANG_KEY: &str = "mit-overblik.sprog";

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Mounts the whole app into a fresh container; drop the returned guard to unmount it.
struct Mounted {
    container: HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// Mounts the app logged in, as after choosing `familie` on the simulated login in this tab.
fn mount_app() -> Mounted {
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .set_item("mit-overblik.persona", "familie")
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), || App().into_any());
    Mounted {
        container,
        _handle: handle,
    }
}

fn texts(container: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = container.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| {
            nodes
                .item(i)
                .unwrap()
                .text_content()
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
        .collect()
}

fn click(container: &HtmlElement, selector: &str) {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn html_lang() -> String {
    document()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shell_renders_header_menu_skip_link_and_footer() {
    storage().remove_item(LANG_KEY).unwrap();
    let app = mount_app();
    leptos::task::tick().await;
    let c = &app.container;

    assert_eq!(texts(c, ".solution-heading a"), ["Mit Overblik"]);
    assert_eq!(texts(c, "[data-testid=prototype-badge]"), ["Prototype"]);
    assert_eq!(
        texts(c, ".navigation-menu nav .nav-link"),
        [
            "Overblik",
            "Sager",
            "Økonomi",
            "Mine oplysninger",
            "Digital Post",
            "Dine data"
        ]
    );
    assert_eq!(texts(c, "a.skipnav"), ["Gå til sidens indhold"]);
    let skip = c.query_selector("a.skipnav").unwrap().unwrap();
    assert_eq!(skip.get_attribute("href").as_deref(), Some("#main-content"));
    assert!(c.query_selector("main#main-content").unwrap().is_some());
    let statement = c
        .query_selector("footer a[href='/tilgaengelighed']")
        .unwrap()
        .unwrap();
    assert_eq!(
        statement.text_content().unwrap(),
        "Tilgængelighedserklæring"
    );
    assert!(!texts(c, ".portal-user .log-off").is_empty());
    assert_eq!(html_lang(), "da");
}

#[wasm_bindgen_test]
async fn switching_language_changes_texts_lang_and_is_remembered() {
    storage().remove_item(LANG_KEY).unwrap();
    let app = mount_app();
    leptos::task::tick().await;
    let c = &app.container;

    click(c, ".portal-user [data-testid=lang-en]");
    leptos::task::tick().await;
    assert_eq!(
        texts(c, ".navigation-menu nav .nav-link"),
        [
            "Overview",
            "Cases",
            "Finances",
            "My details",
            "Digital Post",
            "Your data"
        ]
    );
    assert_eq!(texts(c, "a.skipnav"), ["Skip to main content"]);
    assert_eq!(texts(c, ".portal-user .log-off"), ["Log out"]);
    assert_eq!(html_lang(), "en");
    assert_eq!(storage().get_item(LANG_KEY).unwrap().as_deref(), Some("en"));
    let pressed = c
        .query_selector(".portal-user [data-testid=lang-en]")
        .unwrap()
        .unwrap();
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    click(c, ".portal-user [data-testid=lang-da]");
    leptos::task::tick().await;
    assert_eq!(texts(c, ".portal-user .log-off"), ["Log af"]);
    assert_eq!(html_lang(), "da");
    assert_eq!(storage().get_item(LANG_KEY).unwrap().as_deref(), Some("da"));
}

#[wasm_bindgen_test]
async fn remembered_language_is_used_at_start() {
    storage().set_item(LANG_KEY, "en").unwrap();
    let app = mount_app();
    leptos::task::tick().await;
    assert_eq!(texts(&app.container, "a.skipnav"), ["Skip to main content"]);
    assert_eq!(html_lang(), "en");
    drop(app);
    storage().remove_item(LANG_KEY).unwrap();
}

#[wasm_bindgen_test]
fn after_a_panic_the_page_says_something_went_wrong_in_its_language_with_a_reload_link() {
    let document = document();
    let html = document.document_element().unwrap();
    let lang_before = html.get_attribute("lang");
    let main = document.create_element("main").unwrap();
    main.set_inner_html("<p>Frozen content</p>");
    document.body().unwrap().prepend_with_node_1(&main).unwrap();
    for (lang, heading, reload) in [
        ("en", "Something went wrong", "Reload the page"),
        ("da", "Noget gik galt", "Genindlæs siden"),
    ] {
        html.set_attribute("lang", lang).unwrap();
        assert!(mit_overblik::shell::panic_page::show().is_some());
        let page = main
            .query_selector("[data-testid=panic-page]")
            .unwrap()
            .unwrap();
        assert_eq!(page.get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(
            page.query_selector("h1")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap(),
            heading
        );
        let link = page.query_selector("a").unwrap().unwrap();
        assert_eq!(link.text_content().unwrap(), reload);
        assert_eq!(
            link.get_attribute("href").unwrap(),
            window().location().href().unwrap()
        );
        // Only the page: what froze is gone.
        assert!(!main.text_content().unwrap().contains("Frozen content"));
        assert_eq!(main.children().length(), 1);
    }
    main.remove();
    match lang_before {
        Some(lang) => html.set_attribute("lang", &lang).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }
}
