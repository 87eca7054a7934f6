//! The list of the `healthchain_*` methods, written once: name, parameters, result type and
//! description, with the shape of every result type ([`TYPES`]: the JSON the node returns). From
//! it come
//! - the Polkadot.js definitions (`clients/ts/src/interfaces/healthchain/definitions.json`, for
//!   `ApiPromise.create({ rpc, types })` and for the TypeScript client's generated types),
//! - the Python client's typed methods, dataclasses and enums
//!   (`clients/python/healthchain_client/rpc.py`),
//! - the README's method table and list of result types;
//!
//! a test fails when any of them differs from what this list generates
//! (`HC_BLESS=1 cargo test -p healthchain-rpc` rewrites them), another when a code's names are not
//! the runtime's, and the end-to-end tests check the list against the methods a running node
//! serves (`rpc_methods`) and every result the node returns against its type, field by field.

/// A parameter of a method.
#[derive(Clone, Copy, Debug)]
pub struct Param {
	/// Its name.
	pub name: &'static str,
	/// Its Polkadot.js type (`Option<_>` for optional parameters).
	pub ty: &'static str,
}

/// A method: `healthchain_<name>(params…, at?)`.
#[derive(Clone, Copy, Debug)]
pub struct Method {
	/// The name after `healthchain_`.
	pub name: &'static str,
	/// Its parameters before the optional block hash `at`, which every method takes last.
	pub params: &'static [Param],
	/// What it returns, in JSON.
	pub result: &'static str,
	/// What it does.
	pub description: &'static str,
}

const fn p(name: &'static str, ty: &'static str) -> Param {
	Param { name, ty }
}

const fn m(
	name: &'static str,
	params: &'static [Param],
	result: &'static str,
	description: &'static str,
) -> Method {
	Method { name, params, result, description }
}

const CURSOR_U32: Param = p("cursor", "Option<u32>");
const CURSOR_U64: Param = p("cursor", "Option<u64>");
const LIMIT: Param = p("limit", "Option<u32>");

/// Every `healthchain_*` method, in the order of the README's table: name, parameters, result
/// type (one of [`TYPES`] or a Polkadot.js type), description.
#[rustfmt::skip]
pub const METHODS: &[Method] = &[
	m("organization", &[p("id", "u32")], "Option<HcOrganization>", "An organization of the registry."),
	m("organizations", &[CURSOR_U32, LIMIT], "HcOrganizationPage", "The organizations, in id order."),
	m("members", &[p("organization", "u32"), p("cursor", "Option<AccountId>"), LIMIT], "HcMemberPage", "An organization's members, in account order (`id`: the member's account)."),
	m("rolesOf", &[p("account", "AccountId")], "HcAccountMemberships", "The organizations an account serves and its roles in each."),
	m("evaluateConsent", &[p("patient", "AccountId"), p("organization", "u32"), p("purpose", "HcPurpose"), p("category", "HcDataCategory"), p("action", "HcAction")], "HcDecision", "The one consent evaluation, at the block's time (purpose, category and action by name, e.g. `Treatment`, `LabResults`, `Read`)."),
	m("evaluateCategories", &[p("patient", "AccountId"), p("organization", "u32"), p("purpose", "HcPurpose"), p("action", "HcAction"), p("categories", "Vec<HcCategoryName>")], "HcCategoryDecisions", "The one consent evaluation for each category named (`AllStandard`: every standard category), in one call at one block, in category order."),
	m("consentsOf", &[p("patient", "AccountId")], "HcPatientConsents", "A patient's consents, in the order granted."),
	m("grantsHeldBy", &[p("organization", "u32"), CURSOR_U64, LIMIT], "HcConsentPage", "The consents an organization holds, in id order."),
	m("accessLog", &[p("patient", "AccountId"), CURSOR_U64, LIMIT], "HcAccessLogPage", "A patient's access log, oldest first."),
	m("emergencyAccess", &[p("id", "u64")], "Option<HcEmergencyAccess>", "An emergency (break-glass) access."),
	m("pendingReviews", &[p("organization", "u32"), CURSOR_U64, LIMIT], "HcEmergencyAccessPage", "The emergency accesses an organization has not reviewed, in id order."),
	m("patient", &[p("patient", "AccountId")], "HcPatientInfo", "A patient's onboarding and the feeless grants left in the rolling hour (0 for an account no organization onboarded)."),
	m("record", &[p("id", "u64")], "Option<HcRecord>", "A record version."),
	m("recordByCommitment", &[p("patient", "AccountId"), p("commitment", "H256")], "Option<HcRecord>", "The record version of a patient anchored with a commitment: proof of existence and integrity."),
	m("recordsOf", &[p("patient", "AccountId"), CURSOR_U64, LIMIT], "HcRecordPage", "A patient's record versions, in id order."),
	m("recordHistory", &[p("id", "u64")], "HcRecordHistory", "Every version of the record a version belongs to, oldest first."),
	m("batch", &[p("id", "u64")], "Option<HcBatch>", "An anchored batch (a Merkle root over many leaves)."),
	m("verifyBatchLeaf", &[p("batch", "u64"), p("leaf", "H256"), p("leafIndex", "u32"), p("proof", "Vec<H256>")], "HcLeafProof", "Checks a leaf's inclusion proof (at most 24 hashes, else an invalid-params error) against an anchored batch root."),
	m("claim", &[p("id", "u64")], "Option<HcClaim>", "A claim with its adjudication."),
	m("claimsOfPatient", &[p("patient", "AccountId"), CURSOR_U64, LIMIT], "HcClaimPage", "A patient's claims, in id order."),
	m("claimsOfProvider", &[p("provider", "u32"), CURSOR_U64, LIMIT], "HcClaimPage", "A provider's claims, in id order."),
	m("claimsOfPlan", &[p("plan", "u32"), CURSOR_U64, LIMIT], "HcClaimPage", "The claims against a plan, in id order."),
	m("plan", &[p("id", "u32")], "Option<HcPlan>", "A plan with its current terms and its escrow."),
	m("remainingAnnualLimit", &[p("plan", "u32"), p("patient", "AccountId")], "Option<HcAnnualLimit>", "What a plan still pays for a member this calendar year."),
	m("studies", &[p("status", "Option<HcStudyStatus>"), p("duo", "Option<Text>"), CURSOR_U32, LIMIT], "HcStudyPage", "Studies in id order, optionally only those in a status and with a DUO code (`GRU`, `HMB`, `DS`, `DS:<code>`, `POA`, `NRES`); one call scans at most 10,000 ids, so a page may hold fewer than `limit` items, even none, while `nextCursor` is not `null`: page until it is `null`."),
	m("study", &[p("id", "u32")], "Option<HcStudy>", "A research study."),
	m("cohortSize", &[p("id", "u32")], "Option<HcCohort>", "Patients consenting to a study's current version whom a data-holding provider attested (an O(1) counter)."),
	m("cohortOfProvider", &[p("id", "u32"), p("provider", "u32")], "Option<HcProviderCohort>", "A provider's attested cohort of a study's current version: what k is checked against when it grants data (an O(1) counter)."),
	m("grantsOfStudy", &[p("id", "u32"), CURSOR_U32, LIMIT], "HcDataGrantPage", "A study's data grants, in id order."),
	m("broadConsentMatches", &[p("id", "u32"), p("patient", "AccountId")], "HcConsentMatch", "Whether a patient's broad research consent covers a study, or why not (`reason`: the mismatch, e.g. `Duo(Commercial)`)."),
];

