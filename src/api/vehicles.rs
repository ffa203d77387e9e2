//! Vehicles (Motorstyrelsen, Motorregistret).

use serde::{Deserialize, Serialize};

/// The citizen's relation to the vehicle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VehicleRole {
    #[serde(rename = "ejer")]
    Owner,
    #[serde(rename = "bruger")]
    User,
}

/// A registered vehicle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vehicle {
    #[serde(rename = "registreringsnummer")]
    pub registration: String,
    /// VIN (stelnummer), 17 characters.
    #[serde(rename = "stelnummer")]
    pub vin: String,
    #[serde(rename = "maerke")]
    pub make: String,
    pub model: String,
    /// ISO date of first registration.
    #[serde(rename = "foersteRegistrering")]
    pub first_registered: String,
    #[serde(rename = "rolle")]
    pub role: VehicleRole,
    /// ISO date of the next periodic inspection, if due.
    #[serde(rename = "naesteSyn")]
    pub next_inspection: Option<String>,
}
