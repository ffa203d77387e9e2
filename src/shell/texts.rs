//! The app shell's texts: header, menu, footer, the shell's own pages, and loading a section.

use crate::i18n::Lang;
crate::texts! {
    /// The app shell's texts: header, menu, footer and the shell's own pages.
    pub enum ShellText {
        PrototypeBadge => "Prototype",
            "Prototype";
        PanicHeading => "Noget gik galt",
            "Something went wrong";
        PanicText => "Mit Overblik holdt op med at virke på grund af en fejl i programmet. Dine oplysninger er ikke ændret. Genindlæs siden for at fortsætte.",
            "Mit Overblik stopped working because of an error in the program. Your data has not changed. Reload the page to continue.";
        PanicReload => "Genindlæs siden",
            "Reload the page";
        SearchLabel => "Søg i Mit Overblik",
            "Search Mit Overblik";
        SearchButton => "Søg",
            "Search";
        PrototypeNotice => "Dette er en prototype. Alle personer, sager og beløb er opdigtede.",
            "This is a prototype. All people, cases and amounts are made up.";
        LogoLabel => "borger.dk – gå til forsiden af Mit Overblik",
            "borger.dk – go to the Mit Overblik front page";
        LogOff => "Log af",
            "Log out";
        Menu => "Menu",
            "Menu";
        CloseMenu => "Luk menu",
            "Close menu";
        Close => "Luk",
            "Close";
        SkipLink => "Gå til sidens indhold",
            "Skip to main content";
        MainMenu => "Hovedmenu",
            "Main menu";
        ChooseLanguage => "Vælg sprog",
            "Choose language";
        SwitchPerson => "Handl for en anden",
            "Act for someone else";
        BackToOwn => "Tilbage til dine egne oplysninger",
            "Back to your own data";
        ActingUnnamed => "Du ser oplysninger for en anden person. Navnet kunne ikke hentes lige nu.",
            "You are viewing another person's data. Their name could not be loaded just now.";
        ActingChild => "Du har forældremyndighed.",
            "You have custody.";
        ActingPowerOfAttorney => "Du har en fuldmagt.",
            "You hold a power of attorney.";
        LoggedInAs => "Logget ind som",
            "Logged in as";
        NameNotLoaded => "Dit navn kunne ikke hentes.",
            "Your name could not be loaded.";
        FooterAbout => "Mit Overblik er en prototype på et samlet overblik over dine sager og data hos det offentlige.",
            "Mit Overblik is a prototype of one overview of your cases and data held by public authorities.";
        FooterContact => "Kontakt",
            "Contact";
        FooterApi => "API-kontrakt for udviklere",
            "API contract for developers";
        NotFoundText => "Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.",
            "We cannot find the page you are looking for. The address may be mistyped, or the page may have moved.";
        GoToFrontPage => "Gå til forsiden",
            "Go to the front page";
        TimeoutHeading => "Du bliver snart logget af",
            "You will soon be logged out";
        TimeoutContinue => "Fortsæt",
            "Continue";
        TimeoutLogOff => "Log af nu",
            "Log out now";
        FacilitatorLoadFailed => "Facilitatorpanelet kunne ikke hentes. Prøv igen.",
            "The facilitator panel could not be loaded. Try again.";
    }
}

/// "Du har ikke været aktiv i et stykke tid. Du bliver logget af om 1:45 …" (`left` as m:ss).
pub fn timeout_warning(lang: Lang, left: &str) -> String {
    match lang {
        Lang::Da => format!("Du har ikke været aktiv i et stykke tid. Af hensyn til din sikkerhed bliver du logget af om {left}. Vælg Fortsæt, hvis du vil blive logget på."),
        Lang::En => format!("You have not been active for a while. For your security you will be logged out in {left}. Choose Continue to stay logged in."),
    }
}

/// "Udskrevet 24. november 2026" / "Printed 24 November 2026".
pub fn printed_on(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Da => format!("Udskrevet {date}"),
        Lang::En => format!("Printed {date}"),
    }
}

/// "Du ser oplysninger for Emil Kjær Sørensen" / "You are viewing Emil Kjær Sørensen's data".
pub fn viewing_data_of(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Da => format!("Du ser oplysninger for {name}."),
        Lang::En => format!("You are viewing the data of {name}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(
            ShellText::ALL,
            &[ShellText::PrototypeBadge, ShellText::Menu],
        );
    }
}
