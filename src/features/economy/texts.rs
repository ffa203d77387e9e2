//! The economy section's texts, Danish and English side by side.

use crate::api::tax::TaxCardKind;
use crate::i18n::Lang;

crate::texts! {
    /// The section's texts the first view needs (its card on the overview).
    /// Kept small: a text enum ships whole wherever one of its texts is used.
    pub enum EconomyText {
        NextHeading => "Næste udbetaling",
            "Next payment";
        NextNone => "Du har ingen planlagte udbetalinger.",
            "You have no planned payments.";
        SeeEconomy => "Se din økonomi",
            "See your finances";
        NextAfterTax => "Beløbet er efter skat.",
            "The amount is after tax.";
        TaxHeading => "Skat",
            "Tax";
        CardMain => "Hovedkort",
            "Main tax card";
        CardSecondary => "Bikort",
            "Secondary tax card";
        CardFree => "Frikort",
            "Tax exemption card";
        WithholdingRate => "Trækprocent",
            "Withholding rate";
        MonthlyDeduction => "Fradrag pr. måned på skattekortet",
            "Deduction per month on the tax card";
    }
}

crate::texts! {
    /// The section pages' texts (they load with the section).
    pub enum EconomyPageText {
        Intro => "Her kan du se dine ydelser, udbetalinger, skat og eventuel gæld til det offentlige.",
            "Here you can see your benefits, payments, tax and any debt to public authorities.";
        BenefitsHeading => "Dine ydelser",
            "Your benefits";
        NoBenefits => "Du får ingen ydelser fra det offentlige lige nu.",
            "You receive no benefits from public authorities at the moment.";
        Payer => "Udbetales af",
            "Paid by";
        Period => "Periode",
            "Period";
        Plan => "Udbetaling",
            "Payment";
        AmountPerPayout => "Beløb pr. udbetaling før skat",
            "Amount per payment before tax";
        Repayable => "Skal betales tilbage, hvis forudsætningerne ændrer sig",
            "Must be repaid if your circumstances change";
        Taxable => "Betaler du skat af den?",
            "Do you pay tax on it?";
        Yes => "Ja",
            "Yes";
        No => "Nej",
            "No";
        Reason => "Begrundelse",
            "Reason";
        GoodToKnow => "Godt at vide",
            "Good to know";
        SeeCase => "Se sagen, ydelsen blev bevilget i",
            "See the case the benefit was granted in";
        Monthly => "Hver måned",
            "Every month";
        Quarterly => "Hvert kvartal",
            "Every quarter";
        Fortnightly => "Hver 14. dag",
            "Every 14 days";
        Yearly => "Én gang om året",
            "Once a year";
        OneOff => "Én gang",
            "Once";
        InAdvance => "forud (før den periode, pengene dækker)",
            "in advance (before the period it covers)";
        InArrears => "bagud (når den periode, pengene dækker, er gået)",
            "in arrears (after the period it covers)";
        ChartHeading => "Udbetalt pr. måned",
            "Paid per month";
        ChartLabel => "Søjlediagram over udbetalt beløb pr. måned de seneste 24 måneder. Brug piletasterne for at gå fra måned til måned.",
            "Bar chart of the amount paid per month over the last 24 months. Use the arrow keys to move from month to month.";
        ChartNoData => "Du har ikke fået noget udbetalt de seneste 24 måneder.",
            "You have not been paid anything in the last 24 months.";
        ChartTable => "Vis tallene som tabel",
            "Show the figures as a table";
        ChartCaption => "Udbetalt pr. måned og ydelse, efter skat og modregning",
            "Paid per month and benefit, after tax and set-off";
        Legend => "Ydelser i diagrammet",
            "Benefits in the chart";
        ColMonth => "Måned",
            "Month";
        ColTotal => "I alt",
            "Total";
        PayoutsHeading => "Udbetalinger",
            "Payments";
        PayoutsCaption => "Dine udbetalinger, nyeste først",
            "Your payments, newest first";
        FilterBenefit => "Ydelse",
            "Benefit";
        FilterYear => "År",
            "Year";
        AllBenefits => "Alle ydelser",
            "All benefits";
        AllYears => "Alle år",
            "All years";
        NoPayouts => "Ingen udbetalinger passer på dit valg.",
            "No payments match your choice.";
        ColDate => "Dato",
            "Date";
        ColBenefit => "Ydelse",
            "Benefit";
        ColPeriod => "Periode",
            "Period";
        ColGross => "Før skat",
            "Before tax";
        ColTax => "A-skat",
            "Income tax";
        ColOther => "Andre fradrag",
            "Other deductions";
        ColPaid => "Du får",
            "You get";
        AfterTax => "efter skat",
            "after tax";
        Breakdown => "Sådan er beløbet regnet ud",
            "How the amount is worked out";
        LineAtp => "ATP-bidrag",
            "ATP contribution";
        LineSetOff => "Modregnet i gæld",
            "Set off against debt";
        PaidHeading => "Udbetalt til dig",
            "Paid to you";
        MoreAbout => "Flere oplysninger om ydelsen",
            "More about the benefit";
        ColStatus => "Status",
            "Status";
        StatusPlanned => "Planlagt",
            "Planned";
        StatusSent => "Sendt til banken",
            "Sent to the bank";
        StatusPaid => "Udbetalt",
            "Paid";
        StatusUnknown => "Ukendt status",
            "Unknown status";
        KindBackPayment => "Efterbetaling",
            "Back-payment";
        KindOneOff => "Engangsudbetaling",
            "One-off payment";
        TaxCardLabel => "Skattekort",
            "Tax card";
        FreeLeft => "Fradrag, der ikke er brugt endnu i år",
            "Deduction not yet used this year";
        FreeCardLeft => "Tilbage af frikortet i år",
            "Left on the exemption card this year";
        PersonalIncome => "Personlig indkomst",
            "Personal income";
        Deductions => "Fradrag ud over personfradraget",
            "Deductions besides the personal allowance";
        ExpectedTax => "Forventet skat",
            "Expected tax";
        StatementOwed => "Restskat",
            "Tax owed";
        StatementRefund => "Overskydende skat",
            "Tax refund";
        StatementEven => "Hverken restskat eller overskydende skat",
            "Neither tax owed nor a refund";
        StatementResult => "Resultat",
            "Result";
        DueOwed => "Skal betales senest",
            "To be paid by";
        DueRefund => "Udbetales",
            "Paid out";
        NoStatement => "Du har ikke fået en årsopgørelse endnu.",
            "You have not had an annual tax statement yet.";
        DebtHeading => "Gæld til det offentlige",
            "Debt to public authorities";
        NoDebt => "Du har ingen gæld under inddrivelse hos Gældsstyrelsen.",
            "You have no debt being collected by the Danish Debt Collection Agency.";
        DebtTotal => "Samlet gæld under inddrivelse",
            "Total debt being collected";
        DebtCaption => "Dine fordringer hos Gældsstyrelsen",
            "Your claims at the Danish Debt Collection Agency";
        ColCreditor => "Fordringshaver",
            "Creditor";
        ColClaim => "Fordring",
            "Claim";
        ColAmount => "Beløb",
            "Amount";
        ColMethod => "Sådan inddrives den",
            "How it is collected";
        ColReceived => "Overdraget",
            "Handed over";
        MethodSetOff => "Modregning i udbetalinger fra det offentlige",
            "Set-off against payments from public authorities";
        MethodWage => "Lønindeholdelse",
            "Wage deduction";
        MethodInstalment => "Afdragsordning",
            "Instalment plan";
        MethodNone => "Under inddrivelse, ingen metode valgt endnu",
            "Being collected, no method chosen yet";
    }
}

