//! The one mapping between FHIR R4 codes and HealthChain's codes. Everything the gateway reads
//! from or writes to FHIR goes through these functions; the README's "FHIR ⇄ chain" table is
//! this file in prose (and `codes_are_documented_in_the_readme` keeps the two in step).
//!
//! - Purposes of use: HL7 v3 `ActReason` codes ([`purpose_from_code`], [`PURPOSE_SYSTEM`]),
//!   named once in `healthchain_primitives::Purpose::hl7_code`.
//! - Data classes: what a request or a consent names — a FHIR resource type, an observation
//!   category, a security label (HL7 v3 `ActCode` sensitivity codes) or HealthChain's own
//!   category code — and the chain's [`DataCategory`] it falls in ([`categories_of_class`]).
//!   Sensitive categories (genomics, mental health, substance use, sexual and reproductive
//!   health) are reached only by a security label, a resource type that is sensitive in itself
//!   (`MolecularSequence`) or HealthChain's category code: a plain `Observation` never implies
//!   them, as `AllStandard` never covers them on chain.
//! - Consent actions: FHIR `consentaction` ⇄ [`Action`].

use healthchain_primitives::{Action, DataCategory, Purpose};

/// HL7 v3 `ActReason`: the purposes of use (`context.purposeOfUse`, `Consent.provision.purpose`).
pub const PURPOSE_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
/// FHIR resource types as a code system (`Consent.provision.class`, CDS `context.class`).
pub const RESOURCE_TYPE_SYSTEM: &str = "http://hl7.org/fhir/resource-types";
/// Observation categories (`laboratory`, `vital-signs`, `imaging`, …).
pub const OBSERVATION_CATEGORY_SYSTEM: &str =
	"http://terminology.hl7.org/CodeSystem/observation-category";
/// HL7 v3 `ActCode`: the sensitivity security labels (`PSY`, `ETH`, `SEX`, `GDIS`, …).
pub const SECURITY_LABEL_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
/// HealthChain's own data categories, by the chain's names (`LabResults`, `MentalHealth`, …).
pub const CATEGORY_SYSTEM: &str = "urn:healthchain:fhir:data-category";
/// HealthChain's code for "every standard (non-sensitive) category" in [`CATEGORY_SYSTEM`]: a
/// consent's `AllStandard`, which never covers a sensitive category.
pub const ALL_STANDARD: &str = "AllStandard";
/// FHIR `consentaction`.
pub const ACTION_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/consentaction";
/// The identifier system of a HealthChain account (SS58 address), for patients.
pub const ACCOUNT_SYSTEM: &str = "urn:healthchain:account";
/// The identifier system of a HealthChain organization (its number on chain).
pub const ORGANIZATION_SYSTEM: &str = "urn:healthchain:organization";

/// The decimals of HCT, the chain's token (the node's `system_properties` `tokenDecimals`,
/// checked against a running node by the gateway's node tests).
pub const TOKEN_DECIMALS: u32 = 12;

/// An amount of the chain's token (in its smallest unit) as a FHIR `Money`: `value` in HCT, the
/// nearest JSON number to the exact decimal (what JSON readers parse anyway). HCT has no ISO
/// 4217 code, so `currency` is absent.
pub fn money(amount: u128) -> serde_json::Value {
	let unit = 10u128.pow(TOKEN_DECIMALS);
	let decimal =
		format!("{}.{:0width$}", amount / unit, amount % unit, width = TOKEN_DECIMALS as usize);
	serde_json::json!({ "value": decimal.parse::<f64>().unwrap_or(f64::MAX) })
}

/// A coded data class, as a request or a consent names it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Coding {
	/// The code system (a URI); absent means "a resource type".
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub system: Option<String>,
	/// The code.
	pub code: String,
}

impl Coding {
	/// A coding of `system`.
	pub fn new(system: &str, code: &str) -> Self {
		Self { system: Some(system.into()), code: code.into() }
	}

