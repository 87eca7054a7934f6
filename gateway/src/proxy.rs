//! The enforcing proxy: every `/fhir/…` request the gateway's own views do not answer is a
//! request for the organization's FHIR R4 server (`--upstream`), and the gateway stands in its
//! path: it authenticates the caller, asks the chain whether the reads are permitted, forwards,
//! removes what the patient's consent does not cover, and records every read it serves on
//! chain (through the durable outbox, [`crate::outbox`], and the recorder, [`crate::recorder`]).
//!
//! A request:
//! - `Authorization: Bearer <API key>`: the key names a member account of the organization (the
//!   gateway's store, `healthchain-gateway api-key add`); the gateway signs that member's reads
//!   with the member's key from its keystore. No key, an unknown or revoked one: 401.
//! - `X-Purpose-Of-Use: <HL7 v3 ActReason>` (`TREAT`, `ETREAT`, `HPAYMT`, `HOPERAT`, `HRESCH`,
//!   `PUBHLTH`): required (400 without).
//! - `X-Emergency-Access: <id>`: with `ETREAT`, the clinician's open emergency (break-glass)
//!   access to the patient; reads are then judged and recorded on that basis.
//! - Interactions: read `GET /fhir/<type>/<id>`, search `GET /fhir/<type>?patient=<id>` (or
//!   `subject=Patient/<id>`; a search must name one patient), `GET /fhir/Patient/<id>` and
//!   `GET /fhir/Patient/<id>/$everything`. Anything else is refused (400): the proxy serves
//!   nothing it cannot attribute to one patient.
//!
//! The decision is the chain's: one `ConsentApi::check_reads` call at the best block for the
//! member, the organization, the patient, the purpose and every category (the same checks
//! `consent.recordAccess` runs, so a read the proxy serves is a read the chain records). Then:
//! - nothing permitted: 403 `OperationOutcome` naming the reason (`NoConsent`, `Expired`,
//!   `CategoryNotCovered`, `NotAMember`, `EmergencyAccessExpired` …), before the upstream is
//!   asked; nothing is recorded;
//! - otherwise the upstream's answer, with every resource (or `Bundle` entry) removed whose
//!   categories are not all permitted, whose patient is not the request's, or that the gateway
//!   cannot categorize (`codes::categories_of_resource`); `X-HealthChain-Redacted: <n>` counts
//!   them. A single resource that is not served is a 403.
//! - the reads served — one per category of what was served — are committed to the outbox
//!   before the response leaves; if they cannot be, nothing is served (503).
//!
//! Writes, `POST /fhir/<type>` (a create, with `X-Purpose-Of-Use`): the resource must be a
//! valid R4 resource of one patient (`subject`/`patient`) in categories the gateway can map.
//! Before the upstream is asked, the chain checks that the member may write each of its
//! categories for the patient (`RecordsApi::check_anchor`: a Clinician of a Provider, the
//! patient's consent to *write* that category for the purpose — the checks `anchorRecord`
//! makes); a refusal is a 403 naming the reason. Then the upstream stores it, and the gateway
//! commits the stored resource ([`crate::fhir::resource_commitment`]: BLAKE2b-256 of a fresh
//! 256-bit salt and the RFC 8785 canonical JSON, without the server's `meta.versionId` and
//! `meta.lastUpdated`), keeps salt and commitment in its store (the outbox, before the
//! response leaves) and anchors it on chain through the recorder (`records.anchorRecord`,
//! under the resource's sensitive category when it has one, [`crate::codes::anchor_category`]),
//! in the same batches as the member's reads. The answer is the upstream's (201) with
//! `X-HealthChain-Commitment: 0x…` and `X-HealthChain-Anchor: pending`. A consent revoked in the
//! seconds between the check and the anchoring makes the anchoring fail: the outbox keeps the
//! chain's reason and `$verify` reports it.
//!
//! `GET /fhir/<type>/<id>/$verify`: proves the upstream's current copy of a resource written
//! through the gateway against its anchored commitment: a FHIR `Parameters` with `verified`,
//! the `reason`, the commitment, the record id on chain, its status and when it was anchored.
//! It serves no clinical data, so it needs an API key but no purpose.
//!
//! Patients are named by the upstream's `Patient` ids, mapped to chain accounts in the store
//! under the system [`UPSTREAM_PATIENT_SYSTEM`] (`healthchain-gateway map-patient`).

use std::{collections::BTreeSet, sync::Arc};

use axum::{
	body::Bytes,
	extract::{Request, State},
	http::{header, HeaderMap, HeaderValue, Method, StatusCode},
	response::{IntoResponse, Response},
	Json,
};
use healthchain_primitives::{DataCategory, Purpose};
use serde_json::Value;
use subxt::utils::AccountId32;
use tokio::sync::Notify;

