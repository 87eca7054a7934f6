//! The consent decision service: CDS Hooks `patient-consent-consult`, the hook of the LEAP
//! Consent Decision Service and of consent proxies in front of FHIR servers.
//!
//! `POST /cds-services/patient-consent-consult` asks "may this actor see this patient's data
//! (of these classes) for this purpose?" and gets one card:
//!
//! | `summary` | `indicator` | when |
//! |---|---|---|
//! | `CONSENT_PERMIT` | `info` | at least one requested class is permitted; the others are in the `REDACT` obligation |
//! | `CONSENT_DENY` | `critical` | the patient has a consent with the actor but it permits none of the classes (expired, other purpose, …), or the actor is not a known organization |
//! | `NO_CONSENT` | `warning` | the patient is unknown, or holds no consent with the actor (never granted, or revoked) |
//!
//! The decision is the chain's one evaluation (`ConsentApi::evaluate_categories`, one runtime
//! call at the best block), never a second copy of the rules here: the gateway only maps the
//! request's codes to the chain's (`codes.rs`) and the chain's answers to a card. The card's
//! `extension` carries the basis: the permitting consents (`basedOn`), the block the decision
//! was computed at, and each class's decision with the chain's reason. A class the gateway
//! cannot represent is never permitted (it is redacted). No answer from the chain is a 503, not
//! a card.

use std::collections::BTreeSet;

use axum::{extract::State, Json};
use healthchain_primitives::{Action, DataCategory, Decision, DenyReason, Purpose};
use serde::Deserialize;
use serde_json::{json, Value};
use subxt::utils::AccountId32;

use crate::{
	codes::{self, Coding},
	error::ApiError,
	AppState,
};

/// The hook this service answers.
pub const HOOK: &str = "patient-consent-consult";
/// The service's id (its URL path under `/cds-services/`).
pub const SERVICE_ID: &str = "patient-consent-consult";
/// At most this many patient identifiers, actors and classes in one request.
pub const MAX_ITEMS: usize = 32;

/// `GET /cds-services`: the discovery document.
pub async fn discovery() -> Json<Value> {
	Json(json!({
		"services": [{
			"hook": HOOK,
			"id": SERVICE_ID,
			"title": "HealthChain consent decision service",
			"description": "Decides from the patient's consents on HealthChain whether an actor may access the patient's data for a purpose; names the classes to redact.",
			"usageRequirements": "context.patientId, context.scope (patient-privacy, treatment or research), context.purposeOfUse (HL7 v3 ActReason: TREAT, ETREAT, HPAYMT, HOPERAT, HRESCH, PUBHLTH) and context.actor are required; context.class (resource types, observation categories, security labels) is optional.",
		}]
	}))
}

/// One value or a list of them (CDS clients send both).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
	One(T),
	Many(Vec<T>),
}

impl<T> OneOrMany<T> {
	fn into_vec(self) -> Vec<T> {
		match self {
			Self::One(one) => vec![one],
			Self::Many(many) => many,
		}
	}
}

/// An identifier (`system` + `value`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Identifier {
	system: String,
	value: String,
}

/// A requested data class.
#[derive(Debug, Deserialize)]
struct ClassCoding {
	#[serde(default)]
	system: Option<String>,
	code: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Context {
	patient_id: OneOrMany<Identifier>,
	scope: String,
	purpose_of_use: OneOrMany<String>,
	actor: OneOrMany<Identifier>,
	#[serde(default)]
	class: Option<Vec<ClassCoding>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Request {
	hook: String,
	#[serde(default)]
	hook_instance: Option<String>,
	context: Context,
}

/// The three decisions of the hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
	/// `CONSENT_PERMIT`.
	Permit,
	/// `CONSENT_DENY`.
	Deny,
	/// `NO_CONSENT`.
	NoConsent,
}

impl Verdict {
	fn summary(self) -> &'static str {
		match self {
			Self::Permit => "CONSENT_PERMIT",
			Self::Deny => "CONSENT_DENY",
			Self::NoConsent => "NO_CONSENT",
		}
	}

	fn indicator(self) -> &'static str {
		match self {
			Self::Permit => "info",
			Self::Deny => "critical",
			Self::NoConsent => "warning",
		}
	}
}

/// A parsed, checked request: who asks about whom, for what.
struct Question {
	patients: Vec<Identifier>,
	purpose: Purpose,
	actors: Vec<Identifier>,
	/// The requested classes, or `None` for "everything".
	classes: Option<Vec<Coding>>,
}

