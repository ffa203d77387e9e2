//! The app shell's texts: header, menu, footer, the shell's own pages, and loading a section.

use crate::i18n::Lang;
crate::texts! {
    /// The app shell's texts: header, menu, footer and the shell's own pages.
    pub enum ShellText {
        PrototypeBadge => "Prototype",
            "Prototype";
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
        ActingChild => "Du har forældremyndighed.",
            "You have custody.";
        ActingPowerOfAttorney => "Du har en fuldmagt.",
            "You hold a power of attorney.";
        LoggedInAs => "Logget ind som",
            "Logged in as";
        FooterAbout => "Mit Overblik er en prototype på et samlet overblik over dine sager og data hos det offentlige.",
            "Mit Overblik is a prototype of one overview of your cases and data held by public authorities.";
        FooterContact => "Kontakt",
            "Contact";
        FooterApi => "API-kontrakt for udviklere",
            "API contract for developers";
        AccessibilityIntro => "Vi ønsker, at alle kan bruge Mit Overblik. Erklæringen beskriver, hvordan prototypen lever op til webtilgængelighedsloven (lov nr. 692 af 8. juni 2018) og standarden WCAG 2.1 på niveau AA.",
            "We want everyone to be able to use Mit Overblik. This statement describes how the prototype meets the Danish web accessibility act (act no. 692 of 8 June 2018) and WCAG 2.1 level AA.";
        AccessibilityStatusHeading => "Hvor godt lever Mit Overblik op til kravene?",
            "How well does Mit Overblik meet the requirements?";
        AccessibilityStatus => "Prototypen overholder delvist kravene. Alle sider testes automatisk for tilgængelighedsfejl på dansk og engelsk, og de kan bruges med tastatur alene.",
            "The prototype partly meets the requirements. Every page is tested automatically for accessibility errors in Danish and English, and can be used with a keyboard alone.";
        AccessibilityKnownHeading => "Kendte problemer",
            "Known problems";
        AccessibilityKnown => "Prototypen er endnu ikke testet af brugere med skærmlæser. Automatiske test finder ikke alle fejl.",
            "The prototype has not yet been tested by screen reader users. Automated tests do not find every error.";
        AccessibilityContactHeading => "Giv os besked",
            "Tell us";
        AccessibilityContact => "Oplever du problemer med tilgængeligheden, kan du skrive til tilgaengelighed@mitoverblik.example eller ringe på 70 00 00 00 på hverdage kl. 9–15.",
            "If you have problems with accessibility, write to tilgaengelighed@mitoverblik.example or call +45 70 00 00 00 on weekdays 9–15.";
        NotFoundText => "Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.",
            "We cannot find the page you are looking for. The address may be mistyped, or the page may have moved.";
        GoToFrontPage => "Gå til forsiden",
            "Go to the front page";
        LoggedOutText => "Du er nu logget af Mit Overblik. Luk browseren, hvis du bruger en computer, som andre også bruger.",
            "You are now logged out of Mit Overblik. Close the browser if you use a computer that others also use.";
        LogInAgain => "Log på igen",
            "Log in again";
        TimedOutText => "Du er blevet logget af, fordi du ikke har brugt Mit Overblik i et stykke tid. Det beskytter dine oplysninger, hvis du har forladt computeren.",
            "You have been logged out because you have not used Mit Overblik for a while. This protects your data if you have left the computer.";
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