use crate::{
	chain::ReadCheck,
	codes,
	error::operation_outcome,
	fhir::resource_commitment,
	keystore::Keystore,
	outbox::{Anchor, Credential, Read},
	store::now_ms,
	AppState,
};

/// The identifier system under which the store maps the upstream FHIR server's `Patient` ids
/// to chain accounts.
pub const UPSTREAM_PATIENT_SYSTEM: &str = "urn:healthchain:fhir:upstream-patient";
/// The request header that states the purpose of use.
pub const PURPOSE_HEADER: &str = "x-purpose-of-use";
/// The request header that names an emergency access.
pub const EMERGENCY_HEADER: &str = "x-emergency-access";
/// The response header that counts the resources withheld.
pub const REDACTED_HEADER: &str = "x-healthchain-redacted";
/// The response header of a write: the commitment of the stored resource.
pub const COMMITMENT_HEADER: &str = "x-healthchain-commitment";
/// The response header of a write: where its anchoring stands (`pending`).
pub const ANCHOR_HEADER: &str = "x-healthchain-anchor";
/// Resource types that are not a patient's data: served when the upstream returns them beside
/// a patient's resources (a `Bundle` entry), never recorded.
pub const NOT_PATIENT_DATA: &[&str] = &[
	"Organization",
	"Practitioner",
	"PractitionerRole",
	"Location",
	"Endpoint",
	"OperationOutcome",
];

/// The proxy's configuration and clients.
pub struct Proxy {
	/// The upstream FHIR base URL, without a trailing `/`.
	pub upstream: String,
	/// The HTTP client to the upstream.
	pub http: reqwest::Client,
	/// The members' signing keys.
	pub keystore: Arc<Keystore>,
	/// Wakes the recorder when reads are queued.
	pub recorded: Arc<Notify>,
	/// What this gateway serves other organizations' gateways (`POST /exchange/v1/fetch`), when
	/// configured ([`crate::exchange`]).
	pub exchange: Option<crate::exchange::HolderConfig>,
}

impl Proxy {
	/// A proxy to `upstream`.
	pub fn new(upstream: &str, keystore: Arc<Keystore>, recorded: Arc<Notify>) -> Self {
		Self {
			upstream: upstream.trim_end_matches('/').to_string(),
			http: reqwest::Client::builder()
				.timeout(std::time::Duration::from_secs(30))
				.build()
				.unwrap_or_default(),
			keystore,
			recorded,
			exchange: None,
		}
	}

	/// The proxy, also serving the records it anchored to other organizations' gateways as
	/// `holder` (see [`crate::exchange`]).
	pub fn with_exchange(mut self, holder: crate::exchange::HolderConfig) -> Self {
		self.exchange = Some(holder);
		self
	}
}

/// A refusal, as an `OperationOutcome` with its status.
#[derive(Debug)]
pub struct Refusal {
	status: StatusCode,
	code: &'static str,
	message: String,
}

impl Refusal {
	/// A refusal with its HTTP status, FHIR issue code and message.
	pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
		Self { status, code, message: message.into() }
	}
	/// A 400.
	pub fn invalid(message: impl Into<String>) -> Self {
		Self::new(StatusCode::BAD_REQUEST, "invalid", message)
	}
	/// A 403 naming the chain's (or the gateway's) reason: `"<reason>: <message>"`.
	pub fn forbidden(reason: &str, message: impl Into<String>) -> Self {
		Self::new(StatusCode::FORBIDDEN, "forbidden", format!("{reason}: {}", message.into()))
	}
	/// A 503.
	pub fn unavailable(message: impl Into<String>) -> Self {
		Self::new(StatusCode::SERVICE_UNAVAILABLE, "transient", message)
	}

	/// Its HTTP status.
	pub fn status(&self) -> StatusCode {
		self.status
	}

	/// Its message.
	pub fn message(&self) -> &str {
		&self.message
	}
}

impl IntoResponse for Refusal {
	fn into_response(self) -> Response {
		if self.status.is_server_error() {
			tracing::warn!(status = %self.status, error = %self.message, "proxy request failed");
		} else {
			tracing::info!(status = %self.status, reason = %self.message, "proxy request refused");
		}
		let mut response =
			(self.status, Json(operation_outcome("error", self.code, &self.message)))
				.into_response();
		let headers = response.headers_mut();
		headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(crate::fhir::FHIR_JSON));
		if self.status == StatusCode::UNAUTHORIZED {
			headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
		}
		if self.status == StatusCode::SERVICE_UNAVAILABLE {
			headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
		}
		response
	}
}

