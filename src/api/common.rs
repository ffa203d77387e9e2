//! Shapes shared by several sources: money, organisations, DAR addresses.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount in Danish kroner, held exactly in øre. On the wire it is a JSON number, by contract
/// with at most two decimals (`12345.5`); the client reads more decimals too, rounded to the
/// nearest øre, a half away from zero (`0.005` is 1 øre, `-0.005` is −1 øre), so an authority
/// that sends a third decimal does not take a section down.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Kroner {
    /// The amount in øre (1 kr. = 100 øre).
    pub oere: i64,
}

impl Kroner {
    /// No money.
    pub const ZERO: Kroner = Kroner { oere: 0 };

    /// An amount of whole and fractional kroner given in øre.
    pub const fn from_oere(oere: i64) -> Kroner {
        Kroner { oere }
    }

    /// An amount of whole kroner.
    pub const fn whole(kroner: i64) -> Kroner {
        Kroner { oere: kroner * 100 }
    }

    /// The amount rounded to whole kroner, halves away from zero (50 øre rounds up).
    pub const fn rounded_kroner(self) -> i64 {
        let whole = self.oere / 100;
        let rest = self.oere % 100;
        if rest >= 50 {
            whole + 1
        } else if rest <= -50 {
            whole - 1
        } else {
            whole
        }
    }
}

impl std::ops::Add for Kroner {
    type Output = Kroner;
    fn add(self, other: Kroner) -> Kroner {
        Kroner::from_oere(self.oere + other.oere)
    }
}

impl std::ops::Sub for Kroner {
    type Output = Kroner;
    fn sub(self, other: Kroner) -> Kroner {
        Kroner::from_oere(self.oere - other.oere)
    }
}

impl std::ops::AddAssign for Kroner {
    fn add_assign(&mut self, other: Kroner) {
        self.oere += other.oere;
    }
}

impl std::iter::Sum for Kroner {
    fn sum<I: Iterator<Item = Kroner>>(amounts: I) -> Kroner {
        Kroner::from_oere(amounts.map(|amount| amount.oere).sum())
    }
}

impl Serialize for Kroner {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.oere as f64 / 100.0)
    }
}

impl<'de> Deserialize<'de> for Kroner {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Kroner, D::Error> {
        let value = f64::deserialize(deserializer)?;
        let scaled = value * 100.0;
        // The nudge keeps a decimal half a half after binary rounding (1.005 × 100 = 100.4999…).
        let oere = (scaled + scaled.signum() * 1e-7).round();
        // Beyond 2^53 øre a float no longer holds whole øre: not an amount.
        if !oere.is_finite() || oere.abs() > 9_007_199_254_740_992.0 {
            // A fixed message: formatting the f64 would pull float printing into the first view.
            return Err(serde::de::Error::custom("not an amount of money"));
        }
        Ok(Kroner { oere: oere as i64 })
    }
}

/// An organisation: an authority, a payer, a sender.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    #[serde(rename = "navn")]
    pub name: String,
    /// 8-digit CVR number.
    pub cvr: String,
}

/// The kind of authority behind a case or a benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuthorityKind {
    #[serde(rename = "kommune")]
    Municipality,
    #[serde(rename = "udbetalingDanmark")]
    UdbetalingDanmark,
    #[serde(rename = "stat")]
    State,
}

/// An authority with its kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authority {
    #[serde(rename = "navn")]
    pub name: String,
    pub cvr: String,
    #[serde(rename = "type")]
    pub kind: AuthorityKind,
}

/// A Danish address as DAR (Danmarks Adresseregister) models it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// DAR's UUID for the address.
    pub id: String,
    #[serde(rename = "vejnavn")]
    pub street: String,
    /// House number: up to three digits and an optional letter.
    #[serde(rename = "husnr")]
    pub house_number: String,
    /// Floor: `st`, `kl`, `1`–`99` …
    #[serde(rename = "etage")]
    pub floor: Option<String>,
    /// Door: `tv`, `th`, `mf` or a number.
    #[serde(rename = "doer")]
    pub door: Option<String>,
    #[serde(rename = "supplerendeBynavn")]
    pub supplementary_town: Option<String>,
    #[serde(rename = "postnr")]
    pub postcode: String,
    #[serde(rename = "postnrnavn")]
    pub post_town: String,
    /// 4-digit municipality code.
    #[serde(rename = "kommunekode")]
    pub municipality_code: String,
    #[serde(rename = "kommunenavn")]
    pub municipality: String,
}

