//! The section's texts, Danish and English side by side.

use super::logic::{Headline, Origin};
use super::query::Period;
use crate::api::access_log::DataItem;
use crate::api::scope::Scope;
use crate::i18n::{Counted, Lang};

crate::texts! {
    /// The section's texts the shell needs (the menu, the route titles, the overview's card).
    /// Kept small: a text enum ships whole wherever one of its texts is used.
    pub enum DataUseText {
        CardHeading => "Opslag i dine data",
            "Look-ups of your data";
        SeeDataUse => "Se, hvem der har brugt dine data",
            "See who has used your data";
    }
}

crate::texts! {
    /// The section pages' texts (they load with the section).
    pub enum DataUsePageText {
        Intro => "Her kan du se, hvilke myndigheder der har brugt dine oplysninger, hvor oplysningerne kom fra, og hvorfor ingen behøvede at spørge dig igen. Du kan også se og trække dine samtykker tilbage.",
            "Here you can see which authorities have used your data, where it came from, and why nobody had to ask you again. You can also see and withdraw your consents.";
        MapHeading => "Sådan bliver dine oplysninger genbrugt",
            "How your data is reused";
        MapIntro => "Her ser du, hvor dine oplysninger kom fra, registret, de ligger i, og de myndigheder, der har hentet dem i stedet for at spørge dig. Vælg en oplysning eller en myndighed for at se tallene for netop den og filtrere loggen nedenfor.",
            "Here you see where your data came from, the register it is kept in, and the authorities that retrieved it instead of asking you. Choose a data item or an authority to see the numbers for it alone and filter the log below.";
        MapColumnOrigin => "Hvor det kom fra",
            "Where it came from";
        MapColumnItems => "Dine oplysninger",
            "Your data";
        MapColumnAuthorities => "Hentet af",
            "Retrieved by";
        MapLegend => "Stregens tykkelse viser, hvor mange gange:",
            "The thickness of a line shows how many times:";
        MapPeriod => "Vis genbrug for",
            "Show reuse for";
        MapScrollLabel => "Diagram over genbrug af dine oplysninger",
            "Diagram of how your data is reused";
        MapTableCaption => "Genbrug af dine oplysninger: hvor mange gange hver myndighed har hentet hver oplysning",
            "Reuse of your data: how many times each authority retrieved each item";
        ShowTable => "Vis som tabel",
            "Show as a table";
        ShowMap => "Vis som diagram",
            "Show as a diagram";
        ColumnItem => "Oplysning",
            "Data item";
        ColumnRegister => "Register",
            "Register";
        ColumnAuthority => "Myndighed",
            "Authority";
        ColumnTimes => "Gange hentet",
            "Times retrieved";
        ClearSelection => "Vis alle forbindelser",
            "Show all flows";
        LogHeading => "Hvem har slået dine oplysninger op",
            "Who looked up your data";
        LogIntro => "Loggen viser de seneste to år, nyeste først, ligesom Min Log på sundhed.dk. Ældre opslag slettes.",
            "The log shows the last two years, newest first, like Min Log on sundhed.dk. Older look-ups are deleted.";
        LogSearchLabel => "Søg i opslagene",
            "Search the look-ups";
        LogSearchHint => "Søg på myndighed, oplysning, register, formål eller system. Listen følger med, mens du skriver.",
            "Search by authority, data item, register, purpose or system. The list follows as you type.";
        LogSearchButton => "Søg",
            "Search";
        FilterAuthority => "Myndighed",
            "Authority";
        FilterItem => "Oplysning",
            "Data item";
        FilterPeriod => "Periode",
            "Period";
        Period30Days => "Seneste 30 dage",
            "Last 30 days";
        Period3Months => "Seneste 3 måneder",
            "Last 3 months";
        Period12Months => "Seneste 12 måneder",
            "Last 12 months";
        PeriodAll => "Seneste 2 år",
            "Last 2 years";
        NoEntries => "Ingen opslag passer til dine valg.",
            "No look-ups match your choices.";
        System => "System",
            "System";
        BasisAbout => "Om hjemlen:",
            "About the legal basis:";
        BasisSource => "Kilde",
            "Source";
        BasisRead => "læst",
            "read";
        BasisUnconfirmed => "Ikke bekræftet:",
            "Not confirmed:";
        PurposeInDanish => "Formål (på dansk):",
            "Purpose (in Danish):";
        ConsentsHeading => "Dine samtykker",
            "Your consents";
        ConsentsIntro => "Samtykker, du har givet gennem Digitalt Samtykke. Et samtykke, du trækker tilbage, gælder ikke længere fra i dag.",
            "Consents you have given through Digitalt Samtykke. A consent you withdraw no longer applies from today.";
        NoConsents => "Du har ikke givet nogen samtykker.",
            "You have not given any consents.";
        ConsentActive => "Aktivt",
            "Active";
        ConsentWithdrawn => "Trukket tilbage",
            "Withdrawn";
        ConsentExpired => "Udløbet",
            "Expired";
        ConsentTo => "Modtager",
            "Recipient";
        ConsentFrom => "Data fra",
            "Data from";
        ConsentData => "Oplysninger",
            "Data";
        ConsentGiven => "Givet",
            "Given";
        ConsentEnds => "Udløber",
            "Expires";
        ConsentNoEnd => "Ingen udløbsdato",
            "No expiry date";
        ConsentWithdrawnOn => "Trukket tilbage",
            "Withdrawn";
        Withdraw => "Træk samtykket tilbage",
            "Withdraw the consent";
        WithdrawConfirmHeading => "Vil du trække samtykket tilbage?",
            "Do you want to withdraw the consent?";
        WithdrawConfirm => "Ja, træk det tilbage",
            "Yes, withdraw it";
        Cancel => "Fortryd",
            "Cancel";
        Withdrawn => "Samtykket er trukket tilbage.",
            "The consent has been withdrawn.";
        AttorneyHeading => "Fuldmagter",
            "Powers of attorney";
        NoAttorney => "Der er ingen digitale fuldmagter.",
            "There are no digital powers of attorney.";
        AttorneyGiven => "Du har givet fuldmagt til",
            "You gave a power of attorney to";
        AttorneyHeld => "Du har fuldmagt fra",
            "You hold a power of attorney from";
        AttorneyScope => "Dækker",
            "Covers";
        AttorneyValid => "Gyldig",
            "Valid";
        ActForIntro => "Du kan se oplysninger for dine børn, som du har forældremyndighed over, og for personer, der har givet dig en digital fuldmagt. Du ser kun det, forældremyndigheden eller fuldmagten dækker.",
            "You can see the data of your children in your custody and of people who gave you a digital power of attorney. You only see what the custody or the power of attorney covers.";
        ActForNone => "Der er ingen, du kan handle på vegne af.",
            "There is nobody you can act on behalf of.";
        KindChild => "Barn i din forældremyndighed",
            "Child in your custody";
        KindPowerOfAttorney => "Har givet dig en digital fuldmagt",
            "Gave you a digital power of attorney";
        ValidUntil => "Gælder til",
            "Valid until";
        ActingNow => "Du ser disse oplysninger nu.",
            "You are viewing this data now.";
        OwnData => "Se dine egne oplysninger",
            "See your own data";
        GoToActFor => "Handl på vegne af en anden",
            "Act on behalf of someone";
    }
}

