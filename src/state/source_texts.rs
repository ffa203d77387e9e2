//! How sources, their status and their errors are named to the citizen.

use crate::api::session::RepresentationKind;
use crate::api::{ApiError, Source};
use crate::i18n::Lang;

crate::texts! {
    /// How sources, their status and their errors are named.
    pub enum SourceText {
        SourceSession => "Log-in (NemLog-in)",
            "Log-in (NemLog-in) details";
        SourcePerson => "Personoplysninger",
            "Personal details";
        SourceHousing => "Bolig",
            "Housing";
        SourceCases => "Sager",
            "Cases";
        SourceBenefits => "Ydelser og udbetalinger",
            "Benefits and payments";
        SourceTax => "Skat",
            "Tax";
        SourceDebt => "Gæld til det offentlige",
            "Public debt";
        SourceVehicles => "Køretøjer",
            "Vehicles";
        SourceDigitalPost => "Beskeder i Digital Post",
            "Digital Post messages";
        SourceAccessLog => "Opslag i dine data",
            "Look-ups of your data";
        SourceConsents => "Samtykker",
            "Consents";
        SourcePowersOfAttorney => "Fuldmagter",
            "Powers of attorney";
        StatusLoading => "Henter",
            "Loading";
        StatusFailed => "Kunne ikke hentes",
            "Could not be loaded";
        StatusNotCovered => "Ikke omfattet",
            "Not covered";
        FetchedShort => "Hentet",
            "Loaded";
        ErrorNetwork => "Der er ingen forbindelse. Tjek din internetforbindelse, og prøv igen.",
            "There is no connection. Check your internet connection and try again.";
        ErrorTimeout => "Kilden svarede ikke i tide. Prøv igen om lidt.",
            "The source did not answer in time. Try again in a moment.";
        ErrorServer => "Kilden har tekniske problemer lige nu. Prøv igen om lidt.",
            "The source has technical problems right now. Try again in a moment.";
        ErrorDecode => "Vi fik et svar, som vi ikke kunne læse. Prøv igen om lidt.",
            "We got an answer we could not read. Try again in a moment.";
        ErrorNotFound => "Kilden kunne ikke finde oplysningerne lige nu. Prøv igen om lidt.",
            "The source could not find the information just now. Try again in a moment.";
        ErrorOutOfScope => "Du ser en andens oplysninger, og din fuldmagt eller forældremyndighed dækker ikke dette område.",
            "You are viewing someone else's data, and your power of attorney or custody does not cover this area.";
        ErrorSource => "Kilden melder:",
            "The source says:";
        WhereFrom => "Hvor kommer oplysningerne fra?",
            "Where does this come from?";
        Authority => "Myndighed",
            "Authority";
        Register => "Register",
            "Register";
        FetchedLabel => "Hentet",
            "Fetched";
        Correction => "Er der en fejl?",
            "Is something wrong?";
    }
}

/// The citizen-facing name of a source.
pub fn source_label(source: Source) -> SourceText {
    match source {
        Source::Session => SourceText::SourceSession,
        Source::Person => SourceText::SourcePerson,
        Source::Housing => SourceText::SourceHousing,
        Source::Cases => SourceText::SourceCases,
        Source::Benefits => SourceText::SourceBenefits,
        Source::Tax => SourceText::SourceTax,
        Source::Debt => SourceText::SourceDebt,
        Source::Vehicles => SourceText::SourceVehicles,
        Source::DigitalPost => SourceText::SourceDigitalPost,
        Source::AccessLog => SourceText::SourceAccessLog,
        Source::Consents => SourceText::SourceConsents,
        Source::PowersOfAttorney => SourceText::SourcePowersOfAttorney,
    }
}