impl From<crate::store::StoreError> for Refusal {
	fn from(error: crate::store::StoreError) -> Self {
		Self::unavailable(format!("the gateway's database failed: {error}"))
	}
}

impl From<crate::chain::ChainError> for Refusal {
	fn from(error: crate::chain::ChainError) -> Self {
		Self::unavailable(error.to_string())
	}
}

/// What a request asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Interaction {
	/// `GET <type>/<id>`: one resource.
	Read {
		/// Its type.
		resource_type: String,
		/// Its id.
		id: String,
	},
	/// `GET <type>?patient=<id>`: a search of one patient's resources.
	Search {
		/// The type searched.
		resource_type: String,
		/// The patient named.
		patient: String,
	},
	/// `GET Patient/<id>/$everything`.
	Everything {
		/// The patient.
		patient: String,
	},
	/// `GET <type>/<id>/$verify`.
	Verify {
		/// The resource's type.
		resource_type: String,
		/// Its id.
		id: String,
	},
}

pub(crate) fn is_fhir_id(id: &str) -> bool {
	(1..=64).contains(&id.len())
		&& id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// The interaction a path (after `/fhir/`) and query ask for, or why the proxy does not serve it.
pub fn interaction(path: &str, query: Option<&str>) -> Result<Interaction, Refusal> {
	let segments: Vec<&str> = path.split('/').collect();
	let type_ok = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphabetic());
	match segments.as_slice() {
		[resource_type, id] if type_ok(resource_type) && is_fhir_id(id) => {
			Ok(Interaction::Read { resource_type: resource_type.to_string(), id: id.to_string() })
		},
		["Patient", id, "$everything"] if is_fhir_id(id) => {
			Ok(Interaction::Everything { patient: id.to_string() })
		},
		[resource_type, id, "$verify"] if type_ok(resource_type) && is_fhir_id(id) => {
			Ok(Interaction::Verify { resource_type: resource_type.to_string(), id: id.to_string() })
		},
		[resource_type] if type_ok(resource_type) => {
			let mut patients = BTreeSet::new();
			for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
				let name = name.split(':').next().unwrap_or_default().to_string();
				let patient = match (resource_type, name.as_str()) {
					(_, "patient") | (_, "subject") => {
						value.strip_prefix("Patient/").unwrap_or(&value).to_string()
					},
					(&"Patient", "_id") => value.to_string(),
					_ => continue,
				};
				if !is_fhir_id(&patient) {
					return Err(Refusal::invalid(format!("{value:?} is not a Patient id")));
				}
				patients.insert(patient);
			}
			match patients.len() {
				1 => Ok(Interaction::Search {
					resource_type: resource_type.to_string(),
					patient: patients.into_iter().next().unwrap_or_default(),
				}),
				0 => Err(Refusal::invalid(
					"a search through the consent proxy must name one patient (patient=, subject= or Patient?_id=)",
				)),
				_ => Err(Refusal::invalid("a search through the consent proxy names one patient only")),
			}
		},
		_ => Err(Refusal::invalid(format!(
			"the consent proxy serves reads, searches of one patient, Patient/<id>/$everything and <type>/<id>/$verify, not {path:?}"
		))),
	}
}

/// The upstream `Patient` id a resource is about: the Patient itself, or its `subject` or
/// `patient` reference. `None` for a resource about no patient.
pub fn patient_of(resource: &Value) -> Option<String> {
	if resource["resourceType"] == "Patient" {
		return resource["id"].as_str().map(str::to_string);
	}
	["subject", "patient", "beneficiary"].iter().find_map(|field| {
		resource[*field]["reference"]
			.as_str()
			.and_then(|reference| reference.strip_prefix("Patient/"))
			.map(str::to_string)
	})
}

/// The credential a request's `Authorization: Bearer <API key>` names, or a 401: the one check
/// of every authenticated route.
pub fn credential(state: &AppState, headers: &HeaderMap) -> Result<Credential, Refusal> {
	let unauthorized =
		|message: &str| Refusal::new(StatusCode::UNAUTHORIZED, "login", message.to_string());
	let key = headers
		.get(header::AUTHORIZATION)
		.and_then(|value| value.to_str().ok())
		.and_then(|value| value.strip_prefix("Bearer "))
		.ok_or_else(|| unauthorized("an API key is required: Authorization: Bearer <key>"))?;
	state.store.credential(key.trim())?.ok_or_else(|| unauthorized("unknown or revoked API key"))
}

pub(crate) fn purpose(headers: &HeaderMap) -> Result<Purpose, Refusal> {
	let code = headers
		.get(PURPOSE_HEADER)
		.and_then(|value| value.to_str().ok())
		.ok_or_else(|| Refusal::invalid(format!("the {PURPOSE_HEADER} header is required (TREAT, ETREAT, HPAYMT, HOPERAT, HRESCH, PUBHLTH)")))?;
	codes::purpose_from_code(code.trim()).ok_or_else(|| {
		Refusal::invalid(format!("{code:?} is not a purpose of use HealthChain knows"))
	})
}