/// A result type of the methods, as Polkadot.js describes it: the shape of the JSON the node
/// returns (camelCase fields; accounts SS58, balances decimal strings, hashes 0x-hex, codes
/// their names, sets the list of their names, times ms since the Unix epoch).
#[derive(Clone, Copy, Debug)]
pub enum TypeDef {
	/// An object: its fields (name, Polkadot.js type), in the node's order.
	Struct(&'static [(&'static str, &'static str)]),
	/// A code: the names of its values.
	Enum(&'static [&'static str]),
	/// One of several shapes: each variant's name and its type (`Null` for a bare name); in
	/// JSON a bare name is the name (`"Audit"`), another variant `{ "Name": value }`.
	Tagged(&'static [(&'static str, &'static str)]),
	/// Another type under this name (with its own JSON: see the type's comment).
	Alias(&'static str),
}

const fn s(
	name: &'static str,
	fields: &'static [(&'static str, &'static str)],
) -> (&'static str, TypeDef) {
	(name, TypeDef::Struct(fields))
}

const fn e(name: &'static str, values: &'static [&'static str]) -> (&'static str, TypeDef) {
	(name, TypeDef::Enum(values))
}

const CATEGORIES: [&str; 14] = [
	"Demographics",
	"Conditions",
	"Medications",
	"Allergies",
	"LabResults",
	"Imaging",
	"ClinicalNotes",
	"Immunizations",
	"Procedures",
	"VitalSigns",
	"Genomics",
	"MentalHealth",
	"SubstanceUse",
	"SexualReproductiveHealth",
];

/// The result types of [`METHODS`] (and their parameters' codes): name, shape. A Polkadot.js
/// type for each (`ApiPromise.create({ types })` decodes a result into it), a Python dataclass
/// or enum for each in `clients/python`; the end-to-end tests compare every result the node
/// returns with its decoding, field by field.
#[rustfmt::skip]
pub const TYPES: &[(&str, TypeDef)] = &[
	// A balance: a u128, in JSON a decimal string (exact beyond 2^53).
	("HcBalance", TypeDef::Alias("u128")),
	// --- codes ---------------------------------------------------------------------------------
	e("HcOrganizationKind", &["Provider", "Payer", "ResearchInstitution", "EthicsCommittee", "Regulator"]),
	e("HcOrganizationStatus", &["Active", "Suspended"]),
	e("HcRole", &["Admin", "Clinician", "Billing", "Researcher", "Reviewer", "PrivacyOfficer"]),
	e("HcPurpose", &["Treatment", "EmergencyTreatment", "Payment", "Operations", "Research", "PublicHealth"]),
	e("HcDataCategory", &CATEGORIES),
	e("HcCategoryName", &[
		"Demographics", "Conditions", "Medications", "Allergies", "LabResults", "Imaging",
		"ClinicalNotes", "Immunizations", "Procedures", "VitalSigns", "Genomics", "MentalHealth",
		"SubstanceUse", "SexualReproductiveHealth", "AllStandard",
	]),
	e("HcAction", &["Read", "Write"]),
	e("HcDenyReason", &["NoConsent", "NotYetValid", "Expired", "PastEraseBy", "PurposeNotCovered", "CategoryNotCovered", "ActionNotCovered", "AccessLimitReached"]),
	e("HcEmergencyReason", &["PatientIncapacitated", "LifeThreatening", "SeriousHarmRisk", "Other"]),
	e("HcReviewStatus", &["pending", "justified", "misuse"]),
	e("HcRecordStatus", &["Current", "Superseded", "EnteredInError", "Erased"]),
	e("HcFhirResourceType", &["Observation", "Condition", "MedicationRequest", "MedicationStatement", "AllergyIntolerance", "DiagnosticReport", "ImagingStudy", "Procedure", "Immunization", "Encounter", "CarePlan", "DocumentReference", "Bundle"]),
	e("HcProofError", &["UnknownBatch", "IndexOutOfRange", "ProofTooLong", "Mismatch"]),
	e("HcClaimStatus", &["Paid", "PendingReview", "Denied", "Appealed", "DenialUpheld"]),
	e("HcAdjustmentReason", &["NotCovered", "ExceedsFeeSchedule", "PriorAuthMissing", "Duplicate", "AnnualLimitReached", "PatientShare"]),
	e("HcStudyStatus", &["Proposed", "Approved", "Rejected", "Active", "Closed"]),
	e("HcDuoModifier", &["NPU", "NCU", "IRB", "PUB", "COL", "GS", "TS", "NMDS"]),
	// --- organizations -------------------------------------------------------------------------
	s("HcOrganization", &[("id", "u32"), ("kind", "HcOrganizationKind"), ("admin", "AccountId"), ("metadataHash", "H256"), ("status", "HcOrganizationStatus"), ("account", "AccountId"), ("depositor", "AccountId"), ("deposit", "HcBalance"), ("memberCount", "u32"), ("registeredAt", "u64"), ("payout", "Option<AccountId>")]),
	s("HcOrganizationPage", &[("items", "Vec<HcOrganization>"), ("nextCursor", "Option<u32>")]),
	s("HcMember", &[("id", "AccountId"), ("roles", "Vec<HcRole>"), ("expiresAt", "Option<u64>"), ("depositor", "AccountId"), ("deposit", "HcBalance"), ("since", "u64")]),
	s("HcMemberPage", &[("items", "Vec<HcMember>"), ("nextCursor", "Option<AccountId>")]),
	s("HcAccountMembership", &[("organization", "u32"), ("kind", "HcOrganizationKind"), ("organizationActive", "bool"), ("roles", "Vec<HcRole>"), ("expiresAt", "Option<u64>"), ("expired", "bool")]),
	s("HcAccountMemberships", &[("account", "AccountId"), ("memberships", "Vec<HcAccountMembership>")]),
	// --- consent -------------------------------------------------------------------------------
	s("HcDecision", &[("permitted", "bool"), ("consent", "Option<u64>"), ("reason", "Option<HcDenyReason>")]),
	s("HcCategoryDecision", &[("category", "HcDataCategory"), ("decision", "HcDecision")]),
	s("HcCategoryDecisions", &[("items", "Vec<HcCategoryDecision>")]),
	s("HcConsent", &[("id", "u64"), ("patient", "AccountId"), ("organization", "u32"), ("purposes", "Vec<HcPurpose>"), ("categories", "Vec<HcCategoryName>"), ("actions", "Vec<HcAction>"), ("validFrom", "Option<u64>"), ("validUntil", "Option<u64>"), ("maxAccesses", "Option<u32>"), ("eraseBy", "Option<u64>"), ("documentHash", "H256"), ("accesses", "u32"), ("grantedAt", "u64")]),
	s("HcPatientConsents", &[("patient", "AccountId"), ("consents", "Vec<HcConsent>")]),
	s("HcConsentPage", &[("items", "Vec<HcConsent>"), ("nextCursor", "Option<u64>")]),
	s("HcReview", &[("status", "HcReviewStatus"), ("officer", "Option<AccountId>"), ("at", "Option<u64>"), ("reportHash", "Option<H256>")]),
	s("HcAccessLogItem", &[("index", "u32"), ("organization", "u32"), ("accessor", "AccountId"), ("purpose", "HcPurpose"), ("category", "Option<HcDataCategory>"), ("consent", "Option<u64>"), ("emergency", "Option<u64>"), ("at", "u64"), ("deposit", "HcBalance"), ("review", "Option<HcReview>")]),
	s("HcAccessLogPage", &[("items", "Vec<HcAccessLogItem>"), ("nextCursor", "Option<u64>")]),
	s("HcEmergencyAccess", &[("id", "u64"), ("patient", "AccountId"), ("organization", "u32"), ("clinician", "AccountId"), ("reason", "HcEmergencyReason"), ("justification", "H256"), ("openedAt", "u64"), ("expiresAt", "u64"), ("reads", "u32"), ("review", "HcReview"), ("deposit", "HcBalance")]),
	s("HcEmergencyAccessPage", &[("items", "Vec<HcEmergencyAccess>"), ("nextCursor", "Option<u64>")]),
	s("HcRegistration", &[("organization", "u32"), ("by", "AccountId"), ("deposit", "HcBalance"), ("at", "u64")]),
	s("HcPatientInfo", &[("patient", "AccountId"), ("registration", "Option<HcRegistration>"), ("freeCallsLeft", "u32")]),
	// --- records -------------------------------------------------------------------------------
	s("HcRecord", &[("id", "u64"), ("patient", "AccountId"), ("organization", "Option<u32>"), ("purpose", "Option<HcPurpose>"), ("author", "AccountId"), ("category", "HcDataCategory"), ("commitment", "H256"), ("fhirType", "Option<HcFhirResourceType>"), ("version", "u32"), ("previous", "Option<u64>"), ("supersededBy", "Option<u64>"), ("status", "HcRecordStatus"), ("anchoredAt", "u64"), ("statusChangedAt", "Option<u64>"), ("deposit", "HcBalance")]),
	s("HcRecordPage", &[("items", "Vec<HcRecord>"), ("nextCursor", "Option<u64>")]),
	s("HcRecordHistory", &[("record", "u64"), ("versions", "Vec<HcRecord>")]),
	s("HcBatchRecords", &[("patient", "AccountId"), ("purpose", "HcPurpose"), ("category", "HcDataCategory")]),
	s("HcBatchUnattributed", &[("category", "HcDataCategory")]),
	("HcBatchScope", TypeDef::Tagged(&[("Audit", "Null"), ("Records", "HcBatchRecords"), ("Unattributed", "HcBatchUnattributed")])),
	s("HcBatch", &[("id", "u64"), ("organization", "u32"), ("submitter", "AccountId"), ("root", "H256"), ("leafCount", "u32"), ("scope", "HcBatchScope"), ("anchoredAt", "u64"), ("deposit", "HcBalance")]),
	s("HcLeafProof", &[("valid", "bool"), ("error", "Option<HcProofError>")]),
	// --- claims --------------------------------------------------------------------------------
	s("HcAdjustment", &[("reason", "HcAdjustmentReason"), ("carc", "u16")]),
	s("HcClaimLine", &[("serviceCode", "u32"), ("amount", "HcBalance"), ("serviceDate", "u64"), ("priorAuth", "Option<u64>"), ("allowed", "HcBalance"), ("patientResponsibility", "HcBalance"), ("payerAmount", "HcBalance"), ("adjustments", "Vec<HcAdjustment>")]),
	s("HcClaim", &[("id", "u64"), ("plan", "u32"), ("patient", "AccountId"), ("provider", "u32"), ("submitter", "AccountId"), ("evidence", "Vec<u64>"), ("lines", "Vec<HcClaimLine>"), ("payerTotal", "HcBalance"), ("patientTotal", "HcBalance"), ("paid", "HcBalance"), ("status", "HcClaimStatus"), ("eobCommitment", "H256"), ("submittedAt", "u64"), ("deposit", "HcBalance")]),
	s("HcClaimPage", &[("items", "Vec<HcClaim>"), ("nextCursor", "Option<u64>")]),
	s("HcCoverageRule", &[("serviceCode", "u32"), ("covered", "bool"), ("maxAllowed", "HcBalance"), ("patientSharePpm", "u32"), ("priorAuthRequired", "bool")]),
	s("HcPlan", &[("id", "u32"), ("payer", "u32"), ("escrowAccount", "AccountId"), ("version", "u32"), ("funded", "HcBalance"), ("paid", "HcBalance"), ("withdrawn", "HcBalance"), ("reserved", "HcBalance"), ("publisher", "AccountId"), ("deposit", "HcBalance"), ("rules", "Vec<HcCoverageRule>"), ("annualLimit", "HcBalance"), ("autoApproveUpTo", "HcBalance"), ("effectiveFrom", "u64"), ("held", "HcBalance"), ("available", "HcBalance")]),
	s("HcAnnualLimit", &[("plan", "u32"), ("patient", "AccountId"), ("remaining", "HcBalance"), ("enrolled", "bool")]),
	// --- research ------------------------------------------------------------------------------
	s("HcStudy", &[("id", "u32"), ("institution", "u32"), ("researcher", "AccountId"), ("protocolHash", "H256"), ("version", "u32"), ("duo", "Text"), ("modifiers", "Vec<HcDuoModifier>"), ("commercial", "bool"), ("forProfit", "bool"), ("methodsResearch", "bool"), ("categories", "Vec<HcCategoryName>"), ("minCohort", "u32"), ("registeredAt", "u64"), ("endsAt", "u64"), ("status", "HcStudyStatus"), ("ethicsCommittee", "Option<u32>"), ("ethicsReviewer", "Option<AccountId>"), ("cohort", "u32"), ("attested", "u32"), ("deposit", "HcBalance")]),
	s("HcStudyPage", &[("items", "Vec<HcStudy>"), ("nextCursor", "Option<u32>")]),
	s("HcCohort", &[("study", "u32"), ("version", "u32"), ("cohort", "u32")]),
	s("HcProviderCohort", &[("study", "u32"), ("provider", "u32"), ("version", "u32"), ("cohort", "u32")]),
	s("HcDataGrant", &[("id", "u64"), ("study", "u32"), ("provider", "u32"), ("grantedBy", "AccountId"), ("dataset", "H256"), ("recordCount", "u32"), ("expiresAt", "u64"), ("revoked", "bool"), ("accesses", "u32"), ("version", "u32"), ("deposit", "HcBalance")]),
	s("HcDataGrantPage", &[("items", "Vec<HcDataGrant>"), ("nextCursor", "Option<u64>")]),
	s("HcConsentMatch", &[("matches", "bool"), ("reason", "Option<Text>")]),
];

/// The Polkadot.js definitions of the methods and their result types, as JSON text:
/// `{ "rpc": { "healthchain": { … } }, "types": { … } }`, for
/// `ApiPromise.create({ rpc: definitions.rpc, types: definitions.types })` and for
/// `@polkadot/typegen` (the TypeScript client, `clients/ts`).
pub fn polkadot_js_definitions() -> String {
	let mut out = String::from("{\n  \"rpc\": {\n    \"healthchain\": {\n");
	for (i, method) in METHODS.iter().enumerate() {
		out.push_str(&format!("      \"{}\": {{\n", method.name));
		out.push_str(&format!("        \"description\": {},\n", json_string(method.description)));
		out.push_str("        \"params\": [\n");
		for param in method.params {
			let optional =
				if param.ty.starts_with("Option<") { ", \"isOptional\": true" } else { "" };
			out.push_str(&format!(
				"          {{ \"name\": \"{}\", \"type\": \"{}\"{optional} }},\n",
				param.name, param.ty
			));
		}
		out.push_str("          { \"name\": \"at\", \"type\": \"Hash\", \"isOptional\": true }\n");
		out.push_str(&format!("        ],\n        \"type\": \"{}\"\n", method.result));
		out.push_str(if i + 1 == METHODS.len() { "      }\n" } else { "      },\n" });
	}
	out.push_str("    }\n  },\n  \"types\": {\n");
	for (i, (name, def)) in TYPES.iter().enumerate() {
		let body = match def {
			TypeDef::Struct(fields) => {
				let fields: Vec<String> =
					fields.iter().map(|(f, ty)| format!("\"{f}\": \"{ty}\"")).collect();
				format!("{{ {} }}", fields.join(", "))
			},
			TypeDef::Enum(values) => {
				let values: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
				format!("{{ \"_enum\": [{}] }}", values.join(", "))
			},
			TypeDef::Tagged(variants) => {
				let variants: Vec<String> =
					variants.iter().map(|(v, ty)| format!("\"{v}\": \"{ty}\"")).collect();
				format!("{{ \"_enum\": {{ {} }} }}", variants.join(", "))
			},
			TypeDef::Alias(ty) => format!("\"{ty}\""),
		};
		let comma = if i + 1 == TYPES.len() { "" } else { "," };
		out.push_str(&format!("    \"{name}\": {body}{comma}\n"));
	}
	out.push_str("  }\n}\n");
	out
}

/// A type as the README shows it: `Option<HcX>` as "`HcX` or `null`".
fn readme_type(ty: &str) -> String {
	match ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
		Some(inner) => format!("`{inner}` or `null`"),
		None => format!("`{ty}`"),
	}
}

/// The README's table of the methods and the list of their result types (Markdown).
pub fn readme_table() -> String {
	let mut out = String::from("| method | params | result | what |\n|---|---|---|---|\n");
	for method in METHODS {
		let params: Vec<String> = method
			.params
			.iter()
			.map(|param| {
				let optional = if param.ty.starts_with("Option<") { "?" } else { "" };
				format!("`{}{optional}`", param.name)
			})
			.chain(std::iter::once("`at?`".to_string()))
			.collect();
		out.push_str(&format!(
			"| `healthchain_{}` | {} | {} | {} |\n",
			method.name,
			params.join(", "),
			readme_type(method.result),
			method.description
		));
	}
	out.push_str("\nThe result types (JSON; `u128`: a decimal string, `AccountId`: SS58, `H256`: 0x-hex):\n\n");
	for (name, def) in TYPES {
		let shape = match def {
			TypeDef::Struct(fields) => {
				let fields: Vec<String> =
					fields.iter().map(|(f, ty)| format!("{f}: {ty}")).collect();
				format!("`{{ {} }}`", fields.join(", "))
			},
			TypeDef::Enum(values) => {
				let values: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
				format!("one of {}", values.join(", "))
			},
			TypeDef::Tagged(variants) => {
				let variants: Vec<String> = variants
					.iter()
					.map(|(v, ty)| {
						if *ty == "Null" {
							format!("`\"{v}\"`")
						} else {
							format!("`{{ \"{v}\": {ty} }}`")
						}
					})
					.collect();
				format!("one of {}", variants.join(", "))
			},
			TypeDef::Alias(ty) => format!("`{ty}`"),
		};
		out.push_str(&format!("- `{name}`: {shape}\n"));
	}
	out
}

/// `camelCase` as `snake_case`.
fn snake(name: &str) -> String {
	let mut out = String::new();
	for c in name.chars() {
		if c.is_ascii_uppercase() {
			if !out.is_empty() {
				out.push('_');
			}
			out.push(c.to_ascii_lowercase());
		} else {
			out.push(c);
		}
	}
	out
}

/// A Polkadot.js type as a Python annotation (result types: what the decoder returns).
fn python_type(ty: &str) -> String {
	if let Some(inner) = ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
		return format!("Optional[{}]", python_type(inner));
	}
	if let Some(inner) = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
		return format!("List[{}]", python_type(inner));
	}
	match ty {
		"u16" | "u32" | "u64" | "u128" => "int".into(),
		"bool" => "bool".into(),
		"AccountId" | "H256" | "Text" | "Hash" => "str".into(),
		"Null" => "None".into(),
		hc => hc.strip_prefix("Hc").unwrap_or(hc).to_string(),
	}
}

