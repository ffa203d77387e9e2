//! The case section's texts, Danish and English side by side.

use crate::i18n::{integer, Lang};

crate::texts! {
    /// The section's texts the first view needs (its card on the overview).
    /// Kept small: a text enum ships whole wherever one of its texts is used.
    pub enum CaseText {
        TileCasesHeading => "Dine sager",
            "Your cases";
        CasesNoun => "sager",
            "cases";
        TileNoOpen => "Ingen åbne sager",
            "No open cases";
        TileSeeAll => "Se alle dine sager",
            "See all your cases";
    }
}

crate::texts! {
    /// The section pages' texts (they load with the section).
    pub enum CasePageText {
        Intro => "Her kan du se de sager, du har hos kommunen, Udbetaling Danmark og andre myndigheder.",
            "Here you can see the cases you have with your municipality, Udbetaling Danmark and other authorities.";
        StatusReceived => "Modtaget",
            "Received";
        StatusInProgress => "Under behandling",
            "Being processed";
        StatusDecided => "Afgjort",
            "Decided";
        StatusClosed => "Afsluttet",
            "Closed";
        TabsLabel => "Vis sager",
            "Show cases";
        TabActive => "Aktive sager",
            "Active cases";
        TabClosed => "Afsluttede sager",
            "Closed cases";
        FiltersHeading => "Find en sag",
            "Find a case";
        FilterAuthority => "Myndighed",
            "Authority";
        FilterSubject => "Emne",
            "Subject";
        FilterAwaiting => "Vis kun sager, der venter på dig",
            "Only show cases waiting for you";
        SearchLabel => "Søg i dine sager",
            "Search your cases";
        SearchHint => "Søg på titel, sagsnummer, emne eller myndighed.",
            "Search by title, case number, subject or authority.";
        SearchButton => "Søg",
            "Search";
        ResultNone => "Ingen sager passer på din søgning.",
            "No cases match your search.";
        NoActiveCases => "Du har ingen aktive sager.",
            "You have no active cases.";
        NoClosedCases => "Du har ingen afsluttede sager.",
            "You have no closed cases.";
        CasesCaption => "Dine sager",
            "Your cases";
        ColCaseNumber => "Sagsnummer",
            "Case number";
        ColCase => "Sag",
            "Case";
        ColLastChanged => "Sidst ændret",
            "Last changed";
        ColExpected => "Forventet afgørelse",
            "Expected decision";
        ColumnStatus => "Status",
            "Status";
        Overdue => "Overskredet",
            "Overdue";
        AwaitingYou => "Venter på dig",
            "Waiting for you";
        NotStated => "Ikke oplyst",
            "Not stated";
        BackToCases => "Tilbage til dine sager",
            "Back to your cases";
        AboutCase => "Om sagen",
            "About the case";
        FieldSubject => "Emne (KLE)",
            "Subject (KLE)";
        FieldUnit => "Ansvarlig enhed",
            "Responsible unit";
        FieldCreated => "Oprettet",
            "Created";
        FieldLegalBasis => "Hjemmel",
            "Legal basis";
        NextHeading => "Hvad sker der nu?",
            "What happens next?";
        HistoryHeading => "Sagens forløb",
            "Case history";
        HistoryNow => "Nu",
            "Now";
        DocumentsHeading => "Dokumenter i sagen",
            "Documents in the case";
        DocumentsNote => "Her ser du titlerne på sagens dokumenter. Selve brevene kan du læse i Digital Post.",
            "Here you see the titles of the case's documents. You can read the letters themselves in Digital Post.";
        NoDocuments => "Der er ingen dokumenter i sagen.",
            "There are no documents in the case.";
        ColDocTitle => "Titel",
            "Title";
        ColDocType => "Type",
            "Kind";
        ColDocDate => "Brevdato",
            "Letter date";
        DocIncoming => "Brev til myndigheden",
            "Letter to the authority";
        DocOutgoing => "Brev fra myndigheden",
            "Letter from the authority";
        DocExternalNote => "Notat",
            "Note";
        DocReport => "Rapport",
            "Report";
        DocPlan => "Handleplan",
            "Action plan";
        DocOther => "Andet",
            "Other";
        LinksHeading => "Mere hjælp",
            "More help";
        LinkArticle => "Læs om emnet på borger.dk",
            "Read about the subject on borger.dk";
        CaseNotFoundTitle => "Sagen findes ikke",
            "Case not found";
        CaseNotFoundText => "Vi kan ikke finde en sag med denne adresse. Adressen kan være forkert, eller sagen vises ikke her.",
            "We cannot find a case at this address. The address may be wrong, or the case is not shown here.";
        MoreFilters => "Filtrér efter myndighed, status og emne",
            "Filter by authority, status and subject";
        StatusUnknown => "Ukendt status",
            "Unknown status";
    }
}

crate::counted! {
    /// The case tile's counts.
    pub enum CaseCount {
        Open => ["{n} åben sag", "{n} åbne sager"], ["{n} open case", "{n} open cases"];
        Changed => ["{n} sag ændret de seneste 30 dage", "{n} sager ændret de seneste 30 dage"],
            ["{n} case changed in the last 30 days", "{n} cases changed in the last 30 days"];
        Waiting => ["{n} sag venter på dig", "{n} sager venter på dig"],
            ["{n} case is waiting for you", "{n} cases are waiting for you"];
    }
}

/// "Viser 11–20 af 24 sager" / "Showing 11–20 of 24 cases".
pub fn result_count(lang: Lang, from: usize, to: usize, total: usize) -> String {
    let one = total == 1;
    let [from, to, total] = [from, to, total].map(|n| integer(n as i64, lang));
    match (lang, one) {
        (Lang::Da, true) => "Viser 1 sag".to_owned(),
        (Lang::En, true) => "Showing 1 case".to_owned(),
        (Lang::Da, false) => format!("Viser {from}–{to} af {total} sager"),
        (Lang::En, false) => format!("Showing {from}–{to} of {total} cases"),
    }
}