impl Address {
    /// The address on its usual lines: "Lærkevej 9C, 1. tv", ["Komdrup"], "9293 Kongerslev".
    pub fn lines(&self) -> Vec<String> {
        let mut first = format!("{} {}", self.street, self.house_number);
        match (&self.floor, &self.door) {
            (Some(floor), Some(door)) => {
                first.push_str(&format!(", {} {door}", floor_label(floor)))
            }
            (Some(floor), None) => first.push_str(&format!(", {}", floor_label(floor))),
            (None, Some(door)) => first.push_str(&format!(", {door}")),
            (None, None) => {}
        }
        let mut lines = vec![first];
        lines.extend(self.supplementary_town.clone());
        lines.push(format!("{} {}", self.postcode, self.post_town));
        lines
    }
}

/// The floor as DAR's `betegnelse` writes it: "1.", "st.", "kl.", "k2".
fn floor_label(floor: &str) -> String {
    if floor.chars().all(|c| c.is_ascii_digit()) || floor == "st" || floor == "kl" {
        format!("{floor}.")
    } else {
        floor.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ground_floor_and_basement_are_abbreviated_with_a_full_stop() {
        assert_eq!(floor_label("st"), "st.");
        assert_eq!(floor_label("kl"), "kl.");
        assert_eq!(floor_label("k2"), "k2");
        assert_eq!(floor_label("3"), "3.");
    }

    #[test]
    fn kroner_reads_decimals_exactly_and_round_trips() {
        let amount: Kroner = serde_json::from_str("12345.5").unwrap();
        assert_eq!(amount, Kroner::from_oere(1_234_550));
        let back = serde_json::to_string(&amount).unwrap();
        assert_eq!(serde_json::from_str::<Kroner>(&back).unwrap(), amount);
        assert_eq!(serde_json::from_str::<Kroner>("-0.01").unwrap().oere, -1);
    }

    #[test]
    fn money_adds_in_whole_oere_without_drift() {
        // 0.10 + 0.20 is not 0.30 in floating point; in øre it is.
        let tenth = Kroner::from_oere(10);
        let total: Kroner = std::iter::repeat_n(tenth, 1_000_000).sum();
        assert_eq!(total, Kroner::whole(100_000));
        assert_eq!(
            Kroner::from_oere(10) + Kroner::from_oere(20),
            Kroner::from_oere(30)
        );
        assert_eq!(
            Kroner::whole(16_273) - Kroner::from_oere(386_250),
            Kroner::from_oere(1_241_050)
        );
        let mut running = Kroner::ZERO;
        running += Kroner::from_oere(-150);
        assert_eq!(running.oere, -150);
    }

    #[test]
    fn rounding_to_whole_kroner_takes_halves_away_from_zero() {
        assert_eq!(Kroner::from_oere(1_234_549).rounded_kroner(), 12_345);
        assert_eq!(Kroner::from_oere(1_234_550).rounded_kroner(), 12_346);
        assert_eq!(Kroner::from_oere(-1_234_550).rounded_kroner(), -12_346);
        assert_eq!(Kroner::from_oere(-1_234_549).rounded_kroner(), -12_345);
        assert_eq!(Kroner::ZERO.rounded_kroner(), 0);
    }

    #[test]
    fn fractions_of_oere_round_to_the_nearest_oere_halves_away_from_zero() {
        let oere = |json: &str| serde_json::from_str::<Kroner>(json).map(|k| k.oere);
        assert_eq!(oere("1.234").unwrap(), 123);
        assert_eq!(oere("0.005").unwrap(), 1);
        assert_eq!(oere("-0.005").unwrap(), -1);
        assert_eq!(oere("1.005").unwrap(), 101);
        assert_eq!(oere("0.004").unwrap(), 0);
        assert_eq!(oere("12038").unwrap(), 1_203_800);
        // Not an amount: too large to hold whole øre, or not a number.
        assert!(oere("1e300").is_err());
        assert!(oere("\"12,00\"").is_err());
    }

    #[test]
    fn address_lines_follow_dar_conventions() {
        let address = Address {
            id: "0a3f50a0-73bf-32b8-e044-0003ba298018".into(),
            street: "Lærkevej".into(),
            house_number: "9C".into(),
            floor: Some("1".into()),
            door: Some("tv".into()),
            supplementary_town: Some("Komdrup".into()),
            postcode: "9293".into(),
            post_town: "Kongerslev".into(),
            municipality_code: "0851".into(),
            municipality: "Aalborg".into(),
        };
        assert_eq!(
            address.lines(),
            ["Lærkevej 9C, 1. tv", "Komdrup", "9293 Kongerslev"]
        );
        let ground = Address {
            floor: Some("st".into()),
            door: None,
            supplementary_town: None,
            ..address
        };
        assert_eq!(ground.lines(), ["Lærkevej 9C, st.", "9293 Kongerslev"]);
    }
}
