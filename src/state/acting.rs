//! Acting on someone's behalf: a child in the citizen's custody or a person who gave the citizen
//! a power of attorney. The session (always the logged-in citizen's) says whom; the API settings
//! say whom the sources read for.

use super::api_settings::{use_api_settings, ApiSettings};
use super::sources::{use_sources, Sources};
use crate::api::session::{RepresentationKind, Represented};
use crate::api::OnBehalf;
use crate::format::capitalised;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Whom the app acts for (read where the contexts are, use anywhere).
#[derive(Clone, Copy)]
pub struct Acting {
    settings: ApiSettings,
    sources: Sources,
}

impl Acting {
    /// The person the app shows data for, when not the logged-in citizen (tracked).
    pub fn who(&self) -> Option<Represented> {
        let id = self.settings.on_behalf_id()?;
        self.choices().into_iter().find(|r| r.id == id)
    }

    /// The people the citizen may act for (tracked; empty until the session has loaded).
    pub fn choices(&self) -> Vec<Represented> {
        self.sources.session.with(|loaded| match loaded {
            Some(Ok(session)) => session.data.can_act_for.clone(),
            _ => Vec::new(),
        })
    }

    /// Whether the session's answer failed, so whom the citizen may act for is unknown (tracked).
    pub fn session_failed(&self) -> bool {
        self.sources
            .session
            .with(|loaded| matches!(loaded, Some(Err(_))))
    }

    /// Whether the app reads for someone else whose name is unknown, because the session's
    /// answer failed (tracked): the banner must still say it is not the citizen's own data.
    pub fn someone_unnamed(&self) -> bool {
        self.settings.on_behalf_id().is_some() && self.session_failed()
    }

    /// A heading about the person shown: `own` ("Dine sager") for the citizen's own data, the
    /// represented person's first name in the possessive before `noun` ("Emils sager"), or just
    /// the noun ("Sager") while whose data it is cannot be named.
    pub fn whose(&self, lang: Lang, own: &str, noun: &str) -> String {
        match self.who() {
            Some(person) => format!("{} {noun}", possessive(&person.name, lang)),
            None if self.someone_unnamed() => capitalised(noun),
            None => own.to_owned(),
        }
    }

    /// Switches to `represented`'s data, or back to the citizen's own (`None`).
    pub fn switch(&self, represented: Option<&Represented>) {
        self.settings.set_on_behalf(represented.map(|r| OnBehalf {
            id: r.id.clone(),
            scope: r.scope.clone(),
        }));
    }
}

/// The acting context, from the API settings and sources of the current component.
pub fn use_acting() -> Acting {
    Acting {
        settings: use_api_settings(),
        sources: use_sources(),
    }
}

/// Why the app may show someone else's data, where the contexts exist (`None` for the citizen's
/// own data, and outside the app, such as in the component gallery's tests).
pub fn acting_kind() -> Option<RepresentationKind> {
    let acting = Acting {
        settings: use_context()?,
        sources: use_context()?,
    };
    acting.who().map(|person| person.kind)
}

/// A first name in the possessive: "Emils", "Lars'" (Danish); "Emil's" (English).
pub fn possessive(name: &str, lang: Lang) -> String {
    let first = name.split_whitespace().next().unwrap_or(name);
    match lang {
        Lang::Da if first.ends_with(['s', 'x', 'z']) => format!("{first}'"),
        Lang::Da => format!("{first}s"),
        Lang::En => format!("{first}'s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_take_the_possessive() {
        assert_eq!(possessive("Emil Kjær Sørensen", Lang::Da), "Emils");
        assert_eq!(possessive("Lars Holm", Lang::Da), "Lars'");
        assert_eq!(possessive("Emil Kjær Sørensen", Lang::En), "Emil's");
    }
}
