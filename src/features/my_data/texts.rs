//! The section's texts, Danish and English side by side.

use crate::i18n::Lang;

crate::texts! {
    /// The section's texts the first view needs (its card on the overview).
    /// Kept small: a text enum ships whole wherever one of its texts is used.
    pub enum MyDataText {
        VehiclesHeading => "Dine køretøjer",
            "Your vehicles";
        ProtectedHeading => "Din adresse er beskyttet",
            "Your address is protected";
        AddressNoun => "adresse",
            "address";
        VehiclesNoun => "køretøjer",
            "vehicles";
        CardAddress => "Din adresse",
            "Your address";
        SeeMyData => "Se dine oplysninger",
            "See your details";
        SeeVehicles => "Se dine køretøjer",
            "See your vehicles";
    }
}

crate::texts! {
    /// The section pages' texts (they load with the section).
    pub enum MyDataPageText {
        Intro => "Her kan du se de oplysninger, der er registreret om dig i CPR, om din bolig i BBR og om dine køretøjer i Motorregistret.",
            "Here you can see what is registered about you in the CPR register, about your home in BBR and about your vehicles in the Motor Register.";
        PersonHeading => "Dine personoplysninger",
            "Your personal details";
        HousingHeading => "Din bolig",
            "Your home";
        Name => "Navn",
            "Name";
        Cpr => "CPR-nummer",
            "CPR number";
        ShowCpr => "Vis CPR-nummer",
            "Show CPR number";
        HideCpr => "Skjul CPR-nummer",
            "Hide CPR number";
        CprHidden => "De sidste fire cifre er skjult.",
            "The last four digits are hidden.";
        BirthDate => "Fødselsdato",
            "Date of birth";
        MaritalStatus => "Civilstand",
            "Marital status";
        Citizenship => "Statsborgerskab",
            "Citizenship";
        Address => "Adresse",
            "Address";
        MovedIn => "Flyttet ind",
            "Moved in";
        AddressProtected => "Beskyttet",
            "Protected";
        ProtectedWhat => "Det betyder, at private – fx firmaer, banker og privatpersoner – som udgangspunkt ikke kan få dit navn og din adresse fra CPR. Offentlige myndigheder kan stadig se din adresse. Husk selv at give besked til PostNord og dit teleselskab.",
            "This means that private parties – such as companies, banks and individuals – as a rule cannot get your name and address from the CPR register. Public authorities can still see your address. Remember to tell PostNord and your phone company yourself.";
        ProtectedHere => "Derfor viser Mit Overblik heller ikke din adresse: ikke her, ikke på forsiden, ikke når du udskriver, og ikke når du henter dine data.",
            "That is why Mit Overblik does not show your address either: not here, not on the front page, not when you print and not when you download your data.";
        ProtectedRenew => "Beskyttelsen gælder et år ad gangen. Du søger om at forlænge den hos din kommune.",
            "The protection lasts one year at a time. You apply to your municipality to extend it.";
        Protections => "Beskyttelser",
            "Protections";
        ProtectionNameAddress => "Navne- og adressebeskyttelse",
            "Name and address protection";
        ProtectionLocal => "Lokalvejviserbeskyttelse",
            "Local directory protection";
        ProtectionMarketing => "Reklamebeskyttelse",
            "Protection against marketing";
        ProtectionResearch => "Forskerbeskyttelse",
            "Protection against research contact";
        NoProtections => "Ingen",
            "None";
        Spouse => "Ægtefælle",
            "Spouse";
        Children => "Børn",
            "Children";
        NoChildren => "Ingen børn registreret",
            "No children registered";
        Custody => "du har forældremyndighed",
            "you have custody";
        NoCustody => "voksen eller uden forældremyndighed",
            "adult or no custody";
        Born => "født",
            "born";
        Bfe => "BFE-nummer",
            "BFE number";
        BuildingUse => "Bygningens anvendelse",
            "Use of the building";
        BuiltYear => "Opført",
            "Built";
        RebuiltYear => "Om- eller tilbygget",
            "Converted or extended";
        Floors => "Etager",
            "Floors";
        Heating => "Varmeinstallation",
            "Heating";
        HeatingFuel => "Opvarmningsmiddel",
            "Heating fuel";
        ExtraHeating => "Supplerende varme",
            "Supplementary heating";
        UnitUse => "Boligens anvendelse",
            "Use of the home";
        TotalArea => "Samlet areal",
            "Total area";
        ResidentialArea => "Boligareal",
            "Residential area";
        Rooms => "Værelser",
            "Rooms";
        Toilet => "Toilet",
            "Toilet";
        Bath => "Bad",
            "Bath";
        Kitchen => "Køkken",
            "Kitchen";
        NotRegistered => "Ikke registreret",
            "Not registered";
        BbrWording => "Tekster i kursiv står, som BBR skriver dem.",
            "Text in italics is worded as BBR words it (in Danish).";
        HousingProtected => "Adressen og BFE-nummeret vises ikke, fordi din adresse er beskyttet.",
            "The address and the BFE number are not shown because your address is protected.";
        NoVehicles => "Der er ikke registreret nogen køretøjer på dig.",
            "No vehicles are registered to you.";
        VehiclesCaption => "Køretøjer, hvor du er ejer eller bruger",
            "Vehicles you own or use";
        Registration => "Registreringsnummer",
            "Registration number";
        MakeModel => "Mærke og model",
            "Make and model";
        FirstRegistered => "Første registrering",
            "First registered";
        Role => "Din rolle",
            "Your role";
        Owner => "Ejer",
            "Owner";
        User => "Bruger",
            "User";
        NextInspection => "Næste periodiske syn",
            "Next periodic inspection";
        NoInspection => "Skal ikke synes",
            "No inspection required";
        DownloadHeading => "Hent alle dine data",
            "Download all your data";
        DownloadIntro => "Du har ret til at se alt, hvad Mit Overblik har om dig. Du får det hele i én fil (JSON) med hver kilde, hvem der ejer oplysningerne, og hvornår de blev hentet. Din beskyttede adresse kommer ikke med.",
            "You have the right to see everything Mit Overblik holds about you. You get it all in one file (JSON) with each source, who owns the data and when it was fetched. Your protected address is not included.";
        DownloadButton => "Hent mine data (JSON)",
            "Download my data (JSON)";
        DownloadWaiting => "Vent, til alle kilder har svaret …",
            "Wait until every source has answered …";
        DownloadDone => "Filen er hentet. Du finder den i din mappe med overførsler.",
            "The file has been downloaded. You will find it in your downloads folder.";
        PrintButton => "Udskriv",
            "Print";
    }
}

crate::counted! {
    /// Counted texts of the section.
    pub enum MyDataCount {
        Vehicles => ["{n} køretøj", "{n} køretøjer"], ["{n} vehicle", "{n} vehicles"];
    }
}

/// "til 28. februar 2027" / "until 28 February 2027".
pub fn until(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Da => format!("til {date}"),
        Lang::En => format!("until {date}"),
    }
}

/// "fra 1. maj 2019" / "from 1 May 2019".
pub fn from(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Da => format!("fra {date}"),
        Lang::En => format!("from {date}"),
    }
}

/// "Næste syn: 27. juni 2027" / "Next inspection: 27 June 2027".
pub fn next_inspection_line(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Da => format!("Næste syn: {date}"),
        Lang::En => format!("Next inspection: {date}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(MyDataText::ALL, &[]);
        crate::i18n::check_texts(MyDataPageText::ALL, &[MyDataPageText::Toilet]);
        crate::i18n::check_counted(MyDataCount::ALL);
        assert_eq!(until(Lang::Da, "28. februar 2027"), "til 28. februar 2027");
    }
}