fn emergency(headers: &HeaderMap) -> Result<Option<u64>, Refusal> {
	headers
		.get(EMERGENCY_HEADER)
		.map(|value| {
			value.to_str().ok().and_then(|v| v.trim().parse().ok()).ok_or_else(|| {
				Refusal::invalid(format!("{EMERGENCY_HEADER} must be an emergency access id"))
			})
		})
		.transpose()
}

/// The verdict on one resource the upstream returned.
fn servable(
	resource: &Value,
	patient: &str,
	checks: &[ReadCheck],
) -> Result<Vec<DataCategory>, String> {
	let resource_type = resource["resourceType"].as_str().unwrap_or_default();
	if NOT_PATIENT_DATA.contains(&resource_type) && patient_of(resource).is_none() {
		return Ok(vec![]);
	}
	match patient_of(resource) {
		Some(of) if of == patient => {},
		Some(_) => return Err("ForeignPatient".into()),
		None => return Err("NoPatient".into()),
	}
	let categories = codes::categories_of_resource(resource).ok_or("NotRepresentable")?;
	for category in &categories {
		match checks.iter().find(|check| check.category == *category) {
			Some(check) => check.result.clone()?,
			None => return Err("CategoryNotChecked".into()),
		}
	}
	Ok(categories)
}

/// The first refusal among `checks` for the categories of `resource_type` (or all), named as
/// the chain names it.
fn refusal_reason(checks: &[ReadCheck], resource_type: Option<&str>) -> String {
	let wanted = resource_type
		.and_then(|t| codes::categories_of_class(&codes::Coding { system: None, code: t.into() }));
	checks
		.iter()
		.filter(|check| wanted.as_ref().is_none_or(|w| w.contains(&check.category)))
		.find_map(|check| check.result.clone().err())
		.unwrap_or_else(|| "NotPermitted".into())
}

/// `GET /fhir/…` that no view answers: the enforcing proxy (404 when no upstream is configured).
pub async fn handle(State(state): State<AppState>, request: Request) -> Response {
	match serve(&state, request).await {
		Ok(response) => response,
		Err(refusal) => refusal.into_response(),
	}
}

