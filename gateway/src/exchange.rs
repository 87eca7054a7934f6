//! Records exchanged between organizations' gateways: a clinician at one provider sees the
//! patient's records held by the others, with the patient's consent. The chain is the trust
//! framework: the registry of organizations and their members' keys is the PKI every member
//! trusts, consents decide, anchored commitments prove integrity, the access log records
//! every read. No shared secret and no certificate outside the chain.
//!
//! | Endpoint | Who asks | What it answers |
//! |---|---|---|
//! | `GET /fhir/DocumentReference?patient=<id>` | a member, with its API key and `X-Purpose-Of-Use` | the record locator: every current record of the patient on chain, at any organization, that the patient's consents let the member's organization read for that purpose, as FHIR `DocumentReference`s (holder, category, FHIR type, date, commitment, where to fetch it) |
//! | `GET /fhir/Patient/<id>/$everything` | a member, with its API key and `X-Purpose-Of-Use` | one `Bundle`: the organization's own FHIR server's `$everything` through the enforcing proxy, and every record located at another organization, fetched from its gateway and verified, each with its provenance; the rest listed as withheld, with the reason, in an `OperationOutcome` entry |
//! | `POST /exchange/v1/fetch` | another organization's gateway | one record this gateway anchored, with the salt that opens its commitment, to a member of another organization whose signed request the chain's registry and the patient's consent allow |
//!
//! ## The exchange
//! 1. **Locate.** The requesting gateway reads the patient's records on chain
//!    (`RecordsApi::records_of`: holder, category, FHIR type, date, commitment) and the chain's
//!    check of each category for its member (`ConsentApi::check_reads`: an active member of an
//!    active organization, with the role the purpose needs, and a consent of the patient to
//!    that organization). Each holder's gateway URL is on chain (`organizations.setEndpoint`).
//! 2. **Ask.** For each covered record it signs a
//!    [`DisclosureRequest`](pallet_consent::DisclosureRequest) with the member's sr25519 key:
//!    holder, reader, the reader's organization, patient, purpose, category, the record's
//!    commitment, the time and a nonce, signed as `b"healthchain/disclosure" ‖ genesis hash ‖
//!    SCALE(request)` (the chain's [`pallet_consent::Pallet::disclosure_message`]).
//! 3. **Check and serve.** The holder's gateway ([`fetch`]) refuses a request whose signature
//!    is not the reader's, not for it, older than [`MAX_REQUEST_AGE_MS`] or ahead of its clock by
//!    more than [`MAX_REQUEST_AHEAD_MS`]; serves nothing while its exchange member is not an
//!    active member of its organization (503: it could not record the read); refuses what the
//!    chain refuses for the reader (`ConsentApi::check_reads` at its best block: a removed
//!    member, a suspended organization, a revoked consent, a category not covered) or a reader
//!    who cannot pay the log entry's deposit; then a record it does not hold, that is not
//!    current or of another category. Otherwise it commits the read to its outbox,
//!    serves the resource its FHIR server holds with the salt, and records the read on chain
//!    in the reader's name (`consent.recordDisclosure`, signed by its exchange member, carrying
//!    the reader's request and signature). A request is served once (409 the second time).
//! 4. **Verify.** The requesting gateway recomputes the commitment from the salt and the
//!    resource ([`crate::fhir::resource_commitment`]) and accepts the document only if it is the
//!    one anchored on chain; an altered document is withheld as `Altered`.
//!
//! What each party learns: the holder learns which member of which organization read which of
//! its records, for what purpose (as the chain's log says too); the requester learns the
//! records its consent covers and, for the others, that a record of that category exists at
//! that holder (which the chain already shows every member); the chain learns the read (the
//! patient's log names the reader), never the document or its salt.

use std::collections::BTreeMap;

use axum::{
	body::{Body, Bytes},
	extract::{Path, Query, Request, State},
	http::{header, HeaderMap, HeaderValue, Method, StatusCode},
	response::{IntoResponse, Response},
	Json,
};
use codec::{Decode, Encode};
use futures::StreamExt;
use healthchain_primitives::{signed_raw_or_wrapped, DataCategory, Purpose, RecordStatus};
use pallet_consent::DisclosureRequest;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use subxt::utils::AccountId32;
use subxt_signer::sr25519;

use crate::{
	chain::{Head, ReadCheck, Record},
	codes,
	fhir::{block_source, coding, fhir_json, instant, organization_reference, resource_commitment},
	outbox::{Credential, Disclosure, Read},
	proxy::{self, bad_gateway, patient_account, Proxy, Refusal},
	store::now_ms,
	AppState,
};

