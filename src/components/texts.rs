//! Texts of the generic components.

use crate::i18n::Lang;

crate::texts! {
    /// Texts of the generic components.
    pub enum ComponentText {
        AlertInfo => "Information",
            "Information";
        AlertSuccess => "Lykkedes",
            "Success";
        AlertWarning => "Advarsel",
            "Warning";
        AlertError => "Fejl",
            "Error";
        PaginationLabel => "Sider",
            "Pages";
        PreviousPage => "Forrige side",
            "Previous page";
        NextPage => "Næste side",
            "Next page";
        Retry => "Prøv igen",
            "Try again";
        ErrorRestWorks => "Resten af siden virker som normalt.",
            "The rest of the page works as usual.";
        Loading => "Henter oplysninger …",
            "Loading …";
        ExternalSite => "(åbner et andet websted)",
            "(opens another website)";
        ComingSoon => "Denne del af Mit Overblik er ved at blive bygget.",
            "This part of Mit Overblik is being built.";
        NotRelevant => "Ikke relevant",
            "Not applicable";
        FilterAll => "Alle",
            "All";
        ClearFilters => "Nulstil filtre",
            "Clear filters";
    }
}

/// "Side 3" / "Page 3": a page link's accessible name.
pub fn page_n(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Da => format!("Side {n}"),
        Lang::En => format!("Page {n}"),
    }
}

/// "Side 3 af 7" / "Page 3 of 7".
pub fn page_of(lang: Lang, n: usize, pages: usize) -> String {
    match lang {
        Lang::Da => format!("Side {n} af {pages}"),
        Lang::En => format!("Page {n} of {pages}"),
    }
}

/// "Viser 51–100 af 1.234" / "Showing 51–100 of 1,234": which part of a paged list shows.
pub fn shown_of(lang: Lang, first: usize, last: usize, total: usize) -> String {
    let [first, last, total] = [first, last, total].map(|n| crate::i18n::integer(n as i64, lang));
    match lang {
        Lang::Da => format!("Viser {first}–{last} af {total}"),
        Lang::En => format!("Showing {first}–{last} of {total}"),
    }
}

/// "Sortér efter Titel" / "Sort by Title": a sortable column header's accessible name.
pub fn sort_by(lang: Lang, column: &str) -> String {
    match lang {
        Lang::Da => format!("Sortér efter {column}"),
        Lang::En => format!("Sort by {column}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(ComponentText::ALL, &[ComponentText::AlertInfo]);
        assert_eq!(page_of(Lang::Da, 2, 5), "Side 2 af 5");
        assert_eq!(sort_by(Lang::En, "Title"), "Sort by Title");
    }
}