/// A Polkadot.js parameter type as a Python annotation (codes by value or by name).
fn python_param_type(ty: &str) -> String {
	if let Some(inner) = ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
		return format!("Optional[{}]", python_param_type(inner));
	}
	if let Some(inner) = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
		return format!("Sequence[{}]", python_param_type(inner));
	}
	match ty {
		hc if hc.starts_with("Hc") => format!("Union[{}, str]", python_type(hc)),
		other => python_type(other),
	}
}

fn python_string(text: &str) -> String {
	json_string(text)
}

/// The Python client's generated module (`clients/python/healthchain_client/rpc.py`): an enum
/// per code, a dataclass per result type, the table the decoder reads, and a typed method per
/// `healthchain_*` method.
pub fn python_module() -> String {
	let mut out = String::from(
		"\"\"\"The `healthchain_*` JSON-RPC methods and their results, typed.\n\n\
		Generated from the method list of the `healthchain-rpc` crate (rpc/src/methods.rs) by\n\
		`HC_BLESS=1 cargo test -p healthchain-rpc`; a test there fails when this file differs. Do not edit.\n\"\"\"\n\n\
		# fmt: off\n\
		from __future__ import annotations\n\n\
		import enum\n\
		from dataclasses import dataclass\n\
		from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union\n\n\
		from ._codec import decode, encode\n\n",
	);
	for (name, def) in TYPES {
		let py = python_type(name);
		match def {
			TypeDef::Alias(ty) => {
				out.push_str(&format!("\n{py} = {}\n\"\"\"`{name}`.\"\"\"\n", python_type(ty)));
			},
			TypeDef::Enum(values) => {
				out.push_str(&format!(
					"\nclass {py}(str, enum.Enum):\n    \"\"\"`{name}`.\"\"\"\n\n"
				));
				for value in *values {
					out.push_str(&format!("    {value} = \"{value}\"\n"));
				}
			},
			TypeDef::Struct(fields) => {
				out.push_str(&format!(
					"\n@dataclass(frozen=True)\nclass {py}:\n    \"\"\"`{name}`.\"\"\"\n\n"
				));
				for (field, ty) in *fields {
					out.push_str(&format!("    {}: {}\n", snake(field), python_type(ty)));
				}
			},
			TypeDef::Tagged(variants) => {
				let values: Vec<String> = variants
					.iter()
					.filter(|(_, ty)| *ty != "Null")
					.map(|(_, ty)| python_type(ty))
					.collect();
				out.push_str(&format!(
					"\n@dataclass(frozen=True)\nclass {py}:\n    \"\"\"`{name}`: one of {}; `value` is `None` for a bare name.\"\"\"\n\n    variant: str\n    value: Optional[Union[{}]]\n",
					variants.iter().map(|(v, _)| format!("`{v}`")).collect::<Vec<_>>().join(", "),
					values.join(", ")
				));
			},
		}
	}
	out.push_str("\n\n# What the decoder reads: each type's Python class and shape.\nTYPES: Dict[str, Tuple[Any, str, Any]] = {\n");
	for (name, def) in TYPES {
		let py = python_type(name);
		let shape = match def {
			TypeDef::Enum(_) => "(\"enum\", None)".to_string(),
			TypeDef::Alias(ty) => format!("(\"alias\", \"{ty}\")"),
			TypeDef::Struct(fields) => {
				let fields: Vec<String> = fields
					.iter()
					.map(|(f, ty)| format!("(\"{f}\", \"{}\", \"{ty}\")", snake(f)))
					.collect();
				format!("(\"struct\", ({},))", fields.join(", "))
			},
			TypeDef::Tagged(variants) => {
				let variants: Vec<String> =
					variants.iter().map(|(v, ty)| format!("(\"{v}\", \"{ty}\")")).collect();
				format!("(\"tagged\", ({},))", variants.join(", "))
			},
		};
		out.push_str(&format!("    \"{name}\": ({py}, *{shape}),\n"));
	}
	out.push_str("}\n\n__all__ = [\n");
	for (name, _) in TYPES {
		out.push_str(&format!("    \"{}\",\n", python_type(name)));
	}
	out.push_str("    \"HealthchainRpc\",\n]\n");
	out.push_str("\n\nclass HealthchainRpc:\n    \"\"\"Every `healthchain_*` method, typed. `request(method, params)` sends one JSON-RPC\n    request and returns its result (raising on an error); `at` is a block hash (default: the\n    best block).\"\"\"\n\n    def __init__(self, request: Callable[[str, List[Any]], Any]) -> None:\n        self._request = request\n");
	for method in METHODS {
		let mut params: Vec<String> = vec!["self".into()];
		let mut args: Vec<String> = Vec::new();
		for param in method.params {
			let default = if param.ty.starts_with("Option<") { " = None" } else { "" };
			params.push(format!("{}: {}{default}", snake(param.name), python_param_type(param.ty)));
			args.push(format!("encode(\"{}\", {}, TYPES)", param.ty, snake(param.name)));
		}
		params.push("at: Optional[str] = None".into());
		args.push("at".into());
		out.push_str(&format!(
			"\n    def {}({}) -> {}:\n        {}\n        return decode(\"{}\", self._request(\"healthchain_{}\", [{}]), TYPES)  # type: ignore[no-any-return]\n",
			snake(method.name),
			params.join(", "),
			python_type(method.result),
			python_string(method.description),
			method.result,
			method.name,
			args.join(", ")
		));
	}
	out
}

