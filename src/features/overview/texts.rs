//! The overview's texts, Danish and English side by side.

crate::texts! {
    /// The overview's texts.
    pub enum OverviewText {
        Intro => "Her får du et samlet overblik over dine sager, ydelser og udbetalinger hos det offentlige.",
            "Here you get one overview of your cases, benefits and payments from public authorities.";
        SourcesHeading => "Hvor kommer dine data fra?",
            "Where does your data come from?";
        SourcesIntro => "Mit Overblik henter dine oplysninger direkte hos de myndigheder, der har dem. Her kan du se, hvem hver oplysning kommer fra, og hvornår den blev hentet.",
            "Mit Overblik fetches your details directly from the authorities that hold them. Here you can see where each piece of information comes from and when it was fetched.";
        SourcesCaption => "Datakilder",
            "Data sources";
        ColumnData => "Oplysninger",
            "Information";
        ColumnOrigin => "Kommer fra",
            "Comes from";
        ColumnStatus => "Status",
            "Status";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_is_translated() {
        use super::OverviewText;
        crate::i18n::check_texts(OverviewText::ALL, &[OverviewText::ColumnStatus]);
    }
}
