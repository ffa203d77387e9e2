//! The panel's section: the language.

use leptos::prelude::*;

use super::super::texts::ToolkitText;
use crate::i18n::Lang;
use crate::state::language::use_i18n;

/// Danish or English.
#[component]
pub(super) fn LanguageSection() -> impl IntoView {
    let i18n = use_i18n();
    let radio = move |lang: Lang, label: &'static str| {
        let id = format!("panel-lang-{}", lang.code());
        view! {
            <div class="form-group-radio">
                <input type="radio" class="form-radio" name="panel-lang" id=id.clone() prop:checked=move || i18n.lang() == lang
                    on:change=move |_| i18n.set_lang(lang)/>
                <label for=id lang=lang.code()>{label}</label>
            </div>
        }
    };
    view! {
        <section class="panel-section panel-language">
            <fieldset>
                <legend class="h4">{move || i18n.t(ToolkitText::LanguageHeading)}</legend>
                {radio(Lang::Da, "Dansk")}
                {radio(Lang::En, "English")}
            </fieldset>
        </section>
    }
}
