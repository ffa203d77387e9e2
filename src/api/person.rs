//! Person (CPR): the citizen's registered personal data and family.

use serde::{Deserialize, Serialize};

use super::common::Address;

/// What CPR holds about the citizen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    #[serde(rename = "navn")]
    pub name: String,
    pub cpr: String,
    /// ISO date.
    #[serde(rename = "foedselsdato")]
    pub birth_date: String,
    /// Marital status as CPR words it: "Ugift", "Gift", "Enke", "Fraskilt" …
    #[serde(rename = "civilstand")]
    pub marital_status: String,
    #[serde(rename = "statsborgerskab")]
    pub citizenship: String,
    /// Null when the citizen has name and address protection: the backend leaves it out.
    #[serde(rename = "adresse")]
    pub address: Option<Address>,
    /// ISO date the citizen moved to the address.
    #[serde(rename = "tilflytningsdato")]
    pub moved_in: String,
    /// Protections in CPR, e.g. name and address protection (CPR-loven § 28).
    #[serde(rename = "beskyttelser")]
    pub protections: Vec<Protection>,
    #[serde(rename = "aegtefaelle")]
    pub spouse: Option<Relative>,
    #[serde(rename = "boern")]
    pub children: Vec<Child>,
}

impl Person {
    /// Whether the name and address are protected on `today` (ISO date).
    pub fn address_protected(&self, today: &str) -> bool {
        self.protections.iter().any(|p| {
            p.kind == ProtectionKind::NameAndAddress
                && p.start.as_str() <= today
                && p.end.as_deref().is_none_or(|end| today <= end)
        })
    }

    /// The person without a protected address, whatever was received: the client never relies
    /// on the backend alone to leave it out.
    pub fn without_protected(mut self, today: &str) -> Person {
        if self.address_protected(today) {
            self.address = None;
        }
        self
    }
}

/// The kinds of protection CPR registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProtectionKind {
    /// Navne- og adressebeskyttelse: renewed a year at a time.
    #[serde(rename = "navneOgAdresse")]
    NameAndAddress,
    /// Lokalvejviserbeskyttelse.
    #[serde(rename = "lokalvejviser")]
    LocalDirectory,
    /// Reklamebeskyttelse.
    #[serde(rename = "reklame")]
    Marketing,
    /// Forskerbeskyttelse.
    #[serde(rename = "forsker")]
    Research,
}

/// One protection with its period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protection {
    #[serde(rename = "type")]
    pub kind: ProtectionKind,
    /// ISO date.
    pub start: String,
    /// ISO date it lapses, if it does.
    #[serde(rename = "slut")]
    pub end: Option<String>,
}

/// A spouse as CPR relates them: an opaque id, never their CPR number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relative {
    /// Opaque key, used only to act on the person's behalf.
    pub id: String,
    #[serde(rename = "navn")]
    pub name: String,
    #[serde(rename = "foedselsdato")]
    pub birth_date: String,
}

/// A child as CPR relates them, with whether the citizen has custody.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    /// Opaque key, used only to act on the child's behalf.
    pub id: String,
    #[serde(rename = "navn")]
    pub name: String,
    #[serde(rename = "foedselsdato")]
    pub birth_date: String,
    #[serde(rename = "foraeldremyndighed")]
    pub custody: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_and_address_protection_counts_only_inside_its_period() {
        let protection = |kind, end: Option<&str>| Protection {
            kind,
            start: "2026-01-15".into(),
            end: end.map(Into::into),
        };
        let mut person = crate::api::fixture::<Person>("familie", "person").data;
        assert!(!person.address_protected("2026-11-24"));
        person.protections = vec![protection(
            ProtectionKind::NameAndAddress,
            Some("2027-01-14"),
        )];
        assert!(person.address_protected("2026-11-24"));
        assert!(
            !person.address_protected("2027-01-15"),
            "lapses after a year"
        );
        assert!(!person.address_protected("2026-01-14"));
        person.protections = vec![protection(ProtectionKind::Marketing, None)];
        assert!(!person.address_protected("2026-11-24"));
    }
}
