//! The case section's own resources: one case's detail, following the address and the API settings.

use leptos::prelude::*;

use crate::api::{cases::CaseDetail, endpoints};
use crate::state::{api_settings::use_api_settings, sources::SourceResource};

/// A resource for one case's detail.
pub fn case_detail_resource(id: Signal<String>) -> SourceResource<CaseDetail> {
    let settings = use_api_settings();
    SourceResource::new(move || {
        let client = settings.client();
        let id = id.get();
        async move { endpoints::fetch_case(&client, &id).await }
    })
}
