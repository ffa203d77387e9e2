//! Text from data inside the app's own sentences, bidi-isolated: each data value in a `<bdi>`,
//! so a right-to-left name or register never reorders the app's words around it. (The client
//! already removes bidi control characters from every answer; this isolates the letters.)

use leptos::prelude::*;

/// `sentence` cut into the app's text (`false`) and the data values it contains (`true`), in
/// order: at each point the earliest (then longest) value of `data` found.
pub fn split_data<'a>(sentence: &'a str, data: &[&str]) -> Vec<(bool, &'a str)> {
    let mut parts = Vec::new();
    let mut rest = sentence;
    loop {
        let next = data
            .iter()
            .filter(|value| !value.is_empty())
            .filter_map(|value| rest.find(*value).map(|at| (at, value.len())))
            .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)));
        match next {
            Some((at, len)) => {
                if at > 0 {
                    parts.push((false, &rest[..at]));
                }
                parts.push((true, &rest[at..at + len]));
                rest = &rest[at + len..];
            }
            None => {
                if !rest.is_empty() {
                    parts.push((false, rest));
                }
                return parts;
            }
        }
    }
}

/// `sentence` as a view, with every value of `data` in it in its own `<bdi>`.
pub fn isolated(sentence: &str, data: &[&str]) -> AnyView {
    split_data(sentence, data)
        .into_iter()
        .map(|(is_data, text)| {
            let text = text.to_owned();
            if is_data {
                view! { <bdi>{text}</bdi> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect::<Vec<_>>()
        .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_values_are_cut_out_of_the_sentence_in_order() {
        assert_eq!(
            split_data("Aarhus Kommune har truffet afgørelse.", &["Aarhus Kommune"]),
            vec![(true, "Aarhus Kommune"), (false, " har truffet afgørelse.")]
        );
        assert_eq!(
            split_data("Hentet fra سجل kl. 07.02", &["سجل"]),
            vec![(false, "Hentet fra "), (true, "سجل"), (false, " kl. 07.02")]
        );
        // Two values, the longer first where they start at the same place; empty values ignored.
        assert_eq!(
            split_data("Fra CPR til CPR-kontoret.", &["CPR-kontoret", "CPR", ""]),
            vec![
                (false, "Fra "),
                (true, "CPR"),
                (false, " til "),
                (true, "CPR-kontoret"),
                (false, ".")
            ]
        );
        assert_eq!(
            split_data("Ingen data her.", &["x y"]),
            vec![(false, "Ingen data her.")]
        );
    }
}