crate::counted! {
    /// The economy section's counts.
    pub enum EconomyCount {
        Payouts => ["{n} udbetaling", "{n} udbetalinger"], ["{n} payment", "{n} payments"];
    }
}

/// "Forskudsopgørelse 2026" / "Preliminary income assessment 2026".
pub fn preliminary_heading(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Da => format!("Forskudsopgørelse {year}"),
        Lang::En => format!("Preliminary income assessment {year}"),
    }
}

/// "Årsopgørelse 2025" / "Annual tax statement 2025".
pub fn statement_heading(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Da => format!("Årsopgørelse {year}"),
        Lang::En => format!("Annual tax statement {year}"),
    }
}

/// "Hver måned, bagud: Sidste bankdag i måneden" (the rule itself is the authority's Danish text).
pub fn plan_line(frequency: &str, timing: &str, day: &str) -> String {
    format!("{frequency}, {timing}: {day}")
}

/// "Fra 1. maj 2016" / "From 1 May 2016", or "1. maj 2016 – 30. juni 2027".
pub fn period_line(lang: Lang, from: &str, to: Option<&str>) -> String {
    match (to, lang) {
        (Some(to), _) => format!("{from} – {to}"),
        (None, Lang::Da) => format!("Fra {from}"),
        (None, Lang::En) => format!("From {from}"),
    }
}

