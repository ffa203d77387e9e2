//! The toolkit's texts: the simulated login, the facilitator panel and the task bar. They ship
//! with chunk `toolkit`; the login page's title is in the route table (`page::texts`).

use super::scenario::Success;
use super::tasks::verdict::Verdict;
use crate::i18n::{Lang, Text};

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
        PersonLabel => "Vælg en person",
            "Choose a person";
        NobodyLoggedIn => "Ingen er logget på i denne fane.",
            "Nobody is logged in in this tab.";
        SwitchTo => "Skift til den valgte person",
            "Switch to the chosen person";
        LogInChosen => "Log på som den valgte person",
            "Log in as the chosen person";
        Danish => "dansk",
            "Danish";
        English => "engelsk",
            "English";
        AwaitedHeading => "Scenariet er ikke indlæst",
            "The scenario is not loaded";
        AwaitedLoadHeading => "Indlæs scenariefilen",
            "Load the scenario file";
        AwaitedLoadHint => "Et scenarie ligger i en fil og skal indlæses i den browser, testen køres i – et link kan ikke bære filen. Vælg den fil, linket blev lavet med. Så åbner linket, som det var ment.",
            "A scenario lives in a file that is loaded in the browser the test runs in – a link cannot carry the file. Choose the file the link was made with, and the link opens as it was meant to.";
        AwaitedGoOn => "Fortsæt uden scenariet",
            "Go on without the scenario";
        StudyHeading => "Undersøgelse og deltager",
            "Study and participant";
        StudyHint => "Til en undersøgelse med flere deltagere. Deltagerkoden står i hvert resultat.",
            "For a study with several participants. The participant code is in every result.";
        ParticipantLabel => "Deltagerkode",
            "Participant code";
        ParticipantHint => "En kode som D3 – aldrig et navn. Højst 20 tegn: bogstaver, tal, - og _.",
            "A code such as D3 – never a name. At most 20 characters: letters, digits, - and _.";
        StudyPersonsLegend => "Personer på log-ind-siden",
            "People on the login page";
        StudyPersonsHint => "Vælger du personer, viser log-ind-siden kun dem og uden testernes beskrivelser. Vælger du ingen, vises alle med beskrivelser (til demo og udvikling).",
            "If you choose people, the login page shows only them, without the testers' descriptions. If you choose none, everyone shows with descriptions (for demos and development).";
        ReadyForNext => "Klar til næste deltager: deltageren er logget af. Skriv den nye deltagerkode.",
            "Ready for the next participant: the participant is logged out. Type the new participant code.";
        DownloadEarlier => "Hent deres resultater (JSON)",
            "Download their results (JSON)";
        NewParticipant => "Ny deltager",
            "Next participant";
        NewParticipantHint => "Gemmer deltagerens resultater i fanen, logger af og gør appen klar til den næste deltager med samme opsætning (scenarie, fejl, dato, sprog og personer).",
            "Keeps the participant's results in the tab, logs out and makes the app ready for the next participant with the same setup (scenario, failures, date, language and people).";
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
        CheckerUnavailable => "Filen blev ikke indlæst: kontrollen af scenariefiler kunne ikke hentes. Tjek forbindelsen, og vælg filen igen. Det tidligere scenarie er uændret.",
            "The file was not loaded: the scenario file check could not be fetched. Check the connection and choose the file again. The previous scenario is unchanged.";
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
        ColVerdict => "Resultat",
            "Result";
        ColAnswer => "Svar",
            "Answer";
        ColSeq => "SEQ (1–7)",
            "SEQ (1–7)";
        ResultsCaption => "Resultater for deltageren",
            "The participant's results";
        Automatic => "(automatisk)",
            "(automatic)";
        VerdictDirect => "Direkte succes",
            "Direct success";
        VerdictIndirect => "Indirekte succes",
            "Indirect success";
        VerdictFailed => "Fejl",
            "Failure";
        VerdictSkipped => "Sprunget over",
            "Skipped";
        VerdictNone => "Ikke vurderet",
            "Not judged";
        AnswerUnmarked => "Ikke vurderet",
            "Not marked";
        AnswerRight => "Rigtigt",
            "Right";
        AnswerWrong => "Forkert",
            "Wrong";
        NoCriterion => "Opgaven har intet succeskriterium i scenariefilen: vurdér den selv i tabellen.",
            "The task has no success criterion in the scenario file: judge it yourself in the table.";
        NotesHint => "Noter undervejs: tryk Ctrl+Skift+L. De tidsstemples med opgaven og kommer med i eksporten.",
            "Notes on the way: press Ctrl+Shift+L. They are timed against the task and go into the export.";
        SeqQuestion => "Alt i alt, hvor svær eller let var opgaven at løse?",
            "Overall, how difficult or easy was the task to complete?";
        SeqHardest => "Meget svær",
            "Very difficult";
        SeqEasiest => "Meget let",
            "Very easy";
        SeqNext => "Næste",
            "Next";
        SeqSkip => "Spring spørgsmålet over",
            "Skip the question";
        SusHeading => "Til sidst: 10 udsagn om løsningen",
            "Finally: 10 statements about the system";
        SusIntro => "Svar på hvert udsagn: hvor enig eller uenig er du? Der er ingen rigtige eller forkerte svar.",
            "Answer each statement: how much do you agree or disagree? There are no right or wrong answers.";
        SusScale1 => "Helt uenig",
            "Strongly disagree";
        SusScale2 => "Uenig",
            "Disagree";
        SusScale3 => "Hverken enig eller uenig",
            "Neither agree nor disagree";
        SusScale4 => "Enig",
            "Agree";
        SusScale5 => "Helt enig",
            "Strongly agree";
        SusSubmit => "Send svarene",
            "Send the answers";
        SusSkip => "Spring spørgeskemaet over",
            "Skip the questionnaire";
        SusMissing => "Svar på alle 10 udsagn, eller spring spørgeskemaet over.",
            "Answer all 10 statements, or skip the questionnaire.";
        ReportIntro => "Saml resultaterne fra flere deltagere: vælg eller træk de JSON-filer ind, som facilitatorpanelet har gemt. Filerne bliver i browseren; intet sendes nogen steder hen.",
            "Combine the results of several participants: choose or drop the JSON files the facilitator panel saved. The files stay in the browser; nothing is sent anywhere.";
        ReportChoose => "Vælg resultatfiler (JSON)",
            "Choose results files (JSON)";
        ReportFromTab => "Brug resultaterne fra denne fane",
            "Use the results from this tab";
        ReportClear => "Fjern alle filer",
            "Remove all files";
        ReportUnread => "Disse filer er ikke resultatfiler fra Mit Overblik og er ikke taget med:",
            "These files are not results files from Mit Overblik and were left out:";
        ReportEmpty => "Ingen resultater endnu. Vælg en eller flere filer ovenfor.",
            "No results yet. Choose one or more files above.";
        ReportCsv => "Hent rapporten (CSV)",
            "Download the report (CSV)";
        ReportPrint => "Udskriv rapporten",
            "Print the report";
        ReportTasksCaption => "Opgaverne på tværs af deltagerne",
            "The tasks across the participants";
        ReportSuccess => "Succesrate",
            "Success rate";
        ReportTime => "Tid: median (kortest–længst, sek.)",
            "Time: median (shortest–longest, s)";
        ReportSeq => "SEQ: gennemsnit",
            "SEQ: mean";
        ReportChartCaption => "Succesrate pr. opgave (de samme tal som i tabellen)",
            "Success rate per task (the same figures as in the table)";
        ReportSusHeading => "System Usability Scale (SUS)",
            "System Usability Scale (SUS)";
        ReportNoSus => "Ingen deltager har besvaret SUS.",
            "No participant answered the SUS.";
        ReportSusScore => "SUS-score (0–100)",
            "SUS score (0–100)";
        ReportSusGrade => "Vurdering",
            "Rating";
        ReportSusMean => "Gennemsnit",
            "Mean";
        ReportSusSource => "Vurderingen er det adjektiv, hvis gennemsnitlige SUS-score er nærmest, efter Bangor, Kortum & Miller (2009).",
            "The rating is the adjective whose mean SUS score is nearest, after Bangor, Kortum & Miller (2009).";
        ReportPathsHeading => "Veje og noter pr. opgave",
            "Paths and notes per task";
        ReportPaths => "Veje (sider i rækkefølge – antal deltagere)",
            "Paths (pages in order – number of participants)";
        ReportNotes => "Noter",
            "Notes";
        ReportClosingNotes => "Noter efter opgaverne",
            "Notes after the tasks";
        NoteHeading => "Note",
            "Note";
        NoteLabel => "Hvad så du?",
            "What did you see?";
        NoteHint => "Tidsstemples med den opgave, deltageren er i gang med. Skriv ikke navne eller andre personoplysninger.",
            "Timed against the task the participant is on. Do not write names or other personal data.";
        NoteSave => "Gem noten",
            "Save the note";
        NoteClose => "Luk",
            "Close";
        NoteSaved => "Noten er gemt.",
            "The note is saved.";
        NoteNoRun => "Noter hører til en opgavekørsel. Start opgaverne i facilitatorpanelet først.",
            "Notes belong to a task run. Start the tasks in the facilitator panel first.";
        NoResults => "Ingen opgaver er løst endnu.",
            "No tasks done yet.";
        StartLinkHeading => "Startlink",
            "Start link";
        StartLinkHint => "Linket følger alt, du vælger i panelet, og sætter det op, der står under det. Opsætningen står i linket som én kode, som deltageren ikke kan læse, og den forsvinder fra adresselinjen, når appen er åbnet. En scenariefil kan et link ikke bære: åbnes linket i en browser uden scenariet, beder siden om filen.",
            "The link follows everything you choose in the panel and sets up what is listed below it. The setup is one code in the link that the participant cannot read, and it leaves the address bar once the app has opened. A link cannot carry a scenario file: opened in a browser without the scenario, the page asks for the file.";
        LinkLogsIn => "Linket logger på som den valgte person (ellers vælger deltageren selv på log-ind-siden)",
            "The link logs in as the chosen person (otherwise the participant chooses on the login page)";
        CopyLink => "Kopiér linket",
            "Copy the link";
        LinkCopied => "Linket er kopieret.",
            "The link is copied.";
        CopyFailed => "Linket kunne ikke kopieres. Markér det i feltet, og kopiér det selv.",
            "The link could not be copied. Select it in the field and copy it yourself.";
        LinkSets => "Linket sætter",
            "The link sets";
        LinkOpens => "Åbner",
            "Opens";
        LinkLogIn => "Log på",
            "Login";
        LinkLogInAs => "Logger på som",
            "Logs in as";
        LinkLogInChoose => "Nej – deltageren vælger på log-ind-siden",
            "No – the participant chooses on the login page";
        LinkFaults => "Fejl og forsinkelser",
            "Failures and delays";
        LinkNoFaults => "Ingen – alle kilder svarer normalt",
            "None – every source answers normally";
        LinkScenario => "Scenarie",
            "Scenario";
        LinkDelayed => "forsinket",
            "delayed";
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

