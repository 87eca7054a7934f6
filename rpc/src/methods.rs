//! The list of the `healthchain_*` methods, written once: name, parameters (with their
//! Polkadot.js types), result and description. From it come the Polkadot.js definitions
//! (`scripts/e2e/lib/rpc-definitions.json`, for `ApiPromise.create({ rpc })`) and the README's
//! method table; a test fails when either differs from what this list generates
//! (`HC_BLESS=1 cargo test -p healthchain-rpc` rewrites them), and the end-to-end tests check the
//! list against the methods a running node serves (`rpc_methods`).

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
const PAGE: &str = "`{ items, nextCursor }`";

/// Every `healthchain_*` method, in the order of the README's table: name, parameters, result,
/// description.
#[rustfmt::skip]
pub const METHODS: &[Method] = &[
	m("organization", &[p("id", "u32")], "`{ id, kind, admin, account, metadataHash, status, memberCount, deposit, depositor, registeredAt }` or `null`", "An organization of the registry."),
	m("organizations", &[CURSOR_U32, LIMIT], PAGE, "The organizations, in id order."),
	m("members", &[p("organization", "u32"), p("cursor", "Option<AccountId>"), LIMIT], "`{ items: [{ id, roles, expiresAt, since, deposit, depositor }], nextCursor }` (`id`: the member's account)", "An organization's members, in account order."),
	m("rolesOf", &[p("account", "AccountId")], "`{ account, memberships: [{ organization, kind, organizationActive, roles, expiresAt, expired }] }`", "The organizations an account serves and its roles in each."),
	m("evaluateConsent", &[p("patient", "AccountId"), p("organization", "u32"), p("purpose", "Text"), p("category", "Text"), p("action", "Text")], "`{ permitted, consent, reason }`", "The one consent evaluation, at the block's time (purpose, category and action by name, e.g. `Treatment`, `LabResults`, `Read`)."),
	m("evaluateCategories", &[p("patient", "AccountId"), p("organization", "u32"), p("purpose", "Text"), p("action", "Text"), p("categories", "Vec<Text>")], "`{ items: [{ category, decision: { permitted, consent, reason } }] }`, in category order", "The one consent evaluation for each category named (`AllStandard`: every standard category), in one call at one block."),
	m("consentsOf", &[p("patient", "AccountId")], "`{ patient, consents: [{ id, patient, organization, purposes, categories, actions, validFrom, validUntil, maxAccesses, eraseBy, documentHash, accesses, grantedAt }] }`, in the order granted", "A patient's consents."),
	m("grantsHeldBy", &[p("organization", "u32"), CURSOR_U64, LIMIT], "`{ items: [consent], nextCursor }`", "The consents an organization holds, in id order."),
	m("accessLog", &[p("patient", "AccountId"), CURSOR_U64, LIMIT], "`{ items: [{ index, organization, accessor, purpose, category, consent, emergency, review, at, deposit }], nextCursor }`", "A patient's access log, oldest first."),
	m("emergencyAccess", &[p("id", "u64")], "`{ id, patient, organization, clinician, reason, justification, openedAt, expiresAt, reads, review, deposit }` or `null`", "An emergency (break-glass) access."),
	m("pendingReviews", &[p("organization", "u32"), CURSOR_U64, LIMIT], "`{ items: [emergency access], nextCursor }`", "The emergency accesses an organization has not reviewed, in id order."),
	m("patient", &[p("patient", "AccountId")], "`{ patient, registration, freeCallsLeft }` (`registration`: `{ organization, by, deposit, at }` or `null`)", "A patient's onboarding and the feeless grants left in the rolling hour (0 for an account no organization onboarded)."),
	m("record", &[p("id", "u64")], "`{ id, patient, organization, author, category, commitment, fhirType, version, previous, supersededBy, status, anchoredAt, statusChangedAt, deposit }` or `null`", "A record version."),
	m("recordByCommitment", &[p("patient", "AccountId"), p("commitment", "H256")], "the record version or `null`", "The record version of a patient anchored with a commitment: proof of existence and integrity."),
	m("recordsOf", &[p("patient", "AccountId"), CURSOR_U64, LIMIT], PAGE, "A patient's record versions, in id order."),
	m("recordHistory", &[p("id", "u64")], "`{ record, versions }`, oldest first", "Every version of the record a version belongs to."),
	m("batch", &[p("id", "u64")], "`{ id, organization, submitter, root, leafCount, scope, anchoredAt, deposit }` or `null` (`scope`: `Audit` or `{ Records: { patient, purpose, category } }`)", "An anchored batch (a Merkle root over many leaves)."),
	m("verifyBatchLeaf", &[p("batch", "u64"), p("leaf", "H256"), p("leafIndex", "u32"), p("proof", "Vec<H256>")], "`{ valid, error }`", "Checks a leaf's inclusion proof (at most 24 hashes, else an invalid-params error) against an anchored batch root."),
	m("claim", &[p("id", "u64")], "`{ id, plan, patient, provider, submitter, evidence, lines: [{ serviceCode, amount, serviceDate, priorAuth, allowed, patientResponsibility, payerAmount, adjustments: [{ reason, carc }] }], payerTotal, patientTotal, paid, status, eobCommitment, submittedAt, deposit }` or `null`", "A claim with its adjudication."),
	m("claimsOfPatient", &[p("patient", "AccountId"), CURSOR_U64, LIMIT], PAGE, "A patient's claims, in id order."),
	m("claimsOfProvider", &[p("provider", "u32"), CURSOR_U64, LIMIT], PAGE, "A provider's claims, in id order."),
	m("claimsOfPlan", &[p("plan", "u32"), CURSOR_U64, LIMIT], PAGE, "The claims against a plan, in id order."),
	m("plan", &[p("id", "u32")], "`{ id, payer, publisher, escrowAccount, version, effectiveFrom, rules, annualLimit, autoApproveUpTo, funded, paid, withdrawn, reserved, deposit, held, available }` or `null`", "A plan with its current terms and its escrow."),
	m("remainingAnnualLimit", &[p("plan", "u32"), p("patient", "AccountId")], "`{ plan, patient, remaining, enrolled }` or `null`", "What a plan still pays for a member this calendar year."),
	m("studies", &[p("status", "Option<Text>"), p("duo", "Option<Text>"), CURSOR_U32, LIMIT], PAGE, "Studies in id order, optionally only those in a status and with a DUO code (`GRU`, `HMB`, `DS`, `DS:<code>`, `POA`, `NRES`); one call scans at most 10,000 ids, so a page may hold fewer than `limit` items, even none, while `nextCursor` is not `null`: page until it is `null`."),
	m("study", &[p("id", "u32")], "`{ id, institution, researcher, protocolHash, version, duo, modifiers, commercial, forProfit, methodsResearch, categories, minCohort, cohort, attested, deposit, registeredAt, endsAt, status, ethicsCommittee, ethicsReviewer }` or `null`", "A research study."),
	m("cohortSize", &[p("id", "u32")], "`{ study, version, cohort }` or `null`", "Patients consenting to a study's current version whom a data-holding provider attested (an O(1) counter)."),
	m("cohortOfProvider", &[p("id", "u32"), p("provider", "u32")], "`{ study, provider, version, cohort }` or `null`", "A provider's attested cohort of a study's current version: what k is checked against when it grants data (an O(1) counter)."),
	m("grantsOfStudy", &[p("id", "u32"), CURSOR_U32, LIMIT], "`{ items: [{ id, study, provider, grantedBy, dataset, recordCount, expiresAt, revoked, accesses, version, deposit }], nextCursor }`", "A study's data grants, in id order."),
	m("broadConsentMatches", &[p("id", "u32"), p("patient", "AccountId")], "`{ matches, reason }`", "Whether a patient's broad research consent covers a study, or why not."),
];