fn json_string(text: &str) -> String {
	let mut out = String::from("\"");
	for c in text.chars() {
		match c {
			'"' => out.push_str("\\\""),
			'\\' => out.push_str("\\\\"),
			c => out.push(c),
		}
	}
	out.push('"');
	out
}

/// The markers around the generated table in the README.
pub const README_BEGIN: &str =
	"<!-- healthchain-rpc-methods: generated by `HC_BLESS=1 cargo test -p healthchain-rpc` -->\n";
/// The end marker.
pub const README_END: &str = "<!-- /healthchain-rpc-methods -->";

#[cfg(test)]
mod tests {
	use super::*;
	use std::{fs, path::PathBuf};

	fn repo() -> PathBuf {
		// Read at run time: two checkouts may share one target dir (see ENVIRONMENT.md).
		PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("..")
	}

	fn bless() -> bool {
		std::env::var("HC_BLESS").is_ok_and(|v| v == "1")
	}

	#[test]
	fn method_names_are_unique_and_camel_case() {
		let mut names: Vec<_> = METHODS.iter().map(|m| m.name).collect();
		names.sort();
		names.dedup();
		assert_eq!(names.len(), METHODS.len());
		assert!(names.iter().all(|n| n.chars().all(|c| c.is_ascii_alphanumeric())));
	}