crate::counted! {
    /// Counted texts of the section.
    pub enum DataUseCount {
        Recent => ["{n} opslag de seneste 30 dage", "{n} opslag de seneste 30 dage"],
            ["{n} look-up in the last 30 days", "{n} look-ups in the last 30 days"];
        ActiveConsents => ["{n} aktivt samtykke", "{n} aktive samtykker"],
            ["{n} active consent", "{n} active consents"];
        Times => ["{n} gang", "{n} gange"], ["{n} time", "{n} times"];
        Authorities => ["{n} myndighed", "{n} myndigheder"], ["{n} authority", "{n} authorities"];
        Items => ["{n} oplysning", "{n} oplysninger"], ["{n} data item", "{n} data items"];
    }
}

/// "Senest: Udbetaling Danmark, 3. marts 2026" / "Latest: …".
pub fn latest_lookup(lang: Lang, authority: &str, date: &str) -> String {
    match lang {
        Lang::Da => format!("Senest: {authority}, {date}"),
        Lang::En => format!("Latest: {authority}, {date}"),
    }
}

/// A data item's name, e.g. "Adresse" / "Address".
pub fn item_label(item: DataItem, lang: Lang) -> &'static str {
    let (da, en) = match item {
        DataItem::Address => ("Adresse", "Address"),
        DataItem::MaritalStatus => ("Civilstand", "Marital status"),
        DataItem::Family => ("Familieforhold", "Family relations"),
        DataItem::Income => ("Indkomst", "Income"),
        DataItem::TaxAssessment => ("Forskudsopgørelse", "Preliminary tax assessment"),
        DataItem::Housing => ("Ejendoms- og boligdata", "Property and housing data"),
        DataItem::Vehicles => ("Køretøjer", "Vehicles"),
        DataItem::UdkBenefits => (
            "Ydelser fra Udbetaling Danmark",
            "Benefits from Udbetaling Danmark",
        ),
        DataItem::NemKonto => ("NemKonto", "NemKonto (payment account)"),
        DataItem::Debt => ("Gæld til det offentlige", "Public debt"),
        DataItem::StudentGrant => ("SU", "Student grant (SU)"),
        DataItem::Medication => ("Medicinoplysninger", "Medication"),
        DataItem::SicknessBenefitCase => ("Sygedagpengesag", "Sickness benefit case"),
    };
    lang.pick(da, en)
}

