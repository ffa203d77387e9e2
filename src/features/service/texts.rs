//! The service's own pages' texts: the accessibility statement and the logged-out page.

crate::texts! {
    /// The accessibility statement and the logged-out page.
    pub enum ServiceText {
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
        LoggedOutText => "Du er nu logget af Mit Overblik. Luk browseren, hvis du bruger en computer, som andre også bruger.",
            "You are now logged out of Mit Overblik. Close the browser if you use a computer that others also use.";
        LogInAgain => "Log på igen",
            "Log in again";
        TimedOutText => "Du er blevet logget af, fordi du ikke har brugt Mit Overblik i et stykke tid. Det beskytter dine oplysninger, hvis du har forladt computeren.",
            "You have been logged out because you have not used Mit Overblik for a while. This protects your data if you have left the computer.";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(ServiceText::ALL, &[]);
    }
}