	/// Writes `generated` to `path` under HC_BLESS=1, and asserts the committed file equals it.
	fn generated_file(path: &str, generated: &str) {
		let path = repo().join(path);
		if bless() {
			fs::write(&path, generated).expect("writes the generated file");
		}
		let committed = fs::read_to_string(&path).unwrap_or_default();
		assert!(
			committed == generated,
			"{} differs from the method list: run HC_BLESS=1 cargo test -p healthchain-rpc",
			path.display()
		);
	}

	#[test]
	fn the_polkadot_js_definitions_are_generated_from_the_method_list() {
		let generated = polkadot_js_definitions();
		let parsed: serde_json::Value = serde_json::from_str(&generated).expect("valid JSON");
		assert_eq!(parsed["rpc"]["healthchain"].as_object().map(|o| o.len()), Some(METHODS.len()));
		assert_eq!(parsed["types"].as_object().map(|o| o.len()), Some(TYPES.len()));
		generated_file("clients/ts/src/interfaces/healthchain/definitions.json", &generated);
	}

	#[test]
	fn the_python_client_is_generated_from_the_method_list() {
		generated_file("clients/python/healthchain_client/rpc.py", &python_module());
	}

	/// Every type a method or a type names is a Polkadot.js type or one of [`TYPES`], named once.
	#[test]
	fn every_type_named_is_defined() {
		const BUILTIN: &[&str] =
			&["u16", "u32", "u64", "u128", "bool", "AccountId", "H256", "Text", "Null", "Hash"];
		let mut names: Vec<&str> = TYPES.iter().map(|(name, _)| *name).collect();
		names.sort();
		names.dedup();
		assert_eq!(names.len(), TYPES.len(), "a type is defined twice");
		fn base(ty: &str) -> &str {
			let mut ty = ty;
			for wrapper in ["Option<", "Vec<"] {
				if let Some(inner) = ty.strip_prefix(wrapper).and_then(|t| t.strip_suffix('>')) {
					ty = base(inner);
				}
			}
			ty
		}
		let mut used: Vec<&str> =
			METHODS.iter().flat_map(|m| m.params.iter().map(|p| p.ty).chain([m.result])).collect();
		for (_, def) in TYPES {
			match def {
				TypeDef::Struct(fields) | TypeDef::Tagged(fields) => {
					used.extend(fields.iter().map(|(_, ty)| *ty))
				},
				TypeDef::Alias(ty) => used.push(*ty),
				TypeDef::Enum(_) => {},
			}
		}
		for ty in used {
			let ty = base(ty);
			assert!(
				BUILTIN.contains(&ty) || names.binary_search(&ty).is_ok(),
				"{ty} is neither a Polkadot.js type nor one of TYPES"
			);
		}
	}