/// Where a gateway serves other organizations' gateways (appended to its registered endpoint).
pub const FETCH_PATH: &str = "/exchange/v1/fetch";
/// The oldest request (ms since it was issued) a holder serves. The chain records a served
/// request for up to `DisclosureValidity` (15 minutes in the runtime), so the holder has the
/// rest of that time to record it.
pub const MAX_REQUEST_AGE_MS: u64 = 120_000;
/// How far (ms) ahead of the holder's clock a request's `issued_at` may be: far less than the
/// chain's [`pallet_consent::MAX_DISCLOSURE_DRIFT`], so that a request the holder serves is not
/// refused as too new when its read is recorded.
pub const MAX_REQUEST_AHEAD_MS: u64 = 5_000;
/// The largest answer (bytes) a requesting gateway reads from a holder.
pub const MAX_SERVED_BYTES: usize = 8 * 1024 * 1024;
/// The extension on each `$everything` entry fetched from another organization.
pub const PROVENANCE_EXTENSION: &str = "urn:healthchain:fhir:exchange-provenance";
/// The code system of the reasons a located record was withheld.
pub const WITHHELD_SYSTEM: &str = "urn:healthchain:fhir:withheld-reason";
/// The identifier system of a record's commitment (`DocumentReference.masterIdentifier`).
pub const COMMITMENT_SYSTEM: &str = "urn:healthchain:commitment";
/// The identifier system of a record's number on chain.
pub const RECORD_SYSTEM: &str = "urn:healthchain:record";
/// How many holders' gateways one `$everything` asks at once.
const CONCURRENT_FETCHES: usize = 8;

/// What a gateway needs to serve other organizations' gateways.
#[derive(Clone, Debug)]
pub struct HolderConfig {
	/// The organization this gateway serves records of (a request must name it as holder).
	pub organization: u32,
	/// The member whose key signs `consent.recordDisclosure` (in the gateway's keystore).
	pub member: AccountId32,
}

/// A request from another organization's gateway: `POST /exchange/v1/fetch`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedRequest {
	/// `0x` + hex of the SCALE-encoded [`DisclosureRequest`].
	pub request: String,
	/// `0x` + hex of the reader's sr25519 signature of its message.
	pub signature: String,
}

/// The holder's answer: the resource as its FHIR server holds it and the salt that opens the
/// commitment anchored on chain.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Served {
	/// The FHIR resource.
	pub resource: Value,
	/// `0x` + hex of the 32-byte salt.
	pub salt: String,
	/// The record's number on chain.
	pub record: u64,
}

/// The message a reader signs for `request` (SCALE-encoded) on the chain of `genesis`: the
/// chain's [`pallet_consent::Pallet::disclosure_message`].
pub fn disclosure_message(genesis: &[u8; 32], request: &[u8]) -> Vec<u8> {
	pallet_consent::disclosure_message_of(genesis, request)
}

/// Signs `request` with `signer` for the chain of `genesis`: the body of a fetch.
pub fn sign(
	genesis: &[u8; 32],
	request: &DisclosureRequest<AccountId32>,
	signer: &sr25519::Keypair,
) -> SignedRequest {
	let encoded = request.encode();
	let signature = signer.sign(&disclosure_message(genesis, &encoded));
	SignedRequest {
		request: format!("0x{}", hex::encode(encoded)),
		signature: format!("0x{}", hex::encode(signature.0)),
	}
}

fn unhex(text: &str, what: &str) -> Result<Vec<u8>, Refusal> {
	hex::decode(text.strip_prefix("0x").unwrap_or(text))
		.map_err(|_| Refusal::invalid(format!("{what} is not hex")))
}

fn bytes32(bytes: &[u8]) -> Option<[u8; 32]> {
	bytes.try_into().ok()
}

/// A signed request whose signature is its reader's.
#[derive(Debug)]
pub struct Opened {
	/// The request.
	pub request: DisclosureRequest<AccountId32>,
	/// Its SCALE encoding, as signed.
	pub encoded: Vec<u8>,
	/// The reader's signature.
	pub signature: [u8; 64],
}

/// Decodes `signed` and checks that its signature is its reader's signature of it on the chain
/// of `genesis` (raw, or `<Bytes>`-wrapped as wallets sign, as the chain accepts): a 400 for
/// what is not a request, a 401 `BadSignature` otherwise.
pub fn open(signed: &SignedRequest, genesis: &[u8; 32]) -> Result<Opened, Refusal> {
	let encoded = unhex(&signed.request, "request")?;
	let request = DisclosureRequest::<AccountId32>::decode(&mut &encoded[..])
		.ok()
		.filter(|request| request.encoded_size() == encoded.len())
		.ok_or_else(|| Refusal::invalid("request is not a SCALE-encoded DisclosureRequest"))?;
	let signature: [u8; 64] = unhex(&signed.signature, "signature")?
		.try_into()
		.map_err(|_| Refusal::invalid("signature is not 64 bytes (sr25519)"))?;
	let message = disclosure_message(genesis, &encoded);
	let (signed_by, reader) = (sr25519::Signature(signature), sr25519::PublicKey(request.reader.0));
	if !signed_raw_or_wrapped(&message, |signed| sr25519::verify(&signed_by, signed, &reader)) {
		return Err(Refusal::new(
			StatusCode::UNAUTHORIZED,
			"login",
			format!(
				"BadSignature: the signature is not {}'s signature of this request on this chain",
				request.reader
			),
		));
	}
	Ok(Opened { request, encoded, signature })
}