fn parse(body: &[u8]) -> Result<Question, ApiError> {
	let request: Request = serde_json::from_slice(body)
		.map_err(|e| ApiError::invalid(format!("not a patient-consent-consult request: {e}")))?;
	if request.hook != HOOK {
		return Err(ApiError::invalid(format!(
			"this service answers the {HOOK} hook, not {}",
			request.hook
		)));
	}
	if let Some(instance) = &request.hook_instance {
		tracing::debug!(hook_instance = %instance, "consent consult");
	}
	let context = request.context;
	let scope = context.scope.as_str();
	if !matches!(scope, "patient-privacy" | "treatment" | "research") {
		return Err(ApiError::invalid(format!(
			"context.scope {scope:?}: HealthChain holds privacy, treatment and research consents (patient-privacy, treatment, research), not {scope}"
		)));
	}
	let purposes = context.purpose_of_use.into_vec();
	let [purpose] = purposes.as_slice() else {
		return Err(ApiError::invalid(
			"context.purposeOfUse: exactly one purpose of use per request",
		));
	};
	let purpose = codes::purpose_from_code(purpose).ok_or_else(|| {
		ApiError::invalid(format!(
			"context.purposeOfUse {purpose:?} is not one of TREAT, ETREAT, HPAYMT, HOPERAT, HRESCH, PUBHLTH ({})",
			codes::PURPOSE_SYSTEM
		))
	})?;
	let patients = bounded(context.patient_id.into_vec(), "context.patientId")?;
	let actors = bounded(context.actor.into_vec(), "context.actor")?;
	for identifier in patients.iter().chain(&actors) {
		if identifier.system.is_empty() || identifier.value.is_empty() {
			return Err(ApiError::invalid("an identifier needs a system and a value"));
		}
	}
	let classes = match context.class {
		None => None,
		Some(classes) => Some(
			bounded(classes, "context.class")?
				.into_iter()
				.map(|c| Coding { system: c.system, code: c.code })
				.collect(),
		),
	};
	Ok(Question { patients, purpose, actors, classes })
}

fn bounded<T>(items: Vec<T>, field: &str) -> Result<Vec<T>, ApiError> {
	match items.len() {
		0 => Err(ApiError::invalid(format!("{field} is empty"))),
		n if n > MAX_ITEMS => {
			Err(ApiError::invalid(format!("{field}: at most {MAX_ITEMS} entries")))
		},
		_ => Ok(items),
	}
}

