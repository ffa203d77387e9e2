//! The typed client's error mapping in a real browser (wasm-bindgen-test in headless Chromium),
//! through the real HTTP transport and through the toolkit's fault simulation in front of it.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use mit_overblik::api::{endpoints, fetch, ApiConfig, ApiError, Client, Http, Source};
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

#[wasm_bindgen_test]
async fn simulated_http_500_is_an_http_error() {
    let result = fetch::cases(
        &client_with(Source::Cases, Failure::Http500),
        REFERENCE_DATE,
    )
    .await;
    assert_eq!(result.err(), Some(ApiError::Http(500)));
}

#[wasm_bindgen_test]
async fn simulated_timeout_is_a_timeout() {
    let result = fetch::tax(&client_with(Source::Tax, Failure::Timeout), REFERENCE_DATE).await;
    assert_eq!(result.err(), Some(ApiError::Timeout));
}

#[wasm_bindgen_test]
async fn a_missing_endpoint_is_not_found() {
    // The test runner's own server has no mock data: a real 404.
    let result = fetch::person(&Client::new(config()), REFERENCE_DATE).await;
    assert_eq!(result.err(), Some(ApiError::NotFound));
}

#[wasm_bindgen_test]
async fn an_unreachable_server_is_a_network_error() {
    let client = Client::new(ApiConfig {
        base_url: "http://127.0.0.1:9/api".into(),
        ..config()
    });
    let result = fetch::person(&client, REFERENCE_DATE).await;
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
        fetch::person(&client, REFERENCE_DATE).await.err(),
        Some(ApiError::NotFound)
    );
}