// --- The holder -------------------------------------------------------------------------------

/// `POST /exchange/v1/fetch`: serves one record to another organization's member (see the
/// module's documentation); refusals are `OperationOutcome`s naming the reason.
pub async fn fetch(State(state): State<AppState>, body: Bytes) -> Response {
	match serve_fetch(&state, &body).await {
		Ok(response) => response,
		Err(refusal) => refusal.into_response(),
	}
}

async fn serve_fetch(state: &AppState, body: &[u8]) -> Result<Response, Refusal> {
	let (proxy, holder) = match state.proxy.as_ref().and_then(|p| p.exchange.clone().map(|h| (p, h)))
	{
		Some(found) => found,
		None => {
			return Err(Refusal::new(
				StatusCode::NOT_FOUND,
				"not-found",
				"this gateway serves no records to other organizations (--organization, --exchange-member and --upstream are not set)",
			))
		},
	};
	let signed: SignedRequest = serde_json::from_slice(body)
		.map_err(|e| Refusal::invalid(format!("not a signed request: {e}")))?;
	let head = state.chain.head()?;
	let Opened { request, encoded, signature } = open(&signed, &head.genesis.0)?;

	if request.holder != holder.organization {
		return Err(Refusal::forbidden(
			"WrongHolder",
			format!(
				"the request is for organization {}; this gateway serves organization {}",
				request.holder, holder.organization
			),
		));
	}
	let now = now_ms() as u64;
	if request.issued_at.saturating_add(MAX_REQUEST_AGE_MS) < now
		|| request.issued_at > now.saturating_add(MAX_REQUEST_AHEAD_MS)
	{
		return Err(Refusal::forbidden(
			"RequestNotCurrent",
			format!(
				"issued at {}, this gateway serves requests at most {} s old and {} s ahead",
				instant(request.issued_at),
				MAX_REQUEST_AGE_MS / 1000,
				MAX_REQUEST_AHEAD_MS / 1000
			),
		));
	}
	// What this gateway serves, it must be able to record: its exchange member acts for the
	// holder now, or nothing is served.
	if !head.is_active_member(&holder.member, holder.organization).await? {
		return Err(Refusal::unavailable(format!(
			"this gateway's exchange member {} is no active member of organization {}: what it serves could not be recorded",
			holder.member, holder.organization
		)));
	}

	// The chain's check of the reader, at this gateway's best block.
	let checks = head
		.check_reads(
			&request.reader,
			request.organization,
			&request.patient,
			request.purpose,
			&[request.category],
			None,
		)
		.await?;
	if let Some(reason) = checks.iter().find_map(|check| check.result.clone().err()) {
		return Err(Refusal::forbidden(
			&reason,
			format!(
				"the chain does not let {} read this patient's {} data for organization {} ({})",
				request.reader,
				codes::category_name(request.category),
				request.organization,
				request.purpose.hl7_code()
			),
		));
	}
	// The read is recorded in the reader's name, on the reader's deposit: a reader who cannot
	// pay it now would be served a read the chain would not record.
	if !head.can_pay_access_deposit(&request.reader).await? {
		return Err(Refusal::forbidden(
			"ReaderCannotPayDeposit",
			format!("{} cannot pay the access log entry's deposit", request.reader),
		));
	}

	// The record: held here, current, of the category asked.
	let commitment = request.record.0;
	let (record_id, record) =
		head.record_by_commitment(&request.patient, commitment).await?.ok_or_else(|| {
			Refusal::new(
				StatusCode::NOT_FOUND,
				"not-found",
				"UnknownRecord: no record of this patient has this commitment",
			)
		})?;
	if record.organization != Some(holder.organization) {
		return Err(Refusal::new(
			StatusCode::NOT_FOUND,
			"not-found",
			format!(
				"NotHeldHere: record {record_id} is not held by organization {}",
				holder.organization
			),
		));
	}
	if record.status != RecordStatus::Current {
		return Err(Refusal::new(
			StatusCode::GONE,
			"deleted",
			format!(
				"RecordNotCurrent: record {record_id} is {}",
				codes::record_status_code(record.status)
			),
		));
	}
	if record.category != request.category {
		return Err(Refusal::forbidden(
			"WrongCategory",
			format!("record {record_id} is {} data", codes::category_name(record.category)),
		));
	}

	// The resource as the FHIR server holds it, and the salt of its commitment.
	let kept = state.store.anchor_by_commitment(&commitment)?.ok_or_else(|| {
		Refusal::new(
			StatusCode::NOT_FOUND,
			"not-found",
			format!("NotHeldHere: record {record_id} was not written through this gateway"),
		)
	})?;
	let anchor = kept.anchor;
	if anchor.patient != request.patient {
		return Err(Refusal::new(
			StatusCode::NOT_FOUND,
			"not-found",
			format!("NotHeldHere: record {record_id} was written here for another patient"),
		));
	}
	let upstream = proxy
		.http
		.get(format!("{}/{}/{}", proxy.upstream, anchor.resource_type, anchor.resource_id))
		.header(header::ACCEPT, crate::fhir::FHIR_JSON)
		.send()
		.await
		.map_err(|e| bad_gateway(format!("the FHIR server did not answer: {e}")))?;
	if !upstream.status().is_success() {
		return Err(Refusal::new(
			StatusCode::NOT_FOUND,
			"not-found",
			format!(
				"NotHeldHere: the FHIR server answered {} for record {record_id}",
				upstream.status()
			),
		));
	}
	let resource: Value =
		upstream.json().await.map_err(|_| bad_gateway("the FHIR server's answer is not JSON"))?;

	// The read, committed before the answer leaves; a request is served once.
	let id = sp_crypto_hashing::blake2_256(&encoded);
	let read = Read {
		member: holder.member.clone(),
		organization: request.organization,
		patient: request.patient.clone(),
		purpose: request.purpose,
		category: request.category,
		emergency: None,
		served_at: now,
		disclosure: Some(Disclosure { request: encoded, signature, id }),
	};
	if !state.store.enqueue_disclosure(&read)? {
		return Err(Refusal::new(
			StatusCode::CONFLICT,
			"duplicate",
			"RequestReplayed: this request was served before; sign a new one",
		));
	}
	proxy.recorded.notify_one();
	tracing::info!(
		reader = %request.reader, organization = request.organization, record = record_id,
		purpose = request.purpose.hl7_code(), "disclosed to another organization"
	);
	Ok(Json(Served {
		resource,
		salt: format!("0x{}", hex::encode(anchor.salt)),
		record: record_id,
	})
	.into_response())
}