/// The year's row in the payouts, summing what was paid: "2025: udbetalt i alt", for the
/// scenario's year "2026: udbetalt indtil i dag", and for a year with nothing paid yet "2027:
/// intet udbetalt endnu" (the payments planned or sent follow below it).
pub fn year_total(lang: Lang, year: i32, anything_paid: bool, this_year: bool) -> String {
    match (lang, anything_paid, this_year) {
        (Lang::Da, false, _) => format!("{year}: intet udbetalt endnu"),
        (Lang::En, false, _) => format!("{year}: nothing paid yet"),
        (Lang::Da, true, true) => format!("{year}: udbetalt indtil i dag"),
        (Lang::En, true, true) => format!("{year}: paid so far"),
        (Lang::Da, true, false) => format!("{year}: udbetalt i alt"),
        (Lang::En, true, false) => format!("{year}: paid in all"),
    }
}

/// After the next payment, the ones that follow soon: "Derefter den 1. december 2026: 3.627,00
/// kr. (Boligydelse)".
pub fn then_line(lang: Lang, date: &str, amount: &str, names: &str) -> String {
    match lang {
        Lang::Da => format!("Derefter den {date}: {amount} ({names})"),
        Lang::En => format!("Then on {date}: {amount} ({names})"),
    }
}

/// A year in the paid summary: "I 2026 indtil i dag" / "In 2026 so far", or "I 2025" / "In 2025".
pub fn year_label(lang: Lang, year: i32, so_far: bool) -> String {
    match (lang, so_far) {
        (Lang::Da, true) => format!("I {year} indtil i dag"),
        (Lang::Da, false) => format!("I {year}"),
        (Lang::En, true) => format!("In {year} so far"),
        (Lang::En, false) => format!("In {year}"),
    }
}

/// "12.038,00 kr. efter skat (16.273,00 kr. før skat)".
pub fn after_before(lang: Lang, after: &str, before: &str) -> String {
    match lang {
        Lang::Da => format!("{after} efter skat ({before} før skat)"),
        Lang::En => format!("{after} after tax ({before} before tax)"),
    }
}

/// What the selected payouts add up to: what was paid, and apart from it what is planned or
/// sent: "48 udbetalinger er udbetalt: 421.258,00 kr. efter skat (548.059,00 kr. før skat).
/// 7 er planlagt eller sendt til banken: 20.458,00 kr."
pub fn totals_line(
    lang: Lang,
    paid_count: &str,
    paid: &str,
    gross: &str,
    pending: Option<(usize, &str)>,
) -> String {
    let first = match lang {
        Lang::Da => format!("{paid_count} er udbetalt: {paid} efter skat ({gross} før skat)."),
        Lang::En => format!("{paid_count} paid: {paid} after tax ({gross} before tax)."),
    };
    match (pending, lang) {
        (None, _) => first,
        (Some((n, amount)), Lang::Da) => {
            // A Danish amount ends in "kr.": no second full stop.
            format!("{first} {n} er planlagt eller sendt til banken: {amount}")
        }
        (Some((n, amount)), Lang::En) => {
            format!("{first} {n} planned or sent to the bank: {amount}.")
        }
    }
}

