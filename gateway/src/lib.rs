//! # healthchain-gateway
//!
//! HealthChain's door for clinical systems: EHRs, FHIR servers and health information
//! exchanges ask the chain in their own language, HL7 FHIR R4 and CDS Hooks, and need no
//! blockchain knowledge.
//!
//! | Endpoint | What it answers |
//! |---|---|
//! | `GET /cds-services` | CDS Hooks discovery: the `patient-consent-consult` service |
//! | `POST /cds-services/patient-consent-consult` | a consent decision card (`CONSENT_PERMIT`, `CONSENT_DENY`, `NO_CONSENT`) with its basis and redaction obligations ([`cds`]) |
//! | `GET /fhir/Consent?patient=` | the patient's consents on chain as FHIR Consents ([`fhir::consent`]) |
//! | `POST /fhir/Consent/$prepare` | a patient-written FHIR Consent → the `grantConsent` call to sign, with the salted document hash ([`fhir::consent`]) |
//! | `GET /health` | 200 with the block the gateway answers at, 503 when it has none |
//!
//! The gateway reads the chain through a typed `subxt` client generated from the runtime's
//! metadata ([`chain`]); every decision is the chain's one consent evaluation (a runtime API),
//! computed at the node's best block and naming it. FHIR and chain codes meet in one place,
//! [`codes`]. What must not go on chain — which clinical identifier is which patient's account —
//! is in the gateway's own SQLite database ([`store`]), with its migrations. The gateway fails
//! closed: a malformed request is a 400 `OperationOutcome`, an unreachable or stalled node a 503,
//! never a permit.

pub mod cds;
pub mod chain;
pub mod codes;
pub mod error;
pub mod fhir;
pub mod store;

use std::sync::Arc;

use axum::{
	extract::{DefaultBodyLimit, State},
	http::StatusCode,
	routing::{get, post},
	Json, Router,
};
use serde_json::json;

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
	/// The chain, at the node's best block.
	pub chain: chain::Chain,
	/// The identifier mappings.
	pub store: Arc<store::Store>,
}

/// The largest request body the gateway reads (a FHIR Consent, a CDS request).
pub const MAX_BODY: usize = 256 * 1024;

/// The gateway's HTTP routes.
pub fn router(state: AppState) -> Router {
	Router::new()
		.route("/cds-services", get(cds::discovery))
		.route(&format!("/cds-services/{}", cds::SERVICE_ID), post(cds::consult))
		.route("/fhir/Consent", get(fhir::consent::search))
		.route("/fhir/Consent/$prepare", post(fhir::consent::prepare))
		.route("/health", get(health))
		.layer(DefaultBodyLimit::max(MAX_BODY))
		.with_state(state)
}

/// `GET /health`: the block the gateway answers at, or 503 with why there is none.
async fn health(State(state): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
	match state.chain.head() {
		Ok(head) => (
			StatusCode::OK,
			Json(
				json!({ "status": "ok", "block": { "number": head.number, "hash": format!("{:?}", head.hash) } }),
			),
		),
		Err(error) => (
			StatusCode::SERVICE_UNAVAILABLE,
			Json(json!({ "status": "unavailable", "reason": error.to_string() })),
		),
	}
}
