//! A DKFDS content card with a heading.

pub mod examples;

use leptos::prelude::*;

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