// --- The requester ----------------------------------------------------------------------------

/// A record of the patient on chain, as the requesting member's organization sees it.
#[derive(Clone, Debug)]
pub struct Located {
	/// Its number on chain.
	pub id: u64,
	/// The record.
	pub record: Record,
	/// The chain's check of the member's read of its category (`Err(reason)`: not covered).
	pub verdict: Result<(), String>,
	/// The holder's registered gateway endpoint, if it has one.
	pub endpoint: Option<String>,
}

/// Every current record of `patient` held by an organization, with the chain's check of its
/// category for `credential`'s member and purpose, and its holder's endpoint.
pub async fn locate(
	head: &Head,
	credential: &Credential,
	purpose: Purpose,
	patient: &AccountId32,
) -> Result<Vec<Located>, Refusal> {
	let records: Vec<(u64, Record)> = head
		.records_of(patient)
		.await?
		.into_iter()
		.filter(|(_, record)| record.status == RecordStatus::Current)
		.collect();
	if records.is_empty() {
		return Ok(vec![]);
	}
	let checks: Vec<ReadCheck> = head
		.check_reads(
			&credential.member,
			credential.organization,
			patient,
			purpose,
			&DataCategory::ALL,
			None,
		)
		.await?;
	let mut endpoints: BTreeMap<u32, Option<String>> = BTreeMap::new();
	let mut located = Vec::with_capacity(records.len());
	for (id, record) in records {
		let endpoint = match record.organization {
			Some(holder) => match endpoints.get(&holder) {
				Some(known) => known.clone(),
				None => {
					let endpoint = head.endpoint(holder).await?;
					endpoints.insert(holder, endpoint.clone());
					endpoint
				},
			},
			None => None,
		};
		let verdict = checks
			.iter()
			.find(|check| check.category == record.category)
			.map(|check| check.result.clone())
			.unwrap_or_else(|| Err("CategoryNotChecked".into()));
		located.push(Located { id, record, verdict, endpoint });
	}
	Ok(located)
}

