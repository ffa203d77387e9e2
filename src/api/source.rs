//! The data sources: one authority's register each, one section of the UI each. A leaf module:
//! the client, the state and the fault simulation all name sources, and it names nothing else.

/// A data source: one section of the UI, one authority's register. Faults are set per source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Session,
    Person,
    Housing,
    Cases,
    Benefits,
    Tax,
    Debt,
    Vehicles,
    DigitalPost,
    AccessLog,
    Consents,
    PowersOfAttorney,
}

impl Source {
    /// Every source.
    pub const ALL: [Source; 12] = [
        Source::Session,
        Source::Person,
        Source::Housing,
        Source::Cases,
        Source::Benefits,
        Source::Tax,
        Source::Debt,
        Source::Vehicles,
        Source::DigitalPost,
        Source::AccessLog,
        Source::Consents,
        Source::PowersOfAttorney,
    ];

    /// A short stable id, used in URLs of the fault switch (`?fejl=sager:500`).
    pub fn id(self) -> &'static str {
        match self {
            Source::Session => "session",
            Source::Person => "person",
            Source::Housing => "bolig",
            Source::Cases => "sager",
            Source::Benefits => "ydelser",
            Source::Tax => "skat",
            Source::Debt => "gaeld",
            Source::Vehicles => "koeretoejer",
            Source::DigitalPost => "digital-post",
            Source::AccessLog => "adgangslog",
            Source::Consents => "samtykker",
            Source::PowersOfAttorney => "fuldmagter",
        }
    }

    /// Parses [`Source::id`].
    pub fn from_id(id: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|source| source.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_ids_round_trip() {
        for source in Source::ALL {
            assert_eq!(Source::from_id(source.id()), Some(source));
        }
        assert_eq!(Source::from_id("nope"), None);
    }
}