pub(crate) async fn serve(state: &AppState, request: Request) -> Result<Response, Refusal> {
	let Some(proxy) = state.proxy.clone() else {
		return Err(Refusal::new(
			StatusCode::NOT_FOUND,
			"not-found",
			"no FHIR server behind this gateway (--upstream is not set)",
		));
	};
	let method = request.method().clone();
	let headers = request.headers().clone();
	let path = request.uri().path().strip_prefix("/fhir/").unwrap_or_default().to_string();
	let query = request.uri().query().map(str::to_string);
	if method == Method::POST {
		let body = axum::body::to_bytes(request.into_body(), crate::MAX_BODY)
			.await
			.map_err(|e| Refusal::invalid(format!("the body could not be read: {e}")))?;
		return write(state, &proxy, &headers, &path, &body).await;
	}
	if method != Method::GET {
		return Err(Refusal::new(
			StatusCode::METHOD_NOT_ALLOWED,
			"not-supported",
			"the consent proxy serves GET (reads, searches, $everything, $verify) and POST (creates)",
		));
	}
	let credential = credential(state, &headers)?;
	let asked = interaction(&path, query.as_deref())?;
	if let Interaction::Verify { resource_type, id } = &asked {
		return verify(state, &proxy, resource_type, id).await;
	}
	let purpose = purpose(&headers)?;
	let emergency = emergency(&headers)?;
	ensure_signer(&proxy, &credential)?;
	let (patient_id, requested_type) = match &asked {
		Interaction::Read { resource_type, id } if resource_type == "Patient" => {
			(Some(id.clone()), Some("Patient"))
		},
		Interaction::Read { resource_type, .. } => (None, Some(resource_type.as_str())),
		Interaction::Search { resource_type, patient } => {
			(Some(patient.clone()), Some(resource_type.as_str()))
		},
		Interaction::Everything { patient } => (Some(patient.clone()), None),
		Interaction::Verify { .. } => (None, None),
	};

	// The chain's answer for the patient the request names, before the upstream is asked.
	let head = state.chain.head()?;
	let mut checked: Option<(String, AccountId32, Vec<ReadCheck>)> = None;
	if let Some(id) = &patient_id {
		let (account, checks) =
			check_patient(state, &head, &credential, purpose, emergency, id).await?;
		if checks.iter().all(|check| check.result.is_err()) {
			return Err(Refusal::forbidden(
				&refusal_reason(&checks, requested_type),
				format!(
					"no read of Patient/{id}'s data is permitted to this member for {}",
					purpose.hl7_code()
				),
			));
		}
		checked = Some((id.clone(), account, checks));
	}

	// The upstream's answer.
	let url = match &query {
		Some(query) => format!("{}/{path}?{query}", proxy.upstream),
		None => format!("{}/{path}", proxy.upstream),
	};
	let upstream =
		proxy.http.get(&url).header(header::ACCEPT, crate::fhir::FHIR_JSON).send().await.map_err(
			|e| {
				Refusal::new(
					StatusCode::BAD_GATEWAY,
					"transient",
					format!("the FHIR server did not answer: {e}"),
				)
			},
		)?;
	let status = upstream.status();
	let body: Bytes = upstream.bytes().await.map_err(|e| {
		Refusal::new(
			StatusCode::BAD_GATEWAY,
			"transient",
			format!("the FHIR server's answer broke off: {e}"),
		)
	})?;
	if !status.is_success() {
		// The upstream's own refusal (404, 410 …) carries no patient data the proxy could judge:
		// only its status goes back.
		return Err(Refusal::new(
			StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::BAD_GATEWAY),
			"processing",
			format!("the FHIR server answered {status}"),
		));
	}
	let mut body: Value = serde_json::from_slice(&body).map_err(|_| {
		Refusal::new(StatusCode::BAD_GATEWAY, "processing", "the FHIR server's answer is not JSON")
	})?;

	// A single read names its patient only in the resource.
	let (patient, account, checks) = match checked {
		Some(checked) => checked,
		None => {
			let id = patient_of(&body).ok_or_else(|| {
				Refusal::forbidden(
					"NoPatient",
					"the resource is about no patient the proxy can check",
				)
			})?;
			let (account, checks) =
				check_patient(state, &head, &credential, purpose, emergency, &id).await?;
			(id, account, checks)
		},
	};

	let mut served = BTreeSet::new();
	let mut redacted = 0usize;
	if body["resourceType"] == "Bundle" {
		let entries = body["entry"].as_array().cloned().unwrap_or_default();
		let mut kept = Vec::with_capacity(entries.len());
		for entry in entries {
			match servable(&entry["resource"], &patient, &checks) {
				Ok(categories) => {
					served.extend(categories);
					kept.push(entry);
				},
				Err(_) => redacted += 1,
			}
		}
		if let Some(total) = body["total"].as_u64() {
			body["total"] = Value::from(total.saturating_sub(redacted as u64));
		}
		body["entry"] = Value::Array(kept);
	} else {
		match servable(&body, &patient, &checks) {
			Ok(categories) => served.extend(categories),
			Err(reason) => {
				return Err(Refusal::forbidden(
					&reason,
					format!("{path} is not covered for {} ", purpose.hl7_code()),
				))
			},
		}
	}

	// Every read served, committed before the response leaves.
	let served_at = now_ms() as u64;
	let reads: Vec<Read> = served
		.into_iter()
		.map(|category| Read {
			member: credential.member.clone(),
			organization: credential.organization,
			patient: account.clone(),
			purpose,
			category,
			emergency,
			served_at,
			disclosure: None,
		})
		.collect();
	state.store.enqueue_reads(&reads)?;
	proxy.recorded.notify_one();
	tracing::info!(
		member = %credential.label, patient = %patient, purpose = purpose.hl7_code(),
		reads = reads.len(), redacted, "served"
	);

	let mut response = Json(body).into_response();
	let headers = response.headers_mut();
	headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(crate::fhir::FHIR_JSON));
	headers.insert(REDACTED_HEADER, HeaderValue::from(redacted));
	Ok(response)
}

/// The member's key is in the keystore: what the proxy serves or stores for it can be
/// recorded (503 otherwise).
pub(crate) fn ensure_signer(proxy: &Proxy, credential: &Credential) -> Result<(), Refusal> {
	if proxy.keystore.signer(&credential.member).is_none() {
		return Err(Refusal::unavailable(format!(
			"the gateway holds no key for {} (the member of key {:?}): its reads and writes could not be recorded",
			credential.member, credential.label
		)));
	}
	Ok(())
}

pub(crate) fn bad_gateway(message: impl Into<String>) -> Refusal {
	Refusal::new(StatusCode::BAD_GATEWAY, "transient", message)
}