/// The Polkadot.js definitions of the methods (`ApiPromise.create({ rpc })`), as JSON text.
pub fn polkadot_js_definitions() -> String {
	let mut out = String::from("{\n  \"healthchain\": {\n");
	for (i, method) in METHODS.iter().enumerate() {
		out.push_str(&format!("    \"{}\": {{\n", method.name));
		out.push_str(&format!("      \"description\": {},\n", json_string(method.description)));
		out.push_str("      \"params\": [\n");
		for param in method.params {
			let optional =
				if param.ty.starts_with("Option<") { ", \"isOptional\": true" } else { "" };
			out.push_str(&format!(
				"        {{ \"name\": \"{}\", \"type\": \"{}\"{optional} }},\n",
				param.name, param.ty
			));
		}
		out.push_str("        { \"name\": \"at\", \"type\": \"Hash\", \"isOptional\": true }\n");
		out.push_str("      ],\n      \"type\": \"Json\"\n");
		out.push_str(if i + 1 == METHODS.len() { "    }\n" } else { "    },\n" });
	}
	out.push_str("  }\n}\n");
	out
}

/// The README's table of the methods (Markdown).
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
			method.result,
			method.description
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

	#[test]
	fn the_polkadot_js_definitions_are_generated_from_the_method_list() {
		let path = repo().join("scripts/e2e/lib/rpc-definitions.json");
		let generated = polkadot_js_definitions();
		let parsed: serde_json::Value = serde_json::from_str(&generated).expect("valid JSON");
		assert_eq!(parsed["healthchain"].as_object().map(|o| o.len()), Some(METHODS.len()));
		if bless() {
			fs::write(&path, &generated).expect("writes the definitions");
		}
		let committed = fs::read_to_string(&path).unwrap_or_default();
		assert!(
			committed == generated,
			"{} differs from the method list: run HC_BLESS=1 cargo test -p healthchain-rpc",
			path.display()
		);
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
