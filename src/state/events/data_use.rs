//! Dine data: look-ups of the citizen's data, consents given, withdrawn and expiring, and the
//! end of a power of attorney.

use super::{Event, EventKind, Inputs, Target};
use crate::api::consents::ConsentStatus;
use crate::api::Source;

/// The events of the access log, the consents and the powers of attorney.
pub(super) fn events(inputs: &Inputs, out: &mut Vec<Event>) {
    if let Some(log) = inputs.access_log {
        for entry in &log.data {
            let kind = EventKind::LookUp {
                item: entry.item,
                register: entry.register.name.clone(),
            };
            out.extend(Event::at(
                &entry.time,
                kind,
                Source::AccessLog,
                &entry.authority.name,
                &entry.id,
                Target::DataUse,
            ));
        }
    }
    if let Some(consents) = inputs.consents {
        for consent in &consents.data {
            let to = consent.to.name.as_str();
            let mut add = |iso: &str, kind: EventKind| {
                out.extend(Event::at(
                    iso,
                    kind,
                    Source::Consents,
                    to,
                    &consent.id,
                    Target::DataUse,
                ));
            };
            add(
                &consent.given,
                EventKind::ConsentGiven {
                    from: consent.from.name.clone(),
                },
            );
            if let Some(withdrawn) = &consent.withdrawn {
                add(withdrawn, EventKind::ConsentWithdrawn);
            }
            // A withdrawn consent no longer expires.
            if let (Some(expires), false) =
                (&consent.expires, consent.status == ConsentStatus::Withdrawn)
            {
                add(expires, EventKind::ConsentExpiring);
            }
        }
    }
    if let Some(powers) = inputs.powers_of_attorney {
        for power in &powers.data {
            let Some(end) = &power.valid_to else {
                continue;
            };
            let kind = EventKind::PowerOfAttorneyExpiring {
                counterpart: power.counterpart.clone(),
                role: power.role,
            };
            out.extend(Event::at(
                end,
                kind,
                Source::PowersOfAttorney,
                &powers.source.authority,
                &power.id,
                Target::DataUse,
            ));
        }
    }
}
