//! Consents in FHIR R4: the view of a patient's on-chain consents (`GET /fhir/Consent?patient=`)
//! and the preparation of a patient-written FHIR Consent for the chain
//! (`POST /fhir/Consent/$prepare`).
//!
//! A chain consent is one FHIR Consent with one `permit` provision:
//!
//! | FHIR R4 Consent | chain (`consent.grantConsent`) |
//! |---|---|
//! | `status` `active` (`proposed` accepted in `$prepare`) | a consent that exists (revoked consents are gone) |
//! | `scope` `patient-privacy`, `treatment` or `research` | — (all are privacy consents on chain) |
//! | `provision.type` `permit` | — (the chain holds permits only) |
//! | `provision.actor` (one, an `urn:healthchain:organization` identifier or `Organization/<n>`) | `organization` |
//! | `provision.purpose` (HL7 v3 ActReason) | `purposes` |
//! | `provision.class` (resource types, observation categories, `urn:healthchain:fhir:data-category`) and `provision.securityLabel` (PSY, ETH, SEX, GDIS, …) | `categories` |
//! | `provision.action` (`access`, `use` → Read; `collect`, `correct` → Write) | `actions` |
//! | `provision.period.start` / `.end` | `validFrom` / `validUntil` |
//! | extension `max-accesses` (`valueUnsignedInt`) | `maxAccesses` |
//! | extension `erase-by` (`valueDateTime`) | `eraseBy` |
//! | the whole document, RFC 8785-canonical, salted | `documentHash` = BLAKE2b-256(salt ‖ canonical JSON) |
//!
//! What the chain cannot represent is refused with an `OperationOutcome` naming it: deny
//! provisions, nested provisions (exceptions), `provision.data`, `provision.dataPeriod`,
//! `provision.code`, more than one actor, `disclose`.

use axum::{
	extract::{Query, State},
	http::{header, HeaderValue},
	response::{IntoResponse, Response},
	Json,
};
use healthchain_primitives::{ActionSet, CategorySet, DataCategory, Purpose, PurposeSet};
use serde_json::{json, Value};
use subxt::utils::H256;

use super::{
	account_reference, coding, fhir_json, instant, organization_reference, parse_date_time,
	patient_param, searchset, PatientSearch, FHIR_JSON,
};
use crate::{
	chain::{convert, runtime, ChainConsent},
	codes::{self, Coding},
	error::ApiError,
	AppState,
};

/// The extension with a consent's use limit.
pub const MAX_ACCESSES_URL: &str = "urn:healthchain:fhir:StructureDefinition/max-accesses";
/// The extension with a consent's erase-by deadline.
pub const ERASE_BY_URL: &str = "urn:healthchain:fhir:StructureDefinition/erase-by";
/// The extension with the accesses recorded under a consent.
pub const ACCESSES_URL: &str = "urn:healthchain:fhir:StructureDefinition/accesses";
/// The extension with the salted hash of the consent document.
pub const DOCUMENT_HASH_URL: &str = "urn:healthchain:fhir:StructureDefinition/document-hash";
/// The identifier system of consents on chain.
pub const CONSENT_SYSTEM: &str = "urn:healthchain:consent";
/// FHIR consent scopes.
pub const SCOPE_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/consentscope";