	/// `system|code`, as FHIR search writes a token.
	pub fn token(&self) -> String {
		format!("{}|{}", self.system.as_deref().unwrap_or(RESOURCE_TYPE_SYSTEM), self.code)
	}
}

/// The purpose of an HL7 v3 `ActReason` code.
pub fn purpose_from_code(code: &str) -> Option<Purpose> {
	Purpose::ALL.into_iter().find(|purpose| purpose.hl7_code() == code)
}

/// The category a written resource is anchored under (`records.anchorRecord` takes one): its
/// sensitive category when it has one — a record locator must not show a psychiatry note as a
/// plain clinical note — else its first. `None` for no categories.
pub fn anchor_category(categories: &[DataCategory]) -> Option<DataCategory> {
	categories
		.iter()
		.find(|category| category.is_sensitive())
		.or_else(|| categories.first())
		.copied()
}

/// The chain's code of a FHIR resource type (`FhirResourceType`, the variant of the same
/// name), when it has one.
pub fn fhir_resource_type(name: &str) -> Option<pallet_records::FhirResourceType> {
	use codec::Decode;
	(0u8..=u8::MAX)
		.map_while(|index| pallet_records::FhirResourceType::decode(&mut &[index][..]).ok())
		.find(|code| format!("{code:?}") == name)
}

/// The FHIR code of a record version's status on chain (`DocumentReferenceStatus`: `current`,
/// `superseded`, `entered-in-error`; and `erased` for a version whose data and salt its holder
/// destroyed, which FHIR has no code for).
pub fn record_status_code(status: healthchain_primitives::RecordStatus) -> &'static str {
	use healthchain_primitives::RecordStatus;
	match status {
		RecordStatus::Current => "current",
		RecordStatus::Superseded => "superseded",
		RecordStatus::EnteredInError => "entered-in-error",
		RecordStatus::Erased => "erased",
	}
}

/// The categories of standard (non-sensitive) FHIR resource types. A resource type not listed
/// here (and not in [`SENSITIVE_RESOURCE_TYPES`]) is not representable: a request naming it is
/// answered with a redaction obligation, a consent naming it is refused.
pub const RESOURCE_TYPES: &[(&str, &[DataCategory])] = &[
	("Patient", &[DataCategory::Demographics]),
	("RelatedPerson", &[DataCategory::Demographics]),
	("Condition", &[DataCategory::Conditions]),
	("Medication", &[DataCategory::Medications]),
	("MedicationRequest", &[DataCategory::Medications]),
	("MedicationStatement", &[DataCategory::Medications]),
	("MedicationAdministration", &[DataCategory::Medications]),
	("MedicationDispense", &[DataCategory::Medications]),
	("AllergyIntolerance", &[DataCategory::Allergies]),
	// An Observation is a lab result or a vital sign; its `category` (below) says which. A
	// class of the bare resource type needs both.
	("Observation", &[DataCategory::LabResults, DataCategory::VitalSigns]),
	("Specimen", &[DataCategory::LabResults]),
	("DiagnosticReport", &[DataCategory::LabResults, DataCategory::Imaging]),
	("ImagingStudy", &[DataCategory::Imaging]),
	("Media", &[DataCategory::Imaging]),
	("DocumentReference", &[DataCategory::ClinicalNotes]),
	("Composition", &[DataCategory::ClinicalNotes]),
	("ClinicalImpression", &[DataCategory::ClinicalNotes]),
	("Immunization", &[DataCategory::Immunizations]),
	("ImmunizationRecommendation", &[DataCategory::Immunizations]),
	("Procedure", &[DataCategory::Procedures]),
];

/// Resource types that are sensitive in themselves.
pub const SENSITIVE_RESOURCE_TYPES: &[(&str, DataCategory)] =
	&[("MolecularSequence", DataCategory::Genomics)];

