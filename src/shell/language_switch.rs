//! The Dansk/English switch: each language named in its own language (and marked with its `lang`).

use leptos::prelude::*;

use super::texts::ShellText;
use crate::i18n::Lang;
use crate::state::language::use_i18n;

/// Toggle buttons for every UI language; the current one is pressed.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="language-toggle unstyled-list" aria-label=move || i18n.t(ShellText::ChooseLanguage)>
            {Lang::ALL
                .iter()
                .map(|&lang| {
                    view! {
                        <li>
                            <button
                                type="button"
                                class="function-link"
                                lang=lang.code()
                                aria-pressed=move || (i18n.lang() == lang).to_string()
                                data-testid=format!("lang-{}", lang.code())
                                on:click=move |_| i18n.set_lang(lang)
                            >
                                {lang.native_name()}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