/// `text` in the language's quotation marks: »…« / “…”.
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Da => format!("»{text}«"),
        Lang::En => format!("“{text}”"),
    }
}

/// "10 minutter" / "10 minutes" (seconds when not whole minutes).
pub fn minutes(lang: Lang, seconds: u32) -> String {
    match (lang, seconds % 60, seconds / 60) {
        (Lang::Da, 0, 1) => "1 minut".to_owned(),
        (Lang::Da, 0, m) => format!("{m} minutter"),
        (Lang::En, 0, 1) => "1 minute".to_owned(),
        (Lang::En, 0, m) => format!("{m} minutes"),
        (Lang::Da, _, _) => format!("{seconds} sekunder"),
        (Lang::En, _, _) => format!("{seconds} seconds"),
    }
}

/// "Logget på som Mette Kjær Sørensen (familie)".
pub fn logged_in_as(lang: Lang, name: &str, id: &str) -> String {
    match lang {
        Lang::Da => format!("Logget på som {name} ({id})."),
        Lang::En => format!("Logged in as {name} ({id})."),
    }
}

/// The awaited scenario's notice.
pub fn awaited_text(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Da => format!("Linket hører til scenariet {}, som ikke er indlæst i denne browser. Derfor er ingen logget på endnu.", quoted(lang, id)),
        Lang::En => format!("The link belongs to the scenario {}, which is not loaded in this browser. So nobody is logged in yet.", quoted(lang, id)),
    }
}

