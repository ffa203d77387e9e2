//! The one table of the contract's data sources and their endpoints. Everything that lists
//! sources derives from it: the [`Source`] enum with its ids and scopes, the [`Endpoint`] enum
//! with its paths, the contract's schema names and the per-persona list, the body check
//! ([`check_body`]), and — through [`source_table!`] — the state's resources with their status,
//! retry and download (`state::sources`). Adding a source is one line here, its model, its
//! texts (`state::source_texts`) and its fixtures.
//!
//! Each source line: the variant, its stable id (used by the fault switch, `?fejl=sager:500`),
//! the scope acting on someone's behalf needs (`None`: always the logged-in user's own), then
//! its endpoints: the variant, the state's field, the path below a persona, the model, the
//! contract's response schema, and what the client removes before anyone sees the answer
//! ([`super::tidy`]), and where its decoder lives: `main` in the main module (only the session:
//! the header and the login gate read it on every page), `chunk` in the `decoders` chunk (see
//! `fetch_reader!`).

use serde::de::DeserializeOwned;

use super::access_log::LegalBases;
use super::cases::CaseDetail;
use super::client::{decode, decode_envelope};
use super::endpoints::PersonaIndex;
use super::envelope::Envelope;
use super::error::ApiError;
use super::exact::exact;
use super::scope::Scope;
use super::transport::LocalFuture;

/// Calls `$then! { … }` with the table. Used here and by `state::sources`.
#[macro_export]
macro_rules! source_table {
    ($then:ident) => {
        $then! {
            Session "session" None => [
                Session session "session": $crate::api::session::Session => "SessionSvar" keep main,
            ];
            Person "person" Some($crate::api::scope::Scope::MyData) => [
                Person person "person": $crate::api::person::Person => "PersonSvar" person chunk,
            ];
            Housing "bolig" Some($crate::api::scope::Scope::MyData) => [
                Housing housing "bolig": $crate::api::housing::Housing => "BoligSvar" housing chunk,
            ];
            Cases "sager" Some($crate::api::scope::Scope::Cases) => [
                Cases cases "sager": Vec<$crate::api::cases::CaseSummary> => "SagerSvar" cases chunk,
            ];
            Benefits "ydelser" Some($crate::api::scope::Scope::Benefits) => [
                Grants grants "ydelser": Vec<$crate::api::benefits::Grant> => "YdelserSvar" keep chunk,
                Payouts payouts "udbetalinger": Vec<$crate::api::benefits::Payout> => "UdbetalingerSvar" keep chunk,
            ];
            Tax "skat" Some($crate::api::scope::Scope::Tax) => [
                Tax tax "skat": $crate::api::tax::TaxOverview => "SkatSvar" keep chunk,
            ];
            Debt "gaeld" Some($crate::api::scope::Scope::Debt) => [
                Debt debt "gaeld": $crate::api::debt::DebtOverview => "GaeldSvar" keep chunk,
            ];
            Vehicles "koeretoejer" Some($crate::api::scope::Scope::MyData) => [
                Vehicles vehicles "koeretoejer": Vec<$crate::api::vehicles::Vehicle> => "KoeretoejerSvar" keep chunk,
            ];
            DigitalPost "digital-post" Some($crate::api::scope::Scope::DigitalPost) => [
                DigitalPost digital_post "digital-post": Vec<$crate::api::digital_post::MessageHeader> => "DigitalPostSvar" keep chunk,
            ];
            AccessLog "adgangslog" Some($crate::api::scope::Scope::DataUse) => [
                AccessLog access_log "adgangslog": Vec<$crate::api::access_log::AccessEntry> => "AdgangslogSvar" keep chunk,
            ];
            Consents "samtykker" Some($crate::api::scope::Scope::DataUse) => [
                Consents consents "samtykker": Vec<$crate::api::consents::Consent> => "SamtykkerSvar" keep chunk,
            ];
            PowersOfAttorney "fuldmagter" Some($crate::api::scope::Scope::DataUse) => [
                PowersOfAttorney powers_of_attorney "fuldmagter": Vec<$crate::api::powers_of_attorney::PowerOfAttorney> => "FuldmagterSvar" keep chunk,
            ];
        }
    };
}

