//! The typed client's error mapping in a real browser (wasm-bindgen-test in headless Chromium),
//! through the real HTTP transport and through the toolkit's fault simulation in front of it.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use mit_overblik::api::cases::CaseSummary;
use mit_overblik::api::person::Person;
use mit_overblik::api::source_table::Reader;
use mit_overblik::api::tax::TaxOverview;
use mit_overblik::api::{
    endpoints, fetch, ApiConfig, ApiError, Client, Endpoint, Http, Source, Sourced,
};
use mit_overblik::features::toolkit::transport::faults::{Failure, FaultPlan, Faults, Simulated};
use mit_overblik::state::clock::REFERENCE_DATE;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn config() -> ApiConfig {
    ApiConfig {
        timeout_ms: 200,
        ..ApiConfig::default()
    }
}

fn client_with(source: Source, failure: Failure) -> Client {
    let mut faults = Faults::default();
    faults.set(
        source,
        FaultPlan {
            latency_ms: 0,
            failure,
        },
    );
    Client {
        config: config(),
        transport: Rc::new(Simulated {
            faults: Rc::new(RefCell::new(faults)),
            inner: Rc::new(Http),
        }),
    }
}

/// Reads `endpoint` as the app's resources do: its body, then the source table's reader.
async fn read<T: Clone + 'static>(
    client: &Client,
    endpoint: Endpoint,
    reader: Reader,
) -> Result<Sourced<T>, ApiError> {
    let answer = reader(client.body(&endpoint).await, REFERENCE_DATE).await;
    answer
        .downcast_ref::<Result<Sourced<T>, ApiError>>()
        .expect("the reader answers with the endpoint's model")
        .clone()
}

#[wasm_bindgen_test]
async fn simulated_http_500_is_an_http_error() {
    let client = client_with(Source::Cases, Failure::Http500);
    let result = read::<Vec<CaseSummary>>(&client, Endpoint::Cases, fetch::cases).await;
    assert_eq!(result.err(), Some(ApiError::Http(500)));
}

#[wasm_bindgen_test]
async fn simulated_timeout_is_a_timeout() {
    let client = client_with(Source::Tax, Failure::Timeout);
    let result = read::<TaxOverview>(&client, Endpoint::Tax, fetch::tax).await;
    assert_eq!(result.err(), Some(ApiError::Timeout));
}

#[wasm_bindgen_test]
async fn a_missing_endpoint_is_not_found() {
    // The test runner's own server has no mock data: a real 404.
    let client = Client::new(config());
    let result = read::<Person>(&client, Endpoint::Person, fetch::person).await;
    assert_eq!(result.err(), Some(ApiError::NotFound));
}

#[wasm_bindgen_test]
async fn an_unreachable_server_is_a_network_error() {
    let client = Client::new(ApiConfig {
        base_url: "http://127.0.0.1:9/api".into(),
        ..config()
    });
    let result = read::<Person>(&client, Endpoint::Person, fetch::person).await;
    assert!(matches!(result, Err(ApiError::Network(_))), "{result:?}");
}

#[wasm_bindgen_test]
async fn an_invalid_case_id_never_reaches_the_network() {
    let result = endpoints::fetch_case(&Client::new(config()), "../session").await;
    assert_eq!(result.err(), Some(ApiError::NotFound));
}

#[wasm_bindgen_test]
async fn faults_on_one_source_leave_the_others_alone() {
    let client = client_with(Source::Cases, Failure::Http500);
    // Person has no fault: it reaches the (missing) endpoint and gets a real 404.
    assert_eq!(
        read::<Person>(&client, Endpoint::Person, fetch::person)
            .await
            .err(),
        Some(ApiError::NotFound)
    );
}