/// `GET /fhir/Consent?patient=`: the patient's consents on chain, in the order granted.
pub async fn search(
	State(state): State<AppState>,
	Query(search): Query<PatientSearch>,
) -> Result<Response, ApiError> {
	let count = search.paging.count()?;
	let after: Option<u64> = search.paging.cursor()?;
	let patient = patient_param(&state, search.patient.as_deref())?;
	let head = state.chain.head()?;
	let consents = match &patient {
		Some(patient) => head.consents_of(patient).await?,
		None => vec![],
	};
	let remaining: Vec<_> =
		consents.into_iter().filter(|(id, _)| after.is_none_or(|a| *id > a)).collect();
	let more = remaining.len() > count;
	let page: Vec<_> = remaining.into_iter().take(count).collect();
	let next = match (more, page.last()) {
		(true, Some((last, _))) => Some(format!(
			"Consent?patient={}&_count={count}&_cursor={last}",
			search.patient.as_deref().unwrap_or_default()
		)),
		_ => None,
	};
	let resources = page
		.iter()
		.map(|(id, consent)| consent_resource(*id, consent))
		.collect::<Result<_, _>>()?;
	let base = format!("Consent?patient={}", search.patient.as_deref().unwrap_or_default());
	Ok(fhir_json(searchset(&base, &head, resources, next)))
}