/// One reader of the `fetch` module: from an endpoint's body (or the error fetching it) to its
/// typed answer, behind [`AnyAnswer`]. `main`: decoded in the main module. `chunk`: decoded by
/// the `decoders` chunk, which every logged-in page preloads with the main module, so the login
/// and service pages, and every page's start-up, do not carry the models' decoders (33 KiB gzip);
/// a chunk that cannot be loaded is a connection error of that source, and its retry loads the
/// chunk again.
macro_rules! fetch_reader {
    (main $field:ident $path:literal $model:ty, $tidy:ident) => {
        #[doc = concat!("Reads `GET /", $path, "`.")]
        pub fn $field(body: Result<String, ApiError>, today: Date) -> LocalFuture<AnyAnswer> {
            let read = body.and_then(|body| tidy::decoded::<$model>(&body, tidy::$tidy, today));
            Box::pin(std::future::ready(Rc::new(read) as AnyAnswer))
        }
    };
    (chunk $field:ident $path:literal $model:ty, $tidy:ident) => {
        #[doc = concat!("Reads `GET /", $path, "`, decoded by the `decoders` chunk.")]
        pub fn $field(body: Result<String, ApiError>, today: Date) -> LocalFuture<AnyAnswer> {
            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split(decoders, fallible, wasm_split_path = ::leptos::wasm_split)
            )]
            fn $field(body: String, today: Date) -> Result<Sourced<$model>, ApiError> {
                tidy::decoded(&body, tidy::$tidy, today)
            }
            Box::pin(async move {
                let read = match body {
                    #[cfg(feature = "split")]
                    Ok(body) => $field(body, today).await,
                    #[cfg(not(feature = "split"))]
                    Ok(body) => $field(body, today),
                    Err(error) => Err(error),
                };
                Rc::new(read) as AnyAnswer
            })
        }
    };
}

/// An endpoint's answer, `Result<Sourced<Model>, ApiError>`, behind `Any`: the state keeps every
/// endpoint's answer in one resource type, so the reactive machinery is compiled once.
pub type AnyAnswer = std::rc::Rc<dyn std::any::Any>;

/// A reader of the `fetch` module.
pub type Reader = fn(Result<String, ApiError>, crate::date::Date) -> LocalFuture<AnyAnswer>;

/// Defines [`Source`], [`Endpoint`] and their lists from the table.
macro_rules! define_sources {
    ($(
        $source:ident $id:literal $scope:expr => [
            $( $endpoint:ident $field:ident $path:literal: $model:ty => $schema:literal $tidy:ident $reader:ident, )+
        ];
    )+) => {
        /// A data source: one authority's register, one section of the UI. Faults are set per
        /// source; a source may answer on several endpoints (benefits: grants and payouts).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Source {
            $( $source, )+
        }

        impl Source {
            /// Every source, in the table's order.
            pub const ALL: [Source; [$( stringify!($source), )+].len()] = [$( Source::$source, )+];

            /// A short stable id, used in URLs of the fault switch (`?fejl=sager:500`).
            pub fn id(self) -> &'static str {
                match self {
                    $( Source::$source => $id, )+
                }
            }

            /// The scope reading this source on someone's behalf needs; `None` for the session,
            /// which is always the logged-in user's.
            pub fn scope(self) -> Option<Scope> {
                match self {
                    $( Source::$source => $scope, )+
                }
            }

            /// The source's endpoints.
            pub fn endpoints(self) -> &'static [Endpoint] {
                match self {
                    $( Source::$source => &[$( Endpoint::$endpoint, )+], )+
                }
            }
        }

        /// An endpoint of the contract.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Endpoint {
            /// The mock's persona index (not per persona).
            Personas,
            /// The controlled list of legal bases (not per persona).
            LegalBases,
            /// One case by its UUID.
            Case(String),
            $( $( $endpoint, )+ )+
        }

        impl Endpoint {
            /// Every endpoint below a persona but a case's detail, in the contract's order.
            pub const PER_PERSONA: [Endpoint; [$( $( stringify!($endpoint), )+ )+].len()] =
                [$( $( Endpoint::$endpoint, )+ )+];

            /// The source the endpoint belongs to; `None` for the persona index.
            pub fn source(&self) -> Option<Source> {
                match self {
                    Endpoint::Personas | Endpoint::LegalBases => None,
                    Endpoint::Case(_) => Some(Source::Cases),
                    $( $( Endpoint::$endpoint => Some(Source::$source), )+ )+
                }
            }

            /// The endpoint's path below the persona, as the contract names it.
            pub fn path(&self) -> String {
                match self {
                    Endpoint::Personas => "personas".to_owned(),
                    Endpoint::LegalBases => "hjemler".to_owned(),
                    Endpoint::Case(id) => format!("sager/{id}"),
                    $( $( Endpoint::$endpoint => $path.to_owned(), )+ )+
                }
            }

            /// The name of the contract's schema for the endpoint's answer (`openapi.json`).
            pub fn schema(&self) -> &'static str {
                match self {
                    Endpoint::Personas => "PersonaIndex",
                    Endpoint::LegalBases => "Hjemler",
                    Endpoint::Case(_) => "SagDetaljeSvar",
                    $( $( Endpoint::$endpoint => $schema, )+ )+
                }
            }
        }

        /// One [`Reader`] per endpoint of the table, named after the state's field:
        /// `fetch::cases(body, today)`. The answer is tidied (see [`super::tidy`]).
        pub mod fetch {
            use std::rc::Rc;
            use super::super::{envelope::Sourced, error::ApiError, tidy, transport::LocalFuture};
            use super::AnyAnswer;
            use $crate::date::Date;
            $( $(
                fetch_reader!($reader $field $path $model, $tidy);
            )+ )+
        }

        /// Checks that `body` decodes as `endpoint`'s answer, the envelope and its model (a
        /// source that reports an error is [`ApiError::Source`]), and says nothing the app would
        /// ignore or not know ([`super::exact`]). For checking data the app did not fetch
        /// itself: a scenario file, the fixtures.
        pub fn check_body(endpoint: &Endpoint, body: &str) -> Result<(), ApiError> {
            fn model<T: DeserializeOwned + serde::Serialize>(body: &str) -> Result<(), ApiError> {
                // Read as the app reads it (one envelope reader for every model), then written
                // back as the whole envelope for the exact check.
                let envelope = match decode_envelope::<T>(body) {
                    Ok(sourced) => Envelope { source: sourced.source, data: Some(sourced.data), fault: None },
                    Err(ApiError::Source { source, fault }) => Envelope { source: *source, data: None, fault: Some(fault) },
                    Err(error) => return Err(error),
                };
                exact(body, &envelope)?;
                match envelope.fault {
                    Some(fault) => Err(ApiError::Source { source: Box::new(envelope.source), fault }),
                    None => Ok(()),
                }
            }
            fn whole<T: DeserializeOwned + serde::Serialize>(body: &str) -> Result<(), ApiError> {
                exact(body, &decode::<T>(body)?)
            }
            match endpoint {
                Endpoint::Personas => whole::<PersonaIndex>(body),
                Endpoint::LegalBases => whole::<LegalBases>(body),
                Endpoint::Case(_) => model::<CaseDetail>(body),
                $( $( Endpoint::$endpoint => model::<$model>(body), )+ )+
            }
        }

        /// Reads `body` as `endpoint`'s answer the way the app does: the tolerant reader, with
        /// no exact check (unknown fields ignored, unknown codes read as unknown). For testing
        /// what an authority may send that the fixtures may not (the hostile persona).
        pub fn read_body(endpoint: &Endpoint, body: &str) -> Result<(), ApiError> {
            match endpoint {
                Endpoint::Personas => decode::<PersonaIndex>(body).map(drop),
                Endpoint::LegalBases => decode::<LegalBases>(body).map(drop),
                Endpoint::Case(_) => decode_envelope::<CaseDetail>(body).map(drop),
                $( $( Endpoint::$endpoint => decode_envelope::<$model>(body).map(drop), )+ )+
            }
        }
    };
}

