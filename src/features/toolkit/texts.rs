//! The toolkit's texts: the simulated login, the facilitator panel and the task bar. They ship
//! with chunk `toolkit`; the login page's title is in the route table (`page::texts`).

use crate::i18n::Lang;

crate::texts! {
    /// The toolkit's fixed texts.
    pub enum ToolkitText {
        SimulationBadge => "Simuleret MitID",
            "Simulated MitID";
        SimulationNotice => "Dette er en simulering af at logge på med MitID, lavet til brugertest. Du skal ikke bruge dit eget MitID, og du skal ikke skrive bruger-id eller adgangskode. Vælg den person, du er i testen.",
            "This simulates logging in with MitID, for usability tests. Do not use your own MitID, and do not type a user ID or password. Choose the person you are in the test.";
        ChoosePerson => "Hvem er du i testen?",
            "Who are you in the test?";
        LogIn => "Log på",
            "Log in";
        NoPersonChosen => "Vælg en person for at logge på.",
            "Choose a person to log in.";
        LoadingPersons => "Henter personer …",
            "Loading people …";
        PersonsFailed => "Listen over personer kunne ikke hentes. Prøv igen.",
            "The list of people could not be loaded. Try again.";
        Retry => "Prøv igen",
            "Try again";
        OwnScenario => "Indlæst scenarie",
            "Loaded scenario";
        PanelTitle => "Facilitatorpanel",
            "Facilitator panel";
        PanelIntro => "Til den, der leder testen. Deltageren ser ikke panelet. Ændringer virker med det samme, uden at siden genindlæses. Genvej: Ctrl+Skift+F.",
            "For whoever runs the test. The participant does not see the panel. Changes apply at once, without reloading the page. Shortcut: Ctrl+Shift+F.";
        ClosePanel => "Luk panelet",
            "Close the panel";
        PersonHeading => "Person",
            "Person";
        PersonLabel => "Logget på som",
            "Logged in as";
        SwitchTo => "Skift person",
            "Switch person";
        LanguageHeading => "Sprog",
            "Language";
        DateHeading => "Scenariets dato",
            "Scenario date";
        DateHint => "Appens »i dag«. Alle datoregler (overskredne sager, næste udbetaling, de seneste 30 dage) regner ud fra den. Mockdata er lavet omkring 24. november 2026.",
            "The app's “today”. Every date rule (overdue cases, next payment, the last 30 days) counts from it. The mock data is made around 24 November 2026.";
        DateLabel => "Dato",
            "Date";
        UseReferenceDate => "Brug referencedatoen (24. november 2026)",
            "Use the reference date (24 November 2026)";
        DateInvalid => "Skriv en gyldig dato.",
            "Enter a valid date.";
        FaultsHeading => "Kilder: forsinkelse og fejl",
            "Sources: latency and failures";
        FaultsHint => "Gælder fra kildens næste forespørgsel. Sektionen viser sin fejl med Prøv igen; når fejlen er fjernet her, henter Prøv igen data igen.",
            "Applies from the source's next request. The section shows its error with Try again; once the failure is cleared here, Try again fetches the data again.";
        ColSource => "Kilde",
            "Source";
        ColLatency => "Forsinkelse (ms)",
            "Latency (ms)";
        ColFailure => "Fejl",
            "Failure";
        FailureNone => "Ingen",
            "None";
        FailureHttp500 => "HTTP 500",
            "HTTP 500";
        FailureTimeout => "Tidsgrænse overskredet",
            "Timeout";
        FailureMalformed => "Ugyldige data",
            "Malformed data";
        RefetchAll => "Hent alle kilder igen nu",
            "Fetch every source again now";
        ScenarioHeading => "Scenariefil",
            "Scenario file";
        ScenarioHint => "En kommune kan teste med sin egen person: én JSON-fil efter formatet i /api/scenarie.schema.json (se eksemplet /api/scenarier/eksempel.json). Filen bliver kun i denne browserfane.",
            "A municipality can test with its own person: one JSON file in the format /api/scenarie.schema.json (see the example /api/scenarier/eksempel.json). The file stays in this browser tab only.";
        ChooseFile => "Vælg en scenariefil",
            "Choose a scenario file";
        DropHere => "… eller træk filen hertil",
            "… or drop the file here";
        LoadExample => "Indlæs eksemplet",
            "Load the example";
        ScenarioLoaded => "Scenariet er indlæst. Personen kan vælges ved log på.",
            "The scenario is loaded. The person can be chosen at login.";
        ScenarioRejected => "Filen blev ikke indlæst. Det tidligere scenarie er uændret. Ret disse fejl:",
            "The file was not loaded. The previous scenario is unchanged. Fix these errors:";
        ScenarioTooBig => "Filen er for stor til at blive gemt i browserfanen.",
            "The file is too large to keep in the browser tab.";
        FileUnreadable => "Filen kunne ikke læses.",
            "The file could not be read.";
        NoScenario => "Intet scenarie er indlæst.",
            "No scenario is loaded.";
        RemoveScenario => "Fjern scenariet",
            "Remove the scenario";
        WholeFile => "hele filen",
            "the whole file";
        TasksHeading => "Opgaver",
            "Tasks";
        NoTasks => "Det indlæste scenarie har ingen opgaver. Opgaver står i scenariefilens »opgaver«.",
            "The loaded scenario has no tasks. Tasks go in the scenario file's “opgaver”.";
        StartTasks => "Start opgaverne",
            "Start the tasks";
        StopTasks => "Afslut opgaverne",
            "End the tasks";
        ExportCsv => "Hent resultater (CSV)",
            "Download results (CSV)";
        ExportJson => "Hent resultater (JSON)",
            "Download results (JSON)";
        ColTask => "Opgave",
            "Task";
        ColOutcome => "Udfald",
            "Outcome";
        ColTime => "Tid",
            "Time";
        ColPages => "Sider",
            "Pages";
        OutcomeDone => "Færdig",
            "Done";
        OutcomeSkipped => "Sprunget over",
            "Skipped";
        NoResults => "Ingen opgaver er løst endnu.",
            "No tasks done yet.";
        StartLinkHeading => "Startlink",
            "Start link";
        StartLinkHint => "Giv deltageren et link, der åbner den valgte person, sprog, dato, fejl og startside. Et indlæst scenarie skal være indlæst i den fane, linket åbnes i.",
            "Give the participant a link that opens the chosen person, language, date, failures and start page. A loaded scenario must be loaded in the tab where the link is opened.";
        StartPage => "Startside",
            "Start page";
        StartLinkLabel => "Link",
            "Link";
        OpenStartLink => "Åbn linket her",
            "Open the link here";
        TimeoutHeading => "Automatisk log af",
            "Automatic logout";
        TimeoutLabel => "Minutter uden aktivitet",
            "Minutes without activity";
        ResetHeading => "Nulstil",
            "Reset";
        ResetAll => "Nulstil alt",
            "Reset everything";
        ResetHint => "Fjerner scenarie, opgaver, fejl og dato, sætter sproget til dansk og logger af.",
            "Removes the scenario, tasks, failures and date, sets the language to Danish and logs out.";
        TaskBarLabel => "Testopgave",
            "Test task";
        TaskDone => "Færdig",
            "Done";
        TaskSkip => "Spring over",
            "Skip";
        AllTasksDone => "Alle opgaver er gennemført. Tak!",
            "All tasks are completed. Thank you!";
    }
}

/// "Opgave 2 af 3" / "Task 2 of 3".
pub fn task_number(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Da => format!("Opgave {n} af {of}"),
        Lang::En => format!("Task {n} of {of}"),
    }
}

/// "12,3 sek." / "12.3 s".
pub fn seconds(lang: Lang, seconds: f64) -> String {
    match lang {
        Lang::Da => format!("{} sek.", format!("{seconds:.1}").replace('.', ",")),
        Lang::En => format!("{seconds:.1} s"),
    }
}

/// "Scenariet »eksempel« med 3 opgaver" / "Scenario “eksempel” with 3 tasks".
pub fn scenario_summary(lang: Lang, id: &str, name: &str, tasks: usize) -> String {
    match lang {
        Lang::Da => format!("»{id}«: {name} ({tasks} opgaver)"),
        Lang::En => format!("“{id}”: {name} ({tasks} tasks)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(
            ToolkitText::ALL,
            &[
                ToolkitText::FailureHttp500,
                ToolkitText::PersonHeading,
                ToolkitText::StartLinkLabel,
            ],
        );
    }
}