/// A data item inside a sentence: "din adresse" / "your address".
pub fn item_phrase(item: DataItem, lang: Lang) -> &'static str {
    let (da, en) = match item {
        DataItem::Address => ("din adresse", "your address"),
        DataItem::MaritalStatus => ("din civilstand", "your marital status"),
        DataItem::Family => ("dine familieforhold", "your family relations"),
        DataItem::Income => ("din indkomst", "your income"),
        DataItem::TaxAssessment => ("din forskudsopgørelse", "your preliminary tax assessment"),
        DataItem::Housing => ("oplysninger om din bolig", "data about your home"),
        DataItem::Vehicles => ("dine køretøjer", "your vehicles"),
        DataItem::UdkBenefits => ("dine ydelser", "your benefits"),
        DataItem::NemKonto => ("din NemKonto", "your NemKonto"),
        DataItem::Debt => ("din gæld til det offentlige", "your public debt"),
        DataItem::StudentGrant => ("din SU", "your student grant"),
        DataItem::Medication => ("dine medicinoplysninger", "your medication"),
        DataItem::SicknessBenefitCase => ("din sygedagpengesag", "your sickness benefit case"),
    };
    lang.pick(da, en)
}

/// How the data reached its register, i.e. when the citizen was asked for it.
pub fn item_origin(item: DataItem, lang: Lang) -> &'static str {
    let (da, en) = match Origin::of(item) {
        Origin::Move => (
            "Du oplyste den én gang, da du meldte flytning.",
            "You gave it once, when you reported your move.",
        ),
        Origin::Event => (
            "Registreres, når det sker (vielse, fødsel), uden at du skal oplyse det igen.",
            "Registered when it happens (marriage, birth), without you giving it again.",
        ),
        Origin::Payer => (
            "Din arbejdsgiver og dem, der udbetaler til dig, indberetter den hver måned.",
            "Your employer and those who pay you report it every month.",
        ),
        Origin::Kommune => (
            "Kommunen registrerer boligen; du bliver ikke spurgt.",
            "The kommune registers the home; you are not asked.",
        ),
        Origin::OwnCase => (
            "Myndigheden har oplysningen fra din egen sag eller ansøgning.",
            "The authority has it from your own case or application.",
        ),
    };
    lang.pick(da, en)
}

