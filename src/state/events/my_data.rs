//! Mine oplysninger: a protection in CPR that lapses, a vehicle's next periodic inspection.

use super::{Event, EventKind, Inputs, Target};
use crate::api::person::ProtectionKind;
use crate::api::vehicles::VehicleRole;
use crate::api::Source;

/// The protections' ends and the inspections of the vehicles the citizen owns.
pub(super) fn events(inputs: &Inputs, out: &mut Vec<Event>) {
    if let Some(person) = inputs.person {
        for protection in &person.data.protections {
            let Some(end) = &protection.end else {
                continue;
            };
            let kind = EventKind::ProtectionExpiring {
                protection: protection.kind,
            };
            let item = format!("{}.{}", protection_code(protection.kind), protection.start);
            out.extend(Event::at(
                end,
                kind,
                Source::Person,
                &person.source.authority,
                &item,
                Target::MyData,
            ));
        }
    }
    if let Some(vehicles) = inputs.vehicles {
        // The owner answers for the inspection; a user of someone else's vehicle does not.
        for vehicle in vehicles
            .data
            .iter()
            .filter(|v| v.role == VehicleRole::Owner)
        {
            let Some(due) = &vehicle.next_inspection else {
                continue;
            };
            let kind = EventKind::InspectionDue {
                registration: vehicle.registration.clone(),
                vehicle: format!("{} {}", vehicle.make, vehicle.model),
            };
            let item = vehicle.registration.replace(' ', "");
            out.extend(Event::at(
                due,
                kind,
                Source::Vehicles,
                &vehicles.source.authority,
                &item,
                Target::MyData,
            ));
        }
    }
}

/// A protection kind's wire name, for ids.
fn protection_code(kind: ProtectionKind) -> &'static str {
    match kind {
        ProtectionKind::NameAndAddress => "navneOgAdresse",
        ProtectionKind::LocalDirectory => "lokalvejviser",
        ProtectionKind::Marketing => "reklame",
        ProtectionKind::Research => "forsker",
    }
}
