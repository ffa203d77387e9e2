//! The System Usability Scale (Brooke 1996): ten statements, each answered from 1 (*helt
//! uenig*) to 5 (*helt enig*), scored 0–100. The Danish wording is this project's translation
//! (docs/facilitator-guide.md says so); the English is Brooke's, with "system" as he wrote it.

use crate::i18n::Lang;

/// The ten statements, (Danish, English), in the standard order: odd ones positive, even ones
/// negative.
pub const STATEMENTS: [(&str, &str); 10] = [
    ("Jeg tror, at jeg gerne vil bruge løsningen ofte.", "I think that I would like to use this system frequently."),
    ("Jeg synes, at løsningen var unødvendigt indviklet.", "I found the system unnecessarily complex."),
    ("Jeg synes, at løsningen var let at bruge.", "I thought the system was easy to use."),
    ("Jeg tror, at jeg ville få brug for hjælp fra en person med teknisk viden for at kunne bruge løsningen.", "I think that I would need the support of a technical person to be able to use this system."),
    ("Jeg synes, at de forskellige dele af løsningen hang godt sammen.", "I found the various functions in this system were well integrated."),
    ("Jeg synes, at der var for mange uoverensstemmelser i løsningen.", "I thought there was too much inconsistency in this system."),
    ("Jeg forestiller mig, at de fleste vil lære at bruge løsningen meget hurtigt.", "I would imagine that most people would learn to use this system very quickly."),
    ("Jeg synes, at løsningen var meget besværlig at bruge.", "I found the system very cumbersome to use."),
    ("Jeg følte mig meget sikker, da jeg brugte løsningen.", "I felt very confident using the system."),
    ("Jeg skulle lære mange ting, før jeg kunne komme i gang med løsningen.", "I needed to learn a lot of things before I could get going with this system."),
];

/// The score of ten answers (each 1–5): positive statements give answer − 1, negative ones
/// 5 − answer, and the sum × 2.5. `None` unless there are ten answers from 1 to 5.
pub fn score(answers: &[u8]) -> Option<f64> {
    if answers.len() != 10 || answers.iter().any(|a| !(1..=5).contains(a)) {
        return None;
    }
    let sum: u32 = answers
        .iter()
        .enumerate()
        .map(|(i, &a)| u32::from(if i % 2 == 0 { a - 1 } else { 5 - a }))
        .sum();
    Some(f64::from(sum) * 2.5)
}

/// The adjectives of Bangor, Kortum & Miller (2009) with the mean SUS score each was given,
/// (Danish, English, mean).
const ADJECTIVES: [(&str, &str, f64); 7] = [
    ("værst tænkelige", "worst imaginable", 12.5),
    ("elendig", "awful", 20.3),
    ("dårlig", "poor", 35.7),
    ("o.k.", "OK", 50.9),
    ("god", "good", 71.4),
    ("fremragende", "excellent", 85.5),
    ("bedst tænkelige", "best imaginable", 90.9),
];

/// The adjective grade of a SUS score: the adjective whose mean score in Bangor, Kortum &
/// Miller (2009) is nearest.
pub fn grade(score: f64, lang: Lang) -> &'static str {
    let nearest = ADJECTIVES
        .iter()
        .min_by(|a, b| (a.2 - score).abs().total_cmp(&(b.2 - score).abs()))
        .unwrap_or(&ADJECTIVES[3]);
    match lang {
        Lang::Da => nearest.0,
        Lang::En => nearest.1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_scoring() {
        assert_eq!(score(&[5, 1, 5, 1, 5, 1, 5, 1, 5, 1]), Some(100.0));
        assert_eq!(score(&[1, 5, 1, 5, 1, 5, 1, 5, 1, 5]), Some(0.0));
        assert_eq!(score(&[3; 10]), Some(50.0));
        // Brooke's worked example pattern: 4,2,4,2,… → (3+3)·5 · 2.5 = 75.
        assert_eq!(score(&[4, 2, 4, 2, 4, 2, 4, 2, 4, 2]), Some(75.0));
        assert_eq!(score(&[4, 2, 4]), None);
        assert_eq!(score(&[0, 2, 4, 2, 4, 2, 4, 2, 4, 2]), None);
    }

    #[test]
    fn grades_follow_the_nearest_adjective() {
        assert_eq!(grade(75.0, Lang::Da), "god");
        assert_eq!(grade(85.0, Lang::En), "excellent");
        assert_eq!(grade(50.0, Lang::En), "OK");
        assert_eq!(grade(100.0, Lang::Da), "bedst tænkelige");
        assert_eq!(grade(0.0, Lang::Da), "værst tænkelige");
    }
}
