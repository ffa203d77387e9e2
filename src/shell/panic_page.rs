//! Should the app ever panic, the page says so in the visitor's language with a way to reload,
//! instead of freezing: a panicked wasm module cannot run again, so this page is built with plain
//! DOM calls (no reactive code, no script, no inline style) by the panic hook itself.

use wasm_bindgen::JsCast;

use super::texts::ShellText;
use crate::i18n::{Lang, Text};

/// Installs the panic hook: the panic is logged to the console as before, then the page shows
/// [`show`].
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show();
    }));
}

/// Replaces the main area (or the whole body, if there is none) with "Noget gik galt", a short
/// explanation and a link that reloads the page, in the language the page is shown in.
pub fn show() -> Option<()> {
    // The build's page frame (if still up) goes, so the message shows in the app's own main area.
    crate::page::frame::hand_over();
    let document = web_sys::window()?.document()?;
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let element = |tag: &str, class: &str, text: &str| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        element.set_text_content(Some(text));
        Some(element)
    };
    let page = document.create_element("div").ok()?;
    page.set_class_name("container page-container panic-page");
    page.set_attribute("role", "alert").ok()?;
    page.set_attribute("data-testid", "panic-page").ok()?;
    let heading = element("h1", "", ShellText::PanicHeading.text(lang))?;
    page.append_child(&heading).ok()?;
    let text = element("p", "font-lead", ShellText::PanicText.text(lang))?;
    page.append_child(&text).ok()?;
    let reload = element(
        "a",
        "button button-primary",
        ShellText::PanicReload.text(lang),
    )?;
    let here = web_sys::window()?.location().href().ok()?;
    reload.set_attribute("href", &here).ok()?;
    page.append_child(&reload).ok()?;
    match document.query_selector("main").ok()? {
        Some(main) => {
            main.set_text_content(None);
            main.append_child(&page).ok()?;
        }
        // Before the first render there is no main area: the page replaces the body's content
        // but keeps its stylesheets (the release build links them at the end of the body).
        None => {
            let body: web_sys::Element = document.body()?.unchecked_into();
            let children = body.children();
            for i in (0..children.length()).rev() {
                if let Some(child) = children.item(i) {
                    if child.tag_name() != "LINK" {
                        child.remove();
                    }
                }
            }
            body.prepend_with_node_1(&page).ok()?;
        }
    }
    Some(())
}