/// `POST /fhir/<type>`: checks the write on chain, stores it upstream, commits to the stored
/// resource and queues its anchoring (see the module's documentation).
async fn write(
	state: &AppState,
	proxy: &Proxy,
	headers: &HeaderMap,
	path: &str,
	body: &[u8],
) -> Result<Response, Refusal> {
	let credential = credential(state, headers)?;
	let purpose = purpose(headers)?;
	if headers.contains_key(EMERGENCY_HEADER) {
		return Err(Refusal::invalid(
			"an emergency access covers reads; a write needs the patient's consent to write",
		));
	}
	let resource_type = path;
	if resource_type.is_empty() || !resource_type.chars().all(|c| c.is_ascii_alphabetic()) {
		return Err(Refusal::invalid(format!(
			"the consent proxy takes creates, POST /fhir/<type>, not POST /fhir/{path}"
		)));
	}
	ensure_signer(proxy, &credential)?;
	let text = std::str::from_utf8(body).map_err(|_| Refusal::invalid("the body is not UTF-8"))?;
	fhirbolt::json::from_str::<fhirbolt::model::r4::Resource>(text, None)
		.map_err(|e| Refusal::invalid(format!("not a valid FHIR R4 resource: {e}")))?;
	let resource: Value =
		serde_json::from_str(text).map_err(|e| Refusal::invalid(format!("not JSON: {e}")))?;
	if resource["resourceType"].as_str() != Some(resource_type) {
		return Err(Refusal::invalid(format!(
			"the body is a {}, not a {resource_type}",
			resource["resourceType"].as_str().unwrap_or("resource without a type")
		)));
	}
	let patient = match patient_of(&resource) {
		Some(patient) if resource_type != "Patient" && is_fhir_id(&patient) => patient,
		_ => {
			return Err(Refusal::invalid(
				"a write through the consent proxy is one patient's data: subject or patient = Patient/<id>",
			))
		},
	};
	let categories = codes::categories_of_resource(&resource).ok_or_else(|| {
		Refusal::forbidden(
			"NotRepresentable",
			format!("the gateway cannot map this {resource_type} to data categories, so no consent can cover it"),
		)
	})?;
	let category = codes::anchor_category(&categories)
		.ok_or_else(|| Refusal::invalid(format!("a {resource_type} is no patient data")))?;
	let account = patient_account(state, &patient)?;

	// The chain's checks of every category, before the upstream is asked.
	let head = state.chain.head()?;
	let salt: [u8; 32] = rand::random();
	let submitted = resource_commitment(&salt, &resource).map_err(Refusal::invalid)?;
	for checked in &categories {
		let verdict = head
			.check_anchor(
				&credential.member,
				credential.organization,
				&account,
				purpose,
				*checked,
				submitted,
			)
			.await?;
		if let Err(reason) = verdict {
			return Err(Refusal::forbidden(
				&reason,
				format!(
					"this member may not write Patient/{patient}'s {} data for {}",
					codes::category_name(*checked),
					purpose.hl7_code()
				),
			));
		}
	}

	// The upstream stores it.
	let upstream = proxy
		.http
		.post(format!("{}/{resource_type}", proxy.upstream))
		.header(header::CONTENT_TYPE, crate::fhir::FHIR_JSON)
		.header(header::ACCEPT, crate::fhir::FHIR_JSON)
		.header("prefer", "return=representation")
		.body(text.to_string())
		.send()
		.await
		.map_err(|e| bad_gateway(format!("the FHIR server did not answer: {e}")))?;
	let status = upstream.status();
	let location = upstream.headers().get(header::LOCATION).cloned();
	let answer = upstream
		.bytes()
		.await
		.map_err(|e| bad_gateway(format!("the FHIR server's answer broke off: {e}")))?;
	if !status.is_success() {
		return Err(Refusal::new(
			StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::BAD_GATEWAY),
			"processing",
			format!("the FHIR server refused the write: {status}"),
		));
	}
	let stored: Value = serde_json::from_slice(&answer)
		.map_err(|_| bad_gateway("the FHIR server did not return the stored resource"))?;
	let stored_id = stored["id"]
		.as_str()
		.filter(|id| is_fhir_id(id))
		.ok_or_else(|| bad_gateway("the FHIR server returned a resource without a valid id"))?;
	if stored["resourceType"] != resource["resourceType"]
		|| patient_of(&stored).as_deref() != Some(patient.as_str())
	{
		return Err(bad_gateway("the FHIR server returned another resource than the one written"));
	}

	// Its commitment, kept with its salt before the answer leaves, then anchored.
	let commitment = resource_commitment(&salt, &stored).map_err(bad_gateway)?;
	state.store.enqueue_anchor(&Anchor {
		member: credential.member.clone(),
		organization: credential.organization,
		patient: account,
		purpose,
		category,
		fhir_type: codes::fhir_resource_type(resource_type),
		resource_type: resource_type.to_string(),
		resource_id: stored_id.to_string(),
		salt,
		commitment,
		created_at: now_ms() as u64,
	})?;
	proxy.recorded.notify_one();
	tracing::info!(
		member = %credential.label, patient = %patient, resource = %format!("{resource_type}/{stored_id}"),
		category = ?category, "written; anchoring"
	);

	let mut response =
		(StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::CREATED), Json(stored))
			.into_response();
	let headers = response.headers_mut();
	headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(crate::fhir::FHIR_JSON));
	if let Some(location) = location {
		headers.insert(header::LOCATION, location);
	}
	if let Ok(value) = HeaderValue::from_str(&format!("0x{}", hex::encode(commitment))) {
		headers.insert(COMMITMENT_HEADER, value);
	}
	headers.insert(ANCHOR_HEADER, HeaderValue::from_static("pending"));
	Ok(response)
}