/// `POST /cds-services/patient-consent-consult`.
pub async fn consult(
	State(state): State<AppState>,
	body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
	let question = parse(&body)?;
	// Which organization asks: the first actor identifier the gateway knows.
	let mut organization = None;
	for actor in &question.actors {
		if let Some(found) = state.store.actor(&actor.system, &actor.value)? {
			organization = Some(found);
			break;
		}
	}
	let patient = resolve_patient(&state, &question.patients)?;
	let head = state.chain.head()?;
	let block = json!({ "number": head.number, "hash": format!("{:?}", head.hash) });
	let Some(organization) = organization else {
		return Ok(card(
			Verdict::Deny,
			"The actor is not known to this gateway as a HealthChain organization: no consent can apply.",
			vec![],
			json!({ "block": block, "decisions": [] }),
		));
	};
	let Some(patient) = patient else {
		return Ok(card(
			Verdict::NoConsent,
			"The patient is not known to this gateway: no consent on HealthChain applies.",
			vec![],
			json!({ "block": block, "organization": organization, "decisions": [] }),
		));
	};

	// The classes asked about and the categories each needs; everything when none are named.
	let classes: Vec<(Coding, Option<Vec<DataCategory>>)> = match &question.classes {
		Some(classes) => {
			classes.iter().map(|c| (c.clone(), codes::categories_of_class(c))).collect()
		},
		None => DataCategory::ALL
			.into_iter()
			.map(|category| (codes::class_of_category(category), Some(vec![category])))
			.collect(),
	};
	let wanted: BTreeSet<DataCategory> =
		classes.iter().filter_map(|(_, c)| c.as_ref()).flatten().copied().collect();
	let wanted: Vec<DataCategory> = wanted.into_iter().collect();
	let decisions = head
		.evaluate_categories(&patient, organization, question.purpose, Action::Read, &wanted)
		.await?;
	let decision_of = |category: DataCategory| {
		decisions.iter().find(|d| d.category == category).map(|d| d.decision)
	};

	let mut permitted_consents = BTreeSet::new();
	let mut redact = Vec::new();
	let mut per_class = Vec::new();
	let mut any_permitted = false;
	let mut only_no_consent = true;
	for (class, categories) in &classes {
		let Some(categories) = categories else {
			redact.push(class.clone());
			per_class
				.push(json!({ "class": class, "permitted": false, "reason": "NotRepresentable" }));
			continue;
		};
		// A class is permitted when each of its categories is.
		let mut permitted = true;
		let mut reason: Option<DenyReason> = None;
		let mut consents = Vec::new();
		for category in categories {
			match decision_of(*category) {
				Some(Decision::Permit(id)) => consents.push(id),
				Some(Decision::Deny(why)) => {
					permitted = false;
					reason = reason.max(Some(why));
				},
				None => {
					permitted = false;
					reason = reason.max(Some(DenyReason::NoConsent));
				},
			}
		}
		if permitted {
			any_permitted = true;
			permitted_consents.extend(consents.iter().copied());
		} else {
			redact.push(class.clone());
			if reason != Some(DenyReason::NoConsent) {
				only_no_consent = false;
			}
		}
		per_class.push(json!({
			"class": class,
			"categories": categories.iter().map(|c| codes::category_name(*c)).collect::<Vec<_>>(),
			"permitted": permitted,
			"consents": consents,
			"reason": if permitted { Value::Null } else { json!(reason) },
		}));
	}

	let verdict = if any_permitted {
		Verdict::Permit
	} else if only_no_consent {
		Verdict::NoConsent
	} else {
		Verdict::Deny
	};
	let emergency_hint = if question.purpose == Purpose::EmergencyTreatment
		&& verdict != Verdict::Permit
	{
		" In an emergency a clinician of the organization may open audited break-glass access on chain (consent.openEmergencyAccess); the patient is notified and the privacy officer reviews it."
	} else {
		""
	};
	let detail = match verdict {
		Verdict::Permit if redact.is_empty() => format!(
			"Permitted by consent {} on HealthChain at block #{}.",
			list(&permitted_consents),
			head.number
		),
		Verdict::Permit => format!(
			"Permitted by consent {} on HealthChain at block #{}, except {} class(es) to redact.",
			list(&permitted_consents),
			head.number,
			redact.len()
		),
		Verdict::Deny => format!(
			"The patient's consents with this organization permit none of the requested data for {} at block #{}.{emergency_hint}",
			question.purpose.hl7_code(),
			head.number
		),
		Verdict::NoConsent => format!(
			"The patient holds no consent with this organization on HealthChain at block #{} (never granted, or revoked).{emergency_hint}",
			head.number
		),
	};
	let obligations = if verdict == Verdict::Permit && !redact.is_empty() {
		vec![json!({
			"id": { "system": codes::SECURITY_LABEL_SYSTEM, "code": "REDACT" },
			"parameters": { "codes": redact },
		})]
	} else {
		vec![]
	};
	let mut basis = json!({
		"block": block,
		"organization": organization,
		"purposeOfUse": question.purpose.hl7_code(),
		"decisions": per_class,
	});
	if let Some(first) = permitted_consents.iter().next() {
		basis["consent"] = json!(first);
	}
	let mut response = card(verdict, &detail, obligations, basis);
	if verdict == Verdict::Permit {
		response.0["cards"][0]["extension"]["basedOn"] =
			json!(permitted_consents.iter().map(|id| format!("Consent/{id}")).collect::<Vec<_>>());
	}
	Ok(response)
}

fn list(ids: &BTreeSet<u64>) -> String {
	ids.iter().map(u64::to_string).collect::<Vec<_>>().join(", ")
}

/// The account the request's patient identifiers map to; several identifiers naming different
/// accounts are refused rather than guessed between.
fn resolve_patient(
	state: &AppState,
	identifiers: &[Identifier],
) -> Result<Option<AccountId32>, ApiError> {
	let mut found: Option<AccountId32> = None;
	for identifier in identifiers {
		if let Some(account) = state.store.patient(&identifier.system, &identifier.value)? {
			match &found {
				Some(other) if *other != account => {
					return Err(ApiError::invalid(
						"context.patientId: the identifiers name different patients",
					))
				},
				_ => found = Some(account),
			}
		}
	}
	Ok(found)
}