/// The plain-language explanation of an error.
pub fn error_explanation(error: &ApiError) -> SourceText {
    match error {
        ApiError::Network(_) => SourceText::ErrorNetwork,
        ApiError::Timeout => SourceText::ErrorTimeout,
        ApiError::Http(_) => SourceText::ErrorServer,
        ApiError::Decode { .. } | ApiError::NoData => SourceText::ErrorDecode,
        ApiError::NotFound => SourceText::ErrorNotFound,
        ApiError::Source { .. } if !error.is_no_access() => SourceText::ErrorSource,
        ApiError::OutOfScope | ApiError::Source { .. } => SourceText::ErrorOutOfScope,
    }
}

/// "Hentet 24. november 2026 kl. 07.02" / "Fetched 24 November 2026 at 07:02".
pub fn fetched_at(lang: Lang, when: &str) -> String {
    match lang {
        Lang::Da => format!("Hentet {when}"),
        Lang::En => format!("Fetched {when}"),
    }
}

/// "Hentet fra CPR kl. 07.02" / "Fetched from CPR at 07:02"; `when` is the time of day, or the
/// date and time if the data is from another day.
pub fn fetched_from(lang: Lang, register: &str, when: &str, today: bool) -> String {
    match (lang, today) {
        (Lang::Da, true) => format!("Hentet fra {register} kl. {when}"),
        (Lang::Da, false) => format!("Hentet fra {register} {when}"),
        (Lang::En, true) => format!("Fetched from {register} at {when}"),
        (Lang::En, false) => format!("Fetched from {register} on {when}"),
    }
}

/// "Kontakt Borgerservice, Vejle Kommune" / "Contact …": whom to ask to correct the data.
pub fn contact_to_correct(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "Kontakt ",
        Lang::En => "Contact ",
    }
}

/// "Henter sager …" / "Loading cases …" (the source's name in lower case).
pub fn loading_from(lang: Lang, source: &str) -> String {
    match lang {
        Lang::Da => format!("Henter {source} …"),
        Lang::En => format!("Loading {source} …"),
    }
}

/// A source outside the scope, naming the right when it is known: "Sager er ikke omfattet af
/// forældremyndigheden" / "Cases: not covered by your parental custody".
pub fn not_covered(lang: Lang, source: &str, kind: Option<RepresentationKind>) -> String {
    use RepresentationKind::{Child, PowerOfAttorney};
    match (lang, kind) {
        (Lang::Da, Some(Child)) => format!("{source} er ikke omfattet af forældremyndigheden"),
        (Lang::Da, Some(PowerOfAttorney)) => format!("{source} er ikke omfattet af fuldmagten"),
        (Lang::Da, None) => format!("{source} er ikke omfattet"),
        (Lang::En, Some(Child)) => format!("{source}: not covered by your parental custody"),
        (Lang::En, Some(PowerOfAttorney)) => {
            format!("{source}: not covered by the power of attorney")
        }
        (Lang::En, None) => format!("{source}: not covered"),
    }
}

/// "Sager kunne ikke hentes" / "Cases could not be loaded".
pub fn could_not_load(lang: Lang, source: &str) -> String {
    match lang {
        Lang::Da => format!("{source} kunne ikke hentes"),
        Lang::En => format!("{source} could not be loaded"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(SourceText::ALL, &[SourceText::Register]);
        assert_eq!(could_not_load(Lang::Da, "Skat"), "Skat kunne ikke hentes");
        assert_eq!(
            not_covered(Lang::Da, "Gæld", Some(RepresentationKind::Child)),
            "Gæld er ikke omfattet af forældremyndigheden"
        );
        assert_eq!(
            fetched_from(Lang::Da, "CPR", "10.42", true),
            "Hentet fra CPR kl. 10.42"
        );
        assert_eq!(
            fetched_from(Lang::En, "CPR", "23 November 2026 at 10:42", false),
            "Fetched from CPR on 23 November 2026 at 10:42"
        );
    }

    #[test]
    fn every_source_has_its_own_label() {
        let labels: std::collections::HashSet<_> =
            Source::ALL.into_iter().map(source_label).collect();
        assert_eq!(labels.len(), Source::ALL.len());
    }
}
