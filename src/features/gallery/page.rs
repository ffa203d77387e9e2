//! The gallery page: a list of contents, then each component with its examples, each example
//! under its name in a frame.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::texts::GalleryText;
use crate::components::examples::{Example, Examples, CATALOGUE};
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::state::language::use_i18n;

/// Every component's examples.
#[component]
pub fn GalleryPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(Page::Gallery.title_text())/>
        <p class="font-lead">{move || i18n.t(GalleryText::Intro)}</p>
        <nav aria-labelledby="gallery-contents">
            <h2 id="gallery-contents" class="h4">{move || i18n.t(GalleryText::Contents)}</h2>
            <ul data-testid="gallery-contents">
                {CATALOGUE.iter().map(|c| view! {
                    <li>
                        <a href=format!("{}#{}", Page::Gallery.path(), anchor(c)) on:click=move |event| {
                            event.prevent_default();
                            go_to(&anchor(c));
                        }>
                            {c.component}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
        {CATALOGUE.iter().map(|component| view! { <ComponentExamples component/> }).collect_view()}
    }
}

/// Moves focus to a component's heading and scrolls it into view (the router would otherwise
/// take the `#` link for a navigation).
fn go_to(id: &str) {
    if let Some(heading) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
        heading.scroll_into_view();
    }
}

/// Keeps a click on an example's link from leaving the gallery: the links show the addresses a
/// section would give them (`?side=2`), and lead nowhere here.
fn keep_links_in_place(event: web_sys::MouseEvent) {
    let link = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("a[href]").ok().flatten());
    if link.is_some() {
        event.prevent_default();
    }
}

/// The anchor of a component's section.
fn anchor(component: &Examples) -> String {
    format!("komponent-{}", component.folder)
}

/// One component: its name, what it is for, and its examples.
#[component]
fn ComponentExamples(component: &'static Examples) -> impl IntoView {
    let i18n = use_i18n();
    let id = anchor(component);
    let label = id.clone();
    view! {
        <section class="mt-9" aria-labelledby=label data-component=component.folder>
            <h2 id=id tabindex="-1">{component.component}</h2>
            <p>{move || i18n.t(component.about)}</p>
            {component.examples.iter().enumerate().map(|(i, example)| view! {
                <ExampleView example=*example testid=format!("{}-{}", component.folder, i + 1)/>
            }).collect_view()}
        </section>
    }
}

/// One example under its name.
#[component]
fn ExampleView(example: Example, testid: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="mt-6" data-example=testid>
            <h3 class="h4">{move || i18n.t(example.name)}</h3>
            <div class="gallery-frame" on:click=keep_links_in_place>
                {(example.view)()}
            </div>
        </div>
    }
}