/// One benefit in a line: "16.273,00 kr. før skat, hver måned, fra Udbetaling Danmark".
pub fn benefit_line(lang: Lang, amount: &str, frequency: &str, payer: &str) -> String {
    let frequency = frequency.to_lowercase();
    match lang {
        Lang::Da => format!("{amount} før skat, {frequency}, fra {payer}"),
        Lang::En => format!("{amount} before tax, {frequency}, from {payer}"),
    }
}

/// The ATP contribution in a payout's notes: "ATP-bidrag 94,65 kr." / "ATP contribution DKK 94.65".
pub fn atp_line(lang: Lang, amount: &str) -> String {
    match lang {
        Lang::Da => format!("ATP-bidrag {amount}."),
        Lang::En => format!("ATP contribution {amount}."),
    }
}

/// The chart's one-sentence summary: the total after tax, and the month with the most.
pub fn chart_summary(lang: Lang, total: &str, top_month: &str, top: &str) -> String {
    match lang {
        Lang::Da => format!(
            "De seneste 24 måneder har du fået {total} udbetalt efter skat, mest i {top_month} ({top})."
        ),
        Lang::En => format!(
            "In the last 24 months you were paid {total} after tax, most in {top_month} ({top})."
        ),
    }
}

/// A chart month in words: "november 2026: i alt 16.248,00 kr. (Folkepension …, Boligydelse …)".
pub fn month_figures_line(lang: Lang, month: &str, total: &str, parts: &str) -> String {
    match lang {
        Lang::Da => format!("{month}: i alt {total} ({parts})"),
        Lang::En => format!("{month}: total {total} ({parts})"),
    }
}

/// "Modregnet til Aarhus Kommune: Forældrebetaling …" / "Set off for Aarhus Kommune: …".
pub fn set_off_line(lang: Lang, amount: &str, creditor: &str, claim: &str) -> String {
    match lang {
        Lang::Da => format!("{amount} modregnet til {creditor}: {claim}"),
        Lang::En => format!("{amount} set off for {creditor}: {claim}"),
    }
}

/// "4.235,00 kr. om måneden" / "DKK 4,235.00 a month".
pub fn per_month(lang: Lang, amount: &str) -> String {
    match lang {
        Lang::Da => format!("{amount} om måneden"),
        Lang::En => format!("{amount} a month"),
    }
}

/// The next payment's date: "Den 30. november 2026" / "On 30 November 2026".
pub fn next_line(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Da => format!("Den {date}"),
        Lang::En => format!("On {date}"),
    }
}

/// The name of a kind of tax card: "Hovedkort", "Bikort", "Frikort".
pub fn tax_card_name(kind: TaxCardKind) -> EconomyText {
    match kind {
        TaxCardKind::Main => EconomyText::CardMain,
        TaxCardKind::Secondary => EconomyText::CardSecondary,
        TaxCardKind::FreeCard => EconomyText::CardFree,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(EconomyText::ALL, &[]);
        crate::i18n::check_texts(EconomyPageText::ALL, &[EconomyPageText::ColStatus]);
        crate::i18n::check_counted(EconomyCount::ALL);
    }

    #[test]
    fn lines_in_both_languages() {
        assert_eq!(
            period_line(Lang::Da, "1. maj 2016", None),
            "Fra 1. maj 2016"
        );
        assert_eq!(year_total(Lang::En, 2025, true, false), "2025: paid in all");
        assert_eq!(
            year_total(Lang::Da, 2027, false, false),
            "2027: intet udbetalt endnu"
        );
        assert_eq!(
            totals_line(
                Lang::Da,
                "2 udbetalinger",
                "1,00 kr.",
                "2,00 kr.",
                Some((1, "3,00 kr."))
            ),
            "2 udbetalinger er udbetalt: 1,00 kr. efter skat (2,00 kr. før skat). \
             1 er planlagt eller sendt til banken: 3,00 kr."
        );
        assert_eq!(
            per_month(Lang::Da, "1.500,00 kr."),
            "1.500,00 kr. om måneden"
        );
    }
}
