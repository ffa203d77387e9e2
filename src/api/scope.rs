//! What acting on someone's behalf covers: areas of self-service, as a digital power of attorney
//! (Digital Fuldmagt) names them. Which sources each opens is in the source table.

use serde::{Deserialize, Serialize};

/// An area of self-service a power of attorney (or custody of a child) can cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Scope {
    #[serde(rename = "mit-overblik.sager")]
    Cases,
    #[serde(rename = "mit-overblik.oekonomi")]
    Benefits,
    #[serde(rename = "mit-overblik.oplysninger")]
    MyData,
    #[serde(rename = "mit-overblik.dine-data")]
    DataUse,
    #[serde(rename = "digital-post")]
    DigitalPost,
    #[serde(rename = "skat.tastselv")]
    Tax,
    #[serde(rename = "gaeld.gaeldsstyrelsen")]
    Debt,
}

impl Scope {
    /// Every scope.
    pub const ALL: [Scope; 7] = [
        Scope::Cases,
        Scope::Benefits,
        Scope::MyData,
        Scope::DataUse,
        Scope::DigitalPost,
        Scope::Tax,
        Scope::Debt,
    ];

    /// The scope's code on the wire (the contract's `Omfang`).
    pub fn code(self) -> &'static str {
        match self {
            Scope::Cases => "mit-overblik.sager",
            Scope::Benefits => "mit-overblik.oekonomi",
            Scope::MyData => "mit-overblik.oplysninger",
            Scope::DataUse => "mit-overblik.dine-data",
            Scope::DigitalPost => "digital-post",
            Scope::Tax => "skat.tastselv",
            Scope::Debt => "gaeld.gaeldsstyrelsen",
        }
    }

    /// The scope of a code; unknown codes are `None`.
    pub fn from_code(code: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_wire_names() {
        for scope in Scope::ALL {
            assert_eq!(serde_json::to_value(scope).unwrap(), scope.code());
            assert_eq!(Scope::from_code(scope.code()), Some(scope));
        }
    }
}
