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
//! | `GET /fhir/AuditEvent?patient=` | the patient's access log as FHIR AuditEvents ([`fhir::audit`]) |
//! | `GET /fhir/ExplanationOfBenefit?patient=` | the patient's claims with their adjudication as FHIR ExplanationOfBenefits ([`fhir::eob`]) |
//! | `GET /fhir/ResearchStudy` | the studies (by `status`, `duo`) with their DUO terms as FHIR ResearchStudies ([`fhir::research`]) |
//! | `POST /fhir/Consent/$prepare` | a patient-written FHIR Consent → the `grantConsent` call to sign, with the salted document hash ([`fhir::consent`]) |
//! | `GET /fhir/<anything else>` | the enforcing proxy to the organization's FHIR server: authenticated, checked on chain, redacted, every read recorded ([`proxy`], [`recorder`]) |
//! | `POST /fhir/<type>` | a write through the proxy: the write consent checked on chain, stored upstream, its salted commitment anchored ([`proxy`]) |
//! | `GET /fhir/<type>/<id>/$verify` | the upstream's copy of a written resource proved against its anchored commitment ([`proxy`]) |
//! | `GET /fhir/DocumentReference?patient=` | the record locator: the patient's current records at every organization of the consortium that the member's organization may read for the purpose, from the chain ([`exchange`]) |
//! | `GET /fhir/Patient/<id>/$everything` | the patient's complete history: the organization's own FHIR server's `$everything` through the proxy, and every covered record held elsewhere, fetched from its holder's gateway with a signed request and verified against its anchored commitment, with provenance; the rest listed as withheld with the reason ([`exchange`]) |
//! | `POST /exchange/v1/fetch` | for other organizations' gateways: one record this gateway anchored, to a member whose sr25519-signed request the chain's registry and the patient's consent allow; the read is recorded on chain in the reader's name ([`exchange`]) |
//! | `GET /health` | 200 with the block the gateway answers at and the outbox's counts (reads, anchors), 503 when it has no block |
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
pub mod exchange;
pub mod fhir;
pub mod keystore;
pub mod outbox;
pub mod proxy;
pub mod recorder;
pub mod store;

use std::sync::Arc;

use axum::{
	extract::{DefaultBodyLimit, State},
	http::StatusCode,
	middleware,
	routing::{any, get, post},
	Json, Router,
};
use serde_json::json;

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
	/// The chain, at the node's best block.
	pub chain: chain::Chain,
	/// The identifier mappings, API keys and the outbox of reads.
	pub store: Arc<store::Store>,
	/// The enforcing proxy, when a FHIR server is configured (`--upstream`).
	pub proxy: Option<Arc<proxy::Proxy>>,
}

/// The largest request body the gateway reads (a FHIR Consent, a CDS request).
pub const MAX_BODY: usize = 256 * 1024;

/// The gateway's HTTP routes. Every route but CDS Hooks discovery and `/health` needs an API
/// key (`Authorization: Bearer <key>`, [`proxy::credential`]): without one, a 401.
pub fn router(state: AppState) -> Router {
	let authenticated = Router::new()
		.route(&format!("/cds-services/{}", cds::SERVICE_ID), post(cds::consult))
		.route("/fhir/AuditEvent", get(fhir::audit::search))
		.route("/fhir/Consent", get(fhir::consent::search))
		.route("/fhir/ExplanationOfBenefit", get(fhir::eob::search))
		.route("/fhir/ResearchStudy", get(fhir::research::search))
		.route("/fhir/Consent/$prepare", post(fhir::consent::prepare))
		.route_layer(middleware::from_fn_with_state(state.clone(), require_api_key));
	Router::new()
		.route("/cds-services", get(cds::discovery))
		.merge(authenticated)
		// The proxy, the locator and $everything check the key themselves: they need the
		// member the key names.
		.route("/fhir/DocumentReference", get(exchange::locator).fallback(proxy::handle))
		.route("/fhir/Patient/{id}/$everything", get(exchange::everything).fallback(proxy::handle))
		.route("/fhir/{*rest}", any(proxy::handle))
		// Other organizations' gateways: authenticated by their members' signatures.
		.route(exchange::FETCH_PATH, post(exchange::fetch))
		.route("/health", get(health))
		.layer(DefaultBodyLimit::max(MAX_BODY))
		.with_state(state)
}

/// Refuses a request whose API key is missing, unknown or revoked (401 `OperationOutcome`).
async fn require_api_key(
	State(state): State<AppState>,
	request: axum::extract::Request,
	next: middleware::Next,
) -> axum::response::Response {
	match proxy::credential(&state, request.headers()) {
		Ok(_) => next.run(request).await,
		Err(refusal) => axum::response::IntoResponse::into_response(refusal),
	}
}

/// `GET /health`: the block the gateway answers at, or 503 with why there is none.
async fn health(State(state): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
	let outbox = state.store.outbox_counts().ok();
	let anchors = state.store.anchor_counts().ok();
	match state.chain.head() {
		Ok(head) => (
			StatusCode::OK,
			Json(json!({
				"status": "ok",
				"block": { "number": head.number, "hash": format!("{:?}", head.hash) },
				"outbox": outbox,
				"anchors": anchors,
			})),
		),
		Err(error) => (
			StatusCode::SERVICE_UNAVAILABLE,
			Json(json!({ "status": "unavailable", "reason": error.to_string() })),
		),
	}
}
