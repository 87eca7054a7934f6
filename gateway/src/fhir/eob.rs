//! Claims as FHIR R4 ExplanationOfBenefits: `GET /fhir/ExplanationOfBenefit?patient=`.
//!
//! Each claim of the patient is one ExplanationOfBenefit, in claim id order:
//!
//! | FHIR R4 ExplanationOfBenefit | chain (`ClaimsApi::claims_of_patient`, `ClaimsApi::plan`) |
//! |---|---|
//! | `id`, `identifier` (`urn:healthchain:claim`) | the claim id |
//! | `extension` eob-commitment, claim-status | `eob_commitment` (the commitment an EOB document is checked against), `status` |
//! | `type` `professional`, `use` `claim`, `status` `active` | — |
//! | `patient`, `enterer` (accounts), `provider`, `insurer` (organizations) | `patient`, `submitter`, `provider`, the plan's `payer` |
//! | `created` | `submitted_at` |
//! | `outcome` (`complete`, or `queued` while waiting for review or arbitration), `disposition` | `status` |
//! | `insurance.coverage` (`urn:healthchain:plan`), `insurance.preAuthRef` | `plan`, the lines' prior authorizations |
//! | `supportingInfo` (`info`, a reference to the anchored record) | `evidence` |
//! | `item`: `productOrService` (`urn:healthchain:service-code`), `servicedDate`, `net` | a line: `service_code`, `service_date`, `amount` |
//! | `item.adjudication` `submitted`, `eligible`, `copay` (the patient's share), `benefit` | `amount`, `allowed`, `patient_responsibility`, `payer_amount` |
//! | `item.adjudication` `adjustment` with `reason` (X12 CARC) | each adjustment: `carc()` |
//! | `total` `submitted`, `eligible`, `copay`, `benefit`; `payment.amount` | the lines' sums, `patient_total`, `payer_total`; `paid` |
//!
//! Amounts are in HCT, the chain's token ([`codes::money`]): it has no ISO 4217 code, so
//! `Money.currency` is absent.

use std::collections::BTreeMap;

use axum::{
	extract::{Query, State},
	response::Response,
};
use pallet_claims::{AdjudicatedLine, ClaimStatus};
use serde_json::{json, Value};
use subxt::utils::AccountId32;

use super::{
	account_reference, coding, date, fhir_json, instant, organization_reference, patient_param,
	searchset, PatientSearch,
};
use crate::{
	chain::{ClaimInfo, Head},
	codes,
	error::ApiError,
	AppState,
};

/// The identifier system of claims on chain.
pub const CLAIM_SYSTEM: &str = "urn:healthchain:claim";
/// The identifier system of plans on chain (`insurance.coverage`).
pub const PLAN_SYSTEM: &str = "urn:healthchain:plan";
/// The identifier system of anchored records (`supportingInfo`).
pub const RECORD_SYSTEM: &str = "urn:healthchain:record";
/// The plans' service codes (`item.productOrService`).
pub const SERVICE_CODE_SYSTEM: &str = "urn:healthchain:service-code";
/// X12 Claim Adjustment Reason Codes (`item.adjudication.reason`).
pub const CARC_SYSTEM: &str = "https://x12.org/codes/claim-adjustment-reason-codes";
/// FHIR's adjudication categories.
pub const ADJUDICATION_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/adjudication";
/// HealthChain's adjudication category of an adjustment with its reason.
pub const ADJUSTMENT_SYSTEM: &str = "urn:healthchain:fhir:adjudication";
/// The extension with the claim's EOB commitment.
pub const EOB_COMMITMENT_URL: &str = "urn:healthchain:fhir:StructureDefinition/eob-commitment";
/// The extension with the claim's status on chain.
pub const CLAIM_STATUS_URL: &str = "urn:healthchain:fhir:StructureDefinition/claim-status";

/// `GET /fhir/ExplanationOfBenefit?patient=`: the patient's claims, in id order.
pub async fn search(
	State(state): State<AppState>,
	Query(search): Query<PatientSearch>,
) -> Result<Response, ApiError> {
	let count = search.paging.count()?;
	let after: Option<u64> = search.paging.cursor()?;
	let patient = patient_param(&state, search.patient.as_deref())?;
	let head = state.chain.head()?;
	let param = search.patient.as_deref().unwrap_or_default();
	let (claims, next) = match &patient {
		Some(patient) => head.claims_of_patient(patient, after, count as u32).await?,
		None => (vec![], None),
	};
	let insurers = insurers(&head, &claims).await?;
	let resources = claims
		.iter()
		.map(|(id, claim)| explanation_of_benefit(*id, claim, insurers.get(&claim.plan).copied()))
		.collect();
	let next = next.map(|cursor| {
		format!("ExplanationOfBenefit?patient={param}&_count={count}&_cursor={cursor}")
	});
	Ok(fhir_json(searchset(
		&format!("ExplanationOfBenefit?patient={param}"),
		&head,
		resources,
		next,
	)))
}

