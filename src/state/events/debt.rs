//! Public debt: the next instalment of a claim under an instalment plan.

use super::{Event, EventKind, Inputs, Target};
use crate::api::Source;

/// An event per claim whose plan names its next instalment.
pub(super) fn events(inputs: &Inputs, out: &mut Vec<Event>) {
    let Some(debt) = inputs.debt else {
        return;
    };
    for item in &debt.data.items {
        let (Some(due), Some(amount)) = (&item.next_instalment, item.monthly) else {
            continue;
        };
        let kind = EventKind::DebtInstalmentDue {
            claim: item.kind.clone(),
            amount,
        };
        out.extend(Event::at(
            due,
            kind,
            Source::Debt,
            &debt.source.authority,
            &item.id,
            Target::Economy,
        ));
    }
}