source_table!(define_sources);

impl Source {
    /// Parses [`Source::id`].
    pub fn from_id(id: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|source| source.id() == id)
    }
}

impl Endpoint {
    /// The endpoint at `path` below a persona (the inverse of [`Endpoint::path`]): one of
    /// [`Endpoint::PER_PERSONA`] or `sager/<uuid>`.
    pub fn from_path(path: &str) -> Option<Endpoint> {
        if let Some(id) = path.strip_prefix("sager/") {
            return is_uuid(id).then(|| Endpoint::Case(id.to_owned()));
        }
        Endpoint::PER_PERSONA
            .into_iter()
            .find(|endpoint| endpoint.path() == path)
    }
}

/// Whether `id` is a UUID (hex digits and dashes): nothing that could leave a path.
pub fn is_uuid(id: &str) -> bool {
    id.len() == 36
        && id.chars().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
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

    #[test]
    fn paths_read_back_as_their_endpoints() {
        for endpoint in Endpoint::PER_PERSONA {
            assert_eq!(Endpoint::from_path(&endpoint.path()), Some(endpoint));
        }
        let case = Endpoint::Case("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11".into());
        assert_eq!(Endpoint::from_path(&case.path()), Some(case));
        assert_eq!(Endpoint::from_path("sager/../session"), None);
        assert_eq!(Endpoint::from_path("personas"), None);
    }

    #[test]
    fn every_endpoint_belongs_to_the_source_that_lists_it() {
        assert_eq!(Endpoint::Personas.source(), None);
        assert_eq!(Endpoint::Payouts.source(), Some(Source::Benefits));
        for source in Source::ALL {
            for endpoint in source.endpoints() {
                assert_eq!(endpoint.source(), Some(source));
            }
        }
        let listed: usize = Source::ALL.iter().map(|s| s.endpoints().len()).sum();
        assert_eq!(listed, Endpoint::PER_PERSONA.len());
    }

    #[test]
    fn only_the_session_needs_no_scope_and_every_scope_opens_a_source() {
        for source in Source::ALL {
            assert_eq!(source.scope().is_none(), source == Source::Session);
        }
        for scope in Scope::ALL {
            assert!(Source::ALL.iter().any(|s| s.scope() == Some(scope)));
        }
    }

    #[test]
    fn uuids_only() {
        let cases = [
            ("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11", true),
            ("../../session", false),
            ("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e1", false),
            ("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e1g", false),
        ];
        for (id, uuid) in cases {
            assert_eq!(is_uuid(id), uuid, "{id}");
        }
    }
}