/// A file of another scenario was loaded while `awaited` is awaited.
pub fn other_scenario_text(lang: Lang, loaded: &str, awaited: &str) -> String {
    match lang {
        Lang::Da => {
            let (loaded, awaited) = (quoted(lang, loaded), quoted(lang, awaited));
            format!("Filen er scenariet {loaded}, og det er nu indlæst, men linket hører til {awaited}. Vælg filen med {awaited} for at åbne linket.")
        }
        Lang::En => {
            let (loaded, awaited) = (quoted(lang, loaded), quoted(lang, awaited));
            format!("The file is the scenario {loaded}, which is now loaded, but the link belongs to {awaited}. Choose the file with {awaited} to open the link.")
        }
    }
}

/// "2 tidligere deltagere er gemt i fanen" / "2 earlier participants are kept in the tab".
pub fn earlier_participants(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Da, 1) => "1 tidligere deltager er gemt i fanen.".to_owned(),
        (Lang::Da, n) => format!("{n} tidligere deltagere er gemt i fanen."),
        (Lang::En, 1) => "1 earlier participant is kept in the tab.".to_owned(),
        (Lang::En, n) => format!("{n} earlier participants are kept in the tab."),
    }
}

/// A verdict's label (`None`: not judged).
pub fn verdict_label(lang: Lang, verdict: Option<Verdict>) -> &'static str {
    match verdict {
        Some(Verdict::Direct) => ToolkitText::VerdictDirect,
        Some(Verdict::Indirect) => ToolkitText::VerdictIndirect,
        Some(Verdict::Failed) => ToolkitText::VerdictFailed,
        Some(Verdict::Skipped) => ToolkitText::VerdictSkipped,
        None => ToolkitText::VerdictNone,
    }
    .text(lang)
}

