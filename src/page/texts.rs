//! Every page's title, the service's name and the texts of loading a page: declared once, read
//! by the menu, the headings, the document title and the end-to-end route list.

crate::texts! {
    /// Page titles and page loading.
    pub enum PageText {
        ServiceName => "Mit Overblik",
            "Mit Overblik";
        Overview => "Overblik",
            "Overview";
        Cases => "Sager",
            "Cases";
        Economy => "Økonomi",
            "Finances";
        MyData => "Mine oplysninger",
            "My details";
        DigitalPost => "Digital Post",
            "Digital Post";
        DataUse => "Dine data",
            "Your data";
        Tasks => "Det venter vi på fra dig",
            "What we are waiting for from you";
        News => "Nyt siden sidst",
            "New since last time";
        Calendar => "Kalender",
            "Calendar";
        Search => "Søg",
            "Search";
        Accessibility => "Tilgængelighedserklæring",
            "Accessibility statement";
        LoggedOut => "Du er logget af",
            "You are logged out";
        ActFor => "Handl på vegne af en anden",
            "Act on behalf of someone";
        LogIn => "Log på Mit Overblik",
            "Log in to Mit Overblik";
        Gallery => "Komponenter",
            "Components";
        StudyResults => "Undersøgelsens resultater",
            "Study results";
        NotFound => "Siden findes ikke",
            "Page not found";
        LoadingPage => "Henter siden …",
            "Loading the page …";
        SectionLoadFailedHeading => "Siden kunne ikke hentes",
            "The page could not be loaded";
        SectionLoadFailedText => "Vi kunne ikke hente denne del af Mit Overblik. Det skyldes ofte en ustabil forbindelse. Resten af Mit Overblik virker, og du har ikke mistet noget.",
            "We could not load this part of Mit Overblik. This is often caused by an unstable connection. The rest of Mit Overblik works, and nothing is lost.";
    }
}

crate::texts! {
    /// Where an event's link leads.
    pub enum TargetText {
        Case => "Gå til sagen", "Go to the case";
        Letter => "Gå til Digital Post", "Go to Digital Post";
        Economy => "Gå til Økonomi", "Go to Finances";
        MyData => "Gå til Mine oplysninger", "Go to My details";
        DataUse => "Gå til Dine data", "Go to Your data";
    }
}

/// What a view across sources shows when the citizen acts for someone: "Du ser Emils
/// oplysninger. Her er kun det med, du har adgang til på Emils vegne: sager, ydelser og
/// udbetalinger." `name` is the represented person's first name; `areas` the sources covered.
pub fn acting_scope_note(lang: crate::i18n::Lang, name: &str, areas: &str) -> String {
    use crate::state::acting::possessive;
    let whose = possessive(name, lang);
    match lang {
        crate::i18n::Lang::Da => format!(
            "Du ser {whose} oplysninger. Her er kun det med, du har adgang til på {whose} vegne: {areas}."
        ),
        crate::i18n::Lang::En => format!(
            "You are viewing {whose} information. Only what you may see on their behalf is included: {areas}."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let same = [PageText::ServiceName, PageText::DigitalPost];
        crate::i18n::check_texts(PageText::ALL, &same);
        crate::i18n::check_texts(TargetText::ALL, &[]);
    }
}