/// One chain consent as a FHIR R4 Consent.
pub fn consent_resource(id: u64, consent: &ChainConsent) -> Result<Value, ApiError> {
	let terms = &consent.terms;
	let purposes: PurposeSet = convert(&terms.purposes)?;
	let categories: CategorySet = convert(&terms.categories)?;
	let actions: ActionSet = convert(&terms.actions)?;
	let mut classes = Vec::new();
	if categories.has_all_standard() {
		classes.push(coding(codes::CATEGORY_SYSTEM, codes::ALL_STANDARD));
	}
	let mut labels = Vec::new();
	for category in categories.items() {
		let class = codes::class_of_category(category);
		let value = coding(class.system.as_deref().unwrap_or_default(), &class.code);
		if category.is_sensitive() {
			labels.push(value);
		} else {
			classes.push(value);
		}
	}
	let mut period = serde_json::Map::new();
	if let Some(from) = terms.valid_from {
		period.insert("start".into(), json!(instant(from)));
	}
	if let Some(until) = terms.valid_until {
		period.insert("end".into(), json!(instant(until)));
	}
	let mut extensions = vec![
		json!({ "url": ACCESSES_URL, "valueUnsignedInt": consent.accesses }),
		json!({ "url": DOCUMENT_HASH_URL, "valueString": format!("{:?}", terms.document_hash) }),
	];
	if let Some(max) = terms.max_accesses {
		extensions.push(json!({ "url": MAX_ACCESSES_URL, "valueUnsignedInt": max }));
	}
	if let Some(erase_by) = terms.erase_by {
		extensions.push(json!({ "url": ERASE_BY_URL, "valueDateTime": instant(erase_by) }));
	}
	let scope = if purposes.names(Purpose::Research) && purposes.items().count() == 1 {
		"research"
	} else {
		"patient-privacy"
	};
	let mut provision = json!({
		"type": "permit",
		"actor": [{
			"role": { "coding": [coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP")] },
			"reference": organization_reference(consent.organization),
		}],
		"action": actions.items().map(|a| json!({ "coding": [coding(codes::ACTION_SYSTEM, codes::action_code(a))] })).collect::<Vec<_>>(),
		"purpose": purposes.items().map(|p| coding(codes::PURPOSE_SYSTEM, p.hl7_code())).collect::<Vec<_>>(),
	});
	if !period.is_empty() {
		provision["period"] = Value::Object(period);
	}
	if !classes.is_empty() {
		provision["class"] = json!(classes);
	}
	if !labels.is_empty() {
		provision["securityLabel"] = json!(labels);
	}
	Ok(json!({
		"resourceType": "Consent",
		"id": id.to_string(),
		"extension": extensions,
		"identifier": [{ "system": CONSENT_SYSTEM, "value": id.to_string() }],
		"status": "active",
		"scope": { "coding": [coding(SCOPE_SYSTEM, scope)] },
		"category": [{ "coding": [{ "system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent" }] }],
		"patient": account_reference(&consent.patient),
		"dateTime": instant(consent.granted_at),
		"policyRule": { "coding": [coding(codes::SECURITY_LABEL_SYSTEM, "OPTIN")] },
		"provision": provision,
	}))
}

/// The chain terms a FHIR Consent asks for, or every reason it cannot be represented.
#[derive(Debug, PartialEq, Eq)]
pub struct PreparedTerms {
	/// The grantee.
	pub organization: u32,
	/// Purposes.
	pub purposes: PurposeSet,
	/// Categories.
	pub categories: CategorySet,
	/// Actions.
	pub actions: ActionSet,
	/// Validity start.
	pub valid_from: Option<u64>,
	/// Validity end.
	pub valid_until: Option<u64>,
	/// Use limit.
	pub max_accesses: Option<u32>,
	/// Erase-by deadline.
	pub erase_by: Option<u64>,
}

/// Maps a FHIR Consent (already checked against the R4 structure) to chain terms; every part
/// the chain cannot represent is reported, not just the first.
pub fn terms_of(consent: &Value) -> Result<PreparedTerms, Vec<String>> {
	let mut problems = Vec::new();
	let status = consent["status"].as_str().unwrap_or_default();
	if !matches!(status, "active" | "proposed") {
		problems
			.push(format!("status {status:?}: only an active or proposed consent can be granted"));
	}
	let scopes: Vec<&str> = codes_of(&consent["scope"])
		.into_iter()
		.filter(|c| c.0 == SCOPE_SYSTEM)
		.map(|c| c.1)
		.collect();
	if !scopes.iter().any(|s| matches!(*s, "patient-privacy" | "treatment" | "research")) {
		problems.push(format!(
			"scope: one of patient-privacy, treatment, research ({SCOPE_SYSTEM}) is required"
		));
	}
	let provision = &consent["provision"];
	if !provision.is_object() {
		problems.push("provision: the chain needs one permit provision".into());
		return Err(problems);
	}
	if provision["type"].as_str() != Some("permit") {
		problems.push("provision.type: the chain holds permits only (type permit)".into());
	}
	for unsupported in ["provision", "data", "dataPeriod", "code"] {
		if !provision[unsupported].is_null() {
			problems.push(format!("provision.{unsupported} cannot be represented on chain (a consent covers whole categories of data for its period)"));
		}
	}

	let organization = match provision["actor"].as_array().map(Vec::as_slice) {
		Some([actor]) => organization_of(&actor["reference"]),
		_ => None,
	};
	if organization.is_none() {
		problems.push(format!(
			"provision.actor: exactly one actor, an organization on chain (Organization/<number> or identifier {})",
			codes::ORGANIZATION_SYSTEM
		));
	}

	let mut purposes = PurposeSet::empty();
	for purpose in provision["purpose"].as_array().into_iter().flatten() {
		match (purpose["system"].as_str(), purpose["code"].as_str().and_then(codes::purpose_from_code)) {
			(Some(codes::PURPOSE_SYSTEM), Some(p)) => purposes = PurposeSet::from_items(&[purposes.items().collect::<Vec<_>>(), vec![p]].concat()),
			_ => problems.push(format!("provision.purpose {purpose}: not an HL7 v3 ActReason purpose the chain knows (TREAT, ETREAT, HPAYMT, HOPERAT, HRESCH, PUBHLTH)")),
		}
	}
	if purposes.is_empty() {
		problems.push("provision.purpose: at least one purpose".into());
	}

	let mut categories = CategorySet::empty();
	let mut named: Vec<DataCategory> = Vec::new();
	let classes = provision["class"].as_array().into_iter().flatten();
	let labels = provision["securityLabel"].as_array().into_iter().flatten();
	for class in classes.chain(labels) {
		let coding = Coding {
			system: class["system"].as_str().map(Into::into),
			code: class["code"].as_str().unwrap_or_default().into(),
		};
		if coding.system.as_deref() == Some(codes::CATEGORY_SYSTEM)
			&& coding.code == codes::ALL_STANDARD
		{
			categories = CategorySet(categories.0 | CategorySet::ALL_STANDARD);
			continue;
		}
		match codes::categories_of_class(&coding) {
			Some(found) => named.extend(found),
			None => problems.push(format!(
				"data class {}: not a class the chain can represent",
				coding.token()
			)),
		}
	}
	categories = CategorySet(categories.0 | CategorySet::from_items(&named).0);
	if categories.is_empty() {
		problems.push("provision.class / provision.securityLabel: at least one data class".into());
	}

	let mut actions = Vec::new();
	for action in provision["action"].as_array().into_iter().flatten() {
		let mut found = false;
		for (system, code) in codes_of(action) {
			if system == codes::ACTION_SYSTEM {
				match codes::action_from_code(code) {
					Some(a) => {
						actions.push(a);
						found = true;
					},
					None => problems.push(format!("provision.action {code}: the chain's consents read (access, use) or write (collect, correct); onward disclosure cannot be represented")),
				}
			}
		}
		if !found && codes_of(action).iter().all(|(s, _)| *s != codes::ACTION_SYSTEM) {
			problems
				.push(format!("provision.action {action}: not a {} code", codes::ACTION_SYSTEM));
		}
	}
	if actions.is_empty() {
		problems
			.push("provision.action: at least one action (access, use, collect, correct)".into());
	}

	let mut time = |value: &Value, what: &str| match value.as_str() {
		None => None,
		Some(text) => parse_date_time(text).map_err(|e| problems.push(format!("{what}: {e}"))).ok(),
	};
	let valid_from = time(&provision["period"]["start"], "provision.period.start");
	let valid_until = time(&provision["period"]["end"], "provision.period.end");
	let mut max_accesses = None;
	let mut erase_by = None;
	for extension in consent["extension"].as_array().into_iter().flatten() {
		match extension["url"].as_str() {
			Some(MAX_ACCESSES_URL) => {
				match extension["valueUnsignedInt"].as_u64().and_then(|n| u32::try_from(n).ok()) {
					Some(n) if n > 0 => max_accesses = Some(n),
					_ => problems.push("extension max-accesses: valueUnsignedInt from 1".into()),
				}
			},
			Some(ERASE_BY_URL) => match extension["valueDateTime"].as_str().map(parse_date_time) {
				Some(Ok(at)) => erase_by = Some(at),
				_ => problems.push("extension erase-by: valueDateTime".into()),
			},
			_ => {},
		}
	}
	if let (Some(from), Some(until)) = (valid_from, valid_until) {
		if until <= from {
			problems.push("provision.period: the end must be after the start".into());
		}
	}
	match (problems.is_empty(), organization) {
		(true, Some(organization)) => Ok(PreparedTerms {
			organization,
			purposes,
			categories,
			actions: ActionSet::from_items(&actions),
			valid_from,
			valid_until,
			max_accesses,
			erase_by,
		}),
		_ => Err(problems),
	}
}

/// `(system, code)` of a CodeableConcept's codings.
fn codes_of(concept: &Value) -> Vec<(&str, &str)> {
	concept["coding"]
		.as_array()
		.into_iter()
		.flatten()
		.filter_map(|c| Some((c["system"].as_str()?, c["code"].as_str()?)))
		.collect()
}

/// The organization a Reference names: `Organization/<n>` or an organization identifier.
fn organization_of(reference: &Value) -> Option<u32> {
	if let Some(id) = reference["reference"].as_str().and_then(|r| r.strip_prefix("Organization/"))
	{
		return id.parse().ok();
	}
	match (reference["identifier"]["system"].as_str(), reference["identifier"]["value"].as_str()) {
		(Some(codes::ORGANIZATION_SYSTEM), Some(value)) => value.parse().ok(),
		_ => None,
	}
}

/// The salted hash of a consent document: BLAKE2b-256(salt ‖ RFC 8785 canonical JSON).
pub use super::salted_hash as document_hash;

/// `POST /fhir/Consent/$prepare`: checks that the chain can represent a patient's FHIR Consent
/// and returns the `consent.grantConsent` call for the patient's wallet to sign, with the
/// salted hash of the canonical document the call carries and the salt (keep it with the
/// document: without it nobody, the patient included, can show that the hash is this
/// document's).
pub async fn prepare(
	State(state): State<AppState>,
	body: axum::body::Bytes,
) -> Result<Response, ApiError> {
	let text =
		std::str::from_utf8(&body).map_err(|_| ApiError::invalid("the body is not UTF-8"))?;
	// The R4 structure first (types, cardinalities of required elements, no unknown elements).
	fhirbolt::json::from_str::<fhirbolt::model::r4::resources::Consent>(text, None)
		.map_err(|e| ApiError::invalid(format!("not a valid FHIR R4 Consent: {e}")))?;
	let document: Value =
		serde_json::from_str(text).map_err(|e| ApiError::invalid(format!("not JSON: {e}")))?;
	let terms = match terms_of(&document) {
		Ok(terms) => terms,
		Err(problems) => {
			let issues: Vec<Value> = problems
				.iter()
				.map(|p| json!({ "severity": "error", "code": "not-supported", "diagnostics": p }))
				.collect();
			let mut response = (
				axum::http::StatusCode::UNPROCESSABLE_ENTITY,
				Json(json!({ "resourceType": "OperationOutcome", "issue": issues })),
			)
				.into_response();
			response
				.headers_mut()
				.insert(header::CONTENT_TYPE, HeaderValue::from_static(FHIR_JSON));
			return Ok(response);
		},
	};
	let canonical = serde_json_canonicalizer::to_vec(&document)
		.map_err(|e| ApiError::invalid(format!("cannot canonicalize the document: {e}")))?;
	let salt: [u8; 32] = rand::random();
	let hash = document_hash(&salt, &canonical);

	let head = state.chain.head()?;
	let call = runtime::transactions().consent().grant_consent(
		terms.organization,
		runtime::runtime_types::pallet_consent::types::ConsentTerms {
			purposes: convert(&terms.purposes)?,
			categories: convert(&terms.categories)?,
			actions: convert(&terms.actions)?,
			valid_from: terms.valid_from,
			valid_until: terms.valid_until,
			max_accesses: terms.max_accesses,
			erase_by: terms.erase_by,
			document_hash: H256(hash),
		},
	);
	let call_data = head
		.at
		.transactions()
		.call_data(&call)
		.map_err(|e| ApiError::Chain(crate::chain::ChainError::Call(e.to_string())))?;
	let part = |name: &str, value: Value| {
		let mut part = json!({ "name": name });
		if let Value::Object(value) = value {
			part.as_object_mut().expect("a part is an object").extend(value);
		}
		part
	};
	Ok(fhir_json(json!({
		"resourceType": "Parameters",
		"parameter": [
			part("call", json!({ "valueString": format!("0x{}", hex::encode(&call_data)) })),
			part("documentHash", json!({ "valueString": format!("0x{}", hex::encode(hash)) })),
			part("salt", json!({ "valueString": format!("0x{}", hex::encode(salt)) })),
			part("canonicalization", json!({ "valueUri": "urn:ietf:rfc:8785" })),
			part("organization", json!({ "valueUnsignedInt": terms.organization })),
			part("block", json!({ "valueString": super::block_source(&head) })),
		],
	})))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn consent() -> Value {
		json!({
			"resourceType": "Consent",
			"status": "active",
			"scope": { "coding": [{ "system": SCOPE_SYSTEM, "code": "patient-privacy" }] },
			"category": [{ "coding": [{ "system": "http://loinc.org", "code": "59284-0" }] }],
			"patient": { "identifier": { "system": codes::ACCOUNT_SYSTEM, "value": "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY" } },
			"policyRule": { "coding": [{ "system": codes::SECURITY_LABEL_SYSTEM, "code": "OPTIN" }] },
			"extension": [{ "url": MAX_ACCESSES_URL, "valueUnsignedInt": 10 }],
			"provision": {
				"type": "permit",
				"period": { "start": "2026-01-01", "end": "2030-01-01T00:00:00Z" },
				"actor": [{ "role": { "coding": [{ "code": "IRCP" }] }, "reference": { "reference": "Organization/0" } }],
				"action": [{ "coding": [{ "system": codes::ACTION_SYSTEM, "code": "access" }] }],
				"purpose": [{ "system": codes::PURPOSE_SYSTEM, "code": "TREAT" }],
				"class": [{ "system": codes::RESOURCE_TYPE_SYSTEM, "code": "Observation" }],
				"securityLabel": [{ "system": codes::SECURITY_LABEL_SYSTEM, "code": "PSY" }],
			},
		})
	}

	#[test]
	fn a_representable_consent_maps_code_by_code() {
		let terms = terms_of(&consent()).unwrap();
		assert_eq!(terms.organization, 0);
		assert_eq!(terms.purposes, PurposeSet::from_items(&[Purpose::Treatment]));
		assert_eq!(
			terms.categories,
			CategorySet::from_items(&[
				DataCategory::LabResults,
				DataCategory::VitalSigns,
				DataCategory::MentalHealth
			])
		);
		assert_eq!(terms.actions, ActionSet::from_items(&[healthchain_primitives::Action::Read]));
		assert_eq!(terms.valid_from, Some(1_767_225_600_000));
		assert_eq!(terms.valid_until, Some(1_893_456_000_000));
		assert_eq!(terms.max_accesses, Some(10));
		let text = consent().to_string();
		fhirbolt::json::from_str::<fhirbolt::model::r4::resources::Consent>(&text, None).unwrap();
	}

	#[test]
	fn what_the_chain_cannot_represent_is_named() {
		let mut deny = consent();
		deny["provision"]["type"] = json!("deny");
		deny["provision"]["action"] =
			json!([{ "coding": [{ "system": codes::ACTION_SYSTEM, "code": "disclose" }] }]);
		deny["provision"]["class"] =
			json!([{ "system": codes::RESOURCE_TYPE_SYSTEM, "code": "Basic" }]);
		deny["provision"]["provision"] = json!([{ "type": "deny" }]);
		deny["provision"]["actor"] = json!([]);
		let problems = terms_of(&deny).unwrap_err();
		for expected in
			["provision.type", "disclose", "Basic", "provision.provision", "provision.actor"]
		{
			assert!(
				problems.iter().any(|p| p.contains(expected)),
				"{expected} not in {problems:?}"
			);
		}
	}

	#[test]
	fn all_standard_is_one_code() {
		let mut all = consent();
		all["provision"]["class"] =
			json!([{ "system": codes::CATEGORY_SYSTEM, "code": codes::ALL_STANDARD }]);
		all["provision"]["securityLabel"] = Value::Null;
		assert_eq!(terms_of(&all).unwrap().categories, CategorySet::all_standard());
	}

	#[test]
	fn the_document_hash_is_salted_and_canonical() {
		let a = serde_json_canonicalizer::to_vec(&json!({ "b": 1, "a": [true, null] })).unwrap();
		let b = serde_json_canonicalizer::to_vec(
			&serde_json::from_str::<Value>("{ \"a\" : [true,null], \"b\":1.0 }").unwrap(),
		)
		.unwrap();
		assert_eq!(a, br#"{"a":[true,null],"b":1}"#.to_vec());
		assert_eq!(a, b, "the same document in other whitespace and key order");
		assert_ne!(document_hash(&[1; 32], &a), document_hash(&[2; 32], &a), "salted");
		assert_eq!(document_hash(&[1; 32], &a), document_hash(&[1; 32], &b));
	}
}
