//! Whole numbers in each language's grouping: `1.234` in Danish, `1,234` in English.

use super::Lang;

/// `n` with thousands grouped the language's way.
pub fn integer(n: i64, lang: Lang) -> String {
    let separator = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(integer(0, Lang::Da), "0");
        assert_eq!(integer(999, Lang::Da), "999");
        assert_eq!(integer(1_000, Lang::Da), "1.000");
        assert_eq!(integer(1_234_567, Lang::En), "1,234,567");
        assert_eq!(integer(-1_234, Lang::Da), "-1.234");
    }
}