/// A period's choice: "Seneste 30 dage" / "Last 30 days".
pub fn period_label(period: Period) -> DataUsePageText {
    match period {
        Period::Days30 => DataUsePageText::Period30Days,
        Period::Months3 => DataUsePageText::Period3Months,
        Period::Months12 => DataUsePageText::Period12Months,
        Period::All => DataUsePageText::PeriodAll,
    }
}

/// A period inside a sentence: "de seneste 30 dage" / "in the last 30 days".
pub fn period_phrase(period: Period, lang: Lang) -> &'static str {
    let (da, en) = match period {
        Period::Days30 => ("de seneste 30 dage", "in the last 30 days"),
        Period::Months3 => ("de seneste 3 måneder", "in the last 3 months"),
        Period::Months12 => ("de seneste 12 måneder", "in the last 12 months"),
        Period::All => ("de seneste 2 år", "in the last 2 years"),
    };
    lang.pick(da, en)
}

/// Where an item came from, in short lines for the map's first column; read one after the
/// other they make a sentence (the phone form joins them). `date` is the day the citizen gave
/// it, already written out, when a source dates it.
pub fn origin_lines(origin: Origin, date: Option<&str>, lang: Lang) -> Vec<String> {
    let lines: &[&str] = match (origin, lang) {
        (Origin::Move, Lang::Da) => &["Du meldte flytning", "– flyttede ind den"],
        (Origin::Move, Lang::En) => &["You reported your move", "– moved in on"],
        (Origin::Event, Lang::Da) => &["Når det sker (vielse,", "fødsel), registrerer", "CPR det"],
        (Origin::Event, Lang::En) => &["When it happens", "(marriage, birth),", "CPR registers it"],
        (Origin::Payer, Lang::Da) => &["Den, der betaler dig,", "indberetter den", "hver måned"],
        (Origin::Payer, Lang::En) => &["Whoever pays you", "reports it", "every month"],
        (Origin::Kommune, Lang::Da) => &["Kommunen", "registrerer boligen"],
        (Origin::Kommune, Lang::En) => &["The kommune", "registers the home"],
        (Origin::OwnCase, Lang::Da) => &["Fra din egen sag", "eller ansøgning"],
        (Origin::OwnCase, Lang::En) => &["From your own case", "or application"],
    };
    match (origin, date) {
        // Undated, a move is said without its date, never with an invented one.
        (Origin::Move, None) => vec![lines[0].to_owned()],
        (Origin::Move, Some(date)) => {
            vec![lines[0].to_owned(), lines[1].to_owned(), date.to_owned()]
        }
        _ => lines.iter().map(|line| (*line).to_owned()).collect(),
    }
}

/// The lines of [`origin_lines`] as one sentence: "Du meldte flytning – flyttede ind den
/// 1. juni 2018."
pub fn origin_sentence(lines: &[String]) -> String {
    format!("{}.", lines.join(" "))
}

