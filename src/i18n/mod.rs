//! One translation mechanism for every visible string.
//!
//! Each visible string is a [`Key`]; [`da::text`] and [`en::text`] match every key exhaustively,
//! so a string missing in one language is a compile error, not a runtime surprise.

mod da;
mod en;
mod lang;

pub use lang::Lang;

/// Every visible UI string, one key each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    ServiceName,
    PrototypeBadge,
    PrototypeNotice,
    LogoLabel,
    LogOff,
    Menu,
    CloseMenu,
    Close,
    SkipLink,
    MainMenu,
    ChooseLanguage,
    LoggedInAs,
    NavOverview,
    NavCases,
    NavEconomy,
    NavMyData,
    NavDigitalPost,
    NavDataUse,
    OverviewIntro,
    CasesIntro,
    EconomyIntro,
    MyDataIntro,
    DigitalPostIntro,
    DataUseIntro,
    ComingSoon,
    FooterAbout,
    FooterContact,
    AccessibilityStatement,
    AccessibilityIntro,
    AccessibilityStatusHeading,
    AccessibilityStatus,
    AccessibilityKnownHeading,
    AccessibilityKnown,
    AccessibilityContactHeading,
    AccessibilityContact,
    NotFoundTitle,
    NotFoundText,
    GoToFrontPage,
    LoggedOutTitle,
    LoggedOutText,
    LogInAgain,
    AlertInfo,
    AlertSuccess,
    AlertWarning,
    AlertError,
    SourceSession,
    SourcePerson,
    SourceHousing,
    SourceCases,
    SourceBenefits,
    SourceTax,
    SourceDebt,
    SourceVehicles,
    SourceDigitalPost,
    SourceAccessLog,
    SourceConsents,
    SourcePowersOfAttorney,
    SourcesHeading,
    SourcesIntro,
    SourcesCaption,
    ColumnData,
    ColumnOrigin,
    ColumnStatus,
    FetchedAt,
    LoadingFrom,
    StatusLoading,
    StatusFailed,
    ErrorHeading,
    ErrorNetwork,
    ErrorTimeout,
    ErrorServer,
    ErrorDecode,
    ErrorNotFound,
    ErrorSource,
    ErrorRestWorks,
    Retry,
    FetchedShort,
    StatusReceived,
    StatusInProgress,
    StatusDecided,
    StatusClosed,
    TabsLabel,
    TabActive,
    TabClosed,
    FiltersHeading,
    FilterAuthority,
    FilterSubject,
    FilterAll,
    FilterAwaiting,
    SearchLabel,
    SearchHint,
    SearchButton,
    ClearFilters,
    ResultCount,
    ResultNone,
    NoActiveCases,
    NoClosedCases,
    CasesCaption,
    ColCaseNumber,
    ColCase,
    ColLastChanged,
    ColExpected,
    SortAscending,
    SortDescending,
    SortBy,
    Overdue,
    AwaitingYou,
    NotStated,
    PaginationLabel,
    PreviousPage,
    NextPage,
    PageN,
    PageOf,
    BackToCases,
    AboutCase,
    FieldSubject,
    FieldUnit,
    FieldCreated,
    FieldLegalBasis,
    NextHeading,
    NextExpected,
    NextBasis,
    NextNoEstimate,
    OverdueText,
    WaitingText,
    NextDecided,
    NextClosed,
    HistoryHeading,
    HistoryNow,
    HistorySince,
    HistoryFromTo,
    DocumentsHeading,
    DocumentsNote,
    NoDocuments,
    ColDocTitle,
    ColDocType,
    ColDocDate,
    DocIncoming,
    DocOutgoing,
    DocExternalNote,
    DocReport,
    DocPlan,
    DocOther,
    LinksHeading,
    LinkSelfService,
    LinkArticle,
    ExternalSite,
    CaseNotFoundTitle,
    CaseNotFoundText,
    TileCasesHeading,
    TileOpenOne,
    TileOpenMany,
    TileChangedOne,
    TileChangedMany,
    TileWaitingOne,
    TileWaitingMany,
    TileSeeAll,
    NotRelevant,
    FooterApi,
    Loading,
}

