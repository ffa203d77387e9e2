//! Payouts: planned, sent to the bank, or paid, on their disposal date, with the benefit's name
//! and payer from its grant.

use super::{Event, EventKind, Inputs, Target};
use crate::api::benefits::PayoutStatus;
use crate::api::Source;

/// The events of every payout in `inputs` (none without the grants, which name them).
pub(super) fn events(inputs: &Inputs, out: &mut Vec<Event>) {
    let (Some(grants), Some(payouts)) = (inputs.grants, inputs.payouts) else {
        return;
    };
    for payout in &payouts.data {
        let grant = grants.data.iter().find(|g| g.id == payout.grant_id);
        let benefit = grant.map_or_else(String::new, |g| g.benefit_name.clone());
        let payer = grant.map_or(payouts.source.authority.as_str(), |g| g.payer.name.as_str());
        let amount = payout.paid;
        let kind = match payout.status {
            PayoutStatus::Planned => EventKind::PayoutPlanned { benefit, amount },
            PayoutStatus::Sent => EventKind::PayoutSent { benefit, amount },
            PayoutStatus::Paid => EventKind::PayoutPaid { benefit, amount },
            // A status the client does not know is not counted as paid, nor shown as an event.
            PayoutStatus::Unknown => continue,
        };
        out.extend(Event::at(
            &payout.payout_date,
            kind,
            Source::Benefits,
            payer,
            &payout.id,
            Target::Economy,
        ));
    }
}