/// Observation categories (`Observation.category`, system [`OBSERVATION_CATEGORY_SYSTEM`]).
pub const OBSERVATION_CATEGORIES: &[(&str, DataCategory)] = &[
	("laboratory", DataCategory::LabResults),
	("vital-signs", DataCategory::VitalSigns),
	("imaging", DataCategory::Imaging),
	("procedure", DataCategory::Procedures),
];

/// Sensitivity security labels (HL7 v3 `ActCode`, system [`SECURITY_LABEL_SYSTEM`]) and the
/// sensitive category each falls in. The chain has no category of its own for HIV or sexually
/// transmitted disease information: they fall in sexual and reproductive health, so a consent
/// must name that category for them.
pub const SECURITY_LABELS: &[(&str, DataCategory)] = &[
	("PSY", DataCategory::MentalHealth),
	("PSYTHPN", DataCategory::MentalHealth),
	("MH", DataCategory::MentalHealth),
	("ETH", DataCategory::SubstanceUse),
	("ETHUD", DataCategory::SubstanceUse),
	("OPIOIDUD", DataCategory::SubstanceUse),
	("SUD", DataCategory::SubstanceUse),
	("SEX", DataCategory::SexualReproductiveHealth),
	("STD", DataCategory::SexualReproductiveHealth),
	("HIV", DataCategory::SexualReproductiveHealth),
	("GDIS", DataCategory::Genomics),
];

/// The chain's name of a category (its variant name, as the RPC writes it).
pub fn category_name(category: DataCategory) -> String {
	format!("{category:?}")
}

/// The category of a HealthChain category code.
pub fn category_from_name(name: &str) -> Option<DataCategory> {
	DataCategory::ALL.into_iter().find(|category| category_name(*category) == name)
}

/// The categories a coded data class falls in; `None` if the gateway cannot represent it (an
/// unknown system or code). Never empty when `Some`.
pub fn categories_of_class(class: &Coding) -> Option<Vec<DataCategory>> {
	let code = class.code.as_str();
	match class.system.as_deref().unwrap_or(RESOURCE_TYPE_SYSTEM) {
		RESOURCE_TYPE_SYSTEM => RESOURCE_TYPES
			.iter()
			.find(|(name, _)| *name == code)
			.map(|(_, categories)| categories.to_vec())
			.or_else(|| {
				SENSITIVE_RESOURCE_TYPES
					.iter()
					.find(|(name, _)| *name == code)
					.map(|(_, category)| vec![*category])
			}),
		OBSERVATION_CATEGORY_SYSTEM => lookup(OBSERVATION_CATEGORIES, code),
		SECURITY_LABEL_SYSTEM => lookup(SECURITY_LABELS, code),
		CATEGORY_SYSTEM if code == ALL_STANDARD => {
			Some(DataCategory::ALL.into_iter().filter(|c| !c.is_sensitive()).collect())
		},
		CATEGORY_SYSTEM => category_from_name(code).map(|category| vec![category]),
		_ => None,
	}
}

/// The categories a FHIR resource's data falls in: those of its type, narrowed for an
/// Observation by its `category`, plus the sensitive category of each security label in
/// `meta.security`. `None` when the gateway cannot represent it: an unknown resource type, or
/// an `ActCode` security label this table does not know (a label may mark sensitive data, so
/// what the gateway cannot read is withheld, never served).
pub fn categories_of_resource(resource: &serde_json::Value) -> Option<Vec<DataCategory>> {
	let resource_type = resource["resourceType"].as_str()?;
	let mut categories = categories_of_class(&Coding { system: None, code: resource_type.into() })?;
	if resource_type == "Observation" {
		let named: Vec<DataCategory> = codings(&resource["category"])
			.filter(|(system, _)| *system == OBSERVATION_CATEGORY_SYSTEM)
			.filter_map(|(_, code)| lookup(OBSERVATION_CATEGORIES, code))
			.flatten()
			.collect();
		if !named.is_empty() {
			categories = named;
		}
	}
	for label in resource["meta"]["security"].as_array().into_iter().flatten() {
		if label["system"].as_str() == Some(SECURITY_LABEL_SYSTEM) {
			categories.extend(lookup(SECURITY_LABELS, label["code"].as_str()?)?);
		}
	}
	categories.sort();
	categories.dedup();
	Some(categories)
}