impl Key {
    /// All keys, for completeness tests.
    pub const ALL: &'static [Key] = &[
        Key::ServiceName,
        Key::PrototypeBadge,
        Key::PrototypeNotice,
        Key::LogoLabel,
        Key::LogOff,
        Key::Menu,
        Key::CloseMenu,
        Key::Close,
        Key::SkipLink,
        Key::MainMenu,
        Key::ChooseLanguage,
        Key::LoggedInAs,
        Key::NavOverview,
        Key::NavCases,
        Key::NavEconomy,
        Key::NavMyData,
        Key::NavDigitalPost,
        Key::NavDataUse,
        Key::OverviewIntro,
        Key::CasesIntro,
        Key::EconomyIntro,
        Key::MyDataIntro,
        Key::DigitalPostIntro,
        Key::DataUseIntro,
        Key::ComingSoon,
        Key::FooterAbout,
        Key::FooterContact,
        Key::AccessibilityStatement,
        Key::AccessibilityIntro,
        Key::AccessibilityStatusHeading,
        Key::AccessibilityStatus,
        Key::AccessibilityKnownHeading,
        Key::AccessibilityKnown,
        Key::AccessibilityContactHeading,
        Key::AccessibilityContact,
        Key::NotFoundTitle,
        Key::NotFoundText,
        Key::GoToFrontPage,
        Key::LoggedOutTitle,
        Key::LoggedOutText,
        Key::LogInAgain,
        Key::AlertInfo,
        Key::AlertSuccess,
        Key::AlertWarning,
        Key::AlertError,
        Key::SourceSession,
        Key::SourcePerson,
        Key::SourceHousing,
        Key::SourceCases,
        Key::SourceBenefits,
        Key::SourceTax,
        Key::SourceDebt,
        Key::SourceVehicles,
        Key::SourceDigitalPost,
        Key::SourceAccessLog,
        Key::SourceConsents,
        Key::SourcePowersOfAttorney,
        Key::SourcesHeading,
        Key::SourcesIntro,
        Key::SourcesCaption,
        Key::ColumnData,
        Key::ColumnOrigin,
        Key::ColumnStatus,
        Key::FetchedAt,
        Key::LoadingFrom,
        Key::StatusLoading,
        Key::StatusFailed,
        Key::ErrorHeading,
        Key::ErrorNetwork,
        Key::ErrorTimeout,
        Key::ErrorServer,
        Key::ErrorDecode,
        Key::ErrorNotFound,
        Key::ErrorSource,
        Key::ErrorRestWorks,
        Key::Retry,
        Key::FetchedShort,
        Key::StatusReceived,
        Key::StatusInProgress,
        Key::StatusDecided,
        Key::StatusClosed,
        Key::TabsLabel,
        Key::TabActive,
        Key::TabClosed,
        Key::FiltersHeading,
        Key::FilterAuthority,
        Key::FilterSubject,
        Key::FilterAll,
        Key::FilterAwaiting,
        Key::SearchLabel,
        Key::SearchHint,
        Key::SearchButton,
        Key::ClearFilters,
        Key::ResultCount,
        Key::ResultNone,
        Key::NoActiveCases,
        Key::NoClosedCases,
        Key::CasesCaption,
        Key::ColCaseNumber,
        Key::ColCase,
        Key::ColLastChanged,
        Key::ColExpected,
        Key::SortAscending,
        Key::SortDescending,
        Key::SortBy,
        Key::Overdue,
        Key::AwaitingYou,
        Key::NotStated,
        Key::PaginationLabel,
        Key::PreviousPage,
        Key::NextPage,
        Key::PageN,
        Key::PageOf,
        Key::BackToCases,
        Key::AboutCase,
        Key::FieldSubject,
        Key::FieldUnit,
        Key::FieldCreated,
        Key::FieldLegalBasis,
        Key::NextHeading,
        Key::NextExpected,
        Key::NextBasis,
        Key::NextNoEstimate,
        Key::OverdueText,
        Key::WaitingText,
        Key::NextDecided,
        Key::NextClosed,
        Key::HistoryHeading,
        Key::HistoryNow,
        Key::HistorySince,
        Key::HistoryFromTo,
        Key::DocumentsHeading,
        Key::DocumentsNote,
        Key::NoDocuments,
        Key::ColDocTitle,
        Key::ColDocType,
        Key::ColDocDate,
        Key::DocIncoming,
        Key::DocOutgoing,
        Key::DocExternalNote,
        Key::DocReport,
        Key::DocPlan,
        Key::DocOther,
        Key::LinksHeading,
        Key::LinkSelfService,
        Key::LinkArticle,
        Key::ExternalSite,
        Key::CaseNotFoundTitle,
        Key::CaseNotFoundText,
        Key::TileCasesHeading,
        Key::TileOpenOne,
        Key::TileOpenMany,
        Key::TileChangedOne,
        Key::TileChangedMany,
        Key::TileWaitingOne,
        Key::TileWaitingMany,
        Key::TileSeeAll,
        Key::NotRelevant,
        Key::FooterApi,
        Key::Loading,
    ];
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Da => da::text(key),
        Lang::En => en::text(key),
    }
}

/// Fills `{name}` placeholders in a text.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort();
        found
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        for &key in Key::ALL {
            assert_eq!(
                placeholders(text(Lang::Da, key)),
                placeholders(text(Lang::En, key)),
                "{key:?}"
            );
        }
        assert_eq!(
            fill("Hentet {tidspunkt}", &[("tidspunkt", "i dag")]),
            "Hentet i dag"
        );
    }

    #[test]
    fn every_key_has_a_non_empty_text_in_every_language() {
        for &lang in Lang::ALL {
            for &key in Key::ALL {
                assert!(
                    !text(lang, key).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn key_list_has_no_duplicates() {
        let unique: HashSet<_> = Key::ALL.iter().collect();
        assert_eq!(unique.len(), Key::ALL.len());
    }

    #[test]
    fn english_is_a_translation_not_a_copy() {
        // Only proper names may read the same in both languages.
        let same_allowed = [
            Key::ServiceName,
            Key::PrototypeBadge,
            Key::NavDigitalPost,
            Key::Menu,
            Key::AlertInfo,
            Key::ColumnStatus,
            Key::StatusDecided,
            Key::ColDocType,
        ];
        for &key in Key::ALL {
            if !same_allowed.contains(&key) {
                assert_ne!(
                    text(Lang::Da, key),
                    text(Lang::En, key),
                    "{key:?} is not translated"
                );
            }
        }
    }
}
