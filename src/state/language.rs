//! The chosen UI language: a context signal, remembered across reloads, mirrored to `<html lang>`.

use leptos::prelude::*;

use super::start_link::param;
use super::tab_storage::address_param;
use crate::i18n::{Counted, Lang, Text};

use super::storage_keys::LANGUAGE;

/// The app's translation handle. Copy it into closures; reading a text inside a reactive closure
/// re-renders it when the language changes.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The current language (tracked).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Switches the UI language.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// A fixed text in the current language (tracked).
    pub fn t(&self, text: impl Text) -> &'static str {
        text.text(self.lang.get())
    }

    /// A counted text for `n` in the current language (tracked).
    pub fn count(&self, text: impl Counted, n: usize) -> String {
        text.count(self.lang.get(), n)
    }

    /// A fixed text as a signal that follows the language.
    pub fn signal(self, text: impl Text) -> Signal<String> {
        Signal::derive(move || self.t(text).to_owned())
    }
}

/// Creates the language context, starting from a start link's `?sprog=en`, else the remembered
/// choice (Danish if none).
pub fn provide_i18n() -> I18n {
    let initial = address_param(param::LANGUAGE)
        .and_then(|code| Lang::from_code(&code))
        .or_else(stored_lang)
        .unwrap_or_default();
    apply_to_document(initial);
    let lang = RwSignal::new(initial);
    Effect::new(move |_| {
        let lang = lang.get();
        apply_to_document(lang);
        store_lang(lang);
    });
    let i18n = I18n { lang };
    provide_context(i18n);
    i18n
}

/// The language context provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

fn apply_to_document(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn stored_lang() -> Option<Lang> {
    storage()?
        .get_item(LANGUAGE)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
}

fn store_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANGUAGE, lang.code());
    }
}