/// The payer of each plan the claims name (one runtime call per plan).
async fn insurers(
	head: &Head,
	claims: &[(u64, ClaimInfo)],
) -> Result<BTreeMap<u32, u32>, ApiError> {
	let mut payers = BTreeMap::new();
	for (_, claim) in claims {
		if !payers.contains_key(&claim.plan) {
			if let Some(plan) = head.plan(claim.plan).await? {
				payers.insert(claim.plan, plan.plan.payer);
			}
		}
	}
	Ok(payers)
}

fn category(system: &str, code: &str) -> Value {
	json!({ "coding": [coding(system, code)] })
}

fn amount(code: &str, amount: u128) -> Value {
	json!({ "category": category(ADJUDICATION_SYSTEM, code), "amount": codes::money(amount) })
}

fn adjudication(line: &AdjudicatedLine<u128>) -> Vec<Value> {
	let mut entries = vec![
		amount("submitted", line.input.amount),
		amount("eligible", line.allowed),
		amount("copay", line.patient_responsibility),
		amount("benefit", line.payer_amount),
	];
	entries.extend(line.adjustments.iter().map(|adjustment| {
		json!({
			"category": category(ADJUSTMENT_SYSTEM, "adjustment"),
			"reason": { "coding": [{
				"system": CARC_SYSTEM,
				"code": adjustment.carc().to_string(),
				"display": format!("{adjustment:?}"),
			}] },
		})
	}));
	entries
}

/// The FHIR `outcome` and `disposition` of a claim's status.
fn outcome(status: ClaimStatus) -> (&'static str, &'static str) {
	match status {
		ClaimStatus::Paid => ("complete", "Paid from the plan's escrow."),
		ClaimStatus::PendingReview => ("queued", "Waiting for the payer's review."),
		ClaimStatus::Denied => ("complete", "Denied; the provider may appeal."),
		ClaimStatus::Appealed => ("queued", "Appealed; waiting for arbitration."),
		ClaimStatus::DenialUpheld => ("complete", "Denial upheld by arbitration (final)."),
	}
}

/// One claim as a FHIR R4 ExplanationOfBenefit; `insurer` is its plan's payer (absent only if
/// the plan is gone, which the chain never does).
pub fn explanation_of_benefit(id: u64, claim: &ClaimInfo, insurer: Option<u32>) -> Value {
	let (outcome, disposition) = outcome(claim.status);
	let items: Vec<Value> = claim
		.lines
		.iter()
		.enumerate()
		.map(|(index, line)| {
			json!({
				"sequence": index + 1,
				"productOrService": category(SERVICE_CODE_SYSTEM, &line.input.service_code.to_string()),
				"servicedDate": date(line.input.service_date),
				"net": codes::money(line.input.amount),
				"adjudication": adjudication(line),
			})
		})
		.collect();
	let sum = |f: fn(&AdjudicatedLine<u128>) -> u128| {
		claim.lines.iter().map(f).fold(0u128, u128::saturating_add)
	};
	let mut insurance = json!({
		"focal": true,
		"coverage": {
			"identifier": { "system": PLAN_SYSTEM, "value": claim.plan.to_string() },
			"display": format!("plan {}", claim.plan),
		},
	});
	let prior_auths: Vec<String> = claim
		.lines
		.iter()
		.filter_map(|line| line.input.prior_auth)
		.map(|id| id.to_string())
		.collect();
	if !prior_auths.is_empty() {
		insurance["preAuthRef"] = json!(prior_auths);
	}
	let mut resource = json!({
		"resourceType": "ExplanationOfBenefit",
		"id": id.to_string(),
		"extension": [
			{ "url": EOB_COMMITMENT_URL, "valueString": format!("0x{}", hex::encode(claim.eob_commitment.as_bytes())) },
			{ "url": CLAIM_STATUS_URL, "valueCode": format!("{:?}", claim.status) },
		],
		"identifier": [{ "system": CLAIM_SYSTEM, "value": id.to_string() }],
		"status": "active",
		"type": category("http://terminology.hl7.org/CodeSystem/claim-type", "professional"),
		"use": "claim",
		"patient": account_reference(&AccountId32(claim.patient)),
		"created": instant(claim.submitted_at),
		"enterer": account_reference(&AccountId32(claim.submitter)),
		"insurer": insurer.map_or_else(|| json!({ "display": format!("the payer of plan {}", claim.plan) }), organization_reference),
		"provider": organization_reference(claim.provider),
		"outcome": outcome,
		"disposition": disposition,
		"insurance": [insurance],
		"item": items,
		"total": [
			amount("submitted", sum(|line| line.input.amount)),
			amount("eligible", sum(|line| line.allowed)),
			amount("copay", claim.patient_total),
			amount("benefit", claim.payer_total),
		],
		"payment": { "amount": codes::money(claim.paid) },
	});
	if !claim.evidence.is_empty() {
		resource["supportingInfo"] = json!(claim
			.evidence
			.iter()
			.enumerate()
			.map(|(index, record)| json!({
				"sequence": index + 1,
				"category": category("http://terminology.hl7.org/CodeSystem/claiminformationcategory", "info"),
				"valueReference": { "identifier": { "system": RECORD_SYSTEM, "value": record.to_string() } },
			}))
			.collect::<Vec<_>>());
	}
	resource
}
