//! The access log as FHIR R4 AuditEvents: `GET /fhir/AuditEvent?patient=`.
//!
//! Each entry of a patient's on-chain access log is one AuditEvent, oldest first:
//!
//! | FHIR R4 AuditEvent | chain (`ConsentApi::access_log`) |
//! |---|---|
//! | `id` | `<patient account>-<index>` |
//! | `type` DICOM `110110` Patient Record; `subtype` `read`, or `emergency-access` for the opening of a break-glass access | the entry; `category` absent for an opening |
//! | `action` `R`, `recorded` | `at` |
//! | `purposeOfEvent` (HL7 v3 ActReason) | `purpose` |
//! | `agent[0]` (requestor): the member's account; `agent[1]`: the organization | `accessor`, `organization` |
//! | `entity[0]`: the patient, `securityLabel` the category's class | `patient`, `category` |
//! | `entity[0].detail` `basis` (`consent <id>` or `emergency <id>`) and `review` (`pending`, `justified`, `misuse`) | `basis`, `review` |

use axum::{
	extract::{Query, State},
	response::Response,
};
use healthchain_primitives::{DataCategory, Purpose};
use serde_json::{json, Value};
use subxt::utils::AccountId32;

use super::{
	account_reference, coding, fhir_json, instant, organization_reference, patient_param,
	searchset, PatientSearch,
};
use crate::{
	chain::{convert, runtime, ChainAccessLogItem},
	codes,
	error::ApiError,
	AppState,
};

/// HealthChain's AuditEvent subtypes (`emergency-access`: the opening of a break-glass access).
pub const SUBTYPE_SYSTEM: &str = "urn:healthchain:fhir:audit-subtype";

/// `GET /fhir/AuditEvent?patient=`: the patient's access log, oldest first.
pub async fn search(
	State(state): State<AppState>,
	Query(search): Query<PatientSearch>,
) -> Result<Response, ApiError> {
	let count = search.paging.count()?;
	let after: Option<u32> = search.paging.cursor()?;
	let patient = patient_param(&state, search.patient.as_deref())?;
	let head = state.chain.head()?;
	let param = search.patient.as_deref().unwrap_or_default();
	let (items, next) = match &patient {
		Some(patient) => head.access_log(patient, after, count as u32).await?,
		None => (vec![], None),
	};
	let resources = match &patient {
		Some(patient) => {
			items.iter().map(|item| audit_event(patient, item)).collect::<Result<_, _>>()?
		},
		None => vec![],
	};
	let next =
		next.map(|cursor| format!("AuditEvent?patient={param}&_count={count}&_cursor={cursor}"));
	Ok(fhir_json(searchset(&format!("AuditEvent?patient={param}"), &head, resources, next)))
}

/// One access log entry as a FHIR R4 AuditEvent.
pub fn audit_event(patient: &AccountId32, item: &ChainAccessLogItem) -> Result<Value, ApiError> {
	use runtime::runtime_types::pallet_consent::types::{AccessBasis, Review, ReviewVerdict};
	let entry = &item.entry;
	let purpose: Purpose = convert(&entry.purpose)?;
	let category: Option<DataCategory> = entry.category.as_ref().map(convert).transpose()?;
	let (basis, emergency) = match entry.basis {
		AccessBasis::Consent(id) => (format!("consent {id}"), false),
		AccessBasis::Emergency(id) => (format!("emergency {id}"), true),
	};
	let mut details = vec![json!({ "type": "basis", "valueString": basis })];
	if let Some(review) = &item.review {
		let status = match review {
			Review::Pending => "pending",
			Review::Done { verdict: ReviewVerdict::Justified, .. } => "justified",
			Review::Done { verdict: ReviewVerdict::Misuse, .. } => "misuse",
		};
		details.push(json!({ "type": "review", "valueString": status }));
	}
	let mut patient_entity = json!({
		"what": account_reference(patient),
		"type": coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1"),
		"role": coding("http://terminology.hl7.org/CodeSystem/object-role", "1"),
		"detail": details,
	});
	if let Some(category) = category {
		let class = codes::class_of_category(category);
		patient_entity["securityLabel"] =
			json!([coding(class.system.as_deref().unwrap_or_default(), &class.code)]);
	}
	let subtype = match category {
		None if emergency => coding(SUBTYPE_SYSTEM, "emergency-access"),
		_ => coding("http://hl7.org/fhir/restful-interaction", "read"),
	};
	Ok(json!({
		"resourceType": "AuditEvent",
		"id": format!("{patient}-{}", item.index),
		"type": { "system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110", "display": "Patient Record" },
		"subtype": [subtype],
		"action": "R",
		"recorded": instant(entry.at),
		"purposeOfEvent": [{ "coding": [coding(codes::PURPOSE_SYSTEM, purpose.hl7_code())] }],
		"agent": [
			{
				"type": { "coding": [coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP")] },
				"who": account_reference(&entry.accessor),
				"requestor": true,
			},
			{
				"who": organization_reference(entry.organization),
				"requestor": false,
			},
		],
		"source": { "observer": { "display": "HealthChain (on-chain access log)" } },
		"entity": [patient_entity],
	}))
}