	/// The names of a Rust enum's variants, in declaration order (= SCALE index = bit).
	fn variants<T: scale_info::TypeInfo + 'static>() -> Vec<String> {
		match scale_info::meta_type::<T>().type_info().type_def {
			scale_info::TypeDef::Variant(def) => {
				def.variants.iter().map(|v| v.name.to_string()).collect()
			},
			other => panic!("not an enum: {other:?}"),
		}
	}

	/// Each code of [`TYPES`] has exactly the runtime's names, in the runtime's order: clients
	/// turn names into bits and indices by this order.
	#[test]
	fn every_code_is_the_runtimes() {
		use healthchain_primitives as p;
		let runtime: Vec<(&str, Vec<String>)> = vec![
			("HcOrganizationKind", variants::<p::OrganizationKind>()),
			("HcOrganizationStatus", variants::<pallet_organizations::OrganizationStatus>()),
			("HcRole", variants::<p::Role>()),
			("HcPurpose", variants::<p::Purpose>()),
			("HcDataCategory", variants::<p::DataCategory>()),
			("HcAction", variants::<p::Action>()),
			("HcDenyReason", variants::<p::DenyReason>()),
			("HcEmergencyReason", variants::<pallet_consent::EmergencyReason>()),
			("HcRecordStatus", variants::<p::RecordStatus>()),
			("HcFhirResourceType", variants::<pallet_records::FhirResourceType>()),
			("HcProofError", variants::<pallet_records::ProofError>()),
			("HcClaimStatus", variants::<pallet_claims::ClaimStatus>()),
			("HcAdjustmentReason", variants::<pallet_claims::Adjustment>()),
			("HcStudyStatus", variants::<pallet_research::StudyStatus>()),
		];
		let defined = |name: &str| -> Vec<String> {
			match TYPES.iter().find(|(n, _)| *n == name) {
				Some((_, TypeDef::Enum(values))) => values.iter().map(|v| v.to_string()).collect(),
				_ => panic!("{name} is not a code of TYPES"),
			}
		};
		for (name, names) in &runtime {
			assert_eq!(&defined(name), names, "{name}");
		}
		// The categories' names: every category, then the "all standard" bit.
		let mut categories = variants::<p::DataCategory>();
		categories.push("AllStandard".into());
		assert_eq!(defined("HcCategoryName"), categories);
		// The review statuses: `pending`, then each verdict (lowercase in JSON).
		let mut statuses = vec!["pending".to_string()];
		statuses
			.extend(variants::<pallet_consent::ReviewVerdict>().iter().map(|v| v.to_lowercase()));
		assert_eq!(defined("HcReviewStatus"), statuses);
		let modifiers: Vec<String> =
			p::DuoModifiers::NAMES.iter().map(|(_, code)| code.to_string()).collect();
		assert_eq!(defined("HcDuoModifier"), modifiers);
	}

	#[test]
	fn the_readme_table_is_generated_from_the_method_list() {
		let path = repo().join("README.md");
		let readme = fs::read_to_string(&path).expect("README.md");
		let start = readme.find(README_BEGIN).expect("the README has the begin marker");
		let body_start = start + README_BEGIN.len();
		let end = readme[body_start..].find(README_END).expect("the README has the end marker")
			+ body_start;
		let generated = readme_table();
		if bless() {
			let updated = format!("{}{}{}", &readme[..body_start], generated, &readme[end..]);
			fs::write(&path, updated).expect("writes the README");
		} else {
			assert!(
				readme[body_start..end] == generated,
				"the README's method table differs from the method list: run HC_BLESS=1 cargo test -p healthchain-rpc"
			);
		}
	}
}
