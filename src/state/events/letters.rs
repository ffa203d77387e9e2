//! Digital Post: a letter received, from its sender, at the time it arrived.

use super::{Event, EventKind, Inputs, Target};
use crate::api::Source;

/// An event per letter.
pub(super) fn events(inputs: &Inputs, out: &mut Vec<Event>) {
    let Some(letters) = inputs.letters else {
        return;
    };
    for letter in &letters.data {
        let kind = EventKind::LetterReceived {
            subject: letter.subject.clone(),
        };
        let target = Target::Letter(letter.id.clone());
        out.extend(Event::at(
            &letter.received,
            kind,
            Source::DigitalPost,
            &letter.sender.name,
            &letter.id,
            target,
        ));
    }
}