/// A tab's label with its count: "Aktive sager (3)".
pub fn with_count(label: &str, count: usize) -> String {
    format!("{label} ({count})")
}

/// A progress code the app does not know: say so, and whom to ask.
pub fn next_unknown(lang: Lang, authority: &str) -> String {
    match lang {
        Lang::Da => format!(
            "Vi kan ikke vise, hvor langt sagen er. Spørg {authority}, hvis du vil vide det."
        ),
        Lang::En => format!(
            "We cannot show how far the case has come. Ask {authority} if you want to know."
        ),
    }
}

/// "Vi forventer, at Aarhus Kommune træffer afgørelse senest 30. december 2026."
pub fn next_expected(lang: Lang, authority: &str, date: &str) -> String {
    match lang {
        Lang::Da => format!("Vi forventer, at {authority} træffer afgørelse senest {date}."),
        Lang::En => format!("We expect {authority} to decide by {date}."),
    }
}

/// "Datoen bygger på en sagsbehandlingstid på 17 uger (Servicemål)."
pub fn next_basis(lang: Lang, weeks: u16, source: &str) -> String {
    match (lang, weeks) {
        (Lang::Da, 1) => format!("Datoen bygger på en sagsbehandlingstid på 1 uge ({source})."),
        (Lang::Da, n) => format!("Datoen bygger på en sagsbehandlingstid på {n} uger ({source})."),
        (Lang::En, 1) => format!("The date is based on a processing time of 1 week ({source})."),
        (Lang::En, n) => {
            format!("The date is based on a processing time of {n} weeks ({source}).")
        }
    }
}

/// The authority has published no processing time for this kind of case.
pub fn next_no_estimate(lang: Lang, authority: &str) -> String {
    match lang {
        Lang::Da => format!(
            "{authority} har ikke oplyst en forventet sagsbehandlingstid for denne slags sag."
        ),
        Lang::En => format!(
            "{authority} has not published an expected processing time for this kind of case."
        ),
    }
}

/// The case is `days` days past its expected processing time.
pub fn overdue_text(lang: Lang, days: i64, authority: &str) -> String {
    let days = match (lang, days) {
        (Lang::Da, 1) => "1 dag".to_owned(),
        (Lang::Da, n) => format!("{} dage", integer(n, lang)),
        (Lang::En, 1) => "1 day".to_owned(),
        (Lang::En, n) => format!("{} days", integer(n, lang)),
    };
    match lang {
        Lang::Da => format!("Sagen har overskredet den forventede sagsbehandlingstid med {days}. Du kan kontakte {authority} og spørge, hvornår du kan forvente svar."),
        Lang::En => format!("The case is {days} past the expected processing time. You can contact {authority} and ask when to expect an answer."),
    }
}

/// "Aarhus Kommune venter på noget fra dig:".
pub fn waiting_text(lang: Lang, authority: &str) -> String {
    match lang {
        Lang::Da => format!("{authority} venter på noget fra dig:"),
        Lang::En => format!("{authority} is waiting for something from you:"),
    }
}

/// The authority decided the case on `date`.
pub fn next_decided(lang: Lang, authority: &str, date: &str) -> String {
    match lang {
        Lang::Da => format!("{authority} traf afgørelse {date}. Du får afgørelsen i Digital Post."),
        Lang::En => format!(
            "{authority} made a decision on {date}. You receive the decision in Digital Post."
        ),
    }
}

/// The case was closed on `date`.
pub fn next_closed(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Da => format!("Sagen blev afsluttet {date}. Der sker ikke mere i sagen."),
        Lang::En => format!("The case was closed on {date}. Nothing more will happen in the case."),
    }
}

/// A history step still current: "Siden 2. september 2026".
pub fn history_since(lang: Lang, from: &str) -> String {
    match lang {
        Lang::Da => format!("Siden {from}"),
        Lang::En => format!("Since {from}"),
    }
}

/// A finished history step: "2. september 2026 til 6. oktober 2026".
pub fn history_from_to(lang: Lang, from: &str, to: &str) -> String {
    match lang {
        Lang::Da => format!("{from} til {to}"),
        Lang::En => format!("{from} to {to}"),
    }
}

/// "Gå til selvbetjening hos Aarhus Kommune".
pub fn link_self_service(lang: Lang, authority: &str) -> String {
    match lang {
        Lang::Da => format!("Gå til selvbetjening hos {authority}"),
        Lang::En => format!("Go to self-service at {authority}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Counted;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(CaseText::ALL, &[]);
        crate::i18n::check_texts(
            CasePageText::ALL,
            &[
                CasePageText::StatusDecided,
                CasePageText::ColumnStatus,
                CasePageText::ColDocType,
            ],
        );
        crate::i18n::check_counted(CaseCount::ALL);
    }

    #[test]
    fn counts_and_durations_take_their_plural_forms() {
        assert_eq!(CaseCount::Waiting.count(Lang::Da, 1), "1 sag venter på dig");
        assert_eq!(
            CaseCount::Waiting.count(Lang::En, 2),
            "2 cases are waiting for you"
        );
        assert!(next_basis(Lang::Da, 1, "X").contains("1 uge "));
        assert!(next_basis(Lang::En, 17, "X").contains("17 weeks"));
        assert!(overdue_text(Lang::Da, 1, "A").contains("med 1 dag."));
        assert!(overdue_text(Lang::En, 12, "A").contains("12 days past"));
        assert_eq!(
            result_count(Lang::Da, 1, 10, 1200),
            "Viser 1–10 af 1.200 sager"
        );
    }
}
