//! Research studies as FHIR R4 ResearchStudies: `GET /fhir/ResearchStudy`.
//!
//! Search parameters: `status` (a FHIR ResearchStudy status, below), `duo` (a DUO code of the
//! study's primary permission: `GRU`, `HMB`, `DS` for any disease, `DS:<disease>`, `POA`,
//! `NRES`), `_count`, `_cursor`. Studies come in id order.
//!
//! | FHIR R4 ResearchStudy | chain (`ResearchApi::studies`) |
//! |---|---|
//! | `id`, `identifier` (`urn:healthchain:study`) | the study id |
//! | `status`: `in-review`, `approved`, `disapproved`, `active`, `completed` | `Proposed`, `Approved`, `Rejected`, `Active`, `Closed` |
//! | `category`: the DUO permission, then each modifier (system `http://purl.obolibrary.org/obo/duo`, code `DUO:0000007`, display `DS`) | `data_use` |
//! | `condition` (MONDO) | the disease of a disease-specific (DS) permission |
//! | `keyword` (HealthChain's data categories) | `categories` |
//! | `sponsor`, `principalInvestigator` | `institution`, `researcher` |
//! | `period` | `registered_at` to `ends_at` |
//! | `extension` protocol-hash, protocol-version, min-cohort, cohort, ethics-committee, commercial, for-profit, methods-research, duo-time-limit | `protocol_hash`, `version`, `min_cohort`, `cohort`, `ethics`, `purpose`, `data_use.time_limit` |
//!
//! Studies carry no title or description on chain (no free text: the protocol is off chain,
//! committed to by its salted hash), so neither does the resource.

use axum::{
	extract::{Query, State},
	response::Response,
};
use healthchain_primitives::DuoPermission;
use pallet_research::{StudyFilter, StudyStatus};
use serde_json::{json, Value};
use subxt::utils::AccountId32;

use super::{
	account_reference, coding, fhir_json, instant, organization_reference, searchset, Paging,
};
use crate::{chain::Study, codes, error::ApiError, AppState};

/// The identifier system of studies on chain.
pub const STUDY_SYSTEM: &str = "urn:healthchain:study";
/// The GA4GH Data Use Ontology.
pub const DUO_SYSTEM: &str = "http://purl.obolibrary.org/obo/duo";
/// The Mondo Disease Ontology (disease-specific permissions name a MONDO id).
pub const MONDO_SYSTEM: &str = "http://purl.obolibrary.org/obo/mondo";
/// The prefix of HealthChain's ResearchStudy extensions (`<prefix>protocol-hash`, …).
pub const EXTENSION_PREFIX: &str = "urn:healthchain:fhir:StructureDefinition/study-";

/// FHIR ResearchStudy statuses and the chain's study statuses: the one mapping, both ways.
pub const STATUSES: [(&str, StudyStatus); 5] = [
	("in-review", StudyStatus::Proposed),
	("approved", StudyStatus::Approved),
	("disapproved", StudyStatus::Rejected),
	("active", StudyStatus::Active),
	("completed", StudyStatus::Closed),
];

/// Search parameters of `GET /fhir/ResearchStudy`.
#[derive(Debug, serde::Deserialize)]
pub struct StudySearch {
	/// A FHIR ResearchStudy status.
	pub status: Option<String>,
	/// A DUO code of the primary permission.
	pub duo: Option<String>,
	/// Paging.
	#[serde(flatten)]
	pub paging: Paging,
}

impl StudySearch {
	/// The chain's filter, or why the parameters name nothing.
	fn filter(&self) -> Result<StudyFilter, ApiError> {
		let status = self
			.status
			.as_deref()
			.map(|code| {
				STATUSES.iter().find(|(fhir, _)| *fhir == code).map(|(_, s)| *s).ok_or_else(|| {
					let known: Vec<&str> = STATUSES.iter().map(|(fhir, _)| *fhir).collect();
					ApiError::invalid(format!(
						"status {code:?} is not one the chain records ({})",
						known.join(", ")
					))
				})
			})
			.transpose()?;
		let by_duo = StudyFilter::from_codes(None, self.duo.as_deref()).map_err(|code| {
			ApiError::invalid(format!(
				"duo {code:?} is not a DUO permission code (GRU, HMB, DS, DS:<disease>, POA, NRES)"
			))
		})?;
		Ok(StudyFilter { status, permission: by_duo.permission })
	}

	fn query(&self) -> String {
		let mut params = Vec::new();
		if let Some(status) = &self.status {
			params.push(format!("status={status}"));
		}
		if let Some(duo) = &self.duo {
			params.push(format!("duo={duo}"));
		}
		format!("ResearchStudy?{}", params.join("&"))
	}
}