/// This organization's own part of a search or `$everything`: the request `uri` through the
/// enforcing proxy (checked, redacted, recorded there) with the caller's `headers`. Its entries,
/// the notes on what it withheld and why, and how many resources the proxy redacted. A
/// patient the FHIR server does not know, or of whom nothing is permitted here, gives no
/// entries and a note; any other failure is the answer.
async fn local_part(
	state: &AppState,
	uri: String,
	headers: &HeaderMap,
) -> Result<(Vec<Value>, Vec<Value>, u64), Refusal> {
	if state.proxy.is_none() {
		return Ok((vec![], vec![], 0));
	}
	let mut local = Request::builder()
		.method(Method::GET)
		.uri(uri)
		.body(Body::empty())
		.map_err(|e| Refusal::invalid(e.to_string()))?;
	*local.headers_mut() = headers.clone();
	match proxy::serve(state, local).await {
		Ok(response) => {
			let redacted = response
				.headers()
				.get(proxy::REDACTED_HEADER)
				.and_then(|v| v.to_str().ok())
				.and_then(|v| v.parse().ok())
				.unwrap_or(0);
			let body = axum::body::to_bytes(response.into_body(), usize::MAX)
				.await
				.map_err(|e| bad_gateway(format!("the local answer broke off: {e}")))?;
			let bundle: Value = serde_json::from_slice(&body)
				.map_err(|_| bad_gateway("the local answer is not JSON"))?;
			let mut notes = vec![];
			if redacted > 0 {
				notes.push(json!({
					"severity": "information",
					"code": "suppressed",
					"diagnostics": format!("{redacted} of this organization's own resources withheld: the patient's consent does not cover them"),
				}));
			}
			Ok((bundle["entry"].as_array().cloned().unwrap_or_default(), notes, redacted))
		},
		Err(refusal)
			if matches!(refusal.status(), StatusCode::NOT_FOUND | StatusCode::FORBIDDEN) =>
		{
			let code =
				if refusal.status() == StatusCode::FORBIDDEN { "suppressed" } else { "not-found" };
			let note = json!({
				"severity": "information",
				"code": code,
				"diagnostics": format!("this organization's own records: {}", refusal.message()),
			});
			Ok((vec![], vec![note], 0))
		},
		Err(refusal) => Err(refusal),
	}
}

/// A searchset `Bundle` of `entries` read at `head`, with the notes (withheld, why) as an
/// `OperationOutcome` entry, and the proxy's redaction header counting `withheld`.
fn bundle(
	head: &Head,
	self_url: &str,
	mut entries: Vec<Value>,
	notes: Vec<Value>,
	withheld: u64,
) -> Response {
	let total = entries.len();
	if !notes.is_empty() {
		entries.push(json!({
			"fullUrl": "urn:healthchain:withheld",
			"resource": { "resourceType": "OperationOutcome", "issue": notes },
			"search": { "mode": "outcome" },
		}));
	}
	let mut response = fhir_json(json!({
		"resourceType": "Bundle",
		"type": "searchset",
		"meta": { "source": block_source(head) },
		"total": total,
		"link": [{ "relation": "self", "url": self_url }],
		"entry": entries,
	}));
	response.headers_mut().insert(proxy::REDACTED_HEADER, HeaderValue::from(withheld));
	response
}

/// The search parameters of the record locator.
#[derive(Debug, Deserialize)]
pub struct LocatorSearch {
	/// The patient: the organization's own FHIR server's `Patient` id (`Patient/<id>` too).
	pub patient: Option<String>,
	/// The same, as `subject`.
	pub subject: Option<String>,
}

/// `GET /fhir/DocumentReference?patient=<id>`: the record locator (see the module's
/// documentation). It serves no clinical data, only what the chain holds about records the
/// member's organization may read, so nothing is recorded.
pub async fn locator(
	State(state): State<AppState>,
	headers: HeaderMap,
	Query(search): Query<LocatorSearch>,
	uri: axum::http::Uri,
) -> Response {
	match serve_locator(&state, &headers, search, uri.query().unwrap_or_default()).await {
		Ok(response) => response,
		Err(refusal) => refusal.into_response(),
	}
}

async fn serve_locator(
	state: &AppState,
	headers: &HeaderMap,
	search: LocatorSearch,
	query: &str,
) -> Result<Response, Refusal> {
	let credential = proxy::credential(state, headers)?;
	let purpose = proxy::purpose(headers)?;
	let patient = search
		.patient
		.or(search.subject)
		.map(|p| p.strip_prefix("Patient/").map(str::to_string).unwrap_or(p))
		.filter(|p| proxy::is_fhir_id(p))
		.ok_or_else(|| Refusal::invalid("the record locator needs patient=<Patient id>"))?;
	let account = patient_account(state, &patient)?;
	let (mut entries, notes, redacted) =
		local_part(state, format!("/fhir/DocumentReference?{query}"), headers).await?;
	let head = state.chain.head()?;
	let located = locate(&head, &credential, purpose, &account).await?;
	let elsewhere: Vec<Value> = located
		.iter()
		.filter(|item| {
			item.verdict.is_ok()
				&& item.record.organization.is_some_and(|holder| holder != credential.organization)
		})
		.map(|item| {
			let resource = document_reference(item, &patient);
			json!({
				"fullUrl": format!("DocumentReference/{}", resource["id"].as_str().unwrap_or_default()),
				"resource": resource,
				"search": { "mode": "match" },
			})
		})
		.collect();
	tracing::info!(
		member = %credential.label, patient = %patient, purpose = purpose.hl7_code(),
		local = entries.len(), elsewhere = elsewhere.len(), "record locator"
	);
	entries.extend(elsewhere);
	Ok(bundle(&head, &format!("DocumentReference?{query}"), entries, notes, redacted))
}