/// A success criterion for the facilitator: "Mål: siden /oekonomi (via /sager). Rigtigt svar:
/// 12. december."
pub fn criterion_text(lang: Lang, success: &Success) -> String {
    let mut parts = Vec::new();
    if !success.pages.is_empty() {
        let pages = success.pages.join(", ");
        let via = (!success.via.is_empty()).then(|| success.via.join(", "));
        parts.push(match (lang, via) {
            (Lang::Da, None) => format!("Mål: siden {pages}."),
            (Lang::Da, Some(via)) => format!("Mål: siden {pages} (direkte via {via})."),
            (Lang::En, None) => format!("Goal: the page {pages}."),
            (Lang::En, Some(via)) => format!("Goal: the page {pages} (directly via {via})."),
        });
    }
    if let Some(answer) = &success.answer {
        parts.push(right_answer(lang, answer));
    }
    parts.join(" ")
}

/// "Rigtigt svar: 12. december": the answer the facilitator marks a task's answer against.
pub fn right_answer(lang: Lang, answer: &str) -> String {
    match lang {
        Lang::Da => format!("Rigtigt svar: {answer}"),
        Lang::En => format!("Right answer: {answer}"),
    }
}

/// "3 deltagere: D1, D2, D3 · scenarie »eksempel«".
pub fn report_counts(lang: Lang, participants: &[String], scenarios: &[String]) -> String {
    let n = participants.len();
    let who = participants.join(", ");
    let scenarios: Vec<String> = scenarios.iter().map(|s| quoted(lang, s)).collect();
    let scenarios = scenarios.join(", ");
    match (lang, n) {
        (Lang::Da, 1) => format!("1 deltager: {who} · scenarie {scenarios}"),
        (Lang::Da, _) => format!("{n} deltagere: {who} · scenarie {scenarios}"),
        (Lang::En, 1) => format!("1 participant: {who} · scenario {scenarios}"),
        (Lang::En, _) => format!("{n} participants: {who} · scenario {scenarios}"),
    }
}

/// A number to the tenth in the language's form: "12,3" / "12.3".
pub fn tenths(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// "12,3 sek." / "12.3 s".
pub fn seconds(lang: Lang, seconds: f64) -> String {
    match lang {
        Lang::Da => format!("{} sek.", tenths(lang, seconds)),
        Lang::En => format!("{} s", tenths(lang, seconds)),
    }
}

/// "Scenariet »eksempel« med 3 opgaver" / "Scenario “eksempel” with 3 tasks".
pub fn scenario_summary(lang: Lang, id: &str, name: &str, tasks: usize) -> String {
    match lang {
        Lang::Da => format!("{}: {name} ({tasks} opgaver)", quoted(lang, id)),
        Lang::En => format!("{}: {name} ({tasks} tasks)", quoted(lang, id)),
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
                ToolkitText::ColSeq,
                ToolkitText::NoteHeading,
                ToolkitText::ReportSusHeading,
            ],
        );
    }
}