/// The map's headline for the choice (see [`Headline`]) in `period`.
pub fn headline_text(lang: Lang, headline: &Headline, period: Period) -> String {
    let when = period_phrase(period, lang);
    let times = |n: usize| DataUseCount::Times.count(lang, n);
    match headline {
        Headline::Item {
            item,
            times: n,
            authorities,
        } => reuse_headline(
            lang,
            *item,
            &format!("{} {when}", times(*n)),
            &DataUseCount::Authorities.count(lang, *authorities),
        ),
        Headline::Authority {
            name,
            items,
            times: n,
        } => {
            let items = DataUseCount::Items.count(lang, *items);
            let n = times(*n);
            match lang {
                Lang::Da => {
                    format!("{name} hentede {items} om dig {n} {when} – uden at spørge dig igen.")
                }
                Lang::En => format!(
                    "{name} retrieved {items} about you {n} {when} – without asking you again."
                ),
            }
        }
        Headline::Pair {
            item,
            name,
            times: n,
        } => {
            let phrase = item_phrase(*item, lang);
            let n = times(*n);
            match lang {
                Lang::Da => {
                    format!("{name} hentede {phrase} {n} {when} – uden at spørge dig igen.")
                }
                Lang::En => {
                    format!("{name} retrieved {phrase} {n} {when} – without asking you again.")
                }
            }
        }
        Headline::NoneChosen => match lang {
            Lang::Da => format!("Ingen myndighed hentede det, du har valgt, {when}."),
            Lang::En => format!("No authority retrieved what you chose {when}."),
        },
    }
}

/// When nothing was looked up in the period: "Ingen myndighed hentede dine oplysninger de
/// seneste 30 dage."
pub fn nothing_retrieved(lang: Lang, period: Period) -> String {
    let when = period_phrase(period, lang);
    match lang {
        Lang::Da => format!("Ingen myndighed hentede dine oplysninger {when}."),
        Lang::En => format!("No authority retrieved your data {when}."),
    }
}

/// A scope as the citizen reads it: "Se sager på borger.dk".
pub fn scope_label(scope: Scope, lang: Lang) -> &'static str {
    let (da, en) = match scope {
        Scope::Cases => ("Se sager", "See cases"),
        Scope::Benefits => ("Se ydelser og udbetalinger", "See benefits and payments"),
        Scope::MyData => (
            "Se oplysninger fra CPR, BBR og Motorregistret",
            "See data from CPR, BBR and the vehicle register",
        ),
        Scope::DataUse => (
            "Se adgangslog, samtykker og fuldmagter",
            "See the access log, consents and powers of attorney",
        ),
        Scope::DigitalPost => (
            "Læse og besvare Digital Post",
            "Read and answer Digital Post",
        ),
        Scope::Tax => ("Se og ændre skatteoplysninger", "See and change tax data"),
        Scope::Debt => ("Se gæld til det offentlige", "See public debt"),
    };
    lang.pick(da, en)
}

/// The start of a look-up as a sentence: "Udbetaling Danmark hentede din indkomst fra eIndkomst
/// den 3. marts 2026 kl. 04.10" / "Udbetaling Danmark retrieved your income from eIndkomst on
/// 3 March 2026 at 04:10".
pub fn lookup_sentence(
    lang: Lang,
    authority: &str,
    item: DataItem,
    register: &str,
    date: &str,
    time: &str,
) -> String {
    let phrase = item_phrase(item, lang);
    match lang {
        Lang::Da => format!("{authority} hentede {phrase} fra {register} den {date} kl. {time}"),
        Lang::En => format!("{authority} retrieved {phrase} from {register} on {date} at {time}"),
    }
}

/// "Viser 1–25 af 2.483 opslag" / "Showing 1–25 of 2,483 look-ups".
pub fn showing(lang: Lang, first: usize, last: usize, total: &str) -> String {
    match lang {
        Lang::Da => format!("Viser {first}–{last} af {total} opslag"),
        Lang::En => format!("Showing {first}–{last} of {total} look-ups"),
    }
}

/// The map's headline for the most reused item: "Din adresse blev hentet 37 gange af 5
/// myndigheder – uden at du blev spurgt igen."
pub fn reuse_headline(lang: Lang, item: DataItem, times: &str, authorities: &str) -> String {
    let mut phrase = item_phrase(item, lang).to_owned();
    phrase[..1].make_ascii_uppercase();
    match lang {
        Lang::Da => {
            format!("{phrase} blev hentet {times} af {authorities} – uden at du blev spurgt igen.")
        }
        Lang::En => {
            format!("{phrase} was retrieved {times} by {authorities} – without asking you again.")
        }
    }
}