/// The `(system, code)` of every coding of a CodeableConcept or a list of them.
fn codings(concepts: &serde_json::Value) -> impl Iterator<Item = (&str, &str)> {
	let concepts: Vec<&serde_json::Value> = match concepts {
		serde_json::Value::Array(list) => list.iter().collect(),
		other => vec![other],
	};
	concepts
		.into_iter()
		.flat_map(|concept| concept["coding"].as_array().into_iter().flatten())
		.filter_map(|coding| Some((coding["system"].as_str()?, coding["code"].as_str()?)))
}

fn lookup(table: &[(&str, DataCategory)], code: &str) -> Option<Vec<DataCategory>> {
	table.iter().find(|(name, _)| *name == code).map(|(_, category)| vec![*category])
}

/// The class a consent provision writes for a chain category: the security label of a
/// sensitive category, HealthChain's category code otherwise.
pub fn class_of_category(category: DataCategory) -> Coding {
	match category {
		DataCategory::MentalHealth => Coding::new(SECURITY_LABEL_SYSTEM, "PSY"),
		DataCategory::SubstanceUse => Coding::new(SECURITY_LABEL_SYSTEM, "ETH"),
		DataCategory::SexualReproductiveHealth => Coding::new(SECURITY_LABEL_SYSTEM, "SEX"),
		DataCategory::Genomics => Coding::new(SECURITY_LABEL_SYSTEM, "GDIS"),
		standard => Coding::new(CATEGORY_SYSTEM, &category_name(standard)),
	}
}

/// The chain action of a FHIR `consentaction` code: `access` and `use` read, `collect` and
/// `correct` write. `disclose` (onward disclosure to third parties) has no chain equivalent: a
/// consent on chain is to one organization.
pub fn action_from_code(code: &str) -> Option<Action> {
	match code {
		"access" | "use" => Some(Action::Read),
		"collect" | "correct" => Some(Action::Write),
		_ => None,
	}
}

