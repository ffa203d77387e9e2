//! The DKFDS footer with the link to the accessibility statement.

use crate::page::texts::PageText;
use leptos::prelude::*;
use leptos_router::components::A;

use super::texts::ShellText;
use crate::page::routes::Page;
use crate::state::language::use_i18n;

/// Where the rendered API contract is published (built by scripts/build-api-docs.mjs).
pub const API_DOCS_PATH: &str = "/api/dokumentation/";

/// The app's footer.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer>
            <div class="footer">
                <div class="container">
                    <div class="row">
                        <div class="col-12 col-md-8 footer-col">
                            <section>
                                <h2 class="h5">{move || i18n.t(PageText::ServiceName)}</h2>
                                <p>{move || i18n.t(ShellText::FooterAbout)}</p>
                            </section>
                        </div>
                        <div class="col-12 col-md-4 footer-col">
                            <section>
                                <h2 class="h5">{move || i18n.t(ShellText::FooterContact)}</h2>
                                <p>
                                    "Digitaliseringsstyrelsen"<br/>"Landgreven 4"<br/>"1301 København K"
                                </p>
                            </section>
                        </div>
                    </div>
                    <ul class="mt-4 align-text-left unstyled-list inline-list">
                        <li>
                            <A href=Page::Accessibility.path()>{move || i18n.t(PageText::Accessibility)}</A>
                        </li>
                        <li>
                            // Served as a file, outside the app: rel="external" keeps the router out.
                            <a href=API_DOCS_PATH rel="external">{move || i18n.t(ShellText::FooterApi)}</a>
                        </li>
                    </ul>
                </div>
            </div>
        </footer>
    }
}