/// A located record as a FHIR `DocumentReference` (an index entry: no content, where to get it).
fn document_reference(item: &Located, patient: &str) -> Value {
	let record = &item.record;
	let class = codes::class_of_category(record.category);
	let mut reference = json!({
		"resourceType": "DocumentReference",
		"id": format!("hc-record-{}", item.id),
		"masterIdentifier": { "system": COMMITMENT_SYSTEM, "value": format!("{:?}", record.commitment) },
		"identifier": [{ "system": RECORD_SYSTEM, "value": item.id.to_string() }],
		"status": codes::record_status_code(record.status),
		"category": [{ "coding": [coding(&class.system.unwrap_or_default(), &class.code)] }],
		"subject": { "reference": format!("Patient/{patient}") },
		"date": instant(record.anchored_at),
		"content": [{
			"attachment": { "contentType": crate::fhir::FHIR_JSON },
			"format": coding(RECORD_SYSTEM, "salted-commitment"),
		}],
	});
	if let Some(fhir_type) = record.fhir_type {
		reference["type"] = json!({
			"coding": [coding(codes::RESOURCE_TYPE_SYSTEM, &format!("{fhir_type:?}"))],
		});
	}
	if let Some(holder) = record.organization {
		reference["custodian"] = organization_reference(holder);
	}
	if let Some(endpoint) = &item.endpoint {
		reference["content"][0]["attachment"]["url"] =
			Value::from(format!("{endpoint}{FETCH_PATH}"));
	}
	reference
}

/// Why a located record is not in the `$everything` bundle.
#[derive(Clone, Debug)]
pub struct Withheld {
	/// The record.
	pub id: u64,
	/// Its holder (`None`: anchored by the patient).
	pub holder: Option<u32>,
	/// Its category.
	pub category: DataCategory,
	/// The reason's code: the chain's (`CategoryNotCovered`, `NoConsent`, …) or the
	/// exchange's (`NoEndpoint`, `HolderUnreachable`, `HolderRefused`, `Altered`, `HeldByPatient`).
	pub reason: String,
	/// In words.
	pub detail: String,
}

/// A document fetched from its holder and verified against its commitment.
struct Fetched {
	id: u64,
	commitment: healthchain_primitives::SaltedHash,
	holder: u32,
	endpoint: String,
	resource: Value,
}

/// Asks `item`'s holder for it as `credential`'s member and verifies what comes back.
async fn fetch_one(
	proxy: &Proxy,
	head: &Head,
	credential: &Credential,
	purpose: Purpose,
	patient: &AccountId32,
	item: &Located,
) -> Result<Fetched, Withheld> {
	let record = &item.record;
	let withheld = |reason: &str, detail: String| Withheld {
		id: item.id,
		holder: record.organization,
		category: record.category,
		reason: reason.into(),
		detail,
	};
	let (Some(holder), Some(endpoint)) = (record.organization, item.endpoint.clone()) else {
		return Err(withheld("NoEndpoint", "its holder has registered no gateway endpoint".into()));
	};
	let signer = proxy.keystore.signer(&credential.member).ok_or_else(|| {
		withheld("NoKey", format!("this gateway holds no key of {}", credential.member))
	})?;
	let request = DisclosureRequest {
		holder,
		reader: credential.member.clone(),
		organization: credential.organization,
		patient: patient.clone(),
		purpose,
		category: record.category,
		record: record.commitment,
		issued_at: now_ms() as u64,
		nonce: rand::random(),
	};
	let body = sign(&head.genesis.0, &request, signer);
	let response =
		proxy.http.post(format!("{endpoint}{FETCH_PATH}")).json(&body).send().await.map_err(
			|e| withheld("HolderUnreachable", format!("{endpoint} did not answer: {e}")),
		)?;
	let status = response.status();
	let body = read_capped(response, MAX_SERVED_BYTES)
		.await
		.map_err(|e| withheld("HolderUnreachable", format!("{endpoint}'s answer: {e}")))?;
	let answer: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
	if !status.is_success() {
		let said = answer["issue"][0]["diagnostics"].as_str().unwrap_or("no reason given");
		return Err(withheld("HolderRefused", format!("the holder answered {status}: {said}")));
	}
	let served: Served = serde_json::from_value(answer)
		.map_err(|e| withheld("HolderRefused", format!("the holder's answer is malformed: {e}")))?;
	let salt = unhex(&served.salt, "salt")
		.ok()
		.and_then(|salt| bytes32(&salt))
		.ok_or_else(|| withheld("Altered", "the holder sent no 32-byte salt".into()))?;
	let computed = resource_commitment(&salt, &served.resource)
		.map_err(|e| withheld("Altered", format!("the document cannot be committed to: {e}")))?;
	if computed != record.commitment.0 {
		return Err(withheld(
			"Altered",
			format!(
				"the document the holder sent is not the one anchored as record {} (commitment {:?}): refused",
				item.id, record.commitment
			),
		));
	}
	Ok(Fetched {
		id: item.id,
		commitment: record.commitment,
		holder,
		endpoint,
		resource: served.resource,
	})
}

