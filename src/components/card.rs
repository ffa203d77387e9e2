//! DKFDS cards: a content card with a heading, and a navigation card that is one big link.

use leptos::prelude::*;
use leptos_router::components::A;

use super::icon::Icon;

/// A card with a heading (`h2`, labelling the section) and content.
#[component]
pub fn Card(
    /// The heading's id, also the section's label.
    #[prop(into)]
    heading_id: String,
    #[prop(into)] heading: Signal<String>,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] testid: &'static str,
    children: Children,
) -> impl IntoView {
    let label = heading_id.clone();
    view! {
        <section
            class=format!("card {class}")
            aria-labelledby=label
            data-testid=(!testid.is_empty()).then_some(testid)
        >
            <div class="card-content">
                <h2 id=heading_id class="card-heading">{heading}</h2>
                {children()}
            </div>
        </section>
    }
}

/// A navigation card: heading and text inside one link, with an arrow.
#[component]
pub fn NavCard(
    href: &'static str,
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] text: Signal<String>,
) -> impl IntoView {
    view! {
        <A href=href attr:class="card">
            <div class="card-content">
                <h2 class="card-heading">{heading}</h2>
                <p>{text}</p>
            </div>
            <Icon name="arrow-forward" class="card-icon"/>
        </A>
    }
}