/// The FHIR `consentaction` code a chain action is written as.
pub fn action_code(action: Action) -> &'static str {
	match action {
		Action::Read => "access",
		Action::Write => "collect",
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn resources_fall_in_their_categories_and_labels_add_sensitive_ones() {
		use serde_json::json;
		let lab = json!({ "resourceType": "Observation", "category": [{ "coding": [{ "system": OBSERVATION_CATEGORY_SYSTEM, "code": "laboratory" }] }] });
		assert_eq!(categories_of_resource(&lab), Some(vec![DataCategory::LabResults]));
		let bare = json!({ "resourceType": "Observation" });
		assert_eq!(
			categories_of_resource(&bare),
			Some(vec![DataCategory::LabResults, DataCategory::VitalSigns])
		);
		let note = json!({ "resourceType": "DocumentReference", "meta": { "security": [{ "system": SECURITY_LABEL_SYSTEM, "code": "PSY" }] } });
		assert_eq!(
			categories_of_resource(&note),
			Some(vec![DataCategory::ClinicalNotes, DataCategory::MentalHealth])
		);
		let unknown_label = json!({ "resourceType": "Condition", "meta": { "security": [{ "system": SECURITY_LABEL_SYSTEM, "code": "XYZ" }] } });
		assert_eq!(categories_of_resource(&unknown_label), None, "withheld, not guessed");
		let confidentiality = json!({ "resourceType": "Condition", "meta": { "security": [{ "system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "N" }] } });
		assert_eq!(categories_of_resource(&confidentiality), Some(vec![DataCategory::Conditions]));
		assert_eq!(categories_of_resource(&json!({ "resourceType": "Basic" })), None);
		assert_eq!(categories_of_resource(&json!({})), None);
	}

	#[test]
	fn writes_are_anchored_under_their_sensitive_category_and_typed_when_the_chain_can() {
		use DataCategory::*;
		assert_eq!(anchor_category(&[ClinicalNotes, MentalHealth]), Some(MentalHealth));
		assert_eq!(anchor_category(&[LabResults]), Some(LabResults));
		assert_eq!(anchor_category(&[]), None);
		assert_eq!(
			fhir_resource_type("DocumentReference"),
			Some(pallet_records::FhirResourceType::DocumentReference)
		);
		assert_eq!(fhir_resource_type("Bundle"), Some(pallet_records::FhirResourceType::Bundle));
		assert_eq!(fhir_resource_type("Specimen"), None);
	}

	#[test]
	fn amounts_are_money_in_hct() {
		let unit = 10u128.pow(TOKEN_DECIMALS);
		assert_eq!(money(150 * unit)["value"], serde_json::json!(150.0));
		assert_eq!(money(unit / 4)["value"], serde_json::json!(0.25));
		assert_eq!(money(1)["value"], serde_json::json!(1e-12));
		assert_eq!(money(0)["value"], serde_json::json!(0.0));
		assert!(money(u128::MAX)["value"].as_f64().is_some_and(|v| v > 3.4e26));
	}

	#[test]
	fn every_purpose_has_its_hl7_code_and_back() {
		for purpose in Purpose::ALL {
			assert_eq!(purpose_from_code(purpose.hl7_code()), Some(purpose));
		}
		assert_eq!(purpose_from_code("treat"), None, "codes are case-sensitive");
		assert_eq!(purpose_from_code("COVERAGE"), None);
	}

	#[test]
	fn every_category_is_reachable_and_written_back_to_itself() {
		for category in DataCategory::ALL {
			let class = class_of_category(category);
			assert_eq!(categories_of_class(&class), Some(vec![category]), "{class:?}");
			assert_eq!(
				categories_of_class(&Coding::new(CATEGORY_SYSTEM, &category_name(category))),
				Some(vec![category])
			);
		}
	}

	#[test]
	fn standard_resource_types_never_imply_a_sensitive_category() {
		for (name, categories) in RESOURCE_TYPES {
			assert!(!categories.is_empty(), "{name}");
			assert!(categories.iter().all(|c| !c.is_sensitive()), "{name} implies {categories:?}");
		}
		for (label, category) in SECURITY_LABELS {
			assert!(category.is_sensitive(), "{label}");
		}
		let bare = Coding { system: None, code: "Observation".into() };
		assert_eq!(
			categories_of_class(&bare),
			Some(vec![DataCategory::LabResults, DataCategory::VitalSigns])
		);
		let lab = Coding::new(OBSERVATION_CATEGORY_SYSTEM, "laboratory");
		assert_eq!(categories_of_class(&lab), Some(vec![DataCategory::LabResults]));
	}

	#[test]
	fn unknown_classes_are_not_representable() {
		assert_eq!(categories_of_class(&Coding::new(RESOURCE_TYPE_SYSTEM, "Basic")), None);
		assert_eq!(categories_of_class(&Coding::new(SECURITY_LABEL_SYSTEM, "R")), None);
		assert_eq!(categories_of_class(&Coding::new("http://loinc.org", "4548-4")), None);
		assert_eq!(categories_of_class(&Coding::new(CATEGORY_SYSTEM, "labresults")), None);
	}

	#[test]
	fn actions_map_both_ways() {
		for action in Action::ALL {
			assert_eq!(action_from_code(action_code(action)), Some(action));
		}
		assert_eq!(action_from_code("disclose"), None);
	}
}