/// The body of `response`, refused once longer than `limit` bytes.
async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, String> {
	let mut body = Vec::new();
	while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
		if body.len().saturating_add(chunk.len()) > limit {
			return Err(format!("longer than {limit} bytes: refused"));
		}
		body.extend_from_slice(&chunk);
	}
	Ok(body)
}

/// `GET /fhir/Patient/<id>/$everything`: the patient's complete history (see the module's
/// documentation).
pub async fn everything(
	State(state): State<AppState>,
	Path(patient): Path<String>,
	headers: HeaderMap,
) -> Response {
	match serve_everything(&state, &patient, headers).await {
		Ok(response) => response,
		Err(refusal) => refusal.into_response(),
	}
}

async fn serve_everything(
	state: &AppState,
	patient: &str,
	headers: HeaderMap,
) -> Result<Response, Refusal> {
	let credential = proxy::credential(state, &headers)?;
	let purpose = proxy::purpose(&headers)?;
	if !proxy::is_fhir_id(patient) {
		return Err(Refusal::invalid(format!("{patient:?} is not a Patient id")));
	}
	let Some(proxy) = state.proxy.clone() else {
		return Err(Refusal::new(
			StatusCode::NOT_FOUND,
			"not-found",
			"no FHIR server behind this gateway (--upstream is not set)",
		));
	};
	let account = patient_account(state, patient)?;

	// The organization's own records: its FHIR server's $everything through the proxy.
	let (mut entries, mut notes, redacted) =
		local_part(state, format!("/fhir/Patient/{patient}/$everything"), &headers).await?;

	// Everyone else's: located on chain, fetched from their holders, verified.
	let head = state.chain.head()?;
	let located = locate(&head, &credential, purpose, &account).await?;
	let mut withheld: Vec<Withheld> = Vec::new();
	let mut wanted: Vec<Located> = Vec::new();
	for item in &located {
		match (item.record.organization, &item.verdict) {
			(Some(holder), _) if holder == credential.organization => {},
			(None, _) => withheld.push(Withheld {
				id: item.id,
				holder: None,
				category: item.record.category,
				reason: "HeldByPatient".into(),
				detail: "anchored by the patient, who holds the document: ask the patient".into(),
			}),
			(Some(holder), Err(reason)) => withheld.push(Withheld {
				id: item.id,
				holder: Some(holder),
				category: item.record.category,
				reason: reason.clone(),
				detail:
					"the patient's consents do not let this organization read it for this purpose"
						.into(),
			}),
			(Some(_), Ok(())) => wanted.push(item.clone()),
		}
	}
	let fetched: Vec<Result<Fetched, Withheld>> = futures::stream::iter(wanted)
		.map(|item| {
			let (proxy, head, credential, account) =
				(proxy.clone(), head.clone(), credential.clone(), account.clone());
			async move { fetch_one(&proxy, &head, &credential, purpose, &account, &item).await }
		})
		.buffered(CONCURRENT_FETCHES)
		.collect()
		.await;
	let mut verified = 0usize;
	for result in fetched {
		match result {
			Ok(fetched) => {
				verified += 1;
				entries.push(provenance_entry(&head, fetched));
			},
			Err(refused) => withheld.push(refused),
		}
	}
	for item in &withheld {
		notes.push(json!({
			"severity": "information",
			"code": "suppressed",
			"details": {
				"coding": [coding(WITHHELD_SYSTEM, &item.reason)],
				"text": format!(
					"record {} ({}) held by {}: {}",
					item.id,
					codes::category_name(item.category),
					item.holder.map_or("the patient".to_string(), |h| format!("organization {h}")),
					item.detail
				),
			},
			"expression": [format!("record/{}", item.id)],
		}));
	}
	tracing::info!(
		member = %credential.label, patient = %patient, purpose = purpose.hl7_code(),
		entries = entries.len(), from_others = verified, withheld = withheld.len(), "$everything"
	);
	let withheld = redacted + withheld.len() as u64;
	Ok(bundle(&head, &format!("Patient/{patient}/$everything"), entries, notes, withheld))
}

