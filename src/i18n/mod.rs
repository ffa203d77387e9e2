//! One translation mechanism for every visible string, declared per feature.
//!
//! - [`texts!`](crate::texts) declares a feature's fixed texts, Danish and English side by side;
//!   an entry without both is a compile error.
//! - [`counted!`](crate::counted) declares texts about a count, with the one/other plural forms
//!   of both languages.
//! - Texts with other arguments are typed functions that `match` on [`Lang`], so a missing
//!   language is a compile error there too.

mod isolate;
mod lang;
mod number;

pub use isolate::{isolated, split_data};
pub use lang::Lang;
pub use number::integer;

/// A fixed text with a Danish and an English side.
pub trait Text: Copy + Send + Sync + 'static {
    /// The Danish text.
    fn da(self) -> &'static str;
    /// The English text.
    fn en(self) -> &'static str;
    /// The text in `lang`.
    fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da(),
            Lang::En => self.en(),
        }
    }
}

/// A text about a count: singular and plural forms in both languages, `{n}` for the number.
pub trait Counted: Copy + Send + Sync + 'static {
    /// `[one, other]` in Danish.
    fn da(self) -> [&'static str; 2];
    /// `[one, other]` in English.
    fn en(self) -> [&'static str; 2];
    /// The text for `n` in `lang`, the number formatted for the language (`1.234` / `1,234`).
    fn count(self, lang: Lang, n: usize) -> String {
        let [one, other] = match lang {
            Lang::Da => self.da(),
            Lang::En => self.en(),
        };
        // Danish and English share the CLDR rule: "one" is exactly 1, everything else "other".
        let form = if n == 1 { one } else { other };
        form.replace("{n}", &integer(n as i64, lang))
    }
}

/// Declares an enum of fixed texts with their Danish and English sides:
///
/// ```ignore
/// texts! {
///     /// The case section's texts.
///     pub enum CaseText {
///         TabActive => "Aktive sager", "Active cases";
///     }
/// }
/// ```
#[macro_export]
macro_rules! texts {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $da:literal, $en:literal; )*
        }
    ) => {
        $crate::text_enum! { $(#[$meta])* $vis enum $name { $( $(#[$vmeta])* $variant, )* } }

        impl $crate::i18n::Text for $name {
            fn da(self) -> &'static str {
                match self { $($name::$variant => $da,)* }
            }
            fn en(self) -> &'static str {
                match self { $($name::$variant => $en,)* }
            }
        }
    };
}

/// The enum of a [`texts!`] or [`counted!`] table, with `ALL` for completeness tests.
#[doc(hidden)]
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident, )* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// Every text, for completeness tests.
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
        }
    };
}

/// Declares an enum of counted texts: `[one, other]` in Danish, then in English.
///
/// ```ignore
/// counted! {
///     pub enum CaseCount {
///         Open => ["{n} åben sag", "{n} åbne sager"], ["{n} open case", "{n} open cases"];
///     }
/// }
/// ```
#[macro_export]
macro_rules! counted {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident =>
                [$da_one:literal, $da_other:literal], [$en_one:literal, $en_other:literal]; )*
        }
    ) => {
        $crate::text_enum! { $(#[$meta])* $vis enum $name { $( $(#[$vmeta])* $variant, )* } }

        impl $crate::i18n::Counted for $name {
            fn da(self) -> [&'static str; 2] {
                match self { $($name::$variant => [$da_one, $da_other],)* }
            }
            fn en(self) -> [&'static str; 2] {
                match self { $($name::$variant => [$en_one, $en_other],)* }
            }
        }
    };
}

/// Checks a feature's fixed texts: none empty, and English differs from Danish except for the
/// listed proper names. For each feature's test module.
#[cfg(test)]
pub fn check_texts<T: Text + std::fmt::Debug + PartialEq>(all: &[T], same_in_both: &[T]) {
    for &text in all {
        for lang in Lang::ALL {
            assert!(
                !text.text(*lang).trim().is_empty(),
                "{text:?} is empty in {lang:?}"
            );
        }
        if !same_in_both.contains(&text) {
            assert_ne!(text.da(), text.en(), "{text:?} is not translated");
        }
        assert!(!text.da().contains('{'), "{text:?} has a placeholder");
    }
}

/// Checks a feature's counted texts: every form names the count, English differs from Danish.
#[cfg(test)]
pub fn check_counted<T: Counted + std::fmt::Debug>(all: &[T]) {
    for &text in all {
        for form in text.da().into_iter().chain(text.en()) {
            assert!(form.contains("{n}"), "{text:?}: {form:?} lacks {{n}}");
        }
        assert_ne!(text.da(), text.en(), "{text:?} is not translated");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::counted! {
        enum Things {
            Open => ["{n} åben sag", "{n} åbne sager"], ["{n} open case", "{n} open cases"];
        }
    }

    #[test]
    fn counted_texts_pick_one_or_other_and_format_the_number() {
        assert_eq!(Things::Open.count(Lang::Da, 1), "1 åben sag");
        assert_eq!(Things::Open.count(Lang::Da, 0), "0 åbne sager");
        assert_eq!(Things::Open.count(Lang::Da, 1234), "1.234 åbne sager");
        assert_eq!(Things::Open.count(Lang::En, 1), "1 open case");
        assert_eq!(Things::Open.count(Lang::En, 1234), "1,234 open cases");
        check_counted(Things::ALL);
    }
}