/// What withdrawing means: "Aarhus Kommune kan så ikke længere få din indkomst fra
/// Skattestyrelsen til: …".
pub fn withdraw_consequence(lang: Lang, to: &str, data: &str, from: &str) -> String {
    match lang {
        Lang::Da => format!("{to} kan så ikke længere få {data} fra {from} med dette samtykke."),
        Lang::En => format!("{to} can then no longer get {data} from {from} with this consent."),
    }
}

/// "Se oplysninger for Emil Kjær Sørensen" / "See Emil Kjær Sørensen's data".
pub fn see_data_of(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Da => format!("Se oplysninger for {name}"),
        Lang::En => format!("See the data of {name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(DataUseText::ALL, &[]);
        crate::i18n::check_texts(
            DataUsePageText::ALL,
            &[DataUsePageText::System, DataUsePageText::ColumnRegister],
        );
        crate::i18n::check_counted(DataUseCount::ALL);
        for item in DataItem::ALL {
            assert_ne!(
                item_label(item, Lang::Da),
                item_label(item, Lang::En),
                "{item:?}"
            );
            assert!(
                item_phrase(item, Lang::Da).starts_with('d')
                    || item_phrase(item, Lang::Da).starts_with('o')
            );
        }
    }

    #[test]
    fn a_look_up_reads_as_plain_danish() {
        assert_eq!(
            lookup_sentence(
                Lang::Da,
                "Udbetaling Danmark",
                DataItem::Income,
                "eIndkomst",
                "3. marts 2026",
                "04.10"
            ),
            "Udbetaling Danmark hentede din indkomst fra eIndkomst den 3. marts 2026 kl. 04.10"
        );
        assert_eq!(
            reuse_headline(Lang::Da, DataItem::Address, "37 gange", "5 myndigheder"),
            "Din adresse blev hentet 37 gange af 5 myndigheder – uden at du blev spurgt igen."
        );
    }

    #[test]
    fn the_headline_names_the_choice_and_the_period() {
        let item = Headline::Item {
            item: DataItem::Address,
            times: 11,
            authorities: 2,
        };
        assert_eq!(
            headline_text(Lang::Da, &item, Period::All),
            "Din adresse blev hentet 11 gange de seneste 2 år af 2 myndigheder – uden at du blev spurgt igen."
        );
        let authority = Headline::Authority {
            name: "Odense Kommune".into(),
            items: 5,
            times: 39,
        };
        assert_eq!(
            headline_text(Lang::Da, &authority, Period::Days30),
            "Odense Kommune hentede 5 oplysninger om dig 39 gange de seneste 30 dage – uden at spørge dig igen."
        );
        let pair = Headline::Pair {
            item: DataItem::Address,
            name: "Odense Kommune".into(),
            times: 1,
        };
        assert_eq!(
            headline_text(Lang::En, &pair, Period::Months12),
            "Odense Kommune retrieved your address 1 time in the last 12 months – without asking you again."
        );
    }

    #[test]
    fn a_move_is_dated_only_by_a_source() {
        let dated = origin_lines(Origin::Move, Some("1. juni 2018"), Lang::Da);
        assert_eq!(
            origin_sentence(&dated),
            "Du meldte flytning – flyttede ind den 1. juni 2018."
        );
        let undated = origin_lines(Origin::Move, None, Lang::Da);
        assert_eq!(origin_sentence(&undated), "Du meldte flytning.");
        for origin in [
            Origin::Event,
            Origin::Payer,
            Origin::Kommune,
            Origin::OwnCase,
        ] {
            let da = origin_lines(origin, Some("1. juni 2018"), Lang::Da);
            assert!(!da.concat().contains("2018"), "{origin:?} is never dated");
            assert_ne!(da, origin_lines(origin, None, Lang::En));
            // Short enough for the map's first column.
            assert!(da.iter().all(|line| line.chars().count() <= 24), "{da:?}");
        }
    }
}