fn card(verdict: Verdict, detail: &str, obligations: Vec<Value>, basis: Value) -> Json<Value> {
	Json(json!({
		"cards": [{
			"uuid": uuid_v4(),
			"summary": verdict.summary(),
			"detail": detail,
			"indicator": verdict.indicator(),
			"source": { "label": "HealthChain consent decision service" },
			"extension": {
				"decision": verdict.summary(),
				"obligations": obligations,
				"basis": basis,
			},
		}]
	}))
}

/// A random (version 4) UUID for a card.
fn uuid_v4() -> String {
	let mut bytes: [u8; 16] = rand::random();
	bytes[6] = (bytes[6] & 0x0f) | 0x40;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	let hex = hex::encode(bytes);
	format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The decisions of a request's classes, for tests of the verdict rule without a node.
#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn requests_are_parsed_with_one_or_many_identifiers() {
		let one = br#"{"hook":"patient-consent-consult","hookInstance":"x","context":{
			"patientId":{"system":"urn:oid:1.2","value":"MRN-1"},"scope":"patient-privacy",
			"purposeOfUse":"TREAT","actor":[{"system":"urn:healthchain:organization","value":"0"}]}}"#;
		let question = parse(one).unwrap();
		assert_eq!(question.patients.len(), 1);
		assert_eq!(question.purpose, Purpose::Treatment);
		assert!(question.classes.is_none());
		let many = br#"{"hook":"patient-consent-consult","context":{
			"patientId":[{"system":"a","value":"1"},{"system":"b","value":"2"}],"scope":"research",
			"purposeOfUse":["HRESCH"],"actor":{"system":"urn:healthchain:organization","value":"2"},
			"class":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"PSY"},{"code":"Observation"}]}}"#;
		let question = parse(many).unwrap();
		assert_eq!(question.patients.len(), 2);
		assert_eq!(question.purpose, Purpose::Research);
		assert_eq!(question.classes.unwrap().len(), 2);
	}

	#[test]
	fn malformed_requests_are_refused_with_the_reason() {
		let cases: &[(&[u8], &str)] = &[
			(b"not json", "not a patient-consent-consult request"),
			(br#"{"hook":"order-sign","context":{"patientId":{"system":"a","value":"1"},"scope":"patient-privacy","purposeOfUse":"TREAT","actor":{"system":"a","value":"1"}}}"#, "not order-sign"),
			(br#"{"hook":"patient-consent-consult","context":{"patientId":{"system":"a","value":"1"},"scope":"adr","purposeOfUse":"TREAT","actor":{"system":"a","value":"1"}}}"#, "context.scope"),
			(br#"{"hook":"patient-consent-consult","context":{"patientId":{"system":"a","value":"1"},"scope":"patient-privacy","purposeOfUse":"MARKETING","actor":{"system":"a","value":"1"}}}"#, "MARKETING"),
			(br#"{"hook":"patient-consent-consult","context":{"patientId":{"system":"a","value":"1"},"scope":"patient-privacy","purposeOfUse":["TREAT","HPAYMT"],"actor":{"system":"a","value":"1"}}}"#, "exactly one"),
			(br#"{"hook":"patient-consent-consult","context":{"patientId":[],"scope":"patient-privacy","purposeOfUse":"TREAT","actor":{"system":"a","value":"1"}}}"#, "context.patientId is empty"),
			(br#"{"hook":"patient-consent-consult","context":{"patientId":{"system":"","value":"1"},"scope":"patient-privacy","purposeOfUse":"TREAT","actor":{"system":"a","value":"1"}}}"#, "system and a value"),
			(br#"{"hook":"patient-consent-consult","context":{"scope":"patient-privacy","purposeOfUse":"TREAT","actor":{"system":"a","value":"1"}}}"#, "patientId"),
		];
		for (body, expected) in cases {
			match parse(body) {
				Err(ApiError::Invalid(message)) => {
					assert!(message.contains(expected), "{message:?} should mention {expected:?}")
				},
				other => {
					panic!("{} was accepted: {:?}", String::from_utf8_lossy(body), other.is_ok())
				},
			}
		}
	}

	#[test]
	fn card_uuids_are_version_4() {
		let id = uuid_v4();
		assert_eq!(id.len(), 36);
		assert_eq!(&id[14..15], "4");
		assert_ne!(uuid_v4(), id);
	}
}