/// `GET /fhir/<type>/<id>/$verify`: the upstream's copy against the anchored commitment.
async fn verify(
	state: &AppState,
	proxy: &Proxy,
	resource_type: &str,
	id: &str,
) -> Result<Response, Refusal> {
	let kept = state.store.anchor_of(resource_type, id)?.ok_or_else(|| {
		Refusal::new(
			StatusCode::NOT_FOUND,
			"not-found",
			format!("{resource_type}/{id} was not written through this gateway: there is no commitment to verify it against"),
		)
	})?;
	let anchor = &kept.anchor;
	let head = state.chain.head()?;
	let record = head.record_by_commitment(&anchor.patient, anchor.commitment).await?;

	let upstream = proxy
		.http
		.get(format!("{}/{resource_type}/{id}", proxy.upstream))
		.header(header::ACCEPT, crate::fhir::FHIR_JSON)
		.send()
		.await
		.map_err(|e| bad_gateway(format!("the FHIR server did not answer: {e}")))?;
	let held = if upstream.status().is_success() {
		let body = upstream
			.bytes()
			.await
			.map_err(|e| bad_gateway(format!("the FHIR server's answer broke off: {e}")))?;
		let resource: Value = serde_json::from_slice(&body)
			.map_err(|_| bad_gateway("the FHIR server's answer is not JSON"))?;
		Some(resource_commitment(&anchor.salt, &resource).map_err(bad_gateway)?)
	} else {
		None
	};

	let (verified, reason) = match (&kept.outcome, &record, held) {
		(_, _, None) => (false, "the FHIR server no longer holds the resource".to_string()),
		(_, _, Some(held)) if held != anchor.commitment => (
			false,
			"the FHIR server's copy differs from the resource written: it was altered".to_string(),
		),
		(_, Some(_), Some(_)) => {
			(true, "the FHIR server's copy is the anchored resource".to_string())
		},
		(None, None, _) => (false, "not anchored yet: the anchoring is pending".to_string()),
		(Some(Err(error)), None, _) => (false, format!("the chain refused the anchoring: {error}")),
		(Some(Ok(block)), None, _) => (
			false,
			format!(
				"anchored in block {block}, but the chain has no such record at block {}",
				head.number
			),
		),
	};
	let mut parameters = vec![
		json_parameter("verified", "valueBoolean", Value::from(verified)),
		json_parameter("reason", "valueString", Value::from(reason)),
		json_parameter(
			"commitment",
			"valueString",
			Value::from(format!("0x{}", hex::encode(anchor.commitment))),
		),
		json_parameter(
			"block",
			"valueString",
			Value::from(format!("urn:healthchain:block:{}:{:?}", head.number, head.hash)),
		),
	];
	if let Some((record_id, record)) = &record {
		parameters.push(json_parameter("record", "valueUnsignedInt", Value::from(*record_id)));
		parameters.push(json_parameter(
			"status",
			"valueCode",
			Value::from(codes::record_status_code(record.status)),
		));
		parameters.push(json_parameter(
			"anchored",
			"valueInstant",
			Value::from(crate::fhir::instant(record.anchored_at)),
		));
	}
	let mut response =
		Json(serde_json::json!({ "resourceType": "Parameters", "parameter": parameters }))
			.into_response();
	response
		.headers_mut()
		.insert(header::CONTENT_TYPE, HeaderValue::from_static(crate::fhir::FHIR_JSON));
	Ok(response)
}

fn json_parameter(name: &str, kind: &str, value: Value) -> Value {
	serde_json::json!({ "name": name, kind: value })
}