/// `GET /fhir/ResearchStudy`: the studies the parameters select, in id order.
pub async fn search(
	State(state): State<AppState>,
	Query(search): Query<StudySearch>,
) -> Result<Response, ApiError> {
	let count = search.paging.count()?;
	let after: Option<u32> = search.paging.cursor()?;
	let filter = search.filter()?;
	let head = state.chain.head()?;
	let (studies, next) = head.studies(&filter, after, count as u32).await?;
	let resources = studies.iter().map(|(id, study)| research_study(*id, study)).collect();
	let base = search.query();
	let separator = if base.ends_with('?') { "" } else { "&" };
	let next = next.map(|cursor| format!("{base}{separator}_count={count}&_cursor={cursor}"));
	Ok(fhir_json(searchset(&base, &head, resources, next)))
}

fn extension(name: &str, value_type: &str, value: Value) -> Value {
	let mut extension = json!({ "url": format!("{EXTENSION_PREFIX}{name}") });
	extension[format!("value{value_type}")] = value;
	extension
}

/// One study as a FHIR R4 ResearchStudy.
pub fn research_study(id: u32, study: &Study) -> Value {
	let status =
		STATUSES.iter().find(|(_, s)| *s == study.status).map_or("in-review", |(fhir, _)| *fhir);
	let data_use = &study.data_use;
	let permission = data_use.permission;
	let mut duo_terms = vec![json!({
		"system": DUO_SYSTEM,
		"code": permission.duo_id(),
		"display": match permission {
			DuoPermission::DiseaseSpecific(_) => StudyFilter::ANY_DISEASE.to_string(),
			other => other.code(),
		},
	})];
	duo_terms.extend(
		data_use
			.modifiers
			.terms()
			.map(|(code, id)| json!({ "system": DUO_SYSTEM, "code": id, "display": code })),
	);
	let mut extensions = vec![
		extension("protocol-hash", "String", json!(format!("{:?}", study.protocol_hash))),
		extension("protocol-version", "PositiveInt", json!(study.version)),
		extension("min-cohort", "UnsignedInt", json!(study.min_cohort)),
		extension("cohort", "UnsignedInt", json!(study.cohort)),
		extension("commercial", "Boolean", json!(study.purpose.commercial)),
		extension("for-profit", "Boolean", json!(study.purpose.for_profit)),
		extension("methods-research", "Boolean", json!(study.purpose.methods_research)),
	];
	if let Some((committee, _)) = study.ethics {
		extensions.push(extension(
			"ethics-committee",
			"Reference",
			organization_reference(committee),
		));
	}
	if let Some(limit) = data_use.time_limit {
		// DUO TS: how long data may be used, as a FHIR Duration in days.
		extensions.push(extension(
			"duo-time-limit",
			"Duration",
			json!({ "value": limit / 86_400_000, "unit": "d", "system": "http://unitsofmeasure.org", "code": "d" }),
		));
	}
	let keywords: Vec<Value> = study
		.categories
		.items()
		.map(|category| {
			json!({ "coding": [coding(codes::CATEGORY_SYSTEM, &codes::category_name(category))] })
		})
		.collect();
	let mut resource = json!({
		"resourceType": "ResearchStudy",
		"id": id.to_string(),
		"extension": extensions,
		"identifier": [{ "system": STUDY_SYSTEM, "value": id.to_string() }],
		"status": status,
		"category": [{ "coding": duo_terms }],
		"period": { "start": instant(study.registered_at), "end": instant(study.ends_at) },
		"sponsor": organization_reference(study.institution),
		"principalInvestigator": account_reference(&AccountId32(study.researcher)),
	});
	if let DuoPermission::DiseaseSpecific(disease) = permission {
		resource["condition"] =
			json!([{ "coding": [coding(MONDO_SYSTEM, &format!("MONDO:{disease:07}"))] }]);
	}
	if !keywords.is_empty() {
		resource["keyword"] = json!(keywords);
	}
	resource
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_status_mapping_is_one_to_one() {
		for (fhir, status) in STATUSES {
			assert_eq!(STATUSES.iter().filter(|(_, s)| *s == status).count(), 1, "{fhir}");
			let search =
				StudySearch { status: Some(fhir.into()), duo: None, paging: Paging::default() };
			assert_eq!(search.filter().unwrap().status, Some(status));
		}
	}

	#[test]
	fn unknown_codes_are_refused() {
		let search = |status: Option<&str>, duo: Option<&str>| StudySearch {
			status: status.map(Into::into),
			duo: duo.map(Into::into),
			paging: Paging::default(),
		};
		assert!(search(Some("recruiting"), None).filter().is_err());
		assert!(search(None, Some("XYZ")).filter().is_err());
		assert_eq!(
			search(None, Some("DS")).filter().unwrap().permission,
			Some(DuoPermission::DiseaseSpecific(0))
		);
		assert_eq!(
			search(None, Some("DS:5148")).filter().unwrap().permission,
			Some(DuoPermission::DiseaseSpecific(5148))
		);
		assert_eq!(
			search(Some("active"), Some("HMB")).query(),
			"ResearchStudy?status=active&duo=HMB"
		);
	}
}
