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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let same = [PageText::ServiceName, PageText::DigitalPost];
        crate::i18n::check_texts(PageText::ALL, &same);
    }
}