/// A fetched, verified document as a `Bundle` entry with its provenance.
fn provenance_entry(head: &Head, fetched: Fetched) -> Value {
	let commitment = format!("{:?}", fetched.commitment);
	let full_url = format!(
		"{}/fhir/{}/{}",
		fetched.endpoint,
		fetched.resource["resourceType"].as_str().unwrap_or("Resource"),
		fetched.resource["id"].as_str().unwrap_or_default()
	);
	json!({
		"fullUrl": full_url,
		"resource": fetched.resource,
		"search": { "mode": "match" },
		"extension": [{
			"url": PROVENANCE_EXTENSION,
			"extension": [
				{ "url": "holder", "valueReference": organization_reference(fetched.holder) },
				{ "url": "record", "valueUnsignedInt": fetched.id },
				{ "url": "commitment", "valueString": commitment },
				{ "url": "verified", "valueBoolean": true },
				{ "url": "block", "valueString": block_source(head) },
			],
		}],
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use subxt_signer::sr25519::dev;

	fn request() -> DisclosureRequest<AccountId32> {
		DisclosureRequest {
			holder: 0,
			reader: AccountId32(dev::eve().public_key().0),
			organization: 4,
			patient: AccountId32(dev::ferdie().public_key().0),
			purpose: Purpose::Treatment,
			category: DataCategory::LabResults,
			record: [5u8; 32].into(),
			issued_at: 1_700_000_000_000,
			nonce: 7,
		}
	}

	#[test]
	fn a_request_opens_only_unaltered_signed_by_its_reader_for_its_chain() {
		let genesis = [1u8; 32];
		let signed = sign(&genesis, &request(), &dev::eve());
		let opened = open(&signed, &genesis).expect("the reader's signature");
		assert_eq!(opened.request, request());
		// Signed as a wallet signs bytes, wrapped in <Bytes>…</Bytes>, as the chain accepts.
		let encoded = request().encode();
		let wrapped =
			[&b"<Bytes>"[..], &disclosure_message(&genesis, &encoded), b"</Bytes>"].concat();
		let by_wallet = SignedRequest {
			request: signed.request.clone(),
			signature: format!("0x{}", hex::encode(dev::eve().sign(&wrapped).0)),
		};
		assert_eq!(open(&by_wallet, &genesis).expect("a wallet's signature").request, request());

		// Another chain.
		let refused = open(&signed, &[2u8; 32]).unwrap_err();
		assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
		assert!(refused.message().starts_with("BadSignature"));
		// Another signer for Eve's request.
		let forged = sign(&genesis, &request(), &dev::ferdie());
		assert_eq!(open(&forged, &genesis).unwrap_err().status(), StatusCode::UNAUTHORIZED);
		// The request altered after signing (another category).
		let altered = DisclosureRequest { category: DataCategory::MentalHealth, ..request() };
		let tampered = SignedRequest {
			request: format!("0x{}", hex::encode(altered.encode())),
			signature: signed.signature.clone(),
		};
		assert_eq!(open(&tampered, &genesis).unwrap_err().status(), StatusCode::UNAUTHORIZED);
		// Trailing bytes, a short signature, not hex: 400.
		let trailing = SignedRequest {
			request: format!("{}00", signed.request),
			signature: signed.signature.clone(),
		};
		assert_eq!(open(&trailing, &genesis).unwrap_err().status(), StatusCode::BAD_REQUEST);
		let short = SignedRequest { request: signed.request.clone(), signature: "0x00".into() };
		assert_eq!(open(&short, &genesis).unwrap_err().status(), StatusCode::BAD_REQUEST);
		let garbage = SignedRequest { request: "zz".into(), signature: signed.signature };
		assert_eq!(open(&garbage, &genesis).unwrap_err().status(), StatusCode::BAD_REQUEST);
	}

	#[test]
	fn a_located_record_is_an_index_entry_with_its_holder_and_where_to_fetch_it() {
		let record = Record {
			patient: [9u8; 32],
			organization: Some(3),
			purpose: Some(Purpose::Treatment),
			author: [8u8; 32],
			category: DataCategory::Imaging,
			commitment: [6u8; 32].into(),
			fhir_type: Some(pallet_records::FhirResourceType::DiagnosticReport),
			version: 1,
			previous: None,
			superseded_by: None,
			status: RecordStatus::Current,
			anchored_at: 1_700_000_000_000,
			status_changed_at: None,
			deposit: 0,
		};
		let item = Located {
			id: 12,
			record,
			verdict: Ok(()),
			endpoint: Some("https://gw.example".into()),
		};
		let reference = document_reference(&item, "p1");
		assert_eq!(reference["id"], "hc-record-12");
		assert_eq!(reference["custodian"]["identifier"]["value"], "3");
		assert_eq!(reference["type"]["coding"][0]["code"], "DiagnosticReport");
		assert_eq!(reference["category"][0]["coding"][0]["code"], "Imaging");
		assert_eq!(reference["subject"]["reference"], "Patient/p1");
		assert_eq!(reference["masterIdentifier"]["value"], format!("0x{}", hex::encode([6u8; 32])));
		assert_eq!(
			reference["content"][0]["attachment"]["url"],
			"https://gw.example/exchange/v1/fetch"
		);
		let fhir =
			fhirbolt::json::from_str::<fhirbolt::model::r4::Resource>(&reference.to_string(), None);
		assert!(fhir.is_ok(), "valid R4: {fhir:?}");
	}
}