/// The chain account of the upstream's `Patient/<patient>`; an unmapped patient is one no
/// consent on HealthChain covers (403 `NoConsent`), for reads and writes alike.
pub(crate) fn patient_account(state: &AppState, patient: &str) -> Result<AccountId32, Refusal> {
	state.store.patient(UPSTREAM_PATIENT_SYSTEM, patient)?.ok_or_else(|| {
		Refusal::forbidden(
			"NoConsent",
			format!(
				"Patient/{patient} is not known to this gateway: no consent on HealthChain applies"
			),
		)
	})
}

/// The patient's account and the chain's checks of every category for this member.
async fn check_patient(
	state: &AppState,
	head: &crate::chain::Head,
	credential: &Credential,
	purpose: Purpose,
	emergency: Option<u64>,
	patient: &str,
) -> Result<(AccountId32, Vec<ReadCheck>), Refusal> {
	let account = patient_account(state, patient)?;
	let checks = head
		.check_reads(
			&credential.member,
			credential.organization,
			&account,
			purpose,
			&DataCategory::ALL,
			emergency,
		)
		.await?;
	Ok((account, checks))
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn interactions_name_one_patient_or_are_refused() {
		assert_eq!(
			interaction("Observation/lab-1", None).unwrap(),
			Interaction::Read { resource_type: "Observation".into(), id: "lab-1".into() }
		);
		assert_eq!(
			interaction("Observation", Some("patient=p1&category=laboratory")).unwrap(),
			Interaction::Search { resource_type: "Observation".into(), patient: "p1".into() }
		);
		assert_eq!(
			interaction("Condition", Some("subject=Patient/p1")).unwrap(),
			Interaction::Search { resource_type: "Condition".into(), patient: "p1".into() }
		);
		assert_eq!(
			interaction("Patient/p1/$everything", None).unwrap(),
			Interaction::Everything { patient: "p1".into() }
		);
		assert_eq!(
			interaction("DocumentReference/d1/$verify", None).unwrap(),
			Interaction::Verify { resource_type: "DocumentReference".into(), id: "d1".into() }
		);
		assert!(interaction("Observation", Some("code=1234-5")).is_err(), "no patient");
		assert!(interaction("Observation", Some("patient=p1&patient=p2")).is_err(), "two");
		assert!(interaction("Observation/x/_history", None).is_err());
		assert!(interaction("Observation/../Patient", None).is_err());
		assert!(interaction("metadata/x/y/z", None).is_err());
	}

	#[test]
	fn resources_are_attributed_to_their_patient() {
		assert_eq!(
			patient_of(&json!({ "resourceType": "Patient", "id": "p1" })).as_deref(),
			Some("p1")
		);
		assert_eq!(
			patient_of(
				&json!({ "resourceType": "Observation", "subject": { "reference": "Patient/p1" } })
			)
			.as_deref(),
			Some("p1")
		);
		assert_eq!(
			patient_of(
				&json!({ "resourceType": "Observation", "subject": { "reference": "Group/g" } })
			),
			None
		);
	}

	fn checks(permitted: &[DataCategory]) -> Vec<ReadCheck> {
		DataCategory::ALL
			.into_iter()
			.map(|category| ReadCheck {
				category,
				result: if permitted.contains(&category) {
					Ok(())
				} else {
					Err("CategoryNotCovered".into())
				},
			})
			.collect()
	}

	#[test]
	fn a_resource_is_served_only_when_all_its_categories_are_permitted() {
		let standard = checks(&[DataCategory::LabResults, DataCategory::ClinicalNotes]);
		let lab = json!({ "resourceType": "Observation", "subject": { "reference": "Patient/p1" },
			"category": [{ "coding": [{ "system": codes::OBSERVATION_CATEGORY_SYSTEM, "code": "laboratory" }] }] });
		assert_eq!(servable(&lab, "p1", &standard), Ok(vec![DataCategory::LabResults]));
		assert_eq!(servable(&lab, "p2", &standard), Err("ForeignPatient".into()));
		let psy = json!({ "resourceType": "DocumentReference", "subject": { "reference": "Patient/p1" },
			"meta": { "security": [{ "system": codes::SECURITY_LABEL_SYSTEM, "code": "PSY" }] } });
		assert_eq!(servable(&psy, "p1", &standard), Err("CategoryNotCovered".into()));
		let with_psy = checks(&[DataCategory::ClinicalNotes, DataCategory::MentalHealth]);
		assert_eq!(
			servable(&psy, "p1", &with_psy),
			Ok(vec![DataCategory::ClinicalNotes, DataCategory::MentalHealth])
		);
		let org = json!({ "resourceType": "Organization", "id": "o1" });
		assert_eq!(servable(&org, "p1", &standard), Ok(vec![]), "not patient data");
		let basic = json!({ "resourceType": "Basic", "subject": { "reference": "Patient/p1" } });
		assert_eq!(servable(&basic, "p1", &standard), Err("NotRepresentable".into()));
	}
}
