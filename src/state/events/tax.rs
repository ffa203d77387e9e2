//! Tax: the last day to pay restskat voluntarily (the annual statement's due date).

use super::{Event, EventKind, Inputs, Target};
use crate::api::tax::StatementResult;
use crate::api::Source;

/// The restskat deadline of the last annual statement, if it has one.
pub(super) fn events(inputs: &Inputs, out: &mut Vec<Event>) {
    let Some(tax) = inputs.tax else {
        return;
    };
    let Some(statement) = &tax.data.annual_statement else {
        return;
    };
    let (StatementResult::Owed, Some(due)) = (statement.result, &statement.due) else {
        return;
    };
    let kind = EventKind::TaxDeadline {
        year: statement.year,
        amount: statement.amount,
    };
    let item = format!("aarsopgoerelse-{}", statement.year);
    out.extend(Event::at(
        due,
        kind,
        Source::Tax,
        &tax.source.authority,
        &item,
        Target::Economy,
    ));
}
