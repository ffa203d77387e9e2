//! "Hvad betyder ordene?": the economy's terms explained in plain words where they are used.

use leptos::prelude::*;

use super::texts::{EconomyPageText, EconomyText};
use crate::i18n::Text;
use crate::state::language::use_i18n;

crate::texts! {
    /// The explanations of the economy's words, which only the economy page shows.
    pub enum TermText {
        TermsHeading => "Hvad betyder ordene?",
            "What do the words mean?";
        TermGross => "Det beløb, du har ret til, før der bliver trukket skat og andet fra. Kaldes også brutto.",
            "The amount you are entitled to before tax and other deductions. Also called gross.";
        TermTax => "Skat, som bliver trukket efter dit skattekort, før pengene bliver sendt til dig.",
            "Tax withheld according to your tax card before the money is sent to you.";
        TermAtp => "Et lille beløb fra nogle ydelser, som går til din ATP Livslang Pension.",
            "A small amount from some benefits that goes to your ATP Lifelong Pension.";
        TermSetOff => "Skylder du det offentlige penge, kan en del af udbetalingen gå til at betale gælden. Det hedder modregning.",
            "If you owe public authorities money, part of a payment can go towards the debt. This is called set-off.";
        TermPaid => "Pengene er sat ind på din NemKonto.",
            "The money is in your NemKonto account.";
        TermSent => "Pengene er på vej og står på din NemKonto på datoen.",
            "The money is on its way and reaches your NemKonto account on the date.";
        TermPlanned => "Udbetalingen er regnet ud, men ikke sendt endnu. Beløbet kan nå at ændre sig.",
            "The payment is worked out but not sent yet. The amount may still change.";
        TermBackPayment => "Penge, du havde ret til for en tidligere periode, og som bliver udbetalt nu.",
            "Money you were entitled to for an earlier period, paid now.";
        TermTiming => "Forud betyder, at pengene kommer før den periode, de dækker. Bagud betyder, at de kommer, når perioden er gået.",
            "In advance means the money comes before the period it covers. In arrears means it comes after the period.";
        TermOther => "ATP-bidrag og modregning tilsammen.",
            "The ATP contribution and set-off together.";
        TermWithholding => "Den del af din indkomst, der bliver trukket i skat, når du har brugt dit fradrag.",
            "The share of your income withheld as tax once your deduction is used.";
        TermMainCard => "Det skattekort, der bruges til din vigtigste indkomst. Her ligger dit fradrag.",
            "The tax card used for your main income. Your deduction is on it.";
        TermPreliminary => "Skattestyrelsens forventning til din indkomst og skat i år. Dit skattekort bygger på den.",
            "The Danish Tax Agency's estimate of your income and tax this year. Your tax card is based on it.";
        TermPersonalIncome => "Den indkomst, du betaler skat af. Skattefri ydelser som boligydelse tæller ikke med.",
            "The income you pay tax on. Tax-free benefits such as housing benefit do not count.";
        TermStatement => "Opgørelsen af, om du har betalt for meget eller for lidt i skat sidste år.",
            "The statement of whether you paid too much or too little tax last year.";
        TermOwed => "Skat, du mangler at betale for sidste år.",
            "Tax you still owe for last year.";
        TermRefund => "Skat, du har betalt for meget, og som du får tilbage.",
            "Tax you paid too much and get back.";
        TermPreliminaryName => "Forskudsopgørelse",
            "Preliminary income assessment";
        TermStatementName => "Årsopgørelse",
            "Annual tax statement";
        TermsTiming => "Forud og bagud",
            "In advance and in arrears";
    }
}

/// A term: one of the page's own labels, or a word only the explanations use.
#[derive(Clone, Copy)]
pub enum Term {
    Label(EconomyPageText),
    /// A label the overview's card shows too.
    CardLabel(EconomyText),
    Word(TermText),
}

impl Term {
    fn text(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            Term::Label(text) => text.text(lang),
            Term::CardLabel(text) => text.text(lang),
            Term::Word(text) => text.text(lang),
        }
    }
}

/// The payments' terms and their explanations, in the order a payment is worked out.
pub const PAYMENT_TERMS: &[(Term, TermText)] = &[
    (Term::Label(EconomyPageText::ColGross), TermText::TermGross),
    (Term::Label(EconomyPageText::ColTax), TermText::TermTax),
    (Term::Label(EconomyPageText::LineAtp), TermText::TermAtp),
    (
        Term::Label(EconomyPageText::LineSetOff),
        TermText::TermSetOff,
    ),
    (Term::Label(EconomyPageText::ColOther), TermText::TermOther),
    (Term::Label(EconomyPageText::StatusPaid), TermText::TermPaid),
    (Term::Label(EconomyPageText::StatusSent), TermText::TermSent),
    (
        Term::Label(EconomyPageText::StatusPlanned),
        TermText::TermPlanned,
    ),
    (
        Term::Label(EconomyPageText::KindBackPayment),
        TermText::TermBackPayment,
    ),
    (Term::Word(TermText::TermsTiming), TermText::TermTiming),
];

/// The tax section's terms.
pub const TAX_TERMS: &[(Term, TermText)] = &[
    (
        Term::CardLabel(EconomyText::WithholdingRate),
        TermText::TermWithholding,
    ),
    (
        Term::CardLabel(EconomyText::CardMain),
        TermText::TermMainCard,
    ),
    (
        Term::Label(EconomyPageText::PersonalIncome),
        TermText::TermPersonalIncome,
    ),
    (
        Term::Word(TermText::TermPreliminaryName),
        TermText::TermPreliminary,
    ),
    (
        Term::Word(TermText::TermStatementName),
        TermText::TermStatement,
    ),
    (
        Term::Label(EconomyPageText::StatementOwed),
        TermText::TermOwed,
    ),
    (
        Term::Label(EconomyPageText::StatementRefund),
        TermText::TermRefund,
    ),
];

/// A closed disclosure with `terms`; open, it is a description list.
#[component]
pub fn Terms(terms: &'static [(Term, TermText)], testid: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="terms mt-4 mb-4" data-testid=testid>
            <summary>{move || TermText::TermsHeading.text(i18n.lang())}</summary>
            <dl class="terms-list">
                {terms
                    .iter()
                    .map(|&(term, meaning)| view! {
                        <dt>{move || term.text(i18n.lang())}</dt>
                        <dd>{move || meaning.text(i18n.lang())}</dd>
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_is_translated() {
        crate::i18n::check_texts(TermText::ALL, &[]);
    }
}
